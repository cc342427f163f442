import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { createDb, type Db } from '../db/pg-database.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { dropTestDb, duplicatedTransitions, placeOrder, seedCatalog } from '../test/order-fixtures.js';
import { cancelOrder } from './pg-order-actions.js';
import { shipOrder } from './pg-shipments.js';
import { creditCheckOrders, recordPayment } from './pg-finance.js';
import { readOrders } from './pg-order-read.js';
import type { DirectFollowUps, StepRequest } from './pg-order-step.js';
import { priceOrders } from './pg-pricing.js';
import { auditStock } from './pg-stock.js';
import { reserveOrdersStock } from './pg-stock-reserve.js';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [
      { sku: 'WIRE', name: '电线', unit: '捆', priceFen: 20_000, stock: 100_000 },
      { sku: 'PIPE', name: '水管', unit: '根', priceFen: 1_000, stock: 100_000 },
      { sku: 'TEN', name: '角阀', unit: '个', priceFen: 500, stock: 10 },
      { sku: 'DEAR', name: '配电箱', unit: '台', priceFen: 2_000_000_000, stock: 100_000_000 },
    ],
    [
      { id: 'c-rich', name: '王老板', creditLimitFen: 1_000_000_000 },
      { id: 'c-five', name: '赵老板', creditLimitFen: 100_000 },
    ],
  );
});
afterAll(() => dropTestDb(t));

const first = (orderId: string): StepRequest & { direct: DirectFollowUps } => ({
  orderId,
  direct: { redelivery: false, jobCreatedAt: Date.now(), jobs: [] },
});

const reservedOf = async (sku: string) =>
  (await t.db.selectFrom('stock').select('reserved').where('sku', '=', sku).executeTakeFirstOrThrow())
    .reserved;

