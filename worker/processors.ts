import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Logger } from '../lib/logger.js';
import type { JobContext, PipelineJob, WorkerHandlers } from '../orders/jobs.js';
import type { DirectFollowUps, StepRequest } from '../orders/pg-order-step.js';
import { InvalidTransitionError, OrderNotFoundError } from '../orders/order-status.js';
import { creditCheckOrders } from '../orders/pg-finance.js';
import { priceOrders } from '../orders/pg-pricing.js';
import { consumeOrderStock, releaseOrderStock } from '../orders/pg-stock.js';
import { reserveOrdersStock } from '../orders/pg-stock-reserve.js';
import { UnknownSkuError } from '../orders/pricing.js';
import type { ShortagePolicy } from '../orders/stock-allocation.js';
import { createBatcher, type BatcherOptions } from './step-batcher.js';

export interface ProcessorDeps {
  db: Kysely<Database>;
  log: Logger;
  shortagePolicy: ShortagePolicy;
  /**
   * Adds jobs to BullMQ with their deterministic ids (an existing id is not added again). The steps' hot-path
   * follow-ups go through it after their transaction committed; when it fails, the job fails and its retry adds
   * them again (see DirectFollowUps).
   */
  enqueue: (jobs: readonly PipelineJob[]) => Promise<void>;
  /** How the reserve, price and credit-check jobs running at once in this process share statements. */
  batching: BatcherOptions;
}

/**
 * The order pipeline's handlers, one per catalog job. Each is idempotent: it acts only when the order is in the
 * status its step starts from (stock moves are also unique per order line and reason in the ledger), so a job
 * delivered twice changes nothing the second time.
 *
 * The three hot steps run in batches: jobs of one step running at once in this process share its statements
 * (createBatcher), and the follow-up jobs of a batch are added together after its commit. A batch's statements are
 * all-or-nothing per group of orders and fall back to one order at a time, so an order that fails fails alone;
 * when adding the follow-ups fails, every job of the batch fails and its retry re-collects them.
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
  /** A batcher for one step: runs it for the batch, then adds every follow-up of the batch at once. */
  const batched = <R>(
    step: (requests: StepRequest[]) => Promise<PromiseSettledResult<R>[]>,
  ): ((request: StepRequest) => Promise<R>) =>
    createBatcher(async (requests: StepRequest[]) => {
      const results = await step(requests);
      await d.enqueue(requests.flatMap((r) => r.direct?.jobs ?? []));
      return results;
    }, d.batching);
  const reserve = batched((rs) => reserveOrdersStock(d.db, rs, d.shortagePolicy));
  const price = batched((rs) => priceOrders(d.db, rs));
  const creditCheck = batched((rs) => creditCheckOrders(d.db, rs));
  return {
    stock: {
      async reserve({ orderId }, ctx) {
        const next = direct(ctx);
        const r = await reserve({ orderId, direct: next });
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
        const r = await price({ orderId, direct: next });
        logFor('price', orderId, ctx.jobId).debug({ result: r, next: next.jobs.length }, 'pricing step done');
      },
    },
    finance: {
      async 'credit-check'({ orderId }, ctx) {
        const next = direct(ctx);
        const r = await creditCheck({ orderId, direct: next });
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
