import { sql, type Kysely } from 'kysely';
import type { Database, ReceivableStatus } from '../db/schema.js';
import { decideCredit, describeReviewReason, type ApprovalPolicy, type CreditDecision } from './credit.js';
import { notificationJobs } from './notify-text.js';
import { lockOrderStatus, transitionOrder } from './pg-order-repository.js';
import {
  lockOrder,
  noticeOf,
  readOrder,
  transitionAfter,
  writeStep,
  type DirectFollowUps,
  type LockedOrder,
} from './pg-order-step.js';

export type CreditCheckResult = { kind: 'skipped'; status: string } | CreditDecision;

/** Unpaid amounts of a customer's open receivables. */
export async function openReceivablesFen(db: Kysely<Database>, customerId: string): Promise<number> {
  const r = await db
    .selectFrom('receivables')
    .select(sql<number>`coalesce(sum(amount_fen - paid_fen), 0)::bigint`.as('open'))
    .where('customer_id', '=', customerId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(r.open);
}

/** Creates the order's receivable (once) when it is approved; orders without a customer owe nothing here. */
export async function createReceivable(tx: Kysely<Database>, orderId: string): Promise<void> {
  await sql`
    insert into receivables (order_id, customer_id, amount_fen, status, settled_at)
    select id, customer_id, total_fen, case when total_fen = 0 then 'paid' else 'open' end,
           case when total_fen = 0 then now() end
    from orders where id = ${orderId} and customer_id is not null
    on conflict (order_id) do nothing`.execute(tx);
}

/**
 * Credit check of a priced order: the customer's open receivables plus this order against the credit limit, then
 * the auto-approval policy. Approved orders get their receivable; the others wait in `pending_review` with the
 * reason. Credit checks of one customer are serialized (customer row lock), so two orders cannot both squeeze
 * under the limit. An order no longer `priced` is skipped. With `direct`, the `approved` notification is handed
 * back there instead of the outbox (see DirectFollowUps); `pending_review` notifications still use the outbox.
 */
export async function creditCheckOrder(
  db: Kysely<Database>,
  orderId: string,
  policy: ApprovalPolicy,
  actor = 'worker:finance',
  direct?: DirectFollowUps,
): Promise<CreditCheckResult> {
  return db.transaction().execute(async (tx) => {
    // Locking the customer row serializes credit checks of one customer. The open sum comes with the lock, but
    // when that read waited for the lock it may predate receivables committed meanwhile: the write re-checks the
    // sum in a statement of its own (which sees them) and moves nothing when it changed; the check then runs
    // again on a fresh sum, still under the lock.
    const read = await readOrder(tx, orderId, { lock: 'order+customer', withOpen: true });
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
    const customerId = order.customerId;
    let guarded = read !== null && customerId !== null;
    let open = guarded ? (read?.openFen ?? 0) : customerId ? await openReceivablesFen(tx, customerId) : 0;
    for (;;) {
      const r = await decideAndWrite(tx, order, open, guarded, policy, actor, direct);
      if (r) return r;
      if (!guarded || !customerId) throw new Error(`order ${orderId} moved while locked`);
      open = await openReceivablesFen(tx, customerId);
      guarded = false;
    }
  });
}

/** Decides on `open` and writes the outcome; null when the guard found the open sum changed. */
async function decideAndWrite(
  tx: Kysely<Database>,
  order: LockedOrder,
  open: number,
  guarded: boolean,
  policy: ApprovalPolicy,
  actor: string,
  direct: DirectFollowUps | undefined,
): Promise<CreditDecision | null> {
  const orderId = order.id;
  const decision = decideCredit(
    {
      customer: order.customerId ? { tier: order.customerTier, creditLimitFen: order.creditLimitFen } : null,
      openReceivablesFen: open,
      orderTotalFen: order.totalFen,
      needsRep: order.needsRep,
    },
    policy,
  );
  const guard =
    guarded && order.customerId
      ? sql`(select coalesce(sum(amount_fen - paid_fen), 0) from receivables
             where customer_id = ${order.customerId} and status = 'open') = ${open}::bigint`
      : undefined;
  const notice = noticeOf(order);
  if (decision.kind === 'approve') {
    const told = notificationJobs(notice, { event: 'approved' });
    const step = await writeStep(tx, {
      orderId,
      from: 'priced',
      to: 'approved',
      actor,
      guard,
      writes: order.customerId ? [receivableInsert(orderId, order.customerId, order.totalFen)] : [],
      jobs: direct ? [] : told,
    });
    if (!step.moved) return null;
    if (direct) direct.jobs = told;
    return decision;
  }
  const reason = describeReviewReason(decision.reason);
  if (!notice.repId && !notice.placedByStaffId) {
    // Nobody owns this order yet (unknown contact): every active rep hears that it waits for review.
    const reps = await tx
      .selectFrom('staff')
      .select('id')
      .where('role', '=', 'rep')
      .where('active', '=', true)
      .orderBy('id')
      .execute();
    notice.fallbackStaffIds = reps.map((r) => r.id);
  }
  const step = await writeStep(tx, {
    orderId,
    from: 'priced',
    to: 'pending_review',
    actor,
    reason,
    guard,
    set: { review_reason: reason },
    jobs: notificationJobs(notice, {
      event: 'pending_review',
      reason,
      overCredit: decision.reason.code === 'over_credit',
    }),
  });
  if (!step.moved) return null;
  return decision;
}

function receivableInsert(orderId: string, customerId: string, totalFen: number) {
  // Only when the approval happens (a guard may stop it).
  return sql`new_receivable as (
    insert into receivables (order_id, customer_id, amount_fen, status, settled_at)
    select ${orderId}, ${customerId}, ${totalFen}::bigint, ${totalFen === 0 ? 'paid' : 'open'},
           ${totalFen === 0 ? sql`now()` : sql`null::timestamptz`}
    where exists (select 1 from step_moved)
    on conflict (order_id) do nothing
    returning 1)`;
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
  actor: string;
  receivedAt?: Date;
}

export interface ReceivableState {
  orderId: string;
  amountFen: number;
  paidFen: number;
  outstandingFen: number;
  status: ReceivableStatus;
}

/**
 * Records a payment (partial or full) against an approved order's receivable; the receivable is `paid` when
 * nothing is outstanding, and a shipped order that is paid in full is completed. Refuses overpayments and
 * payments on orders without an open receivable (PaymentRefusedError). `created: false` when the reference was
 * already recorded.
 */
export async function recordPayment(
  db: Kysely<Database>,
  p: PaymentInput,
): Promise<{ created: boolean; receivable: ReceivableState }> {
  if (!Number.isSafeInteger(p.amountFen) || p.amountFen <= 0) {
    throw new PaymentRefusedError(p.orderId, 'invalid_amount', 'amount must be a positive number of fen');
  }
  return db.transaction().execute(async (tx) => {
    const status = await lockOrderStatus(tx, p.orderId);
    const rec = await tx
      .selectFrom('receivables')
      .selectAll()
      .where('order_id', '=', p.orderId)
      .forUpdate()
      .executeTakeFirst();
    if (!rec)
      throw new PaymentRefusedError(p.orderId, 'no_receivable', `order ${p.orderId} has no receivable`);
    const state = (paid: number, s: ReceivableStatus): ReceivableState => ({
      orderId: p.orderId,
      amountFen: Number(rec.amount_fen),
      paidFen: paid,
      outstandingFen: Number(rec.amount_fen) - paid,
      status: s,
    });
    if (p.reference) {
      const seen = await tx
        .selectFrom('payments')
        .select('id')
        .where('order_id', '=', p.orderId)
        .where('reference', '=', p.reference)
        .executeTakeFirst();
      if (seen) return { created: false, receivable: state(Number(rec.paid_fen), rec.status) };
    }
    if (rec.status === 'void') {
      throw new PaymentRefusedError(p.orderId, 'receivable_void', `order ${p.orderId} was cancelled`);
    }
    const outstanding = Number(rec.amount_fen) - Number(rec.paid_fen);
    if (p.amountFen > outstanding) {
      throw new PaymentRefusedError(
        p.orderId,
        'overpayment',
        `payment ${p.amountFen} exceeds the outstanding ${outstanding}`,
      );
    }
    await tx
      .insertInto('payments')
      .values({
        order_id: p.orderId,
        amount_fen: p.amountFen,
        method: p.method,
        reference: p.reference ?? null,
        actor: p.actor,
        received_at: p.receivedAt ? sql`${p.receivedAt.toISOString()}::timestamptz` : sql`now()`,
      })
      .execute();
    const paid = Number(rec.paid_fen) + p.amountFen;
    const newStatus: ReceivableStatus = paid === Number(rec.amount_fen) ? 'paid' : 'open';
    await tx
      .updateTable('receivables')
      .set({ paid_fen: paid, status: newStatus, settled_at: newStatus === 'paid' ? sql`now()` : null })
      .where('order_id', '=', p.orderId)
      .execute();
    if (newStatus === 'paid' && status === 'shipped') {
      await transitionOrder(tx, {
        orderId: p.orderId,
        from: 'shipped',
        to: 'completed',
        actor: p.actor,
        reason: 'paid in full',
      });
    }
    return { created: true, receivable: state(paid, newStatus) };
  });
}
