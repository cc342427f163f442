import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AuditActor } from '../auth/pg-audit-log.js';
import type { Database, ReceivableStatus } from '../db/schema.js';
import { lockReceivables } from '../finance/pg-money-journal.js';
import { commitmentsOfNewReceivables } from '../finance/pg-order-money.js';
import { bookReceipts } from '../finance/pg-receipts.js';
import { formatYuan } from './money.js';
import { loadReviewContext, type ReviewContext } from './pg-review-context.js';
import { decideReview, type ReviewDecision } from './review-chain.js';
import { reviewNotices } from './pg-review-notices.js';
import { notificationJobs } from './notify-text.js';
import { lockOrderStatus } from './pg-order-repository.js';
import { lockOrder, readOrder, readOrders, type LockedOrder } from './pg-order-read.js';
import {
  byIdInStatus,
  firstDeliveries,
  oneOrder,
  onlyResult,
  settled,
  noticeOf,
  transitionAfter,
  writeStep,
  writeSteps,
  type DirectFollowUps,
  type StepRequest,
} from './pg-order-step.js';

export type CreditCheckResult = { kind: 'skipped'; status: string } | ReviewDecision;

/**
 * The receivables of the orders `which` picks (a condition on `orders`), once each, as a CTE `new_receivables`
 * followed by their commitments in the money journal (whose trigger raises the customers' balances); orders
 * without a customer owe nothing here.
 */
function insertReceivables(which: RawBuilder<unknown>, actor: string): RawBuilder<unknown> {
  return sql`new_receivables as (
    insert into receivables (order_id, customer_id, amount_fen, status, settled_at)
    select id, customer_id, 0, case when total_fen = 0 then 'paid' else 'open' end,
           case when total_fen = 0 then now() end
    from orders where ${which} and customer_id is not null
    on conflict (order_id) do nothing
    returning order_id, customer_id), ${commitmentsOfNewReceivables(actor)}`;
}

/** A step's CTEs that create the receivables of the orders it approved (`step_moved`). */
const receivablesOfApproved = (actor: string) =>
  insertReceivables(sql`id in (select id from step_moved)`, actor);

/** Creates the order's receivable (once) when it is approved; orders without a customer owe nothing here. */
export async function createReceivable(
  tx: Kysely<Database>,
  orderId: string,
  actor = 'system',
): Promise<void> {
  await sql`with ${insertReceivables(sql`id = ${orderId}`, actor)} select 1`.execute(tx);
}

/**
 * The review decision of a priced order: the shop's review chain weighs the order's facts (amount, tier, a new
 * customer, the open balance plus this order against the credit limit, overdue receivables). Orders no step applies
 * to are approved and get their receivable (committed until shipped); the others wait `in_review` at their first
 * step with the reasons. An order no longer `priced` is skipped. With `direct`, the `approved` notification is
 * handed back there instead of the outbox (see DirectFollowUps); review notifications always use the outbox.
 */
export async function creditCheckOrder(
  db: Kysely<Database>,
  orderId: string,
  actor = 'worker:finance',
  direct?: DirectFollowUps,
): Promise<CreditCheckResult> {
  return onlyResult(creditCheckOrders(db, oneOrder(orderId, direct), actor));
}

/**
 * Credit checks of several orders with two statements in the common case, results in request order. The orders
 * and their customers' open balances (`customers.open_fen`) are read without locks (or taken from the request's
 * `read`, the order as the reservation of the same job read and priced it); the approvals are decided in
 * order, each customer's balance growing by the orders approved before it, and written in ONE statement that locks
 * the orders (still `priced`), then their customers in id order, and moves them only where the balance is still the
 * one decided on. Everything else (a review, a balance that changed meanwhile, a redelivery, an order in another
 * status) is checked alone, under the order and customer locks.
 */
