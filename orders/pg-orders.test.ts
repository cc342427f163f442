import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDb, type TestDb } from '../test/pg.js';
import { dropTestDb, duplicatedTransitions, placeOrder, seedCatalog } from '../test/order-fixtures.js';
import { cancelOrder } from './pg-order-actions.js';
import { decideReviewStep } from './pg-review.js';
import { shipOrder, WarehouseRefusedError } from './pg-shipments.js';
import { creditCheckOrder, PaymentRefusedError, recordPayment } from './pg-finance.js';
import { placeConfirmedOrder } from './pg-order-repository.js';
import { priceOrder } from './pg-pricing.js';
import { auditStock, releaseOrderStock } from './pg-stock.js';
import { reserveOrderStock } from './pg-stock-reserve.js';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [
      { sku: 'HOT', name: '水泥', unit: '袋', priceFen: 2000, stock: 50 },
      {
        sku: 'BRK',
        name: '电线',
        unit: '捆',
        priceFen: 20000,
        stock: 1000,
        priceBreaks: [{ minQty: 100, priceFen: 17500 }],
      },
      { sku: 'TWO', name: '水管', unit: '根', priceFen: 1000, stock: 30 },
      { sku: 'NONE', name: '角阀', unit: '个', priceFen: 500 },
    ],
    [
      { id: 'c-rich', name: '王老板', creditLimitFen: 100_000_000 },
      { id: 'c-poor', name: '张老板', creditLimitFen: 10_000 },
    ],
  );
});
afterAll(() => dropTestDb(t));

async function stockOf(sku: string) {
  return t.db.selectFrom('stock').selectAll().where('sku', '=', sku).executeTakeFirstOrThrow();
}

async function outboxJobs(orderId: string) {
  return t.db
    .selectFrom('outbox')
    .select(['queue', 'job_name', 'job_id'])
    .where('job_id', 'like', `${orderId}%`)
    .orderBy('id')
    .execute();
}

