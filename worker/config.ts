import { z } from 'zod';
import { common } from '../lib/config.js';

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/** The worker process's configuration; parse it once at start with `parseConfig(WorkerConfig, process.env)`. */
export const WorkerConfig = z.object({
  NODE_ENV: common.NODE_ENV,
  LOG_LEVEL: common.LOG_LEVEL,
  DATABASE_URL: common.DATABASE_URL,
  REDIS_URL: common.REDIS_URL,
  QUEUE_PREFIX: common.QUEUE_PREFIX,
  /** `partial`: reserve what is there and record the shortage; `all_or_nothing`: cancel short orders. */
  SHORTAGE_POLICY: z.enum(['partial', 'all_or_nothing']).default('partial'),
  /** Jobs each queue's worker runs at once (the stock queue's twice as many: its jobs go on to the credit check). */
  WORKER_CONCURRENCY: int(16, 1),
  /** Most orders one batched step statement carries (jobs of a step running at once share statements). */
  STEP_BATCH_MAX: int(50, 1),
  /** Batched statements of one step running at once per process; jobs arriving meanwhile join the next batch. */
  STEP_BATCHES_IN_FLIGHT: int(2, 1),
  /** PostgreSQL pool size of the worker process. */
  DB_POOL_MAX: int(24, 2),
  /** Attempts before a job goes to the dead-letter queue. */
  JOB_ATTEMPTS: int(8, 1),
  /** First retry delay; doubles on every attempt. */
  JOB_BACKOFF_MS: int(500),
  /**
   * A job whose worker stops renewing its lock for this long (the process died) runs again: a worker that starts
   * hands such jobs back the moment their locks run out (worker/bullmq-stalled-sweep.ts), so after a crash and a
   * restart the jobs run again at most this long after the crash. Locks are renewed every third of it; an event
   * loop blocked for two thirds of it would let a job run twice, which the steps' guards make harmless.
   */
  JOB_LOCK_MS: int(3_000, 1000),
  /** How often each worker looks for jobs whose lock ran out (a worker died while others keep running). */
  STALLED_CHECK_MS: int(2_000, 500),
  OUTBOX_BATCH: int(500, 1),
  /** After an outbox notification, gather rows this long before publishing them as one batch. */
  OUTBOX_GATHER_MS: int(2),
  /** Safety-net poll of the outbox when no PostgreSQL notification arrives. */
  OUTBOX_POLL_MS: int(1000, 10),
});
export type WorkerConfig = z.infer<typeof WorkerConfig>;
