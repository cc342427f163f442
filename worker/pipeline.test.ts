import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { createTestDb, type TestDb } from '../test/pg.js';
import {
  dropTestDb,
  duplicatedTransitions,
  placeOrder,
  seedCatalog,
  testLogger,
  testWorkerConfig,
  waitFor,
  waitForStatuses,
} from '../test/order-fixtures.js';
import { DEAD_LETTER_QUEUE, type NotifyPayload } from '../orders/jobs.js';
import { cancelOrder } from '../orders/pg-order-actions.js';
import { decideReviewStep } from '../orders/pg-review.js';
import { placeConfirmedOrder } from '../orders/pg-order-repository.js';
import { auditStock } from '../orders/pg-stock.js';
import { bullmqDeadLetterBox } from './bullmq-dead-letter.js';
import { createPipelineQueues, type PipelineQueues } from './bullmq-queues.js';
import { startWorker, type RunningWorker } from './main.js';

let t: TestDb;
let worker: RunningWorker;
let pq: PipelineQueues;
const outage = new Set<string>();

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [
      { sku: 'HOT', name: '水泥', unit: '袋', priceFen: 2000, stock: 50 },
      { sku: 'WIRE', name: '电线', unit: '捆', priceFen: 20000, stock: 10_000 },
    ],
    [
      { id: 'c-rich', name: '王老板', creditLimitFen: 1_000_000_000 },
      { id: 'c-poor', name: '张老板', creditLimitFen: 10_000 },
    ],
  );
  const config = testWorkerConfig(t.url);
  pq = createPipelineQueues({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX });
  worker = await startWorker(config, testLogger(), {
    handlers: (d) => ({
      ...d,
      stock: {
        ...d.stock,
        async reserve(p, ctx) {
          if (outage.has(p.orderId)) throw new Error('simulated database outage');
          await d.stock.reserve(p, ctx);
        },
      },
    }),
  });
});
afterAll(async () => {
  await worker?.stop();
  await pq?.close();
  await dropTestDb(t);
});

async function notifications(orderId: string): Promise<NotifyPayload[]> {
  const jobs = await pq.queues.notify.getJobs(['waiting', 'prioritized', 'delayed']);
  return jobs
    .filter((j): j is Job => !!j && (j.data as NotifyPayload).orderId === orderId)
    .map((j) => j.data as NotifyPayload);
}

const status = async (orderId: string) =>
  (await t.db.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow())
    .status;
const reservedOf = async (sku: string) =>
  (await t.db.selectFrom('stock').select('reserved').where('sku', '=', sku).executeTakeFirstOrThrow())
    .reserved;