describe('steps for several orders at once', () => {
  it('reserves and prices orders that all fit together and hands back each one its follow-ups', async () => {
    const before = await reservedOf('WIRE');
    const orders = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        placeOrder(t.db, 'c-rich', [
          { sku: 'WIRE', qty: n },
          { sku: 'PIPE', qty: 10 },
        ]),
      ),
    );
    const requests = orders.map((o) => first(o.orderId));
    const results = await reserveOrdersStock(t.db, requests, 'partial');
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.kind : r.reason))).toEqual(
      Array(5).fill('full'),
    );
    expect((await reservedOf('WIRE')) - before).toBe(15);
    for (const r of requests) {
      expect(r.direct.jobs.map((j) => `${j.queue}/${j.jobId}`)).toEqual([
        `finance/${r.orderId}`,
        `notify/${r.orderId}-reserved-all`,
      ]);
    }
    const read = await readOrders(
      t.db,
      requests.map((r) => r.orderId),
      { lock: 'none' },
    );
    // WIRE 20,000 fen, PIPE 1,000 fen a unit (no tier, no breaks).
    expect(requests.map((r) => [read.get(r.orderId)?.status, read.get(r.orderId)?.totalFen])).toEqual(
      [1, 2, 3, 4, 5].map((n) => ['priced', n * 20_000 + 10 * 1_000]),
    );
    const history = await t.db
      .selectFrom('order_status_history')
      .select(['order_id', 'from_status', 'to_status'])
      .where(
        'order_id',
        'in',
        requests.map((r) => r.orderId),
      )
      .orderBy('id')
      .execute();
    for (const r of requests) {
      expect(
        history.filter((h) => h.order_id === r.orderId).map((h) => `${h.from_status}→${h.to_status}`),
      ).toEqual(['null→confirmed', 'confirmed→reserved', 'reserved→priced']);
    }
    const lines = await t.db
      .selectFrom('order_lines')
      .select(['unit_price_fen', 'line_total_fen'])
      .where('order_id', '=', requests[1]!.orderId)
      .orderBy('line_no')
      .execute();
    expect(lines.map((l) => [Number(l.unit_price_fen), Number(l.line_total_fen)])).toEqual([
      [20_000, 40_000],
      [1_000, 10_000],
    ]);
    expect(await auditStock(t.db)).toEqual([]);
  });

  it('never reserves more than there is when orders of one batch compete for a SKU', async () => {
    const orders = [];
    for (let i = 0; i < 4; i++) orders.push(await placeOrder(t.db, 'c-rich', [{ sku: 'TEN', qty: 3 }]));
    const results = await reserveOrdersStock(
      t.db,
      orders.map((o) => first(o.orderId)),
      'partial',
    );
    const kinds = results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
    expect(kinds).toEqual([
      { kind: 'full', reservedUnits: 3, shortageUnits: 0 },
      { kind: 'full', reservedUnits: 3, shortageUnits: 0 },
      { kind: 'full', reservedUnits: 3, shortageUnits: 0 },
      { kind: 'partial', reservedUnits: 1, shortageUnits: 2 },
    ]);
    expect(await reservedOf('TEN')).toBe(10);
    expect(await auditStock(t.db)).toEqual([]);
  });

  it('reserves an order once when a batch carries it twice', async () => {
    const before = await reservedOf('PIPE');
    const o = await placeOrder(t.db, 'c-rich', [{ sku: 'PIPE', qty: 7 }]);
    const results = await reserveOrdersStock(t.db, [first(o.orderId), first(o.orderId)], 'partial');
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.kind : 'failed')).sort()).toEqual([
      'full',
      'skipped',
    ]);
    expect((await reservedOf('PIPE')) - before).toBe(7);
    expect(await duplicatedTransitions(t.db)).toBe(0);
  });

  it('prices the orders of a batch and fails only the one whose total is out of range', async () => {
    const good = await placeOrder(t.db, 'c-rich', [{ sku: 'WIRE', qty: 2 }]);
    const huge = await placeOrder(t.db, 'c-rich', [{ sku: 'DEAR', qty: 90_000_000 }]);
    const also = await placeOrder(t.db, 'c-rich', [{ sku: 'PIPE', qty: 3 }]);
    const ids = [good, huge, also].map((o) => o.orderId);
    // Redeliveries reserve through the locked path, which stops at `reserved` and leaves pricing to its step.
    await reserveOrdersStock(
      t.db,
      ids.map((orderId) => ({ orderId, direct: { redelivery: true, jobCreatedAt: Date.now(), jobs: [] } })),
      'partial',
    );
    const requests = ids.map((id) => first(id));
    const results = await priceOrders(t.db, requests);
    expect(results[0]).toEqual({ status: 'fulfilled', value: { kind: 'priced', totalFen: 40_000 } });
    expect(results[1]?.status).toBe('rejected');
    expect(results[1]?.status === 'rejected' && results[1].reason).toBeInstanceOf(RangeError);
    expect(results[2]).toEqual({ status: 'fulfilled', value: { kind: 'priced', totalFen: 3_000 } });
    expect(requests.map((r) => r.direct.jobs.length)).toEqual([1, 0, 1]);
    const statuses = await readOrders(t.db, ids, { lock: 'none' });
    expect(ids.map((id) => statuses.get(id)?.status)).toEqual(['priced', 'reserved', 'priced']);
  });

  it('reserves an order that cannot be priced and leaves it to the pricing step, where it fails alone', async () => {
    const good = await placeOrder(t.db, 'c-rich', [{ sku: 'WIRE', qty: 2 }]);
    // 9,000,000 × 2,000,000,000 fen is beyond exact integers (and within what the test before left in stock).
    const huge = await placeOrder(t.db, 'c-rich', [{ sku: 'DEAR', qty: 9_000_000 }]);
    const ids = [good, huge].map((o) => o.orderId);
    const requests = ids.map((id) => first(id));
    const results = await reserveOrdersStock(t.db, requests, 'partial');
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.kind : r.reason))).toEqual([
      'full',
      'full',
    ]);
    expect(requests.map((r) => r.direct.jobs.map((j) => j.queue))).toEqual([
      ['finance', 'notify'],
      ['pricing', 'notify'],
    ]);
    const statuses = await readOrders(t.db, ids, { lock: 'none' });
    expect(ids.map((id) => statuses.get(id)?.status)).toEqual(['priced', 'reserved']);
    const [priced] = await priceOrders(t.db, [first(huge.orderId)]);
    expect(priced?.status === 'rejected' && priced.reason).toBeInstanceOf(RangeError);
  });

  it("approves a batch of one customer's orders only as far as the credit limit goes", async () => {
    const ids = [];
    for (let i = 0; i < 6; i++)
      ids.push((await placeOrder(t.db, 'c-five', [{ sku: 'WIRE', qty: 1 }])).orderId);
    const rich = (await placeOrder(t.db, 'c-rich', [{ sku: 'WIRE', qty: 1 }])).orderId;
    const all = [...ids, rich];
    await reserveOrdersStock(
      t.db,
      all.map((id) => first(id)),
      'partial',
    );
    await priceOrders(
      t.db,
      all.map((id) => first(id)),
    );
    const results = await creditCheckOrders(
      t.db,
      all.map((id) => first(id)),
    );
    const kinds = results.map((r) => (r.status === 'fulfilled' ? r.value.kind : 'failed'));
    expect(kinds).toEqual(['approve', 'approve', 'approve', 'approve', 'approve', 'review', 'approve']);
    const five = await t.db
      .selectFrom('customers')
      .select('open_fen')
      .where('id', '=', 'c-five')
      .executeTakeFirstOrThrow();
    expect(five.open_fen).toBe(100_000);
  });
});

