import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';

/** The stalled-job check of a BullMQ worker (BullMQ 6 declares it private; it is what its own timer calls). */
interface StalledCheck {
  moveStalledJobsToWait(): Promise<void>;
}

export interface StalledSweepOptions {
  worker: Worker;
  /** A connection to the worker's Redis, for the lock times. */
  redis: Redis;
  /** Ends the wait early (the worker is stopping); the sweep then moves nothing. */
  signal?: AbortSignal;
  /** Margin after the last lock seen must have been renewed; default 250 ms. */
  marginMs?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Hands the jobs of a worker process that died back to the queue as soon as their locks show it is gone, instead
 * of at the stalled checker's next rounds: run once when a worker starts (a restarted process is the usual heir of
 * a dead one).
 *
 * It uses BullMQ's own stalled-job check, twice. The first run marks every active job as possibly stalled. Every
 * live worker renews its locks at least once per half lock duration, which removes its jobs from that mark; the
 * sweep reads the longest time left on any active job's lock and runs the check again once it has passed. Jobs
 * still marked then had their lock run out without renewal: their worker is dead, and the check moves them back to
 * wait (counting a stall against `maxStalledCount`, so a job that kills its worker every time still ends up failed
 * rather than looping). A job held by a live worker is never moved, whoever holds it.
 *
 * So a dead worker's jobs run again at most one lock duration after it died, and at most the time left on its
 * locks after this sweep starts. The check's guard key (one check per stalled interval per queue) is cleared
 * before each run; that lets other workers' periodic checks run early, which is harmless.
 *
 * @returns the ids of the jobs moved back to wait.
 */
export async function sweepStalledJobs(o: StalledSweepOptions): Promise<string[]> {
  const { worker, redis } = o;
  const moved: string[] = [];
  const onStalled = (jobId: string) => moved.push(jobId);
  worker.on('stalled', onStalled);
  try {
    const check = async () => {
      await redis.del(worker.keys['stalled-check'] as string);
      await (worker as unknown as StalledCheck).moveStalledJobsToWait();
    };
    await check();
    const active = await redis.lrange(worker.keys.active as string, 0, -1);
    if (active.length === 0 || o.signal?.aborted) return moved;
    const pipeline = redis.pipeline();
    for (const id of active) pipeline.pttl(worker.toKey(`${id}:lock`));
    const ttls = ((await pipeline.exec()) ?? []).map(([, ttl]) => Number(ttl));
    const longest = Math.max(0, ...ttls);
    await sleep(longest + (o.marginMs ?? 250), o.signal);
    if (o.signal?.aborted) return moved;
    await check();
    return moved;
  } finally {
    worker.off('stalled', onStalled);
  }
}
