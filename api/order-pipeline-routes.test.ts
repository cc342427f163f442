import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { auditStock } from '../orders/pg-stock.js';
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
const json = async <T>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T;

/** An order through the worker's steps, up to its review decision. */
async function orderThroughPipeline(lines: { sku: string; qty: number; unitPriceFen: number }[]) {
  const o = await placeOrder(shop.t.db, 'c-wang-zxd', lines);
  await reserveOrderStock(shop.t.db, o.orderId, 'partial');
  await priceOrder(shop.t.db, o.orderId);
  await creditCheckOrder(shop.t.db, o.orderId);
  return o;
}

interface Detail {
  status: string;
  reviewStep: string | null;
  lines: {
    lineNo: number;
    qty: number;
    reservedQty: number;
    shippedQty: number;
    returnedQty: number;
    cancelledQty: number;
  }[];
  reviews: { step: string; decision: string; staffId: string }[];
  receivable: {
    orderedFen: number;
    amountFen: number;
    committedFen: number;
    paidFen: number;
    status: string;
  } | null;
  shipments: { number: string; lines: { lineNo: number; qty: number }[] }[];
  history: { to: string; actor: string }[];
}

describe('an order through the back office', () => {
  it('is reviewed by finance, shipped in two parts around a goods-in, partly returned, and paid until completed', async () => {
    await shop.t.db
      .updateTable('customers')
      .set({ credit_limit_fen: 10_000 })
      .where('id', '=', 'c-wang-zxd')
      .execute();
    // Stock of the white cement: 25 bags, so an order of 40 is short by 15.
    const before = await shop.t.db
      .selectFrom('stock')
      .select(['on_hand', 'reserved'])
      .where('sku', '=', 'CEM-JY-WHITE-25')
      .executeTakeFirstOrThrow();
    await shop.t.db
      .updateTable('stock')
      .set({ on_hand: before.reserved + 25 })
      .where('sku', '=', 'CEM-JY-WHITE-25')
      .execute();
    await shop.t.db
      .insertInto('stock_ledger')
      .values({
        sku: 'CEM-JY-WHITE-25',
        reason: 'adjust',
        on_hand_delta: before.reserved + 25 - before.on_hand,
        actor: 'test',
      })
      .execute();
    const o = await orderThroughPipeline([{ sku: 'CEM-JY-WHITE-25', qty: 40, unitPriceFen: 4000 }]);
    const path = `/api/orders/${o.orderNumber}`;

    const waiting = await json<{ items: { number: string; reviewStep: string }[]; total: number }>(
      client('fin-zhou').get('/api/orders?status=in_review&reviewStep=finance'),
    );
    expect(waiting.items.map((i) => i.number)).toEqual([o.orderNumber]);
    expect(
      (await client('wh-sun').post(`${path}/shipments`, { lines: [{ lineNo: 1, qty: 1 }] })).status,
    ).toBe(409);
    const clerk = await client('clerk-wu').post(`${path}/review`, { decision: 'approve' });
    expect(clerk.status).toBe(409);
    expect(await clerk.json()).toMatchObject({
      error: { code: 'review_refused', message: '这一步不该由您审核' },
    });
    const approved = await client('fin-zhou').post(`${path}/review`, {
      decision: 'approve',
      step: 'finance',
    });
    expect(await approved.json()).toMatchObject({
      orderNumber: o.orderNumber,
      kind: 'approved',
      decided: 'finance',
    });
    expect((await client('fin-zhou').post(`${path}/review`, { decision: 'approve' })).status).toBe(409);

    let detail = await json<Detail>(client('rep-chen').get(path));
    expect(detail.lines[0]).toMatchObject({ qty: 40, reservedQty: 25, shippedQty: 0 });
    // Priced by the catalog (tier and breaks); what is reserved is what is committed.
    const price = (detail.lines[0] as unknown as { unitPriceFen: number }).unitPriceFen;
    expect(detail.receivable).toMatchObject({
      orderedFen: 25 * price,
      amountFen: 0,
      committedFen: 25 * price,
      paidFen: 0,
    });

    const pick = await json<{ items: { sku: string; qty: number }[] }>(
      client('wh-sun').get(`/api/pick-list?orders=${o.orderNumber}`),
    );
    expect(pick.items).toEqual([expect.objectContaining({ sku: 'CEM-JY-WHITE-25', qty: 25 })]);
    const tooMany = await client('wh-sun').post(`${path}/shipments`, { lines: [{ lineNo: 1, qty: 26 }] });
    expect(await tooMany.json()).toMatchObject({
      error: { code: 'warehouse_refused', message: expect.stringContaining('最多能发 25') },
    });
    const first = await json<{ number: string; status: string }>(
      client('wh-sun').post(`${path}/shipments`, { lines: [{ lineNo: 1, qty: 25 }], note: '先发有货的' }),
    );
    expect(first).toEqual({ number: `FH-${o.orderNumber.slice(3)}-1`, status: 'partially_shipped' });
    detail = await json<Detail>(client('rep-chen').get(path));
    expect(detail.receivable).toMatchObject({ amountFen: 25 * price, committedFen: 0 });

    // Goods in: the 15 back-ordered bags are reserved for the order at once.
    const receipt = await json<{ reserved: number }>(
      client('wh-sun').post('/api/goods-in', {
        supplier: '金羊水泥厂',
        lines: [{ sku: 'CEM-JY-WHITE-25', qty: 30 }],
      }),
    );
    expect(receipt.reserved).toBe(15);
    const second = await json<{ number: string; status: string }>(
      client('wh-sun').post(`${path}/shipments`, { lines: [{ lineNo: 1, qty: 15 }] }),
    );
    expect(second).toEqual({ number: `FH-${o.orderNumber.slice(3)}-2`, status: 'shipped' });

    // Five bags came back broken from the first shipment: written off, the receivable credited.
    const ret = await json<{ number: string; creditFen: number }>(
      client('wh-sun').post(`/api/shipments/${first.number}/returns`, {
        reason: '破包',
        lines: [{ lineNo: 1, qty: 5, disposition: 'damaged' }],
      }),
    );
    expect(ret).toEqual({ number: `TH-${o.orderNumber.slice(3)}-1`, creditFen: 5 * price });
    detail = await json<Detail>(client('rep-chen').get(path));
    expect(detail.lines[0]).toMatchObject({ shippedQty: 40, returnedQty: 5, reservedQty: 0 });
    expect(detail.receivable).toMatchObject({ amountFen: 35 * price, committedFen: 0 });

    const over = await client('fin-zhou').post(`${path}/payments`, {
      amountFen: 35 * price + 1,
      method: 'cash',
    });
    expect(await over.json()).toMatchObject({
      error: { code: 'payment_refused', message: '收款金额超过了这单还欠的钱' },
    });
    expect(
      (
        await client('fin-zhou').post(`${path}/payments`, {
          amountFen: 10 * price,
          method: 'wechat',
          reference: 'wx-1',
        })
      ).status,
    ).toBe(201);
    expect(
      (await client('fin-zhou').post(`${path}/payments`, { amountFen: 25 * price, method: 'transfer' }))
        .status,
    ).toBe(201);
    detail = await json<Detail>(client('rep-chen').get(path));
    expect(detail.status).toBe('completed');
    expect(detail.receivable).toMatchObject({ amountFen: 35 * price, paidFen: 35 * price, status: 'paid' });
    expect(detail.history.map((h) => h.to)).toEqual([
      'confirmed',
      'reserved',
      'priced',
      'in_review',
      'approved',
      'partially_shipped',
      'shipped',
      'completed',
    ]);
    expect(detail.reviews).toEqual([
      expect.objectContaining({ step: 'finance', decision: 'approve', staffId: 'fin-zhou' }),
    ]);

    const note = await json<{
      orderNumber: string;
      customerName: string;
      totalFen: number;
      lines: { qty: number; returnedQty: number }[];
    }>(client('rep-chen').get(`/api/shipments/${first.number}`));
    expect(note).toMatchObject({
      orderNumber: o.orderNumber,
      customerName: '王师傅装修队',
      totalFen: 25 * price,
    });
    expect(note.lines).toEqual([expect.objectContaining({ qty: 25, returnedQty: 5 })]);

    const ledger = await json<{
      items: { reason: string; onHandDelta: number; shipmentNumber: string | null }[];
    }>(client('wh-sun').get('/api/stock/CEM-JY-WHITE-25/ledger'));
    expect(ledger.items.slice(0, 5).map((l) => [l.reason, l.onHandDelta])).toEqual([
      ['return_damaged', 0],
      ['ship', -15],
      ['reserve', 0],
      ['receive', 30],
      ['ship', -25],
    ]);
    expect(await auditStock(shop.t.db)).toEqual([]);

    const audit = await json<{ items: { staffId: string; action: string }[] }>(
      client('admin-li').get(`/api/audit?staffId=wh-sun`),
    );
    expect(audit.items.map((a) => a.action)).toEqual(
      expect.arrayContaining(['order.ship', 'stock.goods_in', 'order.return']),
    );
  });

  it('lets an admin switch the order step on, and a later order waits for a clerk', async () => {
    const chain = await json<{
      version: number;
      steps: { step: string; enabled: boolean; conditions: object }[];
    }>(client('admin-li').get('/api/settings/review-chain'));
    expect(
      (await client('clerk-wu').request('PUT', '/api/settings/review-chain', { steps: chain.steps })).status,
    ).toBe(403);
    const steps = chain.steps.map((s) => (s.step === 'order' ? { ...s, enabled: true } : s));
    const saved = await json<{ version: number }>(
      client('admin-li').request('PUT', '/api/settings/review-chain', { steps }),
    );
    expect(saved.version).toBe(chain.version + 1);
    await shop.t.db
      .updateTable('customers')
      .set({ credit_limit_fen: 100_000_000 })
      .where('id', '=', 'c-wang-zxd')
      .execute();
    const o = await orderThroughPipeline([{ sku: 'CEM-JY-WHITE-25', qty: 1, unitPriceFen: 4000 }]);
    const detail = await json<Detail & { reviewChainVersion: number }>(
      client('clerk-wu').get(`/api/orders/${o.orderNumber}`),
    );
    expect(detail).toMatchObject({
      status: 'in_review',
      reviewStep: 'order',
      reviewChainVersion: saved.version,
    });
    const rejected = await client('clerk-wu').post(`/api/orders/${o.orderNumber}/review`, {
      decision: 'reject',
    });
    expect(rejected.status).toBe(409);
    expect(
      await json(
        client('clerk-wu').post(`/api/orders/${o.orderNumber}/review`, {
          decision: 'reject',
          comment: '客户电话说不要了',
        }),
      ),
    ).toMatchObject({ kind: 'rejected' });
    await client('admin-li').request('PUT', '/api/settings/review-chain', { steps: chain.steps });
  });

  it('answers 404 for an unknown order and 401 without a session', async () => {
    expect((await client('clerk-wu').get('/api/orders/LD-20000101-9999')).status).toBe(404);
    expect((await client('clerk-wu').get('/api/orders/12')).status).toBe(400);
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
    const list = await json<{ total: number; items: { id: string; queue: string; failedReason: string }[] }>(
      client('admin-li').get('/api/dead-letters'),
    );
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: 'pricing-o-dead',
      queue: 'pricing',
      failedReason: 'database gone',
    });
    const retried = await client('admin-li').post('/api/dead-letters/pricing-o-dead/retry');
    expect(await retried.json()).toEqual({ queue: 'pricing', jobId: 'o-dead' });
    expect(await (await pq.queues.pricing.getJob('o-dead'))?.getState()).toBe('waiting');
    expect(await json(client('admin-li').get('/api/dead-letters'))).toEqual({ total: 0, items: [] });
    expect((await client('admin-li').post('/api/dead-letters/pricing-o-dead/retry')).status).toBe(404);
  });
});
