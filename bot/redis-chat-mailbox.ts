import type { Redis } from 'ioredis';
import type { ChatMailbox } from './outbound-router.js';

/** Web/terminal inboxes as Redis lists; unread messages are kept for `ttlMs` (default 3 days). */
export function createRedisChatMailbox(opts: { redis: Redis; prefix: string; ttlMs?: number }): ChatMailbox {
  const ttl = opts.ttlMs ?? 3 * 24 * 3600_000;
  const key = (inbox: string) => `${opts.prefix}:chat:inbox:${inbox}`;
  return {
    async push(inbox, text) {
      await opts.redis.multi().rpush(key(inbox), text).pexpire(key(inbox), ttl).exec();
    },
    async drain(inbox) {
      const result = await opts.redis.multi().lrange(key(inbox), 0, -1).del(key(inbox)).exec();
      const first = result?.[0];
      if (!first || first[0]) return [];
      return first[1] as string[];
    },
  };
}
