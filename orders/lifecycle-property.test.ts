import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../test/pg.js';
import { dropTestDb, placeOrder, seedCatalog } from '../test/order-fixtures.js';
import { creditCheckOrder, recordPayment } from './pg-finance.js';
import { countStock, receiveGoods } from './pg-goods-in.js';
import { cancelOrder } from './pg-order-actions.js';
import { priceOrder } from './pg-pricing.js';
import { returnGoods } from './pg-returns.js';
import { decideReviewStep } from './pg-review.js';
import { cancelRemainder, shipOrder } from './pg-shipments.js';
import { auditStock, releaseOrderStock } from './pg-stock.js';
import { reserveOrderStock } from './pg-stock-reserve.js';

/**
 * Random sequences of what happens to orders — placed (through stock, pricing and the review chain), reviewed,
 * shipped in parts, the rest cancelled, returned, cancelled, paid — with goods in and stock counts between, over a
 * few orders and SKUs. After every step the books must hold: stock never negative nor reserved beyond what is on
 * hand, the ledger sums to the stock, what is reserved is what open order lines hold, nothing shipped twice or
 * returned beyond what shipped, each receivable owes what was shipped less credit notes, payments add up, and
 * customers' open balances are the sums of their receivables.
 */

let t: TestDb;
const SKUS = ['A', 'B', 'C'];
const CUSTOMERS = ['c-1', 'c-2'];
let steps = 0;
/** How often each kind of step was carried out, and refused by the rules. */
const tally: Record<string, { done: number; refused: number }> = {};

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    SKUS.map((sku, i) => ({ sku, name: `货${sku}`, unit: '件', priceFen: 1000 * (i + 1), stock: 20 })),
    [
      { id: 'c-1', name: '王老板', creditLimitFen: 100_000_000 },
      { id: 'c-2', name: '张老板', creditLimitFen: 5_000 },
    ],
  );
  // Finance looks at orders over the credit limit: some orders wait, some go through.
  await t.db
    .insertInto('review_chains')
    .values({
      steps: JSON.stringify([
        { step: 'rep', enabled: false, conditions: {} },
        { step: 'order', enabled: false, conditions: {} },
        { step: 'finance', enabled: true, conditions: { overCreditLimit: true } },
        { step: 'warehouse', enabled: false, conditions: {} },
      ]),
      created_by: 'test',
    })
    .execute();
});
afterAll(() => dropTestDb(t));

