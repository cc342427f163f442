import { UnrecoverableError, Worker, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../lib/logger.js';
import { parseJob, type JobContext, type WorkerHandlers, type WorkerQueueName } from '../orders/jobs.js';
import { postponeJob } from '../lib/job-postpone.js';
import { parkDeadLetter } from './bullmq-dead-letter.js';

export interface CatalogWorkerOptions {
  queue: WorkerQueueName;
  handlers: WorkerHandlers;
  connection: Redis;
  prefix: string;
  deadLetters: Queue;
  log: Logger;
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  /** Errors that no retry can fix (bad data, forbidden transitions): the job fails at once. */
  isPermanent: (err: unknown) => boolean;
  /** Errors of a fault that passes by itself (the database restarting): the job waits, no attempt is counted. */
  isUnavailable: (err: unknown) => boolean;
  /** How long a job waits before it tries again after `isUnavailable` (default 1 s). */
  unavailableDelayMs?: number;
}

/**
 * A BullMQ worker for one catalog queue: validates each payload against the job catalog (a bad payload fails at
 * once with UnrecoverableError), runs the job's handler, postpones it without counting an attempt while the
 * database is unavailable, lets BullMQ retry other errors with backoff, and parks jobs whose attempts are exhausted
 * in the dead-letter queue.
 */
export function startCatalogWorker(o: CatalogWorkerOptions): Worker {
  const handlers = o.handlers[o.queue] as Record<string, (p: unknown, c: JobContext) => Promise<void>>;
  const worker = new Worker(
    o.queue,
    async (job: Job, token?: string) => {
      const parsed = parseJob(o.queue, job.name, job.data);
      if (parsed.kind !== 'ok') throw new UnrecoverableError(parsed.message);
      const handler = handlers[job.name];
      if (!handler) throw new UnrecoverableError(`no handler for ${o.queue}/${job.name}`);
      try {
        await handler(parsed.payload, {
          jobId: String(job.id),
          attempt: job.attemptsMade + 1,
          createdAt: job.timestamp,
          redelivery: job.attemptsMade > 0 || (job.attemptsStarted ?? 0) > 1,
        });
      } catch (err) {
        if (o.isPermanent(err))
          throw new UnrecoverableError(err instanceof Error ? err.message : String(err));
        if (o.isUnavailable(err)) {
          o.log.debug({ err, queue: o.queue, jobId: job.id }, 'database unavailable: job postponed');
          await postponeJob(job, token, o.unavailableDelayMs ?? 1000);
        }
        throw err;
      }
    },
    {
      connection: o.connection,
      prefix: o.prefix,
      concurrency: o.concurrency,
      lockDuration: o.lockDuration,
      // A dead worker's locks outlive it by the lock duration less the renewal period, and a live worker's lock is
      // lost only if it cannot renew for that long: a third rather than BullMQ's half makes that margin two thirds
      // of the lock for the same time to recover.
      lockRenewTime: Math.round(o.lockDuration / 3),
      stalledInterval: o.stalledInterval,
      maxStalledCount: 3,
      autorun: true,
    },
  );
  worker.on('failed', (job, err) => {
    if (!job) return;
    const log = o.log.child({ queue: o.queue, job: job.name, jobId: job.id, attempt: job.attemptsMade });
    if (!job.finishedOn) {
      log.warn({ err }, 'job failed, will retry');
      return;
    }
    log.error({ err }, 'job failed for good, parked in dead-letter queue');
    parkDeadLetter(o.deadLetters, job, err.message).catch((e: unknown) =>
      log.error({ err: e }, 'could not park dead letter (the start-up sweep will)'),
    );
  });
  worker.on('error', (err) => o.log.error({ err, queue: o.queue }, 'worker error'));
  return worker;
}