export async function creditCheckOrders(
  db: Kysely<Database>,
  requests: readonly StepRequest[],
  actor = 'worker:finance',
): Promise<PromiseSettledResult<CreditCheckResult>[]> {
  const results: (PromiseSettledResult<CreditCheckResult> | undefined)[] = requests.map(() => undefined);
  const firstOf = firstDeliveries(requests);
  // An order the reservation of the same job priced comes as that step left it (read without locks, as here).
  const unread = [...firstOf].filter(([, i]) => !requests[i]?.read).map(([orderId]) => orderId);
  const orders = await readOrders(db, unread, { lock: 'none', withOpen: true });
  for (const [orderId, i] of firstOf) {
    const read = requests[i]?.read;
    if (read) orders.set(orderId, read);
  }
  const context = await loadReviewContext(
    db,
    [...orders.values()].flatMap((o) => (o.customerId ? [o.customerId] : [])),
    [...orders.keys()],
  );
  const balance = new Map<string, number>();
  const approvals: { i: number; order: LockedOrder }[] = [];
  for (const [orderId, i] of firstOf) {
    const order = orders.get(orderId);
    if (!order || order.status !== 'priced' || !order.customerId) continue;
    const open = balance.get(order.customerId) ?? order.openFen ?? 0;
    if (decide(order, open, context).kind !== 'approve') continue;
    balance.set(order.customerId, open + order.totalFen);
    approvals.push({ i, order });
  }
  if (approvals.length > 0) {
    const moved = await approveAll(
      db,
      approvals.map((a) => a.order),
      actor,
      approvals.map((a) => requests[a.i]?.direct),
      context.chain.version,
    );
    for (const a of approvals) {
      if (moved.has(a.order.id)) results[a.i] = { status: 'fulfilled', value: { kind: 'approve' } };
    }
  }
  // The rest each under its own locks; a failure stays with its own order.
  await Promise.all(
    requests.map(async (r, i) => {
      if (results[i]) return;
      results[i] = await settled(creditCheckLocked(db, r.orderId, actor, r.direct));
    }),
  );
  return results as PromiseSettledResult<CreditCheckResult>[];
}

function decide(order: LockedOrder, open: number, context: ReviewContext): ReviewDecision {
  const customer = order.customerId;
  const over = customer !== null && open + order.totalFen > order.creditLimitFen;
  return decideReview(
    context.chain.steps,
    {
      hasCustomer: customer !== null,
      needsRep: order.needsRep,
      amountFen: order.totalFen,
      tier: order.customerTier,
      newCustomer: customer === null || !context.known.has(customer),
      overCreditLimit: over,
      overdue: customer !== null && context.overdue.has(customer),
    },
    over
      ? `未结${formatYuan(open)}＋本单${formatYuan(order.totalFen)}，额度${formatYuan(order.creditLimitFen)}`
      : undefined,
  );
}

/**
 * Approves orders decided on balances read without locks, in one statement: locks the orders still `priced`,
 * then their customers (id order) whose balance is what the decision read and all of whose orders here are locked;
 * only those customers' orders move and get their receivables (the trigger raises the balance). Returns the ids
 * that moved.
 */
