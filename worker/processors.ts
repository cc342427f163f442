import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Logger } from '../lib/logger.js';
import type { JobContext, PipelineJob, WorkerHandlers } from '../orders/jobs.js';
import type { DirectFollowUps, StepRequest } from '../orders/pg-order-step.js';
import { InvalidTransitionError, OrderNotFoundError } from '../orders/order-status.js';
import { creditCheckOrders } from '../orders/pg-finance.js';
import { priceOrders } from '../orders/pg-pricing.js';
import { consumeOrderStock, releaseOrderStock } from '../orders/pg-stock.js';
import { reserveOrdersStock, type ReserveResult } from '../orders/pg-stock-reserve.js';
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
  /**
   * A batcher for one step: runs it for the batch, then adds every follow-up of the batch at once, with those an
   * earlier step of the same job handed on (`carried`).
   */
  const batched = <R>(
    step: (requests: StepRequest[]) => Promise<PromiseSettledResult<R>[]>,
  ): ((request: StepRequest, carried?: readonly PipelineJob[]) => Promise<R>) => {
    const run = createBatcher(async (items: { request: StepRequest; carried: readonly PipelineJob[] }[]) => {
      const results = await step(items.map((i) => i.request));
      await d.enqueue(items.flatMap((i) => [...i.carried, ...(i.request.direct?.jobs ?? [])]));
      return results;
    }, d.batching);
    return (request, carried = []) => run({ request, carried });
  };
  const price = batched((rs) => priceOrders(d.db, rs));
  const creditCheck = batched((rs) => creditCheckOrders(d.db, rs));
  // The reservation's follow-ups are added by the batch, but for an order that goes on to its credit check in the
  // same job (see creditCheckNext): those wait and are added with the credit check's.
  const reserve = createBatcher(async (requests: StepRequest[]) => {
    const results = await reserveOrdersStock(d.db, requests, d.shortagePolicy);
    const next = results.map((r, k) => r.status === 'fulfilled' && creditCheckNext(requests[k]!, r.value));
    await d.enqueue(requests.flatMap((r, k) => (next[k] ? [] : (r.direct?.jobs ?? []))));
    return results.map((r, k): PromiseSettledResult<{ result: ReserveResult; creditCheck: boolean }> =>
      r.status === 'fulfilled'
        ? { status: 'fulfilled', value: { result: r.value, creditCheck: next[k]! } }
        : r,
    );
  }, d.batching);
  return {
    stock: {
      async reserve({ orderId }, ctx) {
        const reservation = direct(ctx);
        const r = await reserve({ orderId, direct: reservation });
        // Own batches for the credit checks: a credit check waiting for a customer's row lock holds up other
        // credit checks, not the reservations of other orders.
        const checked = r.creditCheck
          ? await creditCheck(
              { orderId, direct: direct(ctx), ...(reservation.order && { read: reservation.order }) },
              reservation.jobs,
            )
          : undefined;
        logFor('reserve', orderId, ctx.jobId).debug(
          { result: r.result, creditCheck: checked, next: reservation.jobs.length },
          'stock step done',
        );
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

const isCreditCheckOf = (job: PipelineJob, orderId: string) =>
  job.queue === 'finance' && job.name === 'credit-check' && job.payload.orderId === orderId;

/**
 * Whether the reservation job goes on to the order's credit check itself, instead of through a job of the finance
 * queue; when it does, the credit-check job is taken out of the reservation's follow-ups. An order reserved in full
 * is priced by its reservation, and checking it in the same job saves that job's add, take and finish in Redis.
 *
 * The job goes on when its reservation hands back a credit-check job (priced now, or a redelivery that finds the
 * order priced, approved or in review by its own reservation: see reserveOrdersStock; the credit check of a
 * redelivery re-collects its own notification), and when it finds the order `priced` (a job retried from the
 * dead-letter queue after its credit check failed; or an order the pricing step priced, whose finance job then
 * finds the check done). The credit check acts only on a `priced` order, so running it twice changes nothing.
 * When the credit check fails, the reservation job fails; its retry finds the order priced by its own
 * reservation and checks it again.
 */
function creditCheckNext(request: StepRequest, result: ReserveResult): boolean {
  const direct = request.direct;
  if (!direct) return false;
  const handedOn = direct.jobs.some((j) => isCreditCheckOf(j, request.orderId));
  if (!handedOn && !(result.kind === 'skipped' && result.status === 'priced')) return false;
  direct.jobs = direct.jobs.filter((j) => !isCreditCheckOf(j, request.orderId));
  return true;
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
