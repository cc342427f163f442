import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Logger } from '../lib/logger.js';
import type { ApprovalPolicy } from '../orders/credit.js';
import type { WorkerHandlers } from '../orders/jobs.js';
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
  return {
    stock: {
      async reserve({ orderId }, ctx) {
        const r = await reserveOrderStock(d.db, orderId, d.shortagePolicy);
        logFor('reserve', orderId, ctx.jobId).debug({ result: r }, 'stock step done');
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
        const r = await priceOrder(d.db, orderId);
        logFor('price', orderId, ctx.jobId).debug({ result: r }, 'pricing step done');
      },
    },
    finance: {
      async 'credit-check'({ orderId }, ctx) {
        const r = await creditCheckOrder(d.db, orderId, d.approvalPolicy);
        logFor('credit-check', orderId, ctx.jobId).debug({ result: r }, 'finance step done');
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
