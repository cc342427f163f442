import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../test/pg.js';
import { dropTestDb, seedCatalog } from '../test/order-fixtures.js';
import type { ChangeNotices } from './pg-change-notices.js';
import { placeConfirmedOrders } from './pg-order-batch.js';
import { placeConfirmedOrder, type ConfirmedOrder } from './pg-order-repository.js';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [
      { sku: 'PIPE', name: '水管', unit: '根', priceFen: 1000, stock: 30 },
      { sku: 'VALVE', name: '角阀', unit: '个', priceFen: 500, stock: 30 },
    ],
    [{ id: 'c-1', name: '王老板', creditLimitFen: 100_000_000 }],
  );
  // Begins the day's numbering, as the first placement of a day does.
  await placeConfirmedOrder(t.db, order('first-of-the-day'));
});
afterAll(() => dropTestDb(t));

const order = (sourceKey: string, lines = [{ sku: 'PIPE', qty: 2, unit: '根', unitPriceFen: 1000 }]) =>
  ({
    sourceKey,
    customerId: 'c-1',
    placedByStaffId: null,
    channel: 'wechat',
    needsRep: false,
    lines,
  }) satisfies ConfirmedOrder;

/** The transaction that wrote each order (its row's xmin): one value for orders committed together. */
async function writtenBy(orderIds: string[]) {
  const { rows } = await sql<{
    xmin: string;
  }>`select xmin::text from orders where id = any(${orderIds}::text[])`.execute(t.db);
  return new Set(rows.map((r) => r.xmin));
}

describe('placeConfirmedOrders', () => {
  it('writes several orders, their lines, history and outbox rows in one transaction', async () => {
    const sent: ChangeNotices[] = [];
    const outcomes = await placeConfirmedOrders(
      t.db,
      [
        order('batch-a'),
        order('batch-b', [
          { sku: 'PIPE', qty: 1, unit: '根', unitPriceFen: 1000 },
          { sku: 'VALVE', qty: 3, unit: '个', unitPriceFen: 500 },
        ]),
        order('batch-c'),
      ],
      undefined,
      (notices) => sent.push(notices),
    );
    const placed = outcomes.map((o) => (o.outcome === 'placed' ? o.order : null));
    expect(placed.every((p) => p?.created)).toBe(true);
    const ids = placed.map((p) => p!.orderId);
    expect(await writtenBy(ids)).toHaveProperty('size', 1);
    expect(new Set(placed.map((p) => p!.orderNumber)).size).toBe(3);
    const b = await t.db.selectFrom('orders').selectAll().where('id', '=', ids[1]!).executeTakeFirstOrThrow();
    expect(b).toMatchObject({
      source_key: 'batch-b',
      status: 'confirmed',
      total_fen: 2500,
      customer_id: 'c-1',
    });
    const lines = await t.db
      .selectFrom('order_lines')
      .select(['line_no', 'sku', 'qty', 'line_total_fen'])
      .where('order_id', '=', ids[1]!)
      .orderBy('line_no')
      .execute();
    expect(lines).toEqual([
      { line_no: 1, sku: 'PIPE', qty: 1, line_total_fen: 1000 },
      { line_no: 2, sku: 'VALVE', qty: 3, line_total_fen: 1500 },
    ]);
    const history = await t.db
      .selectFrom('order_status_history')
      .select(['order_id', 'to_status', 'actor'])
      .where('order_id', 'in', ids)
      .execute();
    expect(history).toHaveLength(3);
    expect(history.every((h) => h.to_status === 'confirmed' && h.actor === 'customer:c-1')).toBe(true);
    const jobs = await t.db
      .selectFrom('outbox')
      .select(['job_id', 'payload'])
      .where('job_id', 'in', ids)
      .execute();
    expect(jobs.map((j) => j.payload).sort()).toEqual(ids.map((orderId) => ({ orderId })).sort());
    // The notices of the batch, once, after its commit: every order and the outbox wake-up.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.orders).toHaveLength(3);
    expect(sent[0]!.outbox).toBe(true);
  });

  it('fails only the order PostgreSQL refuses, and places the others', async () => {
    const outcomes = await placeConfirmedOrders(t.db, [
      order('refused-a'),
      order('refused-b', [{ sku: 'NO-SUCH-SKU', qty: 1, unit: '个', unitPriceFen: 100 }]),
      order('refused-c'),
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['placed', 'failed', 'placed']);
    const keys = await t.db
      .selectFrom('orders')
      .select('source_key')
      .where('source_key', 'like', 'refused-%')
      .orderBy('source_key')
      .execute();
    expect(keys.map((k) => k.source_key)).toEqual(['refused-a', 'refused-c']);
  });

  it('answers a key placed before, and a key twice in one batch, with the one order that holds it', async () => {
    const before = await placeConfirmedOrder(t.db, order('again-1'));
    const outcomes = await placeConfirmedOrders(t.db, [order('again-1'), order('again-2'), order('again-2')]);
    const placed = outcomes.map((o) => (o.outcome === 'placed' ? o.order : null));
    expect(placed[0]).toEqual({ ...before, created: false });
    expect(placed[1]?.created).toBe(true);
    expect(placed[2]).toEqual({ ...placed[1], created: false });
    const count = await t.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source_key', 'in', ['again-1', 'again-2'])
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(2);
  });

  it('begins the day when the batch finds it not begun, and places every order', async () => {
    // A shop of its own, whose first placement of the day is this batch.
    const fresh = await createTestDb();
    try {
      await seedCatalog(
        fresh.db,
        [{ sku: 'PIPE', name: '水管', unit: '根', priceFen: 1000, stock: 30 }],
        [{ id: 'c-1', name: '王老板', creditLimitFen: 100_000_000 }],
      );
      const outcomes = await placeConfirmedOrders(fresh.db, [order('new-day-1'), order('new-day-2')]);
      const numbers = outcomes.map((o) =>
        o.outcome === 'placed' && o.order.created ? o.order.orderNumber : '',
      );
      expect(numbers.map((n) => n.replace(/^LD-\d{8}-/, '')).sort()).toEqual(['0001', '0002']);
    } finally {
      await dropTestDb(fresh);
    }
  });
});
