import type { Redis } from 'ioredis';

/** The platform's access token, shared by every process that calls the API. */
export interface AccessTokens {
  get(): Promise<string>;
  /** The platform refused this token (expired early, invalid): the next `get` fetches a new one. */
  invalidate(token: string): Promise<void>;
}

export interface FetchedToken {
  token: string;
  expiresInSeconds: number;
}

export interface RedisAccessTokensOptions {
  redis: Redis;
  prefix: string;
  /** Tokens of different corps and apps are independent. */
  corpId: string;
  /** Calls gettoken; throws when the platform refuses (a bad secret). */
  fetchToken: () => Promise<FetchedToken>;
  /** A token this close to its expiry is refreshed. Default 5 minutes. */
  refreshMarginMs?: number;
  /** How long one process may hold the fetch lock. Default 10 s. */
  lockMs?: number;
  now?: () => number;
  pollMs?: number;
}

interface Stored {
  token: string;
  expiresAt: number;
}

const DELETE_IF_TOKEN = `
local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).token == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * One cached access token per corp in Redis. Only the process holding a short Redis lock calls gettoken; the others
 * use the old token while it is valid, or wait for the new one. Refreshed `refreshMarginMs` before it expires.
 */
export function createRedisAccessTokens(opts: RedisAccessTokensOptions): AccessTokens {
  const key = `${opts.prefix}:wecom:access-token:${opts.corpId}`;
  const lockKey = `${key}:lock`;
  const margin = opts.refreshMarginMs ?? 5 * 60_000;
  const lockMs = opts.lockMs ?? 10_000;
  const pollMs = opts.pollMs ?? 50;
  const now = opts.now ?? Date.now;

  const read = async (): Promise<Stored | null> => {
    const raw = await opts.redis.get(key);
    return raw ? (JSON.parse(raw) as Stored) : null;
  };

  async function fetchUnderLock(owner: string): Promise<string> {
    try {
      // Another process may have stored a fresh one between our read and our lock.
      const current = await read();
      if (current && current.expiresAt - now() > margin) return current.token;
      const fetched = await opts.fetchToken();
      const stored: Stored = { token: fetched.token, expiresAt: now() + fetched.expiresInSeconds * 1000 };
      await opts.redis.set(
        key,
        JSON.stringify(stored),
        'PX',
        Math.max(1000, fetched.expiresInSeconds * 1000),
      );
      return stored.token;
    } finally {
      await opts.redis.eval(RELEASE_LOCK, 1, lockKey, owner);
    }
  }

  return {
    async get() {
      const deadline = now() + lockMs * 3;
      for (;;) {
        const stored = await read();
        if (stored && stored.expiresAt - now() > margin) return stored.token;
        const owner = `${process.pid}:${Math.random().toString(36).slice(2)}`;
        if ((await opts.redis.set(lockKey, owner, 'PX', lockMs, 'NX')) === 'OK') return fetchUnderLock(owner);
        // Someone else is fetching: the old token still works until it expires.
        if (stored && stored.expiresAt > now()) return stored.token;
        if (now() > deadline) throw new Error('timed out waiting for the WeCom access token');
        await new Promise((r) => setTimeout(r, pollMs));
      }
    },
    async invalidate(token) {
      await opts.redis.eval(DELETE_IF_TOKEN, 1, key, token);
    },
  };
}
