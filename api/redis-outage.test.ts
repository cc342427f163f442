import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { signCustomerLink } from '../auth/customer-link.js';
import { DEV_APP_SECRET } from '../lib/config.js';
import { freePort } from '../lib/free-port.js';
import { startLocalRedis, type LocalRedis } from '../lib/local-redis.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';

let dir: string;
let redisPort: number;
let redis: LocalRedis;
let shop: TestApi;
let customer: ApiClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'liaodan-redis-outage-'));
  chmodSync(dir, 0o755);
  redisPort = await freePort();
  redis = await startLocalRedis({ dir, port: redisPort }); // AOF on, as in production
  shop = await startTestApi({ redisUrl: redis.url });
  const token = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-wang-zxd', version: 1 });
  customer = await ApiClient.customer(shop.url, `/chat/c/${token}`);
}, 60_000);

afterAll(async () => {
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

describe('chat while Redis is down', () => {
  it('answers 503 within the bounded wait, and applies nothing the client was told failed', async () => {
    expect((await say('海螺水泥 50袋')).status).toBe(200);
    expect(await session()).toContain('海螺');

    await redis.stop();
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
    process.stdout.write(
      `${JSON.stringify({ redisDown: { answers: during.map((a) => [a.status, a.ms]) } })}\n`,
    );

    redis = await startLocalRedis({ dir, port: redisPort });
    let back = await say('你好');
    for (let i = 0; back.status !== 200 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 200));
      back = await say('你好');
    }
    expect(back.status).toBe(200);
    const after = await session();
    expect(after).toContain('海螺');
    expect(after).not.toContain('AGG-SAND-RIVER'); // 河沙
    expect(after).not.toContain('CEM-JY-WHITE'); // 白水泥
    const orders = await shop.t.db
      .selectFrom('orders')
      .select('id')
      .where('customer_id', '=', 'c-wang-zxd')
      .execute();
    expect(orders).toEqual([]);
    // The same message now that Redis is back does land: the checks above would have seen it.
    expect((await say('河沙 10吨')).status).toBe(200);
    expect(await session()).toContain('AGG-SAND-RIVER');
  }, 60_000);
});
