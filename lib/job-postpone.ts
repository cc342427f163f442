import { DelayedError, type Job } from 'bullmq';

/**
 * Puts a running job back to run again after `delayMs`, without counting an attempt: for faults that pass by
 * themselves (the database restarting), so that an outage longer than the retry schedule parks nothing in the
 * dead-letter queue and the work resumes within `delayMs` of the database coming back. Throws BullMQ's
 * DelayedError, which the worker takes as "moved, not failed"; rethrow it from the processor.
 */
export async function postponeJob(job: Job, token: string | undefined, delayMs: number): Promise<never> {
  await job.moveToDelayed(Date.now() + delayMs, token);
  throw new DelayedError();
}
