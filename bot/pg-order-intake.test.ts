import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../test/pg.js';
import { createPgOrderIntake } from './pg-order-intake.js';
import type { PlaceOrderInput } from './conversation-types.js';
import { seedChatPeople } from './testing/seed.js';
import { TINY_PRODUCTS } from './testing/tiny-engine.js';

let tdb: TestDb;
let placed = 0;
const order = (sku = 'CEM-325'): PlaceOrderInput => ({
  sourceKey: `intake-test:${++placed}`,
  customerId: 'c-wang',
  placedByStaffId: null,
  channel: 'wechat',
  lines: [{ sku, qty: 2, unit: '袋', unitPriceFen: 2000 }],
  needsRep: false,
});

beforeAll(async () => {
  tdb = await createTestDb();
  await seedChatPeople(tdb.db, TINY_PRODUCTS);
  // The day's first placement begins its numbering (a batch that finds the day not begun places its orders alone).
  await createPgOrderIntake(tdb.db).place(order());
});
afterAll(() => tdb.drop());

/** The transactions that wrote these orders (each row's xmin). */
async function transactionsOf(orderIds: string[]): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(distinct xmin::text)::int as n from orders where id = any(${orderIds}::text[])`.execute(
    tdb.db,
  );
  return rows[0]!.n;
}

describe('PgOrderIntake', () => {
  it('places the confirmations of one event-loop turn in one transaction, each answered once committed', async () => {
    const intake = createPgOrderIntake(tdb.db);
    const orders = await Promise.all(Array.from({ length: 8 }, () => intake.place(order())));
    expect(orders.every((o) => o.created)).toBe(true);
    expect(await transactionsOf(orders.map((o) => o.orderId))).toBe(1);
    // Answered only after the commit: another connection sees every order the moment the promises resolve.
    const seen = await tdb.db
      .selectFrom('orders')
      .select('id')
      .where(
        'id',
        'in',
        orders.map((o) => o.orderId),
      )
      .execute();
    expect(seen).toHaveLength(8);
  });

  it('places confirmations that come while a transaction is in flight together in the next', async () => {
    const intake = createPgOrderIntake(tdb.db);
    const first = intake.place(order());
    await new Promise((r) => setImmediate(r));
    const later = [intake.place(order()), intake.place(order()), intake.place(order())];
    const placedLater = await Promise.all(later);
    expect(await transactionsOf([(await first).orderId])).toBe(1);
    expect(await transactionsOf(placedLater.map((o) => o.orderId))).toBe(1);
    expect(await transactionsOf([(await first).orderId, ...placedLater.map((o) => o.orderId)])).toBe(2);
  });

  it('fails only the confirmation PostgreSQL refuses', async () => {
    const intake = createPgOrderIntake(tdb.db);
    const outcomes = await Promise.allSettled([
      intake.place(order()),
      intake.place(order('NO-SUCH-SKU')),
      intake.place(order()),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
