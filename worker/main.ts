import type { Worker } from 'bullmq';
import { createDb } from '../db/pg-database.js';
import { isDatabaseUnavailable } from '../db/pg-errors.js';
import type { Logger } from '../lib/logger.js';
import { startHeartbeat } from '../lib/redis-heartbeat.js';
import { stopInSteps } from '../lib/stop-steps.js';
import { DEAD_LETTER_QUEUE, WORKER_QUEUES, type WorkerHandlers } from '../orders/jobs.js';
import { startOutboxRelay } from '../orders/outbox-relay.js';
import { pgOutboxStore } from '../orders/pg-outbox.js';
import { sweepFailedJobs } from './bullmq-dead-letter.js';
import { sweepStalledJobs } from './bullmq-stalled-sweep.js';
import { bullmqEnqueue } from './bullmq-enqueue.js';
import { bullmqOutboxPublisher } from './bullmq-outbox-publisher.js';
import { createPipelineQueues, createRedis } from './bullmq-queues.js';
import { startCatalogWorker } from './bullmq-workers.js';
import type { WorkerConfig } from './config.js';
import { pgOutboxWake } from './pg-outbox-wake.js';
import { isPermanentError, pipelineHandlers, type ProcessorDeps } from './processors.js';

export interface RunningWorker {
  /** Stops taking jobs, lets running ones finish, stops the relay and closes every connection. */
  stop(): Promise<void>;
}

export interface WorkerOverrides {
  /** Replace handlers (tests inject faults through this); defaults to the pipeline's. */
  handlers?: (defaults: WorkerHandlers) => WorkerHandlers;
  /** Wrap the post-commit enqueue of the steps' follow-up jobs (tests inject a crash window through this). */
  enqueue?: (real: ProcessorDeps['enqueue']) => ProcessorDeps['enqueue'];
}

/**
 * The worker process: the outbox relay (PostgreSQL → BullMQ) and one BullMQ worker per pipeline queue (stock,
 * pricing, finance). Several worker processes may run side by side.
 */
export async function startWorker(
  config: WorkerConfig,
  log: Logger,
  overrides: WorkerOverrides = {},
): Promise<RunningWorker> {
  const db = createDb({
    url: config.DATABASE_URL,
    max: config.DB_POOL_MAX,
    prepare: true,
    keyLookups: true,
    onIdleError: (err) => log.warn({ err }, 'database connection lost'),
  });
  const settings = {
    redisUrl: config.REDIS_URL,
    prefix: config.QUEUE_PREFIX,
    attempts: config.JOB_ATTEMPTS,
    backoffMs: config.JOB_BACKOFF_MS,
    log,
  };
  const producer = createPipelineQueues({ ...settings, failFast: true });
  const admin = createPipelineQueues(settings);
  const wake = pgOutboxWake(config.DATABASE_URL, log);
  const relay = startOutboxRelay({
    store: pgOutboxStore(db),
    publisher: bullmqOutboxPublisher(producer.queues),
    wake,
    log: log.child({ component: 'outbox-relay' }),
    batchSize: config.OUTBOX_BATCH,
    pollMs: config.OUTBOX_POLL_MS,
    gatherMs: config.OUTBOX_GATHER_MS,
  });
  const defaults = pipelineHandlers({
    db,
    log,
    shortagePolicy: config.SHORTAGE_POLICY,
    batching: { maxSize: config.STEP_BATCH_MAX, maxInFlight: config.STEP_BATCHES_IN_FLIGHT },
    enqueue: overrides.enqueue
      ? overrides.enqueue(bullmqEnqueue(producer.queues))
      : bullmqEnqueue(producer.queues),
  });
  const handlers = overrides.handlers ? overrides.handlers(defaults) : defaults;
  const connection = createRedis(config.REDIS_URL);
  connection.on('error', (err) => log.debug({ err }, 'redis connection error'));
  const workers: Worker[] = WORKER_QUEUES.map((queue) =>
    startCatalogWorker({
      queue,
      handlers,
      connection,
      prefix: config.QUEUE_PREFIX,
      deadLetters: admin.queues[DEAD_LETTER_QUEUE],
      log,
      // A reservation job goes on to its order's credit check (worker/processors.ts): the stock queue runs twice the
      // jobs at once, so that each of the two steps has as many orders to batch as a queue of its own would.
      concurrency: queue === 'stock' ? 2 * config.WORKER_CONCURRENCY : config.WORKER_CONCURRENCY,
      lockDuration: config.JOB_LOCK_MS,
      stalledInterval: config.STALLED_CHECK_MS,
      isPermanent: isPermanentError,
      isUnavailable: isDatabaseUnavailable,
    }),
  );
  const heartbeat = startHeartbeat({ redis: connection, prefix: config.QUEUE_PREFIX, part: 'worker' });
  for (const worker of workers) {
    worker.on('completed', () => heartbeat.jobDone());
    worker.on('failed', () => heartbeat.jobDone());
  }
  for (const queue of WORKER_QUEUES) {
    sweepFailedJobs(admin.queues[queue], admin.queues[DEAD_LETTER_QUEUE]).catch((err: unknown) =>
      log.warn({ err, queue }, 'dead-letter sweep failed'),
    );
  }
  // Jobs a dead worker process held run again as soon as their locks run out (at most JOB_LOCK_MS after its death).
  const stopping = new AbortController();
  const sweeps = workers.map(async (worker) => {
    try {
      await worker.waitUntilReady();
      const moved = await sweepStalledJobs({
        worker,
        redis: connection,
        lockDurationMs: config.JOB_LOCK_MS,
        signal: stopping.signal,
      });
      if (moved.length > 0)
        log.warn({ queue: worker.name, jobs: moved.length }, 'jobs of a stopped worker handed back');
    } catch (err) {
      log.warn({ err, queue: worker.name }, 'stalled-job sweep failed (the periodic check will do it)');
    }
  });
  log.info({ queues: WORKER_QUEUES, prefix: config.QUEUE_PREFIX }, 'worker started');
  return {
    async stop() {
      stopping.abort();
      await stopInSteps(log, [
        ['stalled-job sweeps', () => Promise.all(sweeps)],
        ...workers.map((w) => [`${w.name} worker close`, () => w.close()] as const),
        ['heartbeat', () => heartbeat.stop()],
        ['outbox relay', () => relay.stop()],
        ['outbox wake', () => wake.close()],
        ['queue connections', () => Promise.all([producer.close(), admin.close()])],
        ['worker connection', () => connection.disconnect()],
        ['database pool', () => db.destroy()],
      ]);
      log.info('worker stopped');
    },
  };
}
