import { sql, type Kysely } from 'kysely';
import type { Database, OrderStatus } from '../db/schema.js';
import { jobIds, type NotifyPayload, type PipelineJob } from './jobs.js';
import { notificationJobs, type NoticeEvent } from './notify-text.js';
import { assertTransition, InvalidTransitionError } from './order-status.js';
import { loadNoticeOrder, lockOrderStatus, transitionOrder } from './pg-order-repository.js';
import { enqueueJobs } from './pg-outbox.js';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';

/** An action the state machine allows but the order's money does not (e.g. cancelling a partly paid order). */
export class OrderActionRefusedError extends Error {
  constructor(
    readonly orderId: string,
    readonly code: 'has_payments',
    message: string,
  ) {
    super(message);
    this.name = 'OrderActionRefusedError';
  }
}

export interface ActionInput {
  orderId: string;
  /** `staff:<id>` of whoever acts. */
  actor: string;
  reason?: string;
  /** The staff member acting through the back office: an audit row is written in the action's transaction. */
  audit?: AuditActor;
  /** Act only when the order is still in one of these statuses (what the asker was offered); else InvalidTransitionError. */
  onlyFrom?: readonly OrderStatus[];
  /** false: the customer asked for this in chat and was answered there, so only staff are told. Default true. */
  tellCustomer?: boolean;
}

export interface ActionResult {
  orderId: string;
  from: OrderStatus;
  to: OrderStatus;
}

/**
 * Runs one staff action in a transaction: locks the order, checks the transition (InvalidTransitionError,
 * OrderNotFoundError), applies `extra` and queues its jobs and chat messages with it.
 */
async function act(
  db: Kysely<Database>,
  input: ActionInput,
  to: OrderStatus,
  notice: NoticeEvent | null,
  extra: (tx: Kysely<Database>, from: OrderStatus) => Promise<PipelineJob[]>,
): Promise<ActionResult> {
  return db.transaction().execute(async (tx) => {
    const from = await lockOrderStatus(tx, input.orderId);
    if (input.onlyFrom && !input.onlyFrom.includes(from))
      throw new InvalidTransitionError(input.orderId, from, to);
    assertTransition(input.orderId, from, to);
    const jobs = await extra(tx, from);
    await transitionOrder(tx, { orderId: input.orderId, from, to, actor: input.actor, reason: input.reason });
    if (input.audit) {
      await writeAudit(tx, input.audit, {
        action: `order.${to}`,
        orderId: input.orderId,
        statusBefore: from,
        statusAfter: to,
        ...(input.reason !== undefined && { detail: { reason: input.reason } }),
      });
    }
    const notices = (notice ? notificationJobs(await loadNoticeOrder(tx, input.orderId), notice) : [])
      .map((job) => (input.tellCustomer === false ? withoutCustomer(job) : job))
      .filter((job) => (job.payload as NotifyPayload).to.length > 0);
    await enqueueJobs(tx, [...jobs, ...notices]);
    return { orderId: input.orderId, from, to };
  });
}

/**
 * Cancels an order that has not shipped: stock released, an unpaid receivable voided. Refused
 * (OrderActionRefusedError) when payments were recorded: refund them first.
 */
export function cancelOrder(db: Kysely<Database>, input: ActionInput): Promise<ActionResult> {
  return act(db, input, 'cancelled', { event: 'cancelled', reason: input.reason ?? null }, async (tx) => {
    const rec = await tx
      .selectFrom('receivables')
      .select(['paid_fen'])
      .where('order_id', '=', input.orderId)
      .forUpdate()
      .executeTakeFirst();
    if (rec && Number(rec.paid_fen) > 0) {
      throw new OrderActionRefusedError(
        input.orderId,
        'has_payments',
        'the order has payments; refund them first',
      );
    }
    if (rec) {
      await tx
        .updateTable('receivables')
        .set({ status: 'void', committed_fen: 0, settled_at: sql`now()` })
        .where('order_id', '=', input.orderId)
        .execute();
    }
    await tx.updateTable('orders').set({ review_step: null }).where('id', '=', input.orderId).execute();
    return [release(input.orderId)];
  });
}

/** A notice with the customer's (or guest chat's) recipients left out. */
function withoutCustomer(job: PipelineJob): PipelineJob {
  const payload = job.payload as NotifyPayload;
  return { ...job, payload: { ...payload, to: payload.to.filter((r) => r.kind === 'staff') } } as PipelineJob;
}

function release(orderId: string): PipelineJob {
  return { queue: 'stock', name: 'release', jobId: jobIds.release(orderId), payload: { orderId } };
}
