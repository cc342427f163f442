import type { Queue } from 'bullmq';
import type { OutboxPublisher, OutboxRow } from '../orders/outbox-relay.js';
import { QUEUE_NAMES, type QueueName } from '../orders/jobs.js';

/** Thrown when Redis does not answer in time; the relay retries the batch later. */
export class PublishTimeoutError extends Error {
  constructor(ms: number) {
    super(`publishing to BullMQ took longer than ${ms} ms`);
    this.name = 'PublishTimeoutError';
  }
}

/**
 * Publishes outbox rows as BullMQ jobs with the row's job id: BullMQ ignores an add whose id exists, so a row
 * published twice (relay crash before marking it) still gives one job.
 */
export function bullmqOutboxPublisher(queues: Record<QueueName, Queue>, timeoutMs = 5000): OutboxPublisher {
  return {
    async publish(rows: OutboxRow[]) {
      const byQueue = new Map<QueueName, OutboxRow[]>();
      for (const r of rows) {
        if (!(QUEUE_NAMES as string[]).includes(r.queue))
          throw new Error(`outbox row ${r.id}: unknown queue ${r.queue}`);
        const q = r.queue as QueueName;
        byQueue.set(q, [...(byQueue.get(q) ?? []), r]);
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PublishTimeoutError(timeoutMs)), timeoutMs);
      });
      try {
        await Promise.race([
          Promise.all(
            [...byQueue].map(([q, list]) =>
              queues[q].addBulk(
                list.map((r) => ({ name: r.jobName, data: r.payload, opts: { jobId: r.jobId } })),
              ),
            ),
          ),
          timeout,
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
