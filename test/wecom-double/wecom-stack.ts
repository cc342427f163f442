import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { createApp } from '../../api/app.js';
import { wecomCallbackRoutes } from '../../api/wecom-callback-routes.js';
import { BotConfig } from '../../bot/config.js';
import { startBot, type BotOverrides, type RunningBot } from '../../bot/main.js';
import { createRedisNonceStore } from '../../bot/redis-wecom-nonces.js';
import type { Db } from '../../db/pg-database.js';
import { parseConfig } from '../../lib/config.js';
import { testRedisUrl, uniquePrefix } from '../redis.js';
import { WecomDouble } from './wecom-double.js';

export const OPEN_KFID = 'wkShopAccount01';
export const APP_SECRET = 'test-app-secret-0123456789';

/** The shared clock of shop and double: real time plus whatever a test skips ahead. */
export class TestClock {
  offsetMs = 0;
  now = () => Date.now() + this.offsetMs;
  date = () => new Date(this.now());
  skip(ms: number) {
    this.offsetMs += ms;
  }
}

export interface WecomStack {
  double: WecomDouble;
  clock: TestClock;
  prefix: string;
  config: BotConfig;
  callbackUrl: string;
  startBot(overrides?: BotOverrides): Promise<RunningBot>;
  stop(): Promise<void>;
}

/**
 * The double, the api's callback route (real PostgreSQL and Redis) and a way to start the bot against both, for
 * the channel's tests. The bot is started by the test (so it can restart it, or start two).
 */
export async function startWecomStack(opts: {
  db: Db;
  databaseUrl: string;
  log?: Logger;
  pageMax?: number;
  env?: Record<string, string>;
}): Promise<WecomStack> {
  const log = opts.log ?? pino({ level: 'silent' });
  const clock = new TestClock();
  const secrets = {
    corpId: 'wwLiaodanTest',
    token: 'CallbackToken42',
    aesKey: 'k'.repeat(22) + 'Q'.repeat(21),
  };
  const double = new WecomDouble({ ...secrets, secret: 'kf-secret', now: clock.now, pageMax: opts.pageMax });
  await double.start();
  const prefix = uniquePrefix('wecom');
  const redis = new Redis(testRedisUrl());
  const app = createApp({
    log,
    keys: ['test-cookie-key'],
    mounts: [
      wecomCallbackRoutes({
        config: { ...secrets, openKfIds: [] },
        db: opts.db,
        nonces: createRedisNonceStore({ redis, prefix }),
        log,
        now: clock.date,
      }),
    ],
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const callbackUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wecom/kf/callback`;
  double.callbackUrl = callbackUrl;
  const config = parseConfig(BotConfig, {
    DATABASE_URL: opts.databaseUrl,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    WECOM_CORP_ID: secrets.corpId,
    WECOM_KF_SECRET: 'kf-secret',
    WECOM_CALLBACK_TOKEN: secrets.token,
    WECOM_CALLBACK_AES_KEY: secrets.aesKey,
    WECOM_OPEN_KFIDS: OPEN_KFID,
    WECOM_API_BASE: double.url,
    WECOM_POLL_SECONDS: '0',
    APP_SECRET,
    ...opts.env,
  });
  return {
    double,
    clock,
    prefix,
    config,
    callbackUrl,
    startBot: (overrides = {}) =>
      startBot(config, log, {
        ...overrides,
        wecom: {
          now: clock.date,
          checkMs: 100,
          apiOptions: { backoffMs: 20, timeoutMs: 3000 },
          ...overrides.wecom,
        },
      }),
    async stop() {
      await new Promise((r) => server.close(r));
      redis.disconnect();
      await double.stop();
    },
  };
}

/** Waits until `probe` gives a value (not undefined), up to `ms`. */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The n-th message the shop sent this user, once it arrived. */
export function nthSent(double: WecomDouble, userId: string, n: number, ms = 10_000): Promise<string> {
  return eventually(() => double.sentTo(userId)[n - 1], ms);
}
