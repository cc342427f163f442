import type { Logger } from '../lib/logger.js';

/** One unpublished outbox row. */
export interface OutboxRow {
  id: number;
  queue: string;
  jobName: string;
  jobId: string;
  payload: unknown;
}

/** Where outbox rows are kept (PostgreSQL: pg-outbox.ts). */
export interface OutboxStore {
  /**
   * Claims up to `limit` unpublished rows, calls `publish` with them and marks them published when it returns.
   * When `publish` throws, nothing is marked and the error propagates. Returns the number of rows published.
   */
  publishBatch(limit: number, publish: (rows: OutboxRow[]) => Promise<void>): Promise<number>;
  /** Records a failed attempt on waiting rows (for operators); may fail itself. */
  recordFailure(error: string): Promise<void>;
  pending(): Promise<number>;
}

/** Where rows go (BullMQ: worker/bullmq-outbox-publisher.ts). Publishing a row twice must add one job. */
export interface OutboxPublisher {
  publish(rows: OutboxRow[]): Promise<void>;
}

/** Tells the relay that rows may be waiting (PostgreSQL LISTEN), or just lets time pass. */
export interface WakeSignal {
  /** Resolves when woken or after `ms`, whichever comes first. */
  wait(ms: number): Promise<void>;
}

export interface OutboxRelayOptions {
  store: OutboxStore;
  publisher: OutboxPublisher;
  wake: WakeSignal;
  log: Logger;
  batchSize?: number;
  /** Longest sleep without a wake-up, a safety net for lost notifications. */
  pollMs?: number;
  /**
   * After a wake-up, wait this long before claiming rows, so that a busy system publishes in batches rather than
   * one transaction's rows at a time. Adds at most this much latency per hop.
   */
  gatherMs?: number;
  /** First retry delay after a failure; doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface OutboxRelay {
  /** Resolves when the loop has finished its current batch and stopped. */
  stop(): Promise<void>;
  /** Rows published since start. */
  published(): number;
}

/**
 * Moves outbox rows to the queue backend until stopped: drains in batches while rows are waiting, sleeps until
 * woken when none are, and backs off exponentially while the backend or the database fails. Delivery is
 * at-least-once (a crash after publishing and before marking publishes again); the publisher's deterministic
 * job ids make that exactly-once in the queue.
 */
export function startOutboxRelay(opts: OutboxRelayOptions): OutboxRelay {
  const batchSize = opts.batchSize ?? 500;
  const pollMs = opts.pollMs ?? 1000;
  const backoffMs = opts.backoffMs ?? 200;
  const gatherMs = opts.gatherMs ?? 0;
  const maxBackoffMs = opts.maxBackoffMs ?? 10_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let stopping = false;
  let published = 0;
  let interrupt = () => {};
  const stopped = new Promise<void>((resolve) => (interrupt = resolve));

  const loop = async () => {
    let failures = 0;
    while (!stopping) {
      try {
        const n = await opts.store.publishBatch(batchSize, (rows) => opts.publisher.publish(rows));
        published += n;
        if (failures > 0) opts.log.info({ failures }, 'outbox relay recovered');
        failures = 0;
        if (n < batchSize && !stopping) {
          await Promise.race([opts.wake.wait(pollMs), stopped]);
          if (gatherMs > 0 && !stopping) await Promise.race([sleep(gatherMs), stopped]);
        }
      } catch (err) {
        failures++;
        const delay = Math.min(maxBackoffMs, backoffMs * 2 ** Math.min(failures - 1, 16));
        opts.log.warn({ err, failures, delayMs: delay }, 'outbox relay failed, retrying');
        await opts.store.recordFailure(String(err)).catch(() => undefined);
        // A wake-up (the listener reconnected: the database is back) ends the backoff early.
        if (!stopping) await Promise.race([sleep(delay), opts.wake.wait(delay), stopped]);
      }
    }
  };
  const done = loop();
  return {
    async stop() {
      stopping = true;
      interrupt();
      await done;
    },
    published: () => published,
  };
}
