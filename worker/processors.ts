import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Logger } from '../lib/logger.js';
import type { ApprovalPolicy } from '../orders/credit.js';
import type { JobContext, PipelineJob, WorkerHandlers } from '../orders/jobs.js';
import type { DirectFollowUps } from '../orders/pg-order-step.js';
import { InvalidTransitionError, OrderNotFoundError } from '../orders/order-status.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { consumeOrderStock, releaseOrderStock, reserveOrderStock } from '../orders/pg-stock.js';
import { UnknownSkuError } from '../orders/pricing.js';
import type { ShortagePolicy } from '../orders/stock-allocation.js';

export interface ProcessorDeps {
  db: Kysely<Database>;
  log: Logger;
  shortagePolicy: ShortagePolicy;
  approvalPolicy: ApprovalPolicy;
  /**
   * Adds jobs to BullMQ with their deterministic ids (an existing id is not added again). The steps' hot-path
   * follow-ups go through it after their transaction committed; when it fails, the job fails and its retry adds
   * them again (see DirectFollowUps).
   */
  enqueue: (jobs: readonly PipelineJob[]) => Promise<void>;
}

/**
 * The order pipeline's handlers, one per catalog job. Each is idempotent: it acts only when the order is in the
 * status its step starts from (stock moves are also unique per order line and reason in the ledger), so a job
 * delivered twice changes nothing the second time.
 */
export function pipelineHandlers(d: ProcessorDeps): WorkerHandlers {
  // Child loggers cost a little on every job; build them only when their debug lines are written.
  const debug = d.log.isLevelEnabled('debug');
  const logFor = (step: string, orderId: string, jobId: string) =>
    debug ? d.log.child({ step, orderId, jobId }) : d.log;
  const direct = (ctx: JobContext): DirectFollowUps => ({
    redelivery: ctx.redelivery,
    jobCreatedAt: ctx.createdAt,
    jobs: [],
  });
  return {
    stock: {
      async reserve({ orderId }, ctx) {
        const next = direct(ctx);
        const r = await reserveOrderStock(d.db, orderId, d.shortagePolicy, undefined, next);
        await d.enqueue(next.jobs);
        logFor('reserve', orderId, ctx.jobId).debug({ result: r, next: next.jobs.length }, 'stock step done');
      },
      async release({ orderId }, ctx) {
        const units = await releaseOrderStock(d.db, orderId);
        logFor('release', orderId, ctx.jobId).debug({ units }, 'stock released');
      },
      async consume({ orderId }, ctx) {
        const units = await consumeOrderStock(d.db, orderId);
        logFor('consume', orderId, ctx.jobId).debug({ units }, 'stock consumed');
      },
    },
    pricing: {
      async price({ orderId }, ctx) {
        const next = direct(ctx);
        const r = await priceOrder(d.db, orderId, undefined, next);
        await d.enqueue(next.jobs);
        logFor('price', orderId, ctx.jobId).debug({ result: r, next: next.jobs.length }, 'pricing step done');
      },
    },
    finance: {
      async 'credit-check'({ orderId }, ctx) {
        const next = direct(ctx);
        const r = await creditCheckOrder(d.db, orderId, d.approvalPolicy, undefined, next);
        await d.enqueue(next.jobs);
        logFor('credit-check', orderId, ctx.jobId).debug(
          { result: r, next: next.jobs.length },
          'finance step done',
        );
      },
    },
  };
}

/** Errors a retry cannot fix. Everything else (connection loss, deadlock, timeout) is retried with backoff. */
export function isPermanentError(err: unknown): boolean {
  return (
    err instanceof OrderNotFoundError ||
    err instanceof InvalidTransitionError ||
    err instanceof UnknownSkuError ||
    err instanceof RangeError
  );
}
