import type { Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';
import type { StaffRole } from '../auth/roles.js';
import type { Database } from '../db/schema.js';
import { jobIds, type PipelineJob } from './jobs.js';
import { notificationJobs } from './notify-text.js';
import { createReceivable } from './pg-finance.js';
import { loadNoticeOrder, transitionOrder } from './pg-order-repository.js';
import { enqueueJobs } from './pg-outbox.js';
import { OrderNotFoundError } from './order-status.js';
import { mayDecideStep, nextStep, type ReviewStep } from './review-chain.js';
import { reviewNotices } from './pg-review-notices.js';

/** A review decision the order's state does not allow. */
export class ReviewRefusedError extends Error {
  constructor(
    readonly code: 'not_in_review' | 'not_your_step' | 'reason_required',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewRefusedError';
  }
}

export interface ReviewInput {
  orderId: string;
  staff: { id: string; roles: readonly StaffRole[] };
  decision: 'approve' | 'reject';
  /** Required for a rejection: the customer and the rep are told it. */
  comment?: string;
  /** The step the person means to decide (a stale page must not decide the next one); the waiting one if absent. */
  step?: ReviewStep;
  /** Written in the same transaction (back office); absent for decisions made in chat. */
  audit?: AuditActor;
}

export type ReviewOutcome =
  | { kind: 'next_step'; step: ReviewStep; decided: ReviewStep }
  | { kind: 'approved'; decided: ReviewStep }
  | { kind: 'rejected'; decided: ReviewStep };

/**
 * Decides the step an order waits at, once: approve moves it to the next planned step (its deciders told) or, after
 * the last, to approved (receivable committed, customer and rep told); reject ends the order (stock released,
 * customer and rep told the reason). Each decision is a row of `order_reviews`, unique per order and step, written
 * with the order locked, so of two people deciding at once exactly one does.
 */
export async function decideReviewStep(db: Kysely<Database>, input: ReviewInput): Promise<ReviewOutcome> {
  if (input.decision === 'reject' && !input.comment?.trim()) {
    throw new ReviewRefusedError('reason_required', '驳回要写原因，客户和业务员会看到');
  }
  return db.transaction().execute(async (tx) => {
    const order = await tx
      .selectFrom('orders as o')
      .leftJoin('customers as c', 'c.id', 'o.customer_id')
      .select(['o.status', 'o.review_step', 'o.review_plan', 'c.rep_id'])
      .where('o.id', '=', input.orderId)
      .forUpdate('o')
      .executeTakeFirst();
    if (!order) throw new OrderNotFoundError(input.orderId);
    const step = order.review_step;
    if (order.status !== 'in_review' || !step || (input.step && input.step !== step)) {
      throw new ReviewRefusedError('not_in_review', '这个订单现在不在等这一步审核（可能已经有人处理了）');
    }
    if (!mayDecideStep(step, input.staff, { repId: order.rep_id })) {
      throw new ReviewRefusedError('not_your_step', '这一步不该由您审核');
    }
    await tx
      .insertInto('order_reviews')
      .values({
        order_id: input.orderId,
        step,
        decision: input.decision,
        staff_id: input.staff.id,
        comment: input.comment?.trim() || null,
      })
      .execute();
    const actor = `staff:${input.staff.id}`;
    const audit = async (before: string, after: string) => {
      if (input.audit) {
        await writeAudit(tx, input.audit, {
          action: `order.review.${input.decision}`,
          orderId: input.orderId,
          statusBefore: before,
          statusAfter: after,
          detail: { step, comment: input.comment ?? null },
        });
      }
    };
    const notice = await loadNoticeOrder(tx, input.orderId);
    if (input.decision === 'reject') {
      await transitionOrder(tx, {
        orderId: input.orderId,
        from: 'in_review',
        to: 'rejected',
        actor,
        reason: input.comment,
      });
      await tx
        .updateTable('orders')
        .set({ review_step: null, review_reason: input.comment ?? null })
        .where('id', '=', input.orderId)
        .execute();
      await enqueueJobs(tx, [
        release(input.orderId),
        ...notificationJobs(notice, { event: 'rejected', step, reason: input.comment ?? '' }),
      ]);
      await audit('in_review', 'rejected');
      return { kind: 'rejected', decided: step };
    }
    const next = nextStep(order.review_plan as ReviewStep[], step);
    if (next) {
      await tx.updateTable('orders').set({ review_step: next }).where('id', '=', input.orderId).execute();
      await enqueueJobs(
        tx,
        await reviewNotices(tx, notice, next, `${notice.customerName ?? '新客户'}的订单已过上一步`),
      );
      await audit('in_review', 'in_review');
      return { kind: 'next_step', step: next, decided: step };
    }
    await transitionOrder(tx, { orderId: input.orderId, from: 'in_review', to: 'approved', actor });
    await tx.updateTable('orders').set({ review_step: null }).where('id', '=', input.orderId).execute();
    await createReceivable(tx, input.orderId);
    await enqueueJobs(tx, notificationJobs(notice, { event: 'approved' }));
    await audit('in_review', 'approved');
    return { kind: 'approved', decided: step };
  });
}

function release(orderId: string): PipelineJob {
  return { queue: 'stock', name: 'release', jobId: jobIds.release(orderId), payload: { orderId } };
}