async function approveAll(
  db: Kysely<Database>,
  orders: readonly LockedOrder[],
  actor: string,
  directs: readonly (DirectFollowUps | undefined)[],
  chainVersion: number,
): Promise<Set<string>> {
  const perCustomer = new Map<string, { open: number; n: number }>();
  for (const o of orders) {
    const c = perCustomer.get(o.customerId!);
    if (c) c.n++;
    else perCustomer.set(o.customerId!, { open: o.openFen ?? 0, n: 1 });
  }
  const jobs = orders.map((o) => notificationJobs(noticeOf(o), { event: 'approved' }));
  const step = await writeSteps(db, {
    orders: orders.map((o) => ({ orderId: o.id })),
    from: 'priced',
    to: 'approved',
    actor,
    chainVersion,
    before: [
      sql`order_lock as (
        select o.id, o.customer_id from ${byIdInStatus(
          orders.map((o) => o.id),
          'priced',
        )}
        order by o.id for update of o)`,
      sql`customer_ok as (
        select c.id from customers c
        join unnest(${[...perCustomer.keys()]}::text[], ${[...perCustomer.values()].map((c) => c.open)}::bigint[],
                    ${[...perCustomer.values()].map((c) => c.n)}::int[]) as x(id, open_fen, n) on x.id = c.id
        where c.open_fen = x.open_fen
          and x.n = (select count(*) from order_lock l where l.customer_id = c.id)
        order by c.id for update of c)`,
    ],
    guard: sql`orders.id in (select id from order_lock) and orders.customer_id in (select id from customer_ok)`,
    writes: [receivablesOfApproved(actor)],
    jobs: orders.flatMap((o, k) =>
      directs[k] ? [] : (jobs[k] ?? []).map((job) => ({ orderId: o.id, job })),
    ),
    ownTransaction: { skus: [] },
  });
  orders.forEach((o, k) => {
    const direct = directs[k];
    if (direct && step.moved.has(o.id)) direct.jobs = jobs[k] ?? [];
  });
  return step.moved;
}

/**
 * The credit check of one order under locks: the order and its customer are locked in one statement, which returns
 * the customer's newest balance (no balance changes while the lock is held: the trigger that keeps it updates the
 * customer row). Also where a redelivery re-collects the follow-ups of an approval it committed before.
 */
async function creditCheckLocked(
  db: Kysely<Database>,
  orderId: string,
  actor: string,
  direct: DirectFollowUps | undefined,
): Promise<CreditCheckResult> {
  return db.transaction().execute(async (tx) => {
    const read = await readOrder(tx, orderId, { lock: 'order+customer', withOpen: true });
    // Without customer the join finds nothing: lock the order alone.
    const order = read ?? (await lockOrder(tx, orderId));
    if (order.status !== 'priced') {
      if (
        direct &&
        order.status === 'approved' &&
        (await transitionAfter(tx, orderId, 'priced', 'approved', direct))
      ) {
        direct.jobs = notificationJobs(noticeOf(order), { event: 'approved' });
      }
      return { kind: 'skipped', status: order.status };
    }
    const context = await loadReviewContext(tx, order.customerId ? [order.customerId] : [], [orderId]);
    const decision = decide(order, read?.openFen ?? 0, context);
    const notice = noticeOf(order);
    if (decision.kind === 'approve') {
      const told = notificationJobs(notice, { event: 'approved' });
      const step = await writeStep(tx, {
        orderId,
        from: 'priced',
        to: 'approved',
        actor,
        writes: [receivablesOfApproved(actor)],
        jobs: direct ? [] : told,
      });
      if (!step.moved) throw new Error(`order ${orderId} moved while locked`);
      await tx
        .updateTable('orders')
        .set({ review_chain_version: context.chain.version })
        .where('id', '=', orderId)
        .execute();
      if (direct) direct.jobs = told;
      return decision;
    }
    const first = decision.plan[0]!.step;
    const step = await writeStep(tx, {
      orderId,
      from: 'priced',
      to: 'in_review',
      actor,
      reason: decision.reason,
      set: { review_reason: decision.reason },
      jobs: await reviewNotices(tx, notice, first, decision.reason),
    });
    if (!step.moved) throw new Error(`order ${orderId} moved while locked`);
    await tx
      .updateTable('orders')
      .set({
        review_chain_version: context.chain.version,
        review_plan: decision.plan.map((p) => p.step),
        review_step: first,
      })
      .where('id', '=', orderId)
      .execute();
    return decision;
  });
}

/** A payment the books cannot take. */
export class PaymentRefusedError extends Error {
  constructor(
    readonly orderId: string,
    readonly code: 'no_receivable' | 'receivable_void' | 'overpayment' | 'invalid_amount',
    message: string,
  ) {
    super(message);
    this.name = 'PaymentRefusedError';
  }
}

