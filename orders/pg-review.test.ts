import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDb, type TestDb } from '../test/pg.js';
import { dropTestDb, placeOrder, seedCatalog } from '../test/order-fixtures.js';
import { creditCheckOrder } from './pg-finance.js';
import { priceOrder } from './pg-pricing.js';
import { decideReviewStep, ReviewRefusedError } from './pg-review.js';
import { reserveOrderStock } from './pg-stock-reserve.js';
import type { ChainStep, ReviewStep } from './review-chain.js';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [{ sku: 'W', name: '电线', unit: '捆', priceFen: 20_000, stock: 100_000 }],
    [
      { id: 'c-ok', name: '王老板', creditLimitFen: 100_000_000 },
      { id: 'c-low', name: '张老板', creditLimitFen: 10_000 },
    ],
  );
  await t.db
    .insertInto('staff')
    .values([
      { id: 'clerk-1', name: '吴静', roles: ['clerk'] },
      { id: 'fin-1', name: '周丽', roles: ['finance'] },
      { id: 'wh-1', name: '孙国平', roles: ['warehouse'] },
      { id: 'rep-2', name: '别的业务员', roles: ['rep'] },
    ])
    .execute();
});
afterAll(() => dropTestDb(t));

type Switches = Partial<Record<ReviewStep, ChainStep['conditions'] | false>>;

/** A new chain version: each step on with these conditions, or off. */
async function useChain(on: Switches): Promise<void> {
  const steps = (['rep', 'order', 'finance', 'warehouse'] as const).map((step) => ({
    step,
    enabled: on[step] !== undefined && on[step] !== false,
    conditions: on[step] || {},
  }));
  await t.db
    .insertInto('review_chains')
    .values({ steps: JSON.stringify(steps), created_by: 'test' })
    .execute();
}

async function priced(customerId: string, qty = 1): Promise<string> {
  const o = await placeOrder(t.db, customerId, [{ sku: 'W', qty }]);
  await reserveOrderStock(t.db, o.orderId, 'partial');
  await priceOrder(t.db, o.orderId);
  await creditCheckOrder(t.db, o.orderId);
  return o.orderId;
}

