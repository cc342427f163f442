/**
 * Fault case 3: Redis (AOF on, as in production) stopped and started again while orders flow through a worker
 * process and customers chat through the api. During the outage chat answers 503 at once and nothing a client was
 * told failed is applied later; orders placed meanwhile wait in the outbox, and after Redis returns every order
 * ends once, none lost; no process exits. The books reconcile afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { signCustomerLink } from '../../auth/customer-link.js';
import { DEV_APP_SECRET } from '../../lib/config.js';
import { freePort } from '../../lib/free-port.js';
import { startLocalRedis, type LocalRedis } from '../../lib/local-redis.js';
import { ApiClient } from '../api-client.js';
import { startTestApi, type TestApi } from '../api-fixture.js';
import { placeOrder } from '../order-fixtures.js';
import { expectBooksHold, reportFigures, settled, until } from './figures.js';
import { startPart, type Part } from './parts.js';

let dir: string;
let redisPort: number;
let redis: LocalRedis;
let shop: TestApi;
let worker: Part;
let customer: ApiClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'liaodan-redis-outage-'));
  chmodSync(dir, 0o755);
  redisPort = await freePort();
  redis = await startLocalRedis({ dir, port: redisPort }); // AOF on, as in production
  shop = await startTestApi({ redisUrl: redis.url });
  worker = startPart('worker', {
    DATABASE_URL: shop.t.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: shop.prefix,
  });
  await worker.ready;
  const token = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-wang-zxd', version: 1 });
  customer = await ApiClient.customer(shop.url, `/chat/c/${token}`);
}, 60_000);

afterAll(async () => {
  await worker?.kill();
  await shop?.stop();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function say(text: string): Promise<{ status: number; ms: number; body: string }> {
  const started = Date.now();
  const res = await customer.post('/chat/api/messages', { text });
  return { status: res.status, ms: Date.now() - started, body: await res.text() };
}

async function session(): Promise<string> {
  const client = new Redis(redis.url);
  try {
    return (await client.get(`${shop.prefix}:chat:session:web|customer:c-wang-zxd|-`)) ?? '';
  } finally {
    client.disconnect();
  }
}

/** Orders placed as the bot places them (PostgreSQL only: order + outbox row), one every 20 ms, until stopped. */
function placeWhile(running: () => boolean, placed: string[]): Promise<void> {
  return (async () => {
    for (let i = 0; running(); i++) {
      const customerId = ['c-li-gd', 'c-anju-zx', 'c-xinda-jc'][i % 3]!;
      placed.push(
        (await placeOrder(shop.t.db, customerId, [{ sku: 'CEM-HL-425-50', qty: 1 + (i % 4) }])).orderId,
      );
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
}

describe('Redis stopped and started again while orders flow', () => {
  it('answers 503 at once, applies nothing it refused, loses no order and keeps every process up', async () => {
    expect((await say('海螺水泥 50袋')).status).toBe(200);
    expect(await session()).toContain('海螺');
    let placing = true;
    const placed: string[] = [];
    const load = placeWhile(() => placing, placed);
    await until('orders flowing', async () => (placed.length >= 30 ? true : undefined), 30_000);

    await redis.stop();
    const stoppedAt = Date.now();
    const placedBefore = placed.length;
    const during = await Promise.all(['河沙 10吨', '白水泥 3袋', '确认', '河沙 10吨', '算了'].map(say));
    for (const answer of during) {
      expect(answer.status).toBe(503);
      expect(answer.ms).toBeLessThan(3000);
      expect(JSON.parse(answer.body)).toMatchObject({
        error: { code: 'unavailable', message: '系统繁忙，请稍后再试' },
      });
    }
    const health = await fetch(`${shop.url}/healthz`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { failing: string[] }).failing).toContain('redis');
    await new Promise((r) => setTimeout(r, 2000));

    redis = await startLocalRedis({ dir, port: redisPort });
    const backAt = Date.now();
    const placedDuringOutage = placed.length - placedBefore;
    let back = await say('你好');
    for (let i = 0; back.status !== 200 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 200));
      back = await say('你好');
    }
    const chatBackMs = Date.now() - backAt;
    expect(back.status).toBe(200);
    const after = await session();
    expect(after).toContain('海螺');
    expect(after).not.toContain('AGG-SAND-RIVER'); // 河沙
    expect(after).not.toContain('CEM-JY-WHITE'); // 白水泥
    const wang = await shop.t.db
      .selectFrom('orders')
      .select('id')
      .where('customer_id', '=', 'c-wang-zxd')
      .execute();
    expect(wang).toEqual([]);
    // The same message now that Redis is back does land: the checks above would have seen it.
    expect((await say('河沙 10吨')).status).toBe(200);
    expect(await session()).toContain('AGG-SAND-RIVER');

    placing = false;
    await load;
    const done = await settled(shop.t.db, 60_000);
    const statuses = await shop.t.db
      .selectFrom('orders')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('id', 'in', placed)
      .groupBy('status')
      .execute();
    reportFigures('Redis stopped and restarted (AOF)', {
      outageMs: backAt - stoppedAt,
      answersDuringOutage: during.map((a) => [a.status, a.ms]),
      orders: placed.length,
      ordersPlacedDuringOutage: placedDuringOutage,
      msChatBackAfterRedis: chatBackMs,
      msRedisBackToSettled: Date.now() - backAt,
      msLastOrderToSettled: done.ms,
      workerExited: worker.exited() ?? null,
    });
    expect(Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]))).toEqual({
      approved: placed.length,
    });
    expect(placedDuringOutage).toBeGreaterThan(0);
    expect(worker.exited()).toBeUndefined();
    expect(/Unhandled|uncaught/i.test(worker.log())).toBe(false);
    await expectBooksHold(shop.t.db);
  });
});
