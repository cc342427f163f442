import type { Redis } from 'ioredis';
import type { ChatAddress, Session, SessionStore } from './conversation-types.js';

export interface RedisSessionStoreOptions {
  redis: Redis;
  /** Key namespace, e.g. the installation's queue prefix. */
  prefix: string;
  /** How long a session counts as alive; the service treats older ones as expired. */
  ttlMs: number;
  /**
   * Redis keeps the key this much longer than `ttlMs`, so a customer who comes back after expiry can still be told
   * that the old draft expired. Defaults to 7 days.
   */
  graceMs?: number;
}

/** Conversation sessions in Redis, one key per (channel, contact, group), expiring by Redis TTL. */
export function createRedisSessionStore(opts: RedisSessionStoreOptions): SessionStore {
  const grace = opts.graceMs ?? 7 * 24 * 3600_000;
  const key = (a: ChatAddress) =>
    `${opts.prefix}:chat:session:${a.channel}|${a.contactId}|${a.groupId ?? '-'}`;
  return {
    async get(address) {
      const raw = await opts.redis.get(key(address));
      return raw ? (JSON.parse(raw) as Session) : null;
    },
    async put(address, session) {
      await opts.redis.set(key(address), JSON.stringify(session), 'PX', opts.ttlMs + grace);
    },
  };
}
