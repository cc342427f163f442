import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { dropTestDb, placeOrder, seedCatalog, testLogger } from '../test/order-fixtures.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { bullmqDeadLetterBox, parkDeadLetter } from '../worker/bullmq-dead-letter.js';
import { createPipelineQueues, type PipelineQueues } from '../worker/bullmq-queues.js';
import { createApp } from './app.js';
import { deadLetterErrorMappings, deadLetterRoutes } from './dead-letter-routes.js';
import { orderErrorMappings, orderRoutes } from './order-routes.js';
import { queuesBoard } from './queues-board.js';

const auth = { user: 'admin', password: 's3cret' };
const basic = `Basic ${Buffer.from('admin:s3cret').toString('base64')}`;
let t: TestDb;
let pq: PipelineQueues;
let server: Server;
let base: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [{ sku: 'W', name: '电线', unit: '捆', priceFen: 20000, stock: 100 }],
    [{ id: 'c-poor', name: '张老板', creditLimitFen: 10_000 }],
  );
  pq = createPipelineQueues({ redisUrl: testRedisUrl(), prefix: uniquePrefix('api') });
  const app = createApp({
    log: testLogger(),
    mounts: [
      queuesBoard({ queues: Object.values(pq.queues), auth }),
      deadLetterRoutes({ box: bullmqDeadLetterBox(pq.queues), auth }),
      orderRoutes({ db: t.db, auth }),
    ],
    errorMappings: [...orderErrorMappings, ...deadLetterErrorMappings],
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await pq?.close();
  await dropTestDb(t);
});

function call(method: string, path: string, body?: unknown, authorization: string | null = basic) {
  return fetch(`${base}${path}`, {
    method,
    headers: {
      ...(authorization ? { authorization } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

describe('order back-office routes', () => {
  it('lists the review queue, approves, ships and takes payments until the order is completed', async () => {
    const o = await placeOrder(t.db, 'c-poor', [{ sku: 'W', qty: 2 }]);
    await reserveOrderStock(t.db, o.orderId, 'partial');
    await priceOrder(t.db, o.orderId);
    await creditCheckOrder(t.db, o.orderId, { trustedTiers: '*', maxFen: 1e9 });

    const pending = await call('GET', '/admin/orders?status=pending_review');
    expect(pending.status).toBe(200);
    const { items } = (await pending.json()) as { items: { id: string; reviewReason: string }[] };
    expect(items.map((i) => i.id)).toEqual([o.orderId]);
    expect(items[0]?.reviewReason).toContain('超出信用额度');

    const early = await call('POST', `/admin/orders/${o.orderId}/ship`, {});
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe('invalid_transition');

    expect((await call('POST', `/admin/orders/${o.orderId}/approve`, { staffId: 'rep-1' })).status).toBe(200);
    expect((await call('POST', `/admin/orders/${o.orderId}/ship`, {})).status).toBe(200);
    const part = await call('POST', `/admin/orders/${o.orderId}/payments`, {
      amountFen: 10000,
      method: 'wechat',
      reference: 'wx-1',
    });
    expect(part.status).toBe(201);
    const over = await call('POST', `/admin/orders/${o.orderId}/payments`, {
      amountFen: 99999,
      method: 'cash',
    });
    expect(over.status).toBe(422);
    const rest = await call('POST', `/admin/orders/${o.orderId}/payments`, {
      amountFen: 30000,
      method: 'cash',
    });
    expect(((await rest.json()) as { receivable: { status: string } }).receivable.status).toBe('paid');

    const detail = (await (await call('GET', `/admin/orders/${o.orderId}`)).json()) as {
      status: string;
      history: { to: string; actor: string }[];
      payments: unknown[];
    };
    expect(detail.status).toBe('completed');
    expect(detail.history.map((h) => h.to)).toEqual([
      'confirmed',
      'reserved',
      'priced',
      'pending_review',
      'approved',
      'shipped',
      'completed',
    ]);
    expect(detail.history[4]?.actor).toBe('staff:rep-1');
    expect(detail.payments).toHaveLength(2);
  });

  it('answers 404 for an unknown order and 401 without the admin login', async () => {
    expect((await call('GET', '/admin/orders/nope')).status).toBe(404);
    expect((await call('GET', '/admin/orders', undefined, null)).status).toBe(401);
  });
});

describe('queue monitoring and dead letters', () => {
  it('serves Bull Board at /admin/queues to admins only', async () => {
    expect((await call('GET', '/admin/queues', undefined, null)).status).toBe(401);
    const page = await call('GET', '/admin/queues');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const api = await call('GET', '/admin/queues/api/queues');
    const names = ((await api.json()) as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['dead-letter', 'finance', 'notify', 'pricing', 'stock']);
  });

  it('lists a dead letter and puts its job back on its queue when retried', async () => {
    const job = await pq.queues.pricing.add('price', { orderId: 'o-dead' }, { jobId: 'o-dead' });
    await parkDeadLetter(pq.queues['dead-letter'], job, 'database gone');
    await job.remove();
    const list = (await (await call('GET', '/admin/dead-letters')).json()) as {
      total: number;
      items: { id: string; queue: string; failedReason: string }[];
    };
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: 'pricing-o-dead',
      queue: 'pricing',
      failedReason: 'database gone',
    });
    const retried = await call('POST', '/admin/dead-letters/pricing-o-dead/retry');
    expect(await retried.json()).toEqual({ queue: 'pricing', jobId: 'o-dead' });
    expect(await (await pq.queues.pricing.getJob('o-dead'))?.getState()).toBe('waiting');
    expect((await call('GET', '/admin/dead-letters').then((r) => r.json())) as unknown).toEqual({
      total: 0,
      items: [],
    });
    expect((await call('POST', '/admin/dead-letters/pricing-o-dead/retry')).status).toBe(404);
  });
});
