import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadReviewContext } from '../orders/pg-review-context.js';
import { seedOpenOrders } from '../test/finance-books.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { bookHandPayment } from './pg-money-desk.js';
import { overdueCustomers, receivablesByCustomer } from './pg-receivables.js';

let t: TestDb;
const daysAgo = (n: number) =>
  new Date(Date.now() - n * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestDb();
  const order = (no: string, customerId: string, amountFen: number, shippedDaysAgo: number | null) => ({
    orderNo: no,
    customerId,
    customerName: customerId,
    payerNames: [],
    amountFen,
    paidFen: 0,
    issuedAt: daysAgo((shippedDaysAgo ?? 0) + 1),
    shippedAt: shippedDaysAgo === null ? null : daysAgo(shippedDaysAgo),
  });
  await seedOpenOrders(t.db, [
    order('LD-20260901-0001', 'c-late', 40_000, 100),
    order('LD-20261020-0001', 'c-late', 20_000, 45),
    order('LD-20261201-0001', 'c-late', 10_000, 3),
    order('LD-20261202-0001', 'c-fresh', 30_000, 10),
    order('LD-20261203-0001', 'c-fresh', 50_000, null),
    order('LD-20261001-0001', 'c-covered', 5_000, 70),
  ]);
  await bookHandPayment(t.db, {
    customerId: 'c-covered',
    amountFen: 6_000,
    method: 'cash',
    allocations: [],
    audit: { staffId: 'fin', roles: ['finance'], address: null },
  });
}, 30_000);
afterAll(async () => {
  await t?.drop();
});

describe('receivables per customer', () => {
  it('ages what each customer owes from its shipments and leaves committed money out of the aging', async () => {
    const r = await receivablesByCustomer(t.db, { scope: { kind: 'all' } });
    const by = new Map(r.customers.map((c) => [c.customerId, c]));
    expect(by.get('c-late')).toMatchObject({
      owedFen: 70_000,
      aging: { '0-30': 10_000, '31-60': 20_000, '61-90': 0, '90+': 40_000 },
      overdueFen: 60_000,
      overdue: true,
    });
    expect(by.get('c-fresh')).toMatchObject({
      owedFen: 30_000,
      committedFen: 50_000,
      overdueFen: 0,
      overdue: false,
    });
    expect(by.get('c-covered')).toMatchObject({ overdueFen: 5_000, unappliedFen: 6_000, overdue: false });
    expect(r.customers[0]?.customerId).toBe('c-late');
  });

  it('feeds the review chain: overdue beyond 预收 makes a customer overdue', async () => {
    expect(await overdueCustomers(t.db, ['c-late', 'c-fresh', 'c-covered'])).toEqual(new Set(['c-late']));
    const context = await loadReviewContext(t.db, ['c-late', 'c-fresh', 'c-covered']);
    expect(context.overdue).toEqual(new Set(['c-late']));
  });
});
