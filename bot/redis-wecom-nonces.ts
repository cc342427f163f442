import type { Redis } from 'ioredis';

/** Remembers callback nonces long enough that a replay within the timestamp window is refused. */
export interface NonceStore {
  /** True when the nonce (with its timestamp) was not taken before; takes it. */
  take(timestamp: string, nonce: string): Promise<boolean>;
  /** Gives a nonce back when the request that took it failed before it changed anything (the platform retries). */
  release(timestamp: string, nonce: string): Promise<void>;
}

/** Nonces in Redis (SET NX with a TTL over the clock-skew window on either side), shared by every api process. */
export function createRedisNonceStore(opts: { redis: Redis; prefix: string; ttlMs?: number }): NonceStore {
  const ttl = opts.ttlMs ?? 11 * 60_000;
  const key = (timestamp: string, nonce: string) => `${opts.prefix}:wecom:nonce:${timestamp}:${nonce}`;
  return {
    async take(timestamp, nonce) {
      return (await opts.redis.set(key(timestamp, nonce), '1', 'PX', ttl, 'NX')) === 'OK';
    },
    async release(timestamp, nonce) {
      await opts.redis.del(key(timestamp, nonce));
    },
  };
}