describe('placeConfirmedOrder', () => {
  it('makes one order and one outbox row when called twice with the same source key', async () => {
    const input = {
      sourceKey: 'session-1:rev-3',
      customerId: 'c-rich',
      placedByStaffId: null,
      channel: 'wechat',
      needsRep: false,
      lines: [{ sku: 'TWO', qty: 1, unit: '根', unitPriceFen: 1000 }],
    };
    const ids = ['fixed-1', 'fixed-2'];
    const first = await placeConfirmedOrder(t.db, input, () => ids.shift()!);
    const second = await placeConfirmedOrder(t.db, input, () => ids.shift()!);
    expect(first).toMatchObject({ orderId: 'fixed-1', created: true });
    expect(second).toEqual({ orderId: 'fixed-1', orderNumber: first.orderNumber, created: false });
    const orders = await t.db
      .selectFrom('orders')
      .select('id')
      .where('source_key', '=', input.sourceKey)
      .execute();
    expect(orders).toHaveLength(1);
    expect(await outboxJobs('fixed-1')).toEqual([{ queue: 'stock', job_name: 'reserve', job_id: 'fixed-1' }]);
  });

  it('makes one order when two confirmations of the same draft race', async () => {
    const input = {
      sourceKey: 'session-2:rev-1',
      customerId: 'c-rich',
      placedByStaffId: null,
      channel: 'wechat',
      needsRep: false,
      lines: [{ sku: 'TWO', qty: 1, unit: '根', unitPriceFen: 1000 }],
    };
    const results = await Promise.all([placeConfirmedOrder(t.db, input), placeConfirmedOrder(t.db, input)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results[0]?.orderId).toBe(results[1]?.orderId);
  });

  it('numbers 40 placements at once by the day, each number once and the day going on from where it was', async () => {
    const place = (k: number) =>
      placeConfirmedOrder(t.db, {
        sourceKey: `numbering-${k}`,
        customerId: 'c-rich',
        placedByStaffId: null,
        channel: 'wechat',
        needsRep: false,
        lines: [{ sku: 'TWO', qty: 1, unit: '根', unitPriceFen: 1000 }],
      });
    const before = await place(0);
    const [, day, n] = /^LD-(\d{8})-(\d{4,})$/.exec(before.orderNumber) ?? [];
    const placed = await Promise.all(Array.from({ length: 40 }, (_, k) => place(k + 1)));
    const numbers = placed.map((p) => p.orderNumber);
    expect(new Set(numbers).size).toBe(40);
    // Nothing else places orders meanwhile: the 40 take the next 40 numbers of the day.
    expect(numbers.sort()).toEqual(
      Array.from({ length: 40 }, (_, k) => `LD-${day}-${String(Number(n) + 1 + k).padStart(4, '0')}`),
    );
  });
});

describe('stock reservation', () => {
  it('reserves exactly 50 units for 200 concurrent orders of a SKU with stock 50', async () => {
    const orders = await Promise.all(
      Array.from({ length: 200 }, () => placeOrder(t.db, 'c-rich', [{ sku: 'HOT', qty: 1 }])),
    );
    let lowest = Infinity;
    const watcher = setInterval(() => {
      void stockOf('HOT').then((s) => (lowest = Math.min(lowest, s.on_hand - s.reserved)));
    }, 5);
    const results = await Promise.all(orders.map((o) => reserveOrderStock(t.db, o.orderId, 'partial')));
    clearInterval(watcher);
    const s = await stockOf('HOT');
    expect(s.reserved).toBe(50);
    expect(s.on_hand).toBe(50);
    expect(lowest).toBeGreaterThanOrEqual(0);
    expect(results.filter((r) => r.kind === 'full')).toHaveLength(50);
    expect(results.filter((r) => r.kind === 'none')).toHaveLength(150);
    const statuses = await t.db
      .selectFrom('orders')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where(
        'id',
        'in',
        orders.map((o) => o.orderId),
      )
      .groupBy('status')
      .orderBy('status')
      .execute();
    // Reserved alone, an order is priced in the same statement; after losing a race for the stock it is reserved
    // under locks and left to the pricing step.
    const count = Object.fromEntries(statuses.map((r) => [r.status, Number(r.n)]));
    expect(count.cancelled).toBe(150);
    expect((count.reserved ?? 0) + (count.priced ?? 0)).toBe(50);
    expect(Object.keys(count).every((k) => ['cancelled', 'reserved', 'priced'].includes(k))).toBe(true);
    expect(await auditStock(t.db)).toEqual([]);
  });

  it('reserves once when the same job is delivered twice, even at the same time', async () => {
    const o = await placeOrder(t.db, 'c-rich', [{ sku: 'BRK', qty: 7 }]);
    const before = await stockOf('BRK');
    const [a, b] = await Promise.all([
      reserveOrderStock(t.db, o.orderId, 'partial'),
      reserveOrderStock(t.db, o.orderId, 'partial'),
    ]);
    const again = await reserveOrderStock(t.db, o.orderId, 'partial');
    expect([a.kind, b.kind].sort()).toEqual(['full', 'skipped']);
    expect(again).toEqual({ kind: 'skipped', status: 'priced' });
    expect((await stockOf('BRK')).reserved - before.reserved).toBe(7);
    const ledger = await t.db
      .selectFrom('stock_ledger')
      .selectAll()
      .where('order_id', '=', o.orderId)
      .execute();
    expect(ledger).toHaveLength(1);
    // Reserved in full and priced at once: the credit check is next, queued once.
    expect((await outboxJobs(o.orderId)).filter((j) => j.queue !== 'notify')).toEqual([
      { queue: 'stock', job_name: 'reserve', job_id: o.orderId },
      { queue: 'finance', job_name: 'credit-check', job_id: o.orderId },
    ]);
  });

  it('reserves what is there and records the shortage per line', async () => {
    const o = await placeOrder(t.db, 'c-rich', [
      { sku: 'TWO', qty: 25 },
      { sku: 'TWO', qty: 10 },
    ]);
    expect(await reserveOrderStock(t.db, o.orderId, 'partial')).toEqual({
      kind: 'partial',
      reservedUnits: 30,
      shortageUnits: 5,
    });
    const lines = await t.db
      .selectFrom('order_lines')
      .select(['reserved_qty', 'shortage_qty'])
      .where('order_id', '=', o.orderId)
      .orderBy('line_no')
      .execute();
    expect(lines).toEqual([
      { reserved_qty: 25, shortage_qty: 0 },
      { reserved_qty: 5, shortage_qty: 5 },
    ]);
    const order = await t.db
      .selectFrom('orders')
      .select(['has_shortage'])
      .where('id', '=', o.orderId)
      .executeTakeFirstOrThrow();
    expect(order.has_shortage).toBe(true);
    await cancelOrder(t.db, { orderId: o.orderId, actor: 'staff:rep-1' });
    await releaseOrderStock(t.db, o.orderId);
  });

  it('cancels an order when all-or-nothing cannot reserve every line, and reserves nothing', async () => {
    const before = await stockOf('BRK');
    const o = await placeOrder(t.db, 'c-rich', [
      { sku: 'BRK', qty: 5, unit: '捆' },
      { sku: 'HOT', qty: 1, unit: '袋' },
    ]);
    expect((await reserveOrderStock(t.db, o.orderId, 'all_or_nothing')).kind).toBe('none');
    expect((await stockOf('BRK')).reserved).toBe(before.reserved);
    const notices = await t.db
      .selectFrom('outbox')
      .select('payload')
      .where('job_id', '=', `${o.orderId}-shortage-all`)
      .execute();
    expect(notices).toHaveLength(1);
    expect((notices[0]?.payload as { text: string }).text).toContain('水泥缺货1袋');
  });

  it('treats a product without a stock row as out of stock', async () => {
    const o = await placeOrder(t.db, 'c-rich', [
      { sku: 'NONE', qty: 2, unit: '个' },
      { sku: 'BRK', qty: 1, unit: '捆' },
    ]);
    expect(await reserveOrderStock(t.db, o.orderId, 'partial')).toEqual({
      kind: 'partial',
      reservedUnits: 1,
      shortageUnits: 2,
    });
    await cancelOrder(t.db, { orderId: o.orderId, actor: 'staff:rep-1' });
    expect(await releaseOrderStock(t.db, o.orderId)).toBe(1);
  });

  it('releases the stock of a cancelled order once', async () => {
    const o = await placeOrder(t.db, 'c-rich', [{ sku: 'BRK', qty: 40 }]);
    const before = await stockOf('BRK');
    await reserveOrderStock(t.db, o.orderId, 'partial');
    expect((await stockOf('BRK')).reserved).toBe(before.reserved + 40);
    await cancelOrder(t.db, { orderId: o.orderId, actor: 'staff:rep-1', reason: '客户不要了' });
    expect(await outboxJobs(o.orderId)).toEqual(
      expect.arrayContaining([{ queue: 'stock', job_name: 'release', job_id: `${o.orderId}-release` }]),
    );
    expect(await releaseOrderStock(t.db, o.orderId)).toBe(40);
    expect(await releaseOrderStock(t.db, o.orderId)).toBe(0);
    expect((await stockOf('BRK')).reserved).toBe(before.reserved);
    expect(await auditStock(t.db)).toEqual([]);
  });
});

describe('pricing, credit and payments', () => {
  async function throughFinance(customerId: string | null, qty: number) {
    const o = await placeOrder(t.db, customerId, [{ sku: 'BRK', qty }]);
    await reserveOrderStock(t.db, o.orderId, 'partial');
    // A no-op when the reservation priced the order already (reserved in full at once).
    await priceOrder(t.db, o.orderId);
    const { total_fen } = await t.db
      .selectFrom('orders')
      .select('total_fen')
      .where('id', '=', o.orderId)
      .executeTakeFirstOrThrow();
    const decision = await creditCheckOrder(t.db, o.orderId);
    return { ...o, totalFen: Number(total_fen), decision };
  }

  it('prices a line exactly at its break boundary with the break price', async () => {
    const o = await throughFinance('c-rich', 100);
    expect(o.totalFen).toBe(1_750_000);
    const below = await throughFinance('c-rich', 99);
    expect(below.totalFen).toBe(99 * 20000);
  });

  it('lets an order over the credit limit wait for review with the reason', async () => {
    const o = await throughFinance('c-poor', 1);
    expect(o.decision).toMatchObject({ kind: 'review', plan: [{ step: 'finance' }] });
    const row = await t.db
      .selectFrom('orders')
      .select(['status', 'review_reason', 'review_step', 'review_plan'])
      .where('id', '=', o.orderId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 'in_review',
      review_reason: '财务审核（超出信用额度：未结¥0＋本单¥200，额度¥100）',
      review_step: 'finance',
      review_plan: ['finance'],
    });
    await expect(
      shipOrder(t.db, { orderId: o.orderId, staffId: 'wh-1', lines: [{ lineNo: 1, qty: 1 }] }),
    ).rejects.toThrow(WarehouseRefusedError);
    await decideReviewStep(t.db, {
      orderId: o.orderId,
      staff: { id: 'fin-1', roles: ['finance'] },
      decision: 'approve',
    });
    const rec = await t.db
      .selectFrom('receivables')
      .selectAll()
      .where('order_id', '=', o.orderId)
      .executeTakeFirstOrThrow();
    expect([Number(rec.amount_fen), Number(rec.committed_fen)]).toEqual([0, 20000]);
  });

  it('approves only as many concurrent orders of one customer as its credit limit allows', async () => {
    await t.db
      .insertInto('customers')
      .values({ id: 'c-five', name: '赵老板', credit_limit_fen: 100_000 })
      .execute();
    const orders = [];
    for (let i = 0; i < 12; i++) {
      const o = await placeOrder(t.db, 'c-five', [{ sku: 'BRK', qty: 1 }]);
      await reserveOrderStock(t.db, o.orderId, 'partial');
      await priceOrder(t.db, o.orderId);
      orders.push(o);
    }
    // Every check but the first waits for the customer lock and must see the receivables approved meanwhile.
    const decisions = await Promise.all(orders.map((o) => creditCheckOrder(t.db, o.orderId)));
    expect(decisions.filter((d) => d.kind === 'approve')).toHaveLength(5);
    expect(decisions.filter((d) => d.kind === 'review')).toHaveLength(7);
    const open = await t.db
      .selectFrom('receivables')
      .select((eb) => eb.fn.sum<string>(eb('amount_fen', '+', eb.ref('committed_fen'))).as('fen'))
      .where('customer_id', '=', 'c-five')
      .executeTakeFirstOrThrow();
    expect(Number(open.fen)).toBe(100_000);
  });

  it("sends an unknown contact's order to the rep step and tells the reps", async () => {
    const o = await throughFinance(null, 1);
    expect(o.decision).toMatchObject({
      kind: 'review',
      plan: [{ step: 'rep', reasons: ['新客户，还没有客户资料'] }],
    });
    const rows = await t.db
      .selectFrom('outbox')
      .select(['job_id', 'payload'])
      .where('job_id', 'like', `${o.orderId}-in_review-%`)
      .execute();
    expect(rows.map((r) => r.job_id)).toEqual([`${o.orderId}-in_review-rep-staff`]);
    expect((rows[0]?.payload as { to: unknown }).to).toEqual([{ kind: 'staff', id: 'rep-1' }]);
  });

  it('records partial and full payments and completes a shipped order when paid in full', async () => {
    const o = await throughFinance('c-rich', 3);
    expect(o.decision).toEqual({ kind: 'approve' });
    const shipped = await shipOrder(t.db, {
      orderId: o.orderId,
      staffId: 'wh-1',
      lines: [{ lineNo: 1, qty: 3 }],
    });
    expect(shipped.status).toBe('shipped');
    const part = await recordPayment(t.db, {
      orderId: o.orderId,
      amountFen: 20000,
      method: 'wechat',
      reference: 'slip-1',
      actor: 'staff:fin',
    });
    expect(part).toEqual({
      created: true,
      receivable: {
        orderId: o.orderId,
        amountFen: 60000,
        committedFen: 0,
        paidFen: 20000,
        outstandingFen: 40000,
        status: 'open',
      },
    });
    const dup = await recordPayment(t.db, {
      orderId: o.orderId,
      amountFen: 20000,
      method: 'wechat',
      reference: 'slip-1',
      actor: 'staff:fin',
    });
    expect(dup.created).toBe(false);
    await expect(
      recordPayment(t.db, { orderId: o.orderId, amountFen: 40001, method: 'cash', actor: 'staff:fin' }),
    ).rejects.toThrow(PaymentRefusedError);
    const full = await recordPayment(t.db, {
      orderId: o.orderId,
      amountFen: 40000,
      method: 'cash',
      actor: 'staff:fin',
    });
    expect(full.receivable.status).toBe('paid');
    const row = await t.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', o.orderId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('completed');
    expect(await auditStock(t.db)).toEqual([]);
  });

  it('wrote exactly one history row per order and status', async () => {
    expect(await duplicatedTransitions(t.db)).toBe(0);
  });
});
