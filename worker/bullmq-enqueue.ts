import type { Queue } from 'bullmq';
import type { PipelineJob, QueueName } from '../orders/jobs.js';

/**
 * Adds pipeline jobs to their BullMQ queues, one `addBulk` per queue, each with its deterministic id: BullMQ does not
 * add a job whose id exists, so adding the same jobs again (a retried step) adds nothing.
 */
export function bullmqEnqueue(queues: Record<QueueName, Queue>) {
  return async (jobs: readonly PipelineJob[]): Promise<void> => {
    if (jobs.length === 0) return;
    const byQueue = new Map<QueueName, PipelineJob[]>();
    for (const j of jobs) byQueue.set(j.queue, [...(byQueue.get(j.queue) ?? []), j]);
    await Promise.all(
      [...byQueue].map(([q, list]) =>
        queues[q].addBulk(list.map((j) => ({ name: j.name, data: j.payload, opts: { jobId: j.jobId } }))),
      ),
    );
  };
}