type Action =
  | { kind: 'place'; customer: number; lines: { sku: number; qty: number }[] }
  | { kind: 'review'; order: number; approve: boolean }
  | { kind: 'ship'; order: number; share: number }
  | { kind: 'remainder'; order: number }
  | { kind: 'cancel'; order: number }
  | { kind: 'return'; order: number; qty: number; damaged: boolean }
  | { kind: 'pay'; order: number; share: number }
  | { kind: 'goodsIn'; sku: number; qty: number }
  | { kind: 'count'; sku: number; delta: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('place' as const),
    customer: fc.nat(1),
    lines: fc.array(fc.record({ sku: fc.nat(2), qty: fc.integer({ min: 1, max: 15 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({ kind: fc.constant('review' as const), order: fc.nat(9), approve: fc.boolean() }),
  fc.record({
    kind: fc.constant('ship' as const),
    order: fc.nat(9),
    share: fc.integer({ min: 1, max: 100 }),
  }),
  fc.record({ kind: fc.constant('remainder' as const), order: fc.nat(9) }),
  fc.record({ kind: fc.constant('cancel' as const), order: fc.nat(9) }),
  fc.record({
    kind: fc.constant('return' as const),
    order: fc.nat(9),
    qty: fc.integer({ min: 1, max: 5 }),
    damaged: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('pay' as const), order: fc.nat(9), share: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant('goodsIn' as const), sku: fc.nat(2), qty: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('count' as const), sku: fc.nat(2), delta: fc.integer({ min: -5, max: 5 }) }),
);

/** Refusals by the rules are expected outcomes here; anything else is a bug. */
const expected = (err: unknown) =>
  [
    'WarehouseRefusedError',
    'ReviewRefusedError',
    'PaymentRefusedError',
    'OrderActionRefusedError',
    'InvalidTransitionError',
  ].includes((err as Error).name);

async function apply(a: Action, orders: string[]): Promise<void> {
  const pick = (i: number) => orders[i % Math.max(orders.length, 1)];
  const order = 'order' in a ? pick(a.order) : undefined;
  switch (a.kind) {
    case 'place': {
      const o = await placeOrder(
        t.db,
        CUSTOMERS[a.customer]!,
        a.lines.map((l) => ({ sku: SKUS[l.sku]!, qty: l.qty })),
      );
      orders.push(o.orderId);
      await reserveOrderStock(t.db, o.orderId, 'partial');
      await priceOrder(t.db, o.orderId);
      await creditCheckOrder(t.db, o.orderId);
      return;
    }
    case 'review':
      if (!order) return;
      await decideReviewStep(t.db, {
        orderId: order,
        staff: { id: 'admin', roles: ['admin'] },
        decision: a.approve ? 'approve' : 'reject',
        comment: '随机',
      });
      return;
    case 'ship': {
      if (!order) return;
      const lines = await t.db
        .selectFrom('order_lines')
        .select(['line_no', 'reserved_qty'])
        .where('order_id', '=', order)
        .execute();
      const take = lines
        .map((l) => ({ lineNo: l.line_no, qty: Math.ceil((l.reserved_qty * a.share) / 100) }))
        .filter((l) => l.qty > 0);
      await shipOrder(t.db, { orderId: order, staffId: 'wh', lines: take });
      return;
    }
    case 'remainder':
      if (order) await cancelRemainder(t.db, { orderId: order, staffId: 'wh', reason: '不发了' });
      return;
    case 'cancel':
      if (order) await cancelOrder(t.db, { orderId: order, actor: 'staff:clerk', reason: '不要了' });
      return;
    case 'return': {
      if (!order) return;
      const shipped = await t.db
        .selectFrom('shipments as s')
        .innerJoin('shipment_lines as l', 'l.shipment_id', 's.id')
        .select(['s.number', 'l.line_no'])
        .where('s.order_id', '=', order)
        .orderBy('s.id')
        .executeTakeFirst();
      if (!shipped) return;
      await returnGoods(t.db, {
        shipmentNumber: shipped.number,
        staffId: 'wh',
        reason: '退货',
        lines: [{ lineNo: shipped.line_no, qty: a.qty, disposition: a.damaged ? 'damaged' : 'restock' }],
      });
      return;
    }
    case 'pay': {
      if (!order) return;
      const r = await t.db
        .selectFrom('receivables')
        .select(['amount_fen', 'committed_fen', 'paid_fen'])
        .where('order_id', '=', order)
        .executeTakeFirst();
      const open = r ? Number(r.amount_fen) + Number(r.committed_fen) - Number(r.paid_fen) : 100;
      await recordPayment(t.db, {
        orderId: order,
        amountFen: Math.max(1, Math.floor((open * a.share) / 100)),
        method: 'cash',
        actor: 'staff:fin',
      });
      return;
    }
    case 'goodsIn':
      await receiveGoods(t.db, { staffId: 'wh', lines: [{ sku: SKUS[a.sku]!, qty: a.qty }] });
      return;
    case 'count': {
      const s = await t.db
        .selectFrom('stock')
        .select('on_hand')
        .where('sku', '=', SKUS[a.sku]!)
        .executeTakeFirstOrThrow();
      await countStock(t.db, {
        staffId: 'wh',
        reason: '盘点',
        lines: [{ sku: SKUS[a.sku]!, countedQty: Math.max(0, s.on_hand + a.delta) }],
      });
      return;
    }
  }
}

/** What the stock worker does with the release jobs of cancelled and rejected orders. */
async function releaseEnded(): Promise<void> {
  const ended = await t.db
    .selectFrom('orders')
    .select('id')
    .where('status', 'in', ['cancelled', 'rejected'])
    .execute();
  for (const o of ended) await releaseOrderStock(t.db, o.id);
}

async function brokenInvariants(): Promise<string[]> {
  const problems: string[] = [];
  const ledger = await auditStock(t.db);
  if (ledger.length) problems.push(`ledger ≠ stock: ${JSON.stringify(ledger)}`);
  const checks: [string, ReturnType<typeof sql<{ n: number }>>][] = [
    [
      'negative or over-reserved stock',
      sql`select count(*)::int as n from stock where on_hand < 0 or reserved < 0 or reserved > on_hand`,
    ],
    [
      'reserved stock ≠ what open lines hold',
      sql`select count(*)::int as n from stock s
          where s.reserved <> coalesce((select sum(l.reserved_qty) from order_lines l join orders o on o.id = l.order_id
                                        where l.sku = s.sku and o.status not in ('cancelled', 'rejected')), 0)`,
    ],
    [
      'a line shipped beyond its quantity or returned beyond what shipped',
      sql`select count(*)::int as n from order_lines where shipped_qty + cancelled_qty > qty or returned_qty > shipped_qty or reserved_qty < 0`,
    ],
    [
      'shipments of a line ≠ its shipped quantity',
      sql`select count(*)::int as n from order_lines l
          where l.shipped_qty <> coalesce((select sum(sl.qty) from shipment_lines sl join shipments s on s.id = sl.shipment_id
                                           where s.order_id = l.order_id and sl.line_no = l.line_no), 0)`,
    ],
    [
      'a receivable ≠ shipped − credit notes',
      sql`select count(*)::int as n from receivables r
          where r.amount_fen <> coalesce((select sum(sl.qty * l.unit_price_fen) from shipment_lines sl
                                           join shipments s on s.id = sl.shipment_id
                                           join order_lines l on l.order_id = s.order_id and l.line_no = sl.line_no
                                           where s.order_id = r.order_id), 0)
                                - coalesce((select sum(c.amount_fen) from credit_notes c where c.order_id = r.order_id), 0)`,
    ],
    [
      'payments ≠ what receivables say was paid',
      sql`select count(*)::int as n from receivables r where r.paid_fen <> coalesce((select sum(amount_fen) from payments p where p.order_id = r.order_id), 0)`,
    ],
    [
      'open balance ≠ the sum of open receivables',
      sql`select count(*)::int as n from customers c
          where c.open_fen <> coalesce((select sum(amount_fen + committed_fen - paid_fen) from receivables r
                                        where r.customer_id = c.id and r.status = 'open'), 0)`,
    ],
  ];
  for (const [what, query] of checks) {
    const n = (await query.execute(t.db)).rows[0]?.n ?? 0;
    if (n > 0) problems.push(`${what}: ${n}`);
  }
  return problems;
}

describe('the order lifecycle', () => {
  it('keeps the books right through any sequence of what happens to orders', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), async (actions) => {
        const orders: string[] = [];
        for (const a of actions) {
          const count = (tally[a.kind] ??= { done: 0, refused: 0 });
          try {
            await apply(a, orders);
            count.done++;
          } catch (err) {
            if (!expected(err)) throw err;
            count.refused++;
          }
          await releaseEnded();
          steps++;
          const broken = await brokenInvariants();
          if (broken.length) throw new Error(`after ${JSON.stringify(a)}: ${broken.join('; ')}`);
        }
      }),
      { numRuns: 40 },
    );
    process.stdout.write(`${JSON.stringify({ lifecycleProperty: { runs: 40, steps, tally } })}\n`);
    expect(steps).toBeGreaterThan(200);
    // Every kind of step was really carried out, not only refused.
    for (const kind of [
      'place',
      'review',
      'ship',
      'remainder',
      'cancel',
      'return',
      'pay',
      'goodsIn',
      'count',
    ]) {
      expect({ kind, done: (tally[kind]?.done ?? 0) > 0 }).toEqual({ kind, done: true });
    }
  }, 300_000);
});
