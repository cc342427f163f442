import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';
import { placeOrder } from '../test/order-fixtures.js';
import { testRedisUrl } from '../test/redis.js';
import { parkDeadLetter } from '../worker/bullmq-dead-letter.js';
import { createPipelineQueues, type PipelineQueues } from '../worker/bullmq-queues.js';

let shop: TestApi;
let pq: PipelineQueues;
const as: Record<string, ApiClient> = {};

beforeAll(async () => {
  shop = await startTestApi();
  pq = createPipelineQueues({ redisUrl: testRedisUrl(), prefix: shop.prefix });
  for (const id of ['clerk-wu', 'wh-sun', 'fin-zhou', 'rep-chen', 'admin-li']) {
    as[id] = await ApiClient.staff(shop.url, id, DEMO_PASSWORD);
  }
});
afterAll(async () => {
  await pq?.close();
  await shop?.stop();
});

const client = (id: string) => as[id] as ApiClient;

describe('order back-office operations', () => {
  it('lists the review queue, and each role does its step until the order is completed', async () => {
    await shop.t.db
      .updateTable('customers')
      .set({ credit_limit_fen: 10_000 })
      .where('id', '=', 'c-wang-zxd')
      .execute();
    const o = await placeOrder(shop.t.db, 'c-wang-zxd', [
      { sku: 'CEM-JY-WHITE-25', qty: 10, unitPriceFen: 4000 },
    ]);
    await reserveOrderStock(shop.t.db, o.orderId, 'partial');
    await priceOrder(shop.t.db, o.orderId);
    await creditCheckOrder(shop.t.db, o.orderId, { trustedTiers: '*', maxFen: 1e9 });
    const total = Number(
      (
        await shop.t.db
          .selectFrom('orders')
          .select('total_fen')
          .where('id', '=', o.orderId)
          .executeTakeFirstOrThrow()
      ).total_fen,
    );

    const pending = await client('clerk-wu').get('/api/orders?status=pending_review');
    expect(pending.status).toBe(200);
    const { items } = (await pending.json()) as { items: { no: number; reviewReason: string }[] };
    expect(items.map((i) => i.no)).toEqual([o.orderNo]);
    expect(items[0]?.reviewReason).toContain('超出信用额度');

    const early = await client('wh-sun').post(`/api/orders/${o.orderNo}/ship`, {});
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({
      error: { code: 'invalid_transition', message: '订单待审核，不能改为已发货' },
    });

    expect((await client('wh-sun').post(`/api/orders/${o.orderNo}/approve`, {})).status).toBe(403);
    expect((await client('clerk-wu').post(`/api/orders/${o.orderNo}/approve`, {})).status).toBe(200);
    expect((await client('wh-sun').post(`/api/orders/${o.orderNo}/ship`, {})).status).toBe(200);
    const part = await client('fin-zhou').post(`/api/orders/${o.orderNo}/payments`, {
      amountFen: 10000,
      method: 'wechat',
      reference: 'wx-1',
    });
    expect(part.status).toBe(201);
    const over = await client('fin-zhou').post(`/api/orders/${o.orderNo}/payments`, {
      amountFen: total,
      method: 'cash',
    });
    expect(over.status).toBe(422);
    expect(await over.json()).toMatchObject({
      error: { code: 'payment_refused', message: '收款金额超过了未收金额' },
    });
    const rest = await client('fin-zhou').post(`/api/orders/${o.orderNo}/payments`, {
      amountFen: total - 10000,
      method: 'cash',
    });
    expect(((await rest.json()) as { receivable: { status: string } }).receivable.status).toBe('paid');

    const detail = (await (await client('rep-chen').get(`/api/orders/${o.orderNo}`)).json()) as {
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
    expect(detail.history[4]?.actor).toBe('staff:clerk-wu');
    expect(detail.payments).toHaveLength(2);

    const audit = (await (await client('admin-li').get(`/api/audit?orderNo=${o.orderNo}`)).json()) as {
      items: { staffId: string; action: string; statusBefore: string | null; statusAfter: string | null }[];
    };
    expect(audit.items.map((a) => [a.staffId, a.action, a.statusBefore, a.statusAfter]).reverse()).toEqual([
      ['clerk-wu', 'order.approved', 'pending_review', 'approved'],
      ['wh-sun', 'order.shipped', 'approved', 'shipped'],
      ['fin-zhou', 'payment.record', 'shipped', null],
      ['fin-zhou', 'payment.record', 'shipped', null],
    ]);
  });

  it('answers 404 for an unknown order and 401 without a session', async () => {
    expect((await client('clerk-wu').get('/api/orders/999999')).status).toBe(404);
    expect((await ApiClient.anonymous(shop.url).get('/api/orders')).status).toBe(401);
  });
});

describe('queue monitoring and dead letters', () => {
  it('serves Bull Board to staff, read-only for everyone but admins', async () => {
    expect((await ApiClient.anonymous(shop.url).get('/admin/queues')).status).toBe(401);
    const page = await client('rep-chen').get('/admin/queues');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('只读');
    const api = await client('admin-li').get('/admin/queues/api/queues');
    const names = ((await api.json()) as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['dead-letter', 'finance', 'notify', 'pricing', 'stock']);
    const repPause = await client('rep-chen').request('PUT', '/admin/queues/api/queues/stock/pause');
    expect(repPause.status).toBeGreaterThanOrEqual(400);
    const adminPause = await client('admin-li').request('PUT', '/admin/queues/api/queues/stock/pause');
    expect(adminPause.status).toBe(200);
    expect(await pq.queues.stock.isPaused()).toBe(true);
    await pq.queues.stock.resume();
  });

  it('lists a dead letter and puts its job back on its queue when an admin retries it', async () => {
    const job = await pq.queues.pricing.add('price', { orderId: 'o-dead' }, { jobId: 'o-dead' });
    await parkDeadLetter(pq.queues['dead-letter'], job, 'database gone');
    await job.remove();
    expect((await client('fin-zhou').get('/api/dead-letters')).status).toBe(403);
    const list = (await (await client('admin-li').get('/api/dead-letters')).json()) as {
      total: number;
      items: { id: string; queue: string; failedReason: string }[];
    };
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: 'pricing-o-dead',
      queue: 'pricing',
      failedReason: 'database gone',
    });
    const retried = await client('admin-li').post('/api/dead-letters/pricing-o-dead/retry');
    expect(await retried.json()).toEqual({ queue: 'pricing', jobId: 'o-dead' });
    expect(await (await pq.queues.pricing.getJob('o-dead'))?.getState()).toBe('waiting');
    expect(await (await client('admin-li').get('/api/dead-letters')).json()).toEqual({ total: 0, items: [] });
    expect((await client('admin-li').post('/api/dead-letters/pricing-o-dead/retry')).status).toBe(404);
  });
});