describe('a credit check handed the order as the reservation of the same job left it', () => {
  it('decides on the balance as it is when it writes, not as the reservation read it', async () => {
    await t.db
      .insertInto('customers')
      .values({ id: 'c-stale', name: '钱老板', credit_limit_fen: 100_000 })
      .execute();
    const a = (await placeOrder(t.db, 'c-stale', [{ sku: 'WIRE', qty: 3 }])).orderId;
    const reservation = first(a);
    await reserveOrdersStock(t.db, [reservation], 'partial');
    expect(reservation.direct.order).toMatchObject({ status: 'priced', totalFen: 60_000, openFen: 0 });
    // Another order of the customer is approved between the reservation's read and the credit check.
    const b = (await placeOrder(t.db, 'c-stale', [{ sku: 'WIRE', qty: 3 }])).orderId;
    await reserveOrdersStock(t.db, [first(b)], 'partial');
    expect((await creditCheckOrders(t.db, [first(b)]))[0]).toMatchObject({ value: { kind: 'approve' } });
    const [checked] = await creditCheckOrders(t.db, [
      { ...first(a), ...(reservation.direct.order && { read: reservation.direct.order }) },
    ]);
    // 60,000 open and 60,000 more are over the 100,000 limit: the stale read's approval is not written.
    expect(checked).toMatchObject({ value: { kind: 'review', plan: [{ step: 'finance' }] } });
  });
});

