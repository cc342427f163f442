/**
 * The platform misbehaving: an access token that expires mid-run, rate limits, a 500, a slow platform (the callback
 * is still answered well within 5 s, because the pull runs apart), and two bot processes pulling at once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { createCountingEngine, repeated } from '../test/wecom-double/counting-engine.js';
import {
  eventually,
  nthSent,
  OPEN_KFID,
  startWecomStack,
  type WecomStack,
} from '../test/wecom-double/wecom-stack.js';
import type { RunningBot } from './main.js';
import { createRedisAccessTokens } from './redis-wecom-token.js';
import { fetchAccessToken } from './wecom-api.js';

let tdb: TestDb;
let stack: WecomStack;
let bot: RunningBot;
const counting = createCountingEngine();

beforeAll(async () => {
  tdb = await createTestDb();
  stack = await startWecomStack({ db: tdb.db, databaseUrl: tdb.url, pageMax: 40 });
  bot = await stack.startBot({ buildEngine: () => counting.engine });
});

afterAll(async () => {
  await bot?.stop();
  await stack?.stop();
  await tdb?.drop();
});

const gettokens = () => stack.double.calls['/cgi-bin/gettoken'] ?? 0;

describe('the WeCom channel when the platform misbehaves', () => {
  it('fetches a new access token once when the old one expires mid-run', async () => {
    await stack.double.customerSays(OPEN_KFID, 'wmA', '第一条');
    expect(await nthSent(stack.double, 'wmA', 1)).toContain('第一条');
    const before = gettokens();
    stack.double.platform.expireAccessTokens();
    await stack.double.customerSays(OPEN_KFID, 'wmA', '第二条');
    expect(await nthSent(stack.double, 'wmA', 2)).toContain('第二条');
    expect(gettokens()).toBe(before + 1);
  });

  it('backs off on rate limits and a 500, then delivers', async () => {
    stack.double.inject('/cgi-bin/kf/sync_msg', { errcode: 45009 }, { status: 500 });
    stack.double.inject('/cgi-bin/kf/send_msg', { errcode: 45033 }, { errcode: -1 });
    await stack.double.customerSays(OPEN_KFID, 'wmB', '限流也要到');
    expect(await nthSent(stack.double, 'wmB', 1)).toContain('限流也要到');
    // The platform has the message before our row is marked sent: wait for the mark rather than race it.
    const rows = await eventually(async () => {
      const now = await tdb.db
        .selectFrom('wecom_outgoing')
        .select('state')
        .where('external_userid', '=', 'wmB')
        .execute();
      return now.length > 0 && now.every((r) => r.state === 'sent') ? now : undefined;
    });
    expect(rows).toEqual([{ state: 'sent' }]);
  });

  it('keeps a reply the platform keeps refusing, and sends it with the next answer', async () => {
    const sendsBefore = stack.double.calls['/cgi-bin/kf/send_msg'] ?? 0;
    stack.double.inject('/cgi-bin/kf/send_msg', ...Array.from({ length: 12 }, () => ({ status: 500 })));
    await stack.double.customerSays(OPEN_KFID, 'wmC', '一直失败');
    const held = await eventually(async () =>
      tdb.db
        .selectFrom('wecom_outgoing')
        .selectAll()
        .where('external_userid', '=', 'wmC')
        .where('state', '=', 'held')
        .executeTakeFirst(),
    );
    expect(held.reason).toBe('platform_error');
    // Four tries with back-off (the client's default), then kept.
    expect((stack.double.calls['/cgi-bin/kf/send_msg'] ?? 0) - sendsBefore).toBe(4);
    stack.double.clearFaults();
    await stack.double.customerSays(OPEN_KFID, 'wmC', '再试一次');
    expect(await nthSent(stack.double, 'wmC', 2)).toContain('一直失败');
  });

  it('answers callbacks within 5 s while the platform takes 6 s per call', async () => {
    stack.double.inject('/cgi-bin/kf/sync_msg', { delayMs: 6000 });
    const started = Date.now();
    const delivery = await stack.double
      .customerSays(OPEN_KFID, 'wmD', '慢也行')
      .then(() => stack.double.callbacks.at(-1)!);
    expect(delivery.status).toBe(200);
    expect(delivery.ms).toBeLessThan(1000);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await nthSent(stack.double, 'wmD', 1, 15_000)).toContain('慢也行');
  }, 30_000);

  it('shares one access token between processes, fetched once', async () => {
    const redis = new Redis(testRedisUrl());
    let fetches = 0;
    const prefix = uniquePrefix('token');
    const process = () =>
      createRedisAccessTokens({
        redis,
        prefix,
        corpId: 'same',
        fetchToken: async () => {
          fetches++;
          await new Promise((r) => setTimeout(r, 100));
          return fetchAccessToken(stack.double.url, 'wwLiaodanTest', 'kf-secret');
        },
      });
    // Eight processes asking at the same moment, each with its own cache object over the same Redis.
    const got = await Promise.all(Array.from({ length: 8 }, () => process().get()));
    expect(new Set(got).size).toBe(1);
    expect(fetches).toBe(1);
    redis.disconnect();
  });

  it('applies each message once when two processes pull at once', async () => {
    const second = await stack.startBot({ buildEngine: () => counting.engine });
    try {
      const seenBefore = counting.seen.length;
      const texts: string[] = [];
      for (let i = 0; i < 300; i++) {
        texts.push(`并发${i}`);
        await stack.double.customerSays(OPEN_KFID, `wmE${i % 30}`, `并发${i}`, { push: false });
      }
      // Both wake up, several times; and both are asked to pull directly, side by side.
      await Promise.all([
        stack.double.push(OPEN_KFID),
        stack.double.push(OPEN_KFID),
        bot.wecom!.pull.pullAccount(OPEN_KFID),
        second.wecom!.pull.pullAccount(OPEN_KFID),
      ]);
      await eventually(() => (counting.seen.length - seenBefore >= 300 ? true : undefined), 30_000);
      await new Promise((r) => setTimeout(r, 500));
      const seen = counting.seen.slice(seenBefore);
      expect(repeated(seen)).toEqual([]);
      expect([...seen].sort()).toEqual([...texts].sort());
    } finally {
      await second.stop();
    }
  }, 60_000);
});
