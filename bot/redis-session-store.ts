import type { Redis } from 'ioredis';
import type { ChatAddress, Session, SessionStore } from './conversation-types.js';
import { markFirstTime } from './redis-message-dedupe.js';

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
  /** The same text from the same talker within this window is a repeated event (DEDUPE_WINDOW_MS). Default 3 s. */
  dedupeWindowMs?: number;
}

/**
 * Conversation sessions in Redis, one key per (channel, contact, group), expiring by Redis TTL. Opening a session
 * for a channel's event marks the event seen and reads the session in one command (the dedupe script of
 * redis-message-dedupe.ts, the keys the channel's own dedupe uses): one round trip a message.
 */
export function createRedisSessionStore(opts: RedisSessionStoreOptions): SessionStore {
  const grace = opts.graceMs ?? 7 * 24 * 3600_000;
  const dedupe = { redis: opts.redis, prefix: opts.prefix, windowMs: opts.dedupeWindowMs ?? 3000 };
  const key = (a: ChatAddress) =>
    `${opts.prefix}:chat:session:${a.channel}|${a.contactId}|${a.groupId ?? '-'}`;
  const parse = (raw: string | null) => (raw ? (JSON.parse(raw) as Session) : null);
  return {
    async open(address, event) {
      if (!event) return { kind: 'opened', session: parse(await opts.redis.get(key(address))) };
      const marked = await markFirstTime(dedupe, event.id, event.fingerprint, key(address));
      return marked.kind === 'repeat' ? { kind: 'repeat' } : { kind: 'opened', session: parse(marked.value) };
    },
    async put(address, session) {
      await opts.redis.set(key(address), JSON.stringify(session), 'PX', opts.ttlMs + grace);
    },
  };
}
