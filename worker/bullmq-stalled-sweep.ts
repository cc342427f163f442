import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';

/** The stalled-job check of a BullMQ worker (BullMQ 6 declares it private; it is what its own timer calls). */
interface StalledCheck {
  moveStalledJobsToWait(): Promise<void>;
}

export interface StalledSweepOptions {
  worker: Worker;
  /** A connection to the worker's Redis, for the locks. */
  redis: Redis;
  /** The workers' lock duration: no lock of a dead worker outlives it. */
  lockDurationMs: number;
  /** Ends the watch early (the worker is stopping); jobs not yet handed back are left to the periodic check. */
  signal?: AbortSignal;
  /** How often the locks are looked at; default 100 ms. */
  pollMs?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** What the sweep last saw of one job's lock. */
interface Watched {
  token: string;
  ttlMs: number;
}

/**
 * Hands the jobs of a worker process that died back to the queue the moment their locks run out, instead of at
 * the stalled checker's next rounds: run once when a worker starts (a restarted process is the usual heir of a
 * dead one).
 *
 * A BullMQ job becomes active and gets its lock (a Redis key `<job>:lock` holding the worker's token, with a time
 * to live of the lock duration) in one script, and its worker renews the lock while the job runs. So an active job
 * whose lock key is gone belongs to a worker that stopped renewing it: dead, or blocked longer than the lock
 * duration (BullMQ's own definition of a stalled job). The sweep takes the jobs active when it starts (a dead
 * worker takes no new ones) and watches their locks: a job whose lock is gone is handed back at once; a job whose
 * lock was renewed (its time to live went up) or taken by another token has a live worker and is left alone, as
 * are the jobs this worker itself took meanwhile. The watch ends when every job is decided, or after one lock
 * duration, when every lock of a dead worker has run out.
 *
 * Handing back goes through BullMQ's own stalled-job check: the sweep marks the jobs whose lock it saw gone as
 * possibly stalled and runs the check, which moves a marked job back to wait only if its lock is still missing
 * (checked inside its script, so a job another worker took meanwhile stays with it), counting a stall against
 * `maxStalledCount` (a job that kills its worker every time still ends up failed rather than looping). BullMQ's
 * periodic check would do the same one or two intervals later, marking first and moving at its next round. The
 * check's guard key (one check per stalled interval per queue) is cleared before each run; that lets other
 * workers' periodic checks run early, which is harmless.
 *
 * So after a crash a new worker runs the dead worker's jobs again when their locks run out: at most one lock
 * duration after the death, and at once if that has passed before the new worker started.
 *
 * @returns the ids of the jobs moved back to wait.
 */
export async function sweepStalledJobs(o: StalledSweepOptions): Promise<string[]> {
  const { worker, redis } = o;
  const pollMs = o.pollMs ?? 100;
  const ownTokens = `${worker.id}:`;
  const moved: string[] = [];
  const onStalled = (jobId: string) => moved.push(jobId);
  worker.on('stalled', onStalled);
  try {
    const deadline = Date.now() + o.lockDurationMs + pollMs;
    const watched = new Map<string, Watched | undefined>(
      (await redis.lrange(worker.keys.active as string, 0, -1)).map((id) => [id, undefined]),
    );
    while (watched.size > 0 && !o.signal?.aborted) {
      const ids = [...watched.keys()];
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.get(worker.toKey(`${id}:lock`)).pttl(worker.toKey(`${id}:lock`));
      const replies = (await pipeline.exec()) ?? [];
      const lockless: string[] = [];
      ids.forEach((id, i) => {
        const token = replies[2 * i]?.[1] as string | null;
        const ttlMs = Number(replies[2 * i + 1]?.[1]);
        const before = watched.get(id);
        if (token === null || ttlMs === -2) {
          lockless.push(id);
          watched.delete(id);
        } else if (
          token.startsWith(ownTokens) ||
          (before && (token !== before.token || ttlMs > before.ttlMs))
        )
          watched.delete(id);
        else watched.set(id, { token, ttlMs });
      });
      if (lockless.length > 0) {
        // A job that finished meanwhile has no lock either; it is no longer active, and the check skips it.
        await redis.sadd(worker.keys.stalled as string, ...lockless);
        await redis.del(worker.keys['stalled-check'] as string);
        await (worker as unknown as StalledCheck).moveStalledJobsToWait();
      }
      if (watched.size === 0 || Date.now() > deadline) break;
      const soonest = Math.min(...[...watched.values()].map((w) => w?.ttlMs ?? pollMs));
      await sleep(Math.max(10, Math.min(pollMs, soonest + 5)), o.signal);
    }
    return moved;
  } finally {
    worker.off('stalled', onStalled);
  }
}