describe('order pipeline over BullMQ', () => {
  it('takes a confirmed order through stock, pricing and finance and tells customer and rep', async () => {
    const o = await placeOrder(t.db, 'c-rich', [{ sku: 'WIRE', qty: 100, unit: '捆' }]);
    await waitForStatuses(t.db, [o.orderId], ['approved']);
    const history = await t.db
      .selectFrom('order_status_history')
      .select(['from_status', 'to_status', 'actor'])
      .where('order_id', '=', o.orderId)
      .orderBy('id')
      .execute();
    expect(history.map((h) => h.to_status)).toEqual(['confirmed', 'reserved', 'priced', 'approved']);
    const texts = await waitFor('two notifications', async () => {
      const n = await notifications(o.orderId);
      return n.length === 2 ? n.map((x) => x.text).sort() : undefined;
    });
    expect(texts).toEqual(
      [
        `您的订单 ${o.orderNumber} 已备货，正在核价。`,
        `订单 ${o.orderNumber} 已确认，合计¥20,000，我们尽快为您安排发货。`,
      ].sort(),
    );
  });

  it('reserves exactly 50 units for 200 concurrent orders of a SKU with stock 50', async () => {
    const orders = await Promise.all(
      Array.from({ length: 200 }, () => placeOrder(t.db, 'c-rich', [{ sku: 'HOT', qty: 1, unit: '袋' }])),
    );
    const ids = orders.map((o) => o.orderId);
    await waitForStatuses(t.db, ids, ['approved', 'cancelled']);
    expect(await reservedOf('HOT')).toBe(50);
    const approved = await t.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', 'in', ids)
      .where('status', '=', 'approved')
      .executeTakeFirstOrThrow();
    expect(Number(approved.n)).toBe(50);
    const stock = await t.db
      .selectFrom('stock')
      .selectAll()
      .where('sku', '=', 'HOT')
      .executeTakeFirstOrThrow();
    expect(stock.on_hand - stock.reserved).toBe(0);
  });

  it('reserves once when the stock job is delivered twice', async () => {
    const o = await placeOrder(t.db, 'c-rich', [{ sku: 'WIRE', qty: 9 }]);
    await waitForStatuses(t.db, [o.orderId], ['approved']);
    const before = await reservedOf('WIRE');
    const again = await pq.queues.stock.add(
      'reserve',
      { orderId: o.orderId },
      { jobId: `${o.orderId}-again` },
    );
    await waitFor('the second delivery to finish', async () =>
      (await again.isCompleted()) ? true : undefined,
    );
    expect(await reservedOf('WIRE')).toBe(before);
    const ledger = await t.db
      .selectFrom('stock_ledger')
      .select('id')
      .where('order_id', '=', o.orderId)
      .execute();
    expect(ledger).toHaveLength(1);
  });

  it('lets an order over the credit limit wait for finance and approves it when finance says so', async () => {
    const o = await placeOrder(t.db, 'c-poor', [{ sku: 'WIRE', qty: 1 }]);
    await waitForStatuses(t.db, [o.orderId], ['in_review']);
    const pending = await waitFor('review notifications', async () => {
      const n = await notifications(o.orderId);
      return n.some((x) => x.event === 'in_review' && x.to[0]?.kind === 'staff') ? n : undefined;
    });
    expect(pending.find((x) => x.event === 'in_review' && x.to[0]?.kind === 'customer')?.text).toBe(
      `订单 ${o.orderNumber} 已收到，正在财务审核，确认后马上通知您。`,
    );
    await decideReviewStep(t.db, {
      orderId: o.orderId,
      staff: { id: 'fin-1', roles: ['finance'] },
      decision: 'approve',
    });
    await waitFor('the approval notification', async () =>
      (await notifications(o.orderId)).some((x) => x.event === 'approved') ? true : undefined,
    );
  });

  it('releases the stock of a cancelled order', async () => {
    const before = await reservedOf('WIRE');
    const o = await placeOrder(t.db, 'c-rich', [{ sku: 'WIRE', qty: 30 }]);
    await waitForStatuses(t.db, [o.orderId], ['approved']);
    expect(await reservedOf('WIRE')).toBe(before + 30);
    await cancelOrder(t.db, { orderId: o.orderId, actor: 'staff:rep-1', reason: '客户改主意了' });
    await waitFor('the release', async () => ((await reservedOf('WIRE')) === before ? true : undefined));
    const receivable = await t.db
      .selectFrom('receivables')
      .select('status')
      .where('order_id', '=', o.orderId)
      .executeTakeFirstOrThrow();
    expect(receivable.status).toBe('void');
  });

  it('fails a bad payload at once and parks it in the dead-letter queue', async () => {
    await pq.queues.stock.add('reserve', { orderId: 42 }, { jobId: 'bad-payload' });
    const box = bullmqDeadLetterBox(pq.queues);
    const parked = await waitFor('the dead letter', async () => {
      const { items } = await box.list();
      return items.find((i) => i.jobId === 'bad-payload');
    });
    expect(parked).toMatchObject({ queue: 'stock', jobName: 'reserve', attemptsMade: 1 });
    expect(parked.failedReason).toContain('invalid stock/reserve payload');
    await box.discard(parked.id);
  });

  it('completes a dead-lettered job once it is retried after the fault is gone', async () => {
    const orderId = randomUUID();
    outage.add(orderId);
    await placeConfirmedOrder(
      t.db,
      {
        sourceKey: `dlq-${orderId}`,
        customerId: 'c-rich',
        placedByStaffId: null,
        channel: 'test',
        needsRep: false,
        lines: [{ sku: 'WIRE', qty: 2, unit: '捆', unitPriceFen: 20000 }],
      },
      () => orderId,
    );
    const box = bullmqDeadLetterBox(pq.queues);
    const parked = await waitFor('the dead letter', async () => {
      const { items } = await box.list();
      return items.find((i) => i.jobId === orderId);
    });
    expect(parked).toMatchObject({
      queue: 'stock',
      attemptsMade: 3,
      failedReason: 'simulated database outage',
    });
    expect(await status(orderId)).toBe('confirmed');
    outage.delete(orderId);
    await box.retry(parked.id);
    await waitForStatuses(t.db, [orderId], ['approved']);
    expect((await box.list()).items.find((i) => i.jobId === orderId)).toBeUndefined();
    expect(await pq.queues[DEAD_LETTER_QUEUE].getJob(parked.id)).toBeUndefined();
  });

  it('leaves stock auditable from its ledger and every transition written once', async () => {
    expect(await auditStock(t.db)).toEqual([]);
    expect(await duplicatedTransitions(t.db)).toBe(0);
  });
});