const state = (orderId: string) =>
  t.db
    .selectFrom('orders')
    .select(['status', 'review_step', 'review_plan'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();

const staff = {
  rep: { id: 'rep-1', roles: ['rep'] as const },
  otherRep: { id: 'rep-2', roles: ['rep'] as const },
  clerk: { id: 'clerk-1', roles: ['clerk'] as const },
  finance: { id: 'fin-1', roles: ['finance'] as const },
  warehouse: { id: 'wh-1', roles: ['warehouse'] as const },
};
const decide = (
  orderId: string,
  who: { id: string; roles: readonly string[] },
  decision: 'approve' | 'reject',
  comment?: string,
) =>
  decideReviewStep(t.db, {
    orderId,
    staff: { id: who.id, roles: who.roles as never },
    decision,
    ...(comment && { comment }),
  });

describe('the review chain, as each shop sets it', () => {
  it('approves at once with every step off', async () => {
    await useChain({});
    expect(await state(await priced('c-low'))).toMatchObject({ status: 'approved', review_step: null });
  });

  it('with the rep step alone: only the customer’s own rep confirms, once', async () => {
    await useChain({ rep: {} });
    const id = await priced('c-ok');
    expect(await state(id)).toEqual({ status: 'in_review', review_step: 'rep', review_plan: ['rep'] });
    await expect(decide(id, staff.otherRep, 'approve')).rejects.toThrow(ReviewRefusedError);
    await expect(decide(id, staff.clerk, 'approve')).rejects.toThrow('这一步不该由您审核');
    expect(await decide(id, staff.rep, 'approve')).toEqual({ kind: 'approved', decided: 'rep' });
    await expect(decide(id, staff.rep, 'approve')).rejects.toThrow('不在等这一步审核');
    expect(await state(id)).toMatchObject({ status: 'approved' });
  });

  it('with rep and finance over the limit: a rep-approved order within credit is not reviewed again', async () => {
    await useChain({ rep: { minAmountFen: 1_000_000 }, finance: { overCreditLimit: true } });
    const big = await priced('c-ok', 100); // ¥20,000: the rep step, within credit
    expect(await state(big)).toMatchObject({ review_plan: ['rep'] });
    expect(await decide(big, staff.rep, 'approve')).toEqual({ kind: 'approved', decided: 'rep' });
    const over = await priced('c-low', 100); // both reasons: the rep, then finance, each once
    expect(await state(over)).toMatchObject({ review_plan: ['rep', 'finance'], review_step: 'rep' });
    await expect(decide(over, staff.finance, 'approve')).rejects.toThrow('这一步不该由您审核');
    expect(await decide(over, staff.rep, 'approve')).toEqual({
      kind: 'next_step',
      step: 'finance',
      decided: 'rep',
    });
    await expect(decide(over, staff.rep, 'approve')).rejects.toThrow('这一步不该由您审核');
    expect(await decide(over, staff.finance, 'approve')).toEqual({ kind: 'approved', decided: 'finance' });
    const reviews = await t.db
      .selectFrom('order_reviews')
      .select(['step', 'staff_id'])
      .where('order_id', '=', over)
      .orderBy('id')
      .execute();
    expect(reviews).toEqual([
      { step: 'rep', staff_id: 'rep-1' },
      { step: 'finance', staff_id: 'fin-1' },
    ]);
  });

  it('with all four steps: each decided by its role in order, and a rejection at any step ends it with the reason', async () => {
    await useChain({ rep: {}, order: {}, finance: {}, warehouse: {} });
    const id = await priced('c-ok');
    for (const [step, who] of [
      ['rep', staff.rep],
      ['order', staff.clerk],
      ['finance', staff.finance],
    ] as const) {
      expect(await state(id)).toMatchObject({ review_step: step });
      await decide(id, who, 'approve');
    }
    expect(await decide(id, staff.warehouse, 'approve')).toEqual({ kind: 'approved', decided: 'warehouse' });

    for (const [at, who] of [
      ['rep', staff.rep],
      ['order', staff.clerk],
      ['finance', staff.finance],
      ['warehouse', staff.warehouse],
    ] as const) {
      const o = await priced('c-ok');
      const path = [staff.rep, staff.clerk, staff.finance, staff.warehouse];
      for (const earlier of path.slice(0, path.indexOf(who))) await decide(o, earlier, 'approve');
      await expect(decide(o, who, 'reject')).rejects.toThrow('驳回要写原因');
      expect(await decide(o, who, 'reject', '价格要重谈')).toEqual({ kind: 'rejected', decided: at });
      expect(await state(o)).toMatchObject({ status: 'rejected', review_step: null });
      const told = await t.db
        .selectFrom('outbox')
        .select('payload')
        .where('job_id', '=', `${o}-rejected-${at}-all`)
        .executeTakeFirstOrThrow();
      expect((told.payload as { text: string; to: unknown[] }).text).toContain('价格要重谈');
      expect((told.payload as { to: unknown[] }).to).toEqual([
        { kind: 'customer', id: 'c-ok' },
        { kind: 'staff', id: 'rep-1' },
      ]);
      const release = await t.db
        .selectFrom('outbox')
        .select('job_id')
        .where('job_id', '=', `${o}-release`)
        .execute();
      expect(release).toHaveLength(1);
    }
  });

  it('keeps the chain an order started with when the shop changes it', async () => {
    await useChain({ order: {} });
    const id = await priced('c-ok');
    await useChain({});
    expect(await state(id)).toMatchObject({ status: 'in_review', review_step: 'order' });
    expect(await decide(id, staff.clerk, 'approve')).toEqual({ kind: 'approved', decided: 'order' });
  });

  it('lets exactly one of 200 people deciding the same step at once decide it', async () => {
    await useChain({ order: {} });
    const ids = await Promise.all(Array.from({ length: 5 }, () => priced('c-ok')));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        decide(ids[i % ids.length]!, staff.clerk, i % 3 ? 'approve' : 'reject', '重复'),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(ids.length);
    for (const o of outcomes)
      if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(ReviewRefusedError);
    const decisions = await t.db
      .selectFrom('order_reviews')
      .select('order_id')
      .where('order_id', 'in', ids)
      .execute();
    expect(decisions).toHaveLength(ids.length);
  });
});
