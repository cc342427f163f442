import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Failed sign-ins counted per account and per client address; past the limit, sign-in waits. */
export interface LoginLimiter {
  /** How long (ms) this login or address must wait before trying again; 0 when it may try now. */
  waitMs(login: string, address: string): Promise<number>;
  /** Counts a failed sign-in; returns how long to wait from now on (0 while within the limits). */
  failed(login: string, address: string): Promise<number>;
  /** A successful sign-in clears the account's count (not the address's). */
  succeeded(login: string): Promise<void>;
}

export interface LoginLimits {
  /** Failures of one account within `windowSeconds` before it waits `blockSeconds`. */
  perAccount: number;
  /** Failures from one address (every account) within the window. */
  perAddress: number;
  windowSeconds: number;
  blockSeconds: number;
}

const DEFAULT_LIMITS: LoginLimits = { perAccount: 10, perAddress: 50, windowSeconds: 900, blockSeconds: 900 };

/** The login limiter over Redis (rate-limiter-flexible), shared by every api process. */
export function createRedisLoginLimiter(
  redis: Redis,
  prefix: string,
  limits: Partial<LoginLimits> = {},
): LoginLimiter {
  const l = { ...DEFAULT_LIMITS, ...limits };
  const limiter = (name: string, points: number) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:login-${name}`,
      points,
      duration: l.windowSeconds,
      blockDuration: l.blockSeconds,
    });
  const accounts = limiter('account', l.perAccount);
  const addresses = limiter('address', l.perAddress);
  const account = (login: string) => login.trim().toLowerCase();
  const blocked = (res: RateLimiterRes | null, points: number) =>
    res && res.consumedPoints >= points ? Math.max(1, res.msBeforeNext) : 0;
  return {
    async waitMs(login, address) {
      const [a, b] = await Promise.all([accounts.get(account(login)), addresses.get(address)]);
      return Math.max(blocked(a, l.perAccount), blocked(b, l.perAddress));
    },
    async failed(login, address) {
      const results = await Promise.all(
        [accounts.consume(account(login)), addresses.consume(address)].map((p) =>
          p.then(
            (res) => ({ res, over: false }),
            (res: unknown) => {
              if (res instanceof RateLimiterRes) return { res, over: true };
              throw res;
            },
          ),
        ),
      );
      const [a, b] = results as [
        { res: RateLimiterRes; over: boolean },
        { res: RateLimiterRes; over: boolean },
      ];
      return Math.max(blocked(a.res, l.perAccount), blocked(b.res, l.perAddress));
    },
    async succeeded(login) {
      await accounts.delete(account(login));
    },
  };
}