describe("customers' open balance", () => {
  const balances = () =>
    sql<{ id: string; open_fen: number; owed: number }>`
      select c.id, c.open_fen::int as open_fen,
             coalesce((select sum(amount_fen + committed_fen - paid_fen) from receivables r
                       where r.customer_id = c.id and r.status = 'open'), 0)::int as owed
      from customers c order by c.id`
      .execute(t.db)
      .then((r) => r.rows);

  it('follows approvals, partial and full payments and cancellations', async () => {
    const a = (await placeOrder(t.db, 'c-rich', [{ sku: 'PIPE', qty: 30 }])).orderId;
    const b = (await placeOrder(t.db, 'c-rich', [{ sku: 'PIPE', qty: 40 }])).orderId;
    for (const step of [
      (rs: StepRequest[]) => reserveOrdersStock(t.db, rs, 'partial'),
      (rs: StepRequest[]) => priceOrders(t.db, rs),
      (rs: StepRequest[]) => creditCheckOrders(t.db, rs),
    ]) {
      await step([first(a), first(b)]);
    }
    const open = async () =>
      (
        await t.db
          .selectFrom('customers')
          .select('open_fen')
          .where('id', '=', 'c-rich')
          .executeTakeFirstOrThrow()
      ).open_fen;
    const start = await open();
    await recordPayment(t.db, { orderId: a, amountFen: 10_000, method: 'cash', actor: 'staff:fin' });
    expect(await open()).toBe(start - 10_000);
    await recordPayment(t.db, { orderId: a, amountFen: 20_000, method: 'cash', actor: 'staff:fin' });
    expect(await open()).toBe(start - 30_000);
    await cancelOrder(t.db, { orderId: b, actor: 'staff:rep-1' });
    expect(await open()).toBe(start - 70_000);
    await shipOrder(t.db, { orderId: a, staffId: 'wh-1', lines: [{ lineNo: 1, qty: 30 }] });
    for (const row of await balances()) expect(row.open_fen).toBe(row.owed);
  });
});

