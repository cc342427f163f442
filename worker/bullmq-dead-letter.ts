import type { Job, Queue } from 'bullmq';
import { DEAD_LETTER_QUEUE, DeadLetterPayload, QUEUE_NAMES, type QueueName } from '../orders/jobs.js';

/** A parked job as the api lists it. */
export interface DeadLetter extends DeadLetterPayload {
  /** Id of the entry in the dead-letter queue (`<queue>-<jobId>`). */
  id: string;
}

export class DeadLetterNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`dead letter ${id} not found`);
    this.name = 'DeadLetterNotFoundError';
  }
}

export const deadLetterId = (queue: string, jobId: string) => `${queue}-${jobId}`;

/** Parks an exhausted job (once: the entry's id is derived from the job's queue and id). */
export async function parkDeadLetter(deadLetters: Queue, job: Job, failedReason: string): Promise<void> {
  const payload: DeadLetterPayload = {
    queue: job.queueName,
    jobName: job.name,
    jobId: String(job.id),
    data: job.data,
    failedReason,
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ?? Date.now(),
  };
  await deadLetters.add(DEAD_LETTER_QUEUE, payload, {
    jobId: deadLetterId(job.queueName, String(job.id)),
    attempts: 1,
    removeOnComplete: true,
    removeOnFail: true,
  });
}

/**
 * Parks every exhausted job still in a queue's failed set: covers jobs whose worker died between failing them and
 * parking them, and jobs failed by the stalled-job checker.
 */
export async function sweepFailedJobs(queue: Queue, deadLetters: Queue, limit = 1000): Promise<number> {
  const failed = await queue.getFailed(0, limit - 1);
  for (const job of failed) await parkDeadLetter(deadLetters, job, job.failedReason ?? 'failed');
  return failed.length;
}

/** The dead-letter queue as the api sees it: list, retry, discard. */
export interface DeadLetterBox {
  list(opts?: { offset?: number; limit?: number }): Promise<{ total: number; items: DeadLetter[] }>;
  /** Puts the job back on its queue with fresh attempts and removes the entry. */
  retry(id: string): Promise<{ queue: string; jobId: string }>;
  discard(id: string): Promise<void>;
}

export function bullmqDeadLetterBox(queues: Record<QueueName, Queue>): DeadLetterBox {
  const dlq = queues[DEAD_LETTER_QUEUE];
  const entry = async (id: string) => {
    const job = await dlq.getJob(id);
    if (!job) throw new DeadLetterNotFoundError(id);
    return { job, payload: DeadLetterPayload.parse(job.data) };
  };
  return {
    async list({ offset = 0, limit = 50 } = {}) {
      const [total, jobs] = await Promise.all([
        dlq.getJobCountByTypes('waiting', 'delayed', 'prioritized'),
        dlq.getJobs(['waiting', 'delayed', 'prioritized'], offset, offset + limit - 1, true),
      ]);
      return {
        total,
        items: jobs
          .filter((j): j is Job => !!j)
          .map((j) => ({ id: String(j.id), ...DeadLetterPayload.parse(j.data) })),
      };
    },
    async retry(id) {
      const { job, payload } = await entry(id);
      if (!(QUEUE_NAMES as string[]).includes(payload.queue)) throw new DeadLetterNotFoundError(id);
      const queue = queues[payload.queue as QueueName];
      const original = await queue.getJob(payload.jobId);
      if (original && (await original.isFailed())) {
        await original.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      } else if (!original) {
        await queue.add(payload.jobName, payload.data, { jobId: payload.jobId });
      }
      await job.remove();
      return { queue: payload.queue, jobId: payload.jobId };
    },
    async discard(id) {
      const { job } = await entry(id);
      await job.remove();
    },
  };
}