export interface PaymentInput {
  orderId: string;
  amountFen: number;
  /** cash, wechat, alipay, transfer … */
  method: string;
  /** Slip or transfer number; recording the same reference again changes nothing. */
  reference?: string;
  /** The request's Idempotency-Key (scoped to its sender): a payment booked under it is not booked again. */
  idempotencyKey?: string;
  actor: string;
  receivedAt?: Date;
  /** The staff member booking it through the back office: an audit row is written in the same transaction. */
  audit?: AuditActor;
}

export interface ReceivableState {
  orderId: string;
  /** Owed for what was shipped (less returns). */
  amountFen: number;
  /** Approved and not shipped yet. */
  committedFen: number;
  paidFen: number;
  outstandingFen: number;
  status: ReceivableStatus;
}

/**
 * Records a payment (partial or full) against an approved order's receivable, as a receipt of the order's customer
 * allocated to that order in the money journal; a shipped order that is paid in full is completed. Refuses
 * overpayments and payments on orders without an open receivable (PaymentRefusedError). `created: false` when the
 * reference (for this order) or the Idempotency-Key was already booked.
 */
export async function recordPayment(
  db: Kysely<Database>,
  p: PaymentInput,
): Promise<{ created: boolean; receivable: ReceivableState }> {
  if (!Number.isSafeInteger(p.amountFen) || p.amountFen <= 0) {
    throw new PaymentRefusedError(p.orderId, 'invalid_amount', 'amount must be a positive number of fen');
  }
  return db.transaction().execute(async (tx) => {
    await lockOrderStatus(tx, p.orderId);
    const rec = (await lockReceivables(tx, [p.orderId])).get(p.orderId);
    if (!rec)
      throw new PaymentRefusedError(p.orderId, 'no_receivable', `order ${p.orderId} has no receivable`);
    const state = async (): Promise<ReceivableState> => {
      const now = (await lockReceivables(tx, [p.orderId])).get(p.orderId)!;
      return {
        orderId: p.orderId,
        amountFen: now.amountFen,
        committedFen: now.committedFen,
        paidFen: now.paidFen,
        outstandingFen: now.outstandingFen,
        status: now.status,
      };
    };
    if (p.reference || p.idempotencyKey) {
      // Under the order's lock: a repeat of the same request or slip finds the first one's row.
      const seen = await tx
        .selectFrom('money_receipts as m')
        .select('m.id')
        .where((eb) =>
          eb.or([
            ...(p.reference
              ? [
                  eb.and([
                    eb('m.reference', '=', p.reference),
                    eb.exists(
                      eb
                        .selectFrom('payments as a')
                        .select('a.id')
                        .whereRef('a.receipt_id', '=', 'm.id')
                        .where('a.order_id', '=', p.orderId),
                    ),
                  ]),
                ]
              : []),
            ...(p.idempotencyKey ? [eb('m.idempotency_key', '=', p.idempotencyKey)] : []),
          ]),
        )
        .executeTakeFirst();
      if (seen) return { created: false, receivable: await state() };
    }
    if (rec.status === 'void') {
      throw new PaymentRefusedError(p.orderId, 'receivable_void', `order ${p.orderId} was cancelled`);
    }
    if (p.amountFen > rec.outstandingFen) {
      throw new PaymentRefusedError(
        p.orderId,
        'overpayment',
        `payment ${p.amountFen} exceeds the outstanding ${rec.outstandingFen}`,
      );
    }
    const [outcome] = await bookReceipts(tx, [
      {
        customerId: rec.customerId,
        amountFen: p.amountFen,
        method: p.method,
        reference: p.reference ?? null,
        idempotencyKey: p.idempotencyKey ?? null,
        receivedAt: p.receivedAt ?? null,
        actor: p.actor,
        allocations: [{ orderId: p.orderId, amountFen: p.amountFen }],
        ...(p.audit && { audit: p.audit }),
      },
    ]);
    return { created: outcome?.kind === 'booked', receivable: await state() };
  });
}
