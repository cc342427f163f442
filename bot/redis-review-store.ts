import type { Redis } from 'ioredis';
import type { PendingReview, ReviewStore } from './conversation-types.js';

/**
 * Drafts waiting for a sales rep, in one Redis hash (number → JSON) with a counter for the short numbers. They
 * have no TTL: a held order is never dropped silently.
 */
export function createRedisReviewStore(opts: { redis: Redis; prefix: string }): ReviewStore {
  const hash = `${opts.prefix}:chat:reviews`;
  const seq = `${opts.prefix}:chat:reviews:seq`;
  return {
    async add(review) {
      const no = await opts.redis.incr(seq);
      const full: PendingReview = { ...review, no };
      await opts.redis.hset(hash, String(no), JSON.stringify(full));
      return full;
    },
    async get(no) {
      const raw = await opts.redis.hget(hash, String(no));
      return raw ? (JSON.parse(raw) as PendingReview) : null;
    },
    async list() {
      const all = await opts.redis.hvals(hash);
      return all.map((raw) => JSON.parse(raw) as PendingReview).sort((a, b) => a.no - b.no);
    },
    async remove(no) {
      await opts.redis.hdel(hash, String(no));
    },
  };
}