describe('key-lookup plans', () => {
  /** Order-line rows read by sequential scans so far, as the statistics of this database tell. */
  async function scannedLines(db: Db): Promise<number> {
    await sql`select pg_stat_force_next_flush()`.execute(db);
    const r = await sql<{ n: number }>`
      select coalesce(seq_tup_read, 0)::int as n from pg_stat_user_tables where relname = 'order_lines'`.execute(
      db,
    );
    return r.rows[0]?.n ?? 0;
  }

  it('keeps reading order lines by index after the tables grew under a prepared plan', async () => {
    const own = await createTestDb();
    const db = createDb({ url: own.url, max: 1, prepare: true, keyLookups: true });
    try {
      await seedCatalog(own.db, [{ sku: 'WIRE', name: '电线', unit: '捆', priceFen: 100, stock: 1_000_000 }]);
      const few = [];
      for (let i = 0; i < 3; i++)
        few.push((await placeOrder(own.db, null, [{ sku: 'WIRE', qty: 1 }])).orderId);
      // Planned and cached while the tables hold three orders.
      for (let i = 0; i < 8; i++) await readOrders(db, few, { lock: 'none', withPrices: true });
      await sql`
        insert into orders (id, number, channel, source_key, status, total_fen)
        select 'bulk-' || i, 'LD-20000101-B' || i, 'test', 'bulk-' || i, 'confirmed', 0 from generate_series(1, 20000) i`.execute(
        own.db,
      );
      await sql`
        insert into order_lines (order_id, line_no, sku, qty, unit, unit_price_fen, line_total_fen)
        select 'bulk-' || i, k, 'WIRE', 1, '捆', 100, 100
        from generate_series(1, 20000) i, generate_series(1, 3) k`.execute(own.db);
      const before = await scannedLines(db);
      for (let i = 0; i < 5; i++) await readOrders(db, few, { lock: 'none', withPrices: true });
      expect((await scannedLines(db)) - before).toBe(0);
    } finally {
      await db.destroy();
      await own.drop();
    }
  });

  it("reads only the customers' own orders to tell a new customer, under a plan made on an empty table", async () => {
    const own = await createTestDb();
    const db = createDb({ url: own.url, max: 1, prepare: true, keyLookups: true });
    try {
      await seedCatalog(
        own.db,
        [{ sku: 'WIRE', name: '电线', unit: '捆', priceFen: 100, stock: 1_000_000 }],
        [
          { id: 'c-old', name: '老客户', creditLimitFen: 1_000_000_000 },
          { id: 'c-new', name: '新客户', creditLimitFen: 1_000_000_000 },
        ],
      );
      const check = async (customerId: string) => {
        const o = await placeOrder(own.db, customerId, [{ sku: 'WIRE', qty: 1 }]);
        await reserveOrdersStock(db, [first(o.orderId)], 'partial');
        const [r] = await creditCheckOrders(db, [first(o.orderId)]);
        return r;
      };
      // The first credit check plans the statements while there are no orders at all.
      await check('c-old');
      await sql`insert into customers (id, name, credit_limit_fen)
                select 'c-other-' || i, 'c' || i, 0 from generate_series(0, 49) i`.execute(own.db);
      await sql`
        insert into orders (id, number, channel, source_key, status, total_fen, customer_id)
        select 'done-' || i, 'LD-20000101-D' || i, 'test', 'done-' || i, 'approved', 0, 'c-other-' || (i % 50)
        from generate_series(1, 5000) i`.execute(own.db);
      const orderReads = async () => {
        await sql`select pg_stat_force_next_flush()`.execute(db);
        const r = await sql<{ by_status: number | null; scanned: number | null }>`
          select (sum(idx_tup_read) filter (where indexrelname = 'orders_status_idx'))::int as by_status,
                 (select seq_tup_read from pg_stat_user_tables where relname = 'orders')::int as scanned
          from pg_stat_user_indexes where relname = 'orders'`.execute(db);
        return (r.rows[0]?.by_status ?? 0) + (r.rows[0]?.scanned ?? 0);
      };
      const before = await orderReads();
      for (const customerId of ['c-old', 'c-new']) {
        expect(await check(customerId)).toEqual({ status: 'fulfilled', value: expect.anything() });
      }
      // The 5,000 other customers' orders were not read: not through the status index, not by a scan.
      expect((await orderReads()) - before).toBeLessThan(100);
    } finally {
      await db.destroy();
      await own.drop();
    }
  });

  it('looks each order of a step up by id while thousands wait in the same status', async () => {
    const own = await createTestDb();
    const db = createDb({ url: own.url, max: 1, prepare: true, keyLookups: true });
    try {
      await seedCatalog(own.db, [{ sku: 'WIRE', name: '电线', unit: '捆', priceFen: 100, stock: 1_000_000 }]);
      // Statistics taken while almost no order waits for stock, then a backlog arrives before the next analyze.
      await sql`
        insert into orders (id, number, channel, source_key, status, total_fen)
        select 'done-' || i, 'LD-20000101-D' || i, 'test', 'done-' || i, 'approved', 0 from generate_series(1, 3000) i`.execute(
        own.db,
      );
      await sql`analyze orders`.execute(own.db);
      await sql`
        insert into orders (id, number, channel, source_key, status, total_fen)
        select 'backlog-' || i, 'LD-20000101-K' || i, 'test', 'backlog-' || i, 'confirmed', 0 from generate_series(1, 5000) i`.execute(
        own.db,
      );
      const statusIndexReads = async () => {
        await sql`select pg_stat_force_next_flush()`.execute(db);
        const r = await sql<{ n: number }>`
          select idx_tup_read::int as n from pg_stat_user_indexes where indexrelname = 'orders_status_idx'`.execute(
          db,
        );
        return r.rows[0]?.n ?? 0;
      };
      const before = await statusIndexReads();
      for (let i = 0; i < 8; i++) {
        const o = await placeOrder(own.db, null, [{ sku: 'WIRE', qty: 1 }]);
        const [r] = await reserveOrdersStock(db, [first(o.orderId)], 'partial');
        expect(r).toEqual({
          status: 'fulfilled',
          value: { kind: 'full', reservedUnits: 1, shortageUnits: 0 },
        });
      }
      expect((await statusIndexReads()) - before).toBe(0);
    } finally {
      await db.destroy();
      await own.drop();
    }
  });
});
