import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { AuditActor } from '../auth/pg-audit-log.js';
import { seedOpenOrders } from '../test/finance-books.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { FinanceRefusedError } from './finance-errors.js';
import { journalDrift } from './pg-journal-check.js';
import { applyCredit, bookHandPayment, reverseAllocation, reverseReceipt } from './pg-money-desk.js';
import { lockReceivables } from './pg-money-journal.js';
import { bookCreditNote, bookDelivery } from './pg-order-money.js';
import { bookReceipts } from './pg-receipts.js';

/**
 * The money journal's invariants under random bookings: shipments and cancelled remainders, returns (credit notes),
 * payments by hand to chosen orders or oldest first (some asking too much), bank payments settling a fee, 预收
 * applied, receipts and allocations reversed. After every step no balance differs from the sum of its journal
 * rows, no order is allocated more than it asks for, no receipt more than it brought, every yuan received is
 * either allocated or 预收 (nothing lost, nothing doubled), and a refused booking changed nothing.
 */

let t: TestDb;
const fin: AuditActor = { staffId: 'fin', roles: ['finance'], address: null };
let run = 0;
export const CASES = Number(process.env.JOURNAL_PROPERTY_RUNS ?? 40);

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.drop();
});

const share = fc.integer({ min: 1, max: 100 });
const action = fc.oneof(
  fc.record({ kind: fc.constant('ship' as const), order: fc.nat(5), share }),
  fc.record({ kind: fc.constant('drop' as const), order: fc.nat(5), share }),
  fc.record({ kind: fc.constant('return' as const), order: fc.nat(5), share }),
  fc.record({
    kind: fc.constant('pay' as const),
    customer: fc.nat(1),
    amount: fc.integer({ min: 1, max: 400_000 }),
    to: fc.array(fc.record({ order: fc.nat(5), share: fc.integer({ min: 1, max: 130 }) }), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('payOldest' as const),
    customer: fc.nat(1),
    amount: fc.integer({ min: 1, max: 400_000 }),
  }),
  fc.record({
    kind: fc.constant('payWithFee' as const),
    order: fc.nat(5),
    fee: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({ kind: fc.constant('applyCredit' as const), customer: fc.nat(1) }),
  fc.record({ kind: fc.constant('reverseReceipt' as const), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant('reverseAllocation' as const), pick: fc.nat(50) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

interface World {
  customers: string[];
  orders: { id: string; customerId: string }[];
  /** What the model says each customer has sent the shop, net of reversed receipts. */
  received: Map<string, number>;
}

async function seed(): Promise<World> {
  run++;
  const customers = [`p${run}-a`, `p${run}-b`];
  const orders = Array.from({ length: 6 }, (_, i) => ({
    orderNo: `LD-20261201-${String(run * 10 + i).padStart(5, '0')}`,
    customerId: customers[i % 2]!,
    customerName: `客户${run}${i % 2}`,
    payerNames: [],
    amountFen: 10_000 * (i + 1) + 37,
    paidFen: 0,
    issuedAt: `2026-12-0${1 + (i % 5)}`,
    shippedAt: i < 2 ? `2026-12-0${2 + i}` : null,
  }));
  await seedOpenOrders(t.db, orders);
  return {
    customers,
    orders: orders.map((o) => ({ id: o.orderNo, customerId: o.customerId })),
    received: new Map(customers.map((c) => [c, 0])),
  };
}

async function apply(w: World, a: Action): Promise<void> {
  const money = async (orderId: string) => (await lockReceivables(t.db, [orderId])).get(orderId)!;
  switch (a.kind) {
    case 'ship':
    case 'drop': {
      const o = w.orders[a.order]!;
      const r = await money(o.id);
      const fen = Math.floor((r.committedFen * a.share) / 100);
      if (fen <= 0) return;
      await t.db.transaction().execute((tx) =>
        bookDelivery(tx, {
          orderId: o.id,
          shippedFen: a.kind === 'ship' ? fen : 0,
          droppedFen: a.kind === 'drop' ? fen : 0,
          actor: 'test',
        }),
      );
      return;
    }
    case 'return': {
      const o = w.orders[a.order]!;
      const r = await money(o.id);
      const fen = Math.floor((r.amountFen * a.share) / 100);
      if (fen <= 0) return;
      await t.db.transaction().execute(async (tx) => {
        const note = await tx
          .insertInto('credit_notes')
          .values({ order_id: o.id, amount_fen: fen, reason: '退货', staff_id: 'wh' })
          .returning('id')
          .executeTakeFirstOrThrow();
        await bookCreditNote(tx, {
          orderId: o.id,
          amountFen: fen,
          creditNoteId: Number(note.id),
          returnId: null,
          actor: 'test',
          reason: '退货',
        });
      });
      return;
    }
    case 'pay':
    case 'payOldest': {
      const customerId = w.customers[a.customer]!;
      const allocations =
        a.kind === 'payOldest'
          ? ('oldest-first' as const)
          : await Promise.all(
              [...new Map(a.to.map((x) => [x.order, x])).values()].map(async (x) => {
                const o = w.orders[x.order]!;
                const r = await money(o.id);
                return {
                  orderNumber: o.id,
                  amountFen: Math.max(1, Math.floor((r.outstandingFen * x.share) / 100)),
                };
              }),
            );
      await bookHandPayment(t.db, {
        customerId,
        amountFen: a.amount,
        method: 'cash',
        allocations,
        audit: fin,
      });
      w.received.set(customerId, w.received.get(customerId)! + a.amount);
      return;
    }
    case 'payWithFee': {
      const o = w.orders[a.order]!;
      const r = await money(o.id);
      if (r.outstandingFen <= a.fee || r.status === 'void') return;
      await t.db.transaction().execute((tx) =>
        bookReceipts(tx, [
          {
            customerId: o.customerId,
            amountFen: r.outstandingFen - a.fee,
            method: 'bank',
            actor: 'test',
            allocations: [{ orderId: o.id, amountFen: r.outstandingFen - a.fee, writeOffFen: a.fee }],
          },
        ]),
      );
      w.received.set(o.customerId, w.received.get(o.customerId)! + r.outstandingFen - a.fee);
      return;
    }
    case 'applyCredit':
      await applyCredit(t.db, {
        customerId: w.customers[a.customer]!,
        allocations: 'oldest-first',
        audit: fin,
      });
      return;
    case 'reverseReceipt': {
      const receipts = await t.db
        .selectFrom('money_receipts')
        .select(['id', 'customer_id', 'booked_fen'])
        .where('customer_id', 'in', w.customers)
        .orderBy('id')
        .execute();
      const r = receipts[a.pick % Math.max(1, receipts.length)];
      if (!r) return;
      await reverseReceipt(t.db, { receiptId: Number(r.id), reason: '测试冲销', audit: fin });
      w.received.set(r.customer_id, w.received.get(r.customer_id)! - Number(r.booked_fen));
      return;
    }
    case 'reverseAllocation': {
      const rows = await t.db
        .selectFrom('money_journal')
        .select('id')
        .where('kind', '=', 'allocation')
        .where('customer_id', 'in', w.customers)
        .where('reverses_id', 'is', null)
        .orderBy('id')
        .execute();
      const r = rows[a.pick % Math.max(1, rows.length)];
      if (!r) return;
      await reverseAllocation(t.db, { allocationId: Number(r.id), reason: '测试撤销', audit: fin });
      return;
    }
  }
}

async function digest(): Promise<string> {
  const r = await sql<{ d: string }>`select md5(concat_ws('|',
    (select count(*) from money_journal), (select count(*) from money_receipts),
    (select string_agg(order_id || amount_fen || committed_fen || paid_fen || written_off_fen || status, ',' order by order_id) from receivables),
    (select string_agg(id || open_fen || unapplied_fen, ',' order by id) from customers))) as d`.execute(
    t.db,
  );
  return r.rows[0]!.d;
}

async function broken(w: World): Promise<string[]> {
  const problems = (await journalDrift(t.db)).map((d) => `${d.what} ${d.id}: ${d.problem}`);
  const money = await sql<{ id: string; booked: number; unapplied: number; allocated: number }>`
    select c.id, coalesce((select sum(booked_fen) from money_receipts m where m.customer_id = c.id), 0)::int as booked,
           c.unapplied_fen::int as unapplied,
           coalesce((select sum(paid_fen) from receivables r where r.customer_id = c.id), 0)::int as allocated
    from customers c where c.id = any(${w.customers}::text[])`.execute(t.db);
  for (const c of money.rows) {
    if (c.booked !== w.received.get(c.id))
      problems.push(`${c.id}: received ${c.booked}, the model says ${w.received.get(c.id)}`);
    if (c.booked !== c.unapplied + c.allocated)
      problems.push(`${c.id}: ${c.booked} received ≠ ${c.unapplied} 预收 + ${c.allocated} allocated`);
  }
  return problems;
}

describe('the money journal', () => {
  it('keeps every balance equal to the sum of its rows and never allocates more than received or open', async () => {
    let steps = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), async (actions) => {
        const w = await seed();
        for (const a of actions) {
          const before = await digest();
          try {
            await apply(w, a);
          } catch (err) {
            if (!(err instanceof FinanceRefusedError)) throw err;
            refused++;
            expect(await digest()).toBe(before);
          }
          steps++;
          expect(await broken(w)).toEqual([]);
        }
      }),
      { numRuns: CASES },
    );
    const rows = await sql<{ kind: string; reversal: boolean; n: number }>`
      select kind, reverses_id is not null as reversal, count(*)::int as n from money_journal group by 1, 2 order by 1, 2`.execute(
      t.db,
    );
    const booked = Object.fromEntries(
      rows.rows.map((r) => [`${r.kind}${r.reversal ? ' reversed' : ''}`, r.n]),
    );
    process.stdout.write(
      `${JSON.stringify({ journalProperty: { cases: CASES, steps, refused, rows: booked } })}\n`,
    );
  }, 300_000);
});
