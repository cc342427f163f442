/**
 * Fault case 6: 10,000 hostile HTTP requests across every route of the api, run as its own process (`liaodan api`)
 * so that its memory can be watched. Every one is answered 4xx with a stable code and a Chinese message and a
 * request id, never 500; nothing is logged at error level; the process's memory stays bounded (it does not grow
 * with the number of requests). The books reconcile afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, setDemoPasswords } from '../../auth/demo-accounts.js';
import { loadDemoData } from '../../catalog/demo/load-demo-data.js';
import { freePort } from '../../lib/free-port.js';
import { creditCheckOrder } from '../../orders/pg-finance.js';
import { priceOrder } from '../../orders/pg-pricing.js';
import { reserveOrderStock } from '../../orders/pg-stock-reserve.js';
import { ApiClient } from '../api-client.js';
import { placeOrder } from '../order-fixtures.js';
import { createTestDb, type TestDb } from '../pg.js';
import { testRedisUrl, uniquePrefix } from '../redis.js';
import { expectBooksHold, reportFigures } from './figures.js';
import { hostileProbes, routes, type Probe } from './hostile-probes.js';
import { rssMb, startPart, type Part } from './parts.js';

const REQUESTS = 10_000;
const AT_ONCE = 8;
let t: TestDb;
let api: Part;
let url: string;
let admin: ApiClient;
let targetNumber: string;

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoData(t.db);
  await setDemoPasswords(t.db);
  const placed = await placeOrder(t.db, 'c-wang-zxd', [
    { sku: 'CEM-JY-WHITE-25', qty: 1, unitPriceFen: 3000 },
  ]);
  await reserveOrderStock(t.db, placed.orderId, 'partial');
  await priceOrder(t.db, placed.orderId);
  await creditCheckOrder(t.db, placed.orderId);
  targetNumber = placed.orderNumber;
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  api = startPart('api', {
    DATABASE_URL: t.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: uniquePrefix('hostile'),
    API_PORT: String(port),
    // Info, so that every error line (a 500 is logged at error level) is in its log.
    LOG_LEVEL: 'info',
  });
  await api.ready;
  admin = await ApiClient.staff(url, 'admin-li', DEMO_PASSWORD);
}, 60_000);

afterAll(async () => {
  await api?.kill();
  await t?.drop();
});

async function send(p: Probe): Promise<{ status: number; body: string; requestId: string | null }> {
  const res = await fetch(`${url}${p.path}`, {
    method: p.method,
    redirect: 'manual',
    headers: {
      cookie: admin.cookieHeader(),
      origin: new URL(url).origin,
      'x-csrf-token': admin.csrfToken ?? '',
      ...(p.contentType && { 'content-type': p.contentType }),
    },
    ...(p.body !== undefined && { body: p.body }),
  });
  return { status: res.status, body: await res.text(), requestId: res.headers.get('x-request-id') };
}

describe('10,000 hostile requests', () => {
  it('never get a 500, each a 4xx with a stable code and a Chinese message, and memory stays bounded', async () => {
    const kinds = hostileProbes(await routes(admin, targetNumber));
    const probes = Array.from({ length: REQUESTS }, (_, i) => kinds[i % kinds.length]!);
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    const rss: Record<string, number> = { start: rssMb(api.child.pid!) };
    let maxRss = rss.start!;
    const started = Date.now();
    for (let i = 0; i < probes.length; i += AT_ONCE) {
      const batch = probes.slice(i, i + AT_ONCE);
      const answers = await Promise.all(batch.map(send));
      answers.forEach((a, j) => {
        statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
        const probe = batch[j]!;
        if (a.status >= 500)
          problems.push(`${a.status} ${probe.method} ${probe.path} ${a.body.slice(0, 200)}`);
        if (!a.requestId) problems.push(`no request id: ${probe.method} ${probe.path}`);
        if (a.status >= 400) {
          const error = (JSON.parse(a.body) as { error?: { code?: string; message?: string } }).error;
          if (!error?.code || !/[\u4e00-\u9fff]/.test(error.message ?? ''))
            problems.push(
              `${a.status} without code or Chinese message: ${probe.method} ${probe.path} ${a.body.slice(0, 120)}`,
            );
        }
      });
      const done = i + batch.length;
      if (Math.floor(done / 1000) > Math.floor(i / 1000)) {
        const now = rssMb(api.child.pid!);
        maxRss = Math.max(maxRss, now);
        rss[`after${Math.floor(done / 1000)}k`] = now;
      }
    }
    const seconds = (Date.now() - started) / 1000;
    const at = (k: string) => rss[k] ?? 0;
    reportFigures('10,000 hostile requests', {
      requests: probes.length,
      kindsOfProbe: kinds.length,
      statuses: Object.fromEntries(statuses),
      requestsPerSec: Math.round(probes.length / seconds),
      rssMb: rss,
      maxRssMb: maxRss,
      rssGrowthSecondHalfMb: Math.round((at('after10k') - at('after5k')) * 10) / 10,
      errorLogLines: api.errors().length,
    });

    expect(kinds.length).toBeGreaterThan(1500);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(api.errors()).toEqual([]);
    expect(api.exited()).toBeUndefined();
    // Bounded: the second 5,000 requests leave the process no bigger than the first 5,000 did, within what
    // garbage collection timing moves, and it never comes near a size that would trouble a small server.
    expect(at('after10k') - at('after5k')).toBeLessThan(40);
    expect(maxRss).toBeLessThan(400);
    await expectBooksHold(t.db, ['outboxWaiting']);
  });
});
