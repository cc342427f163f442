import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { createRedis } from './bullmq-queues.js';
import { sweepStalledJobs } from './bullmq-stalled-sweep.js';

const prefix = uniquePrefix('sweep');
const LOCK_MS = 1500;
let redis: Redis;
let queue: Queue;
const workers: Worker[] = [];
const connections: Redis[] = [];

beforeAll(() => {
  redis = createRedis(testRedisUrl());
  queue = new Queue('q', { connection: redis, prefix });
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close(true)));
  for (const c of connections) c.disconnect();
  await queue.close();
  redis.disconnect();
});

/** A worker whose jobs never finish on their own (they hold until the test is over). */
function holdingWorker(ran: string[], hold = new Promise<void>(() => {})): Worker {
  const connection = createRedis(testRedisUrl());
  connections.push(connection);
  const worker = new Worker(
    'q',
    async (job: Job) => {
      ran.push(String(job.id));
      await hold;
    },
    {
      connection,
      prefix,
      lockDuration: LOCK_MS,
      // Long, so that only the sweep can hand jobs back within this test.
      stalledInterval: 60_000,
      maxStalledCount: 3,
    },
  );
  workers.push(worker);
  return worker;
}

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25));
};

const lockTtl = (jobId: string) => redis.pttl(`${prefix}:q:${jobId}:lock`);

describe('the start-up sweep of stalled jobs', () => {
  it("hands a dead worker's job back the moment its lock runs out, and leaves a live worker's job alone", async () => {
    const deadRan: string[] = [];
    const dead = holdingWorker(deadRan);
    await queue.add('j', {}, { jobId: 'of-the-dead' });
    await until(async () => deadRan.length === 1);
    // Closing without waiting stops its lock renewal and leaves the job active: a killed process, as Redis sees it.
    await dead.close(true);

    const liveRan: string[] = [];
    const live = holdingWorker(liveRan);
    await queue.add('j', {}, { jobId: 'of-the-living' });
    await until(async () => liveRan.length === 1);

    const heirRan: string[] = [];
    const heir = holdingWorker(heirRan);
    await heir.waitUntilReady();
    const started = Date.now();
    const lockLeftMs = await lockTtl('of-the-dead');
    expect(lockLeftMs).toBeGreaterThan(0);
    const moved = await sweepStalledJobs({ worker: heir, redis, lockDurationMs: LOCK_MS });
    const tookMs = Date.now() - started;
    await until(async () => heirRan.length === 1);

    expect(moved).toEqual(['of-the-dead']);
    // Back when the lock ran out (polled every 100 ms), not a lock duration later.
    expect(tookMs).toBeGreaterThanOrEqual(lockLeftMs - 50);
    expect(tookMs).toBeLessThan(Math.max(lockLeftMs, LOCK_MS / 2) + 400);
    expect(heirRan.concat(liveRan)).toEqual(['of-the-dead', 'of-the-living']);
    expect(await (await queue.getJob('of-the-living'))?.isActive()).toBe(true);
    // The stall is counted, as BullMQ's own check counts it: a job that kills its worker every time ends failed.
    expect(await redis.hget(`${prefix}:q:of-the-dead`, 'stc')).toBe('1');
    expect(live.isRunning()).toBe(true);
  });

  it('hands back at once a job whose lock ran out before the new worker started', async () => {
    const deadRan: string[] = [];
    const dead = holdingWorker(deadRan);
    await queue.add('j', {}, { jobId: 'long-dead' });
    await until(async () => deadRan.length === 1);
    await dead.close(true);
    await until(async () => (await lockTtl('long-dead')) === -2);

    const heirRan: string[] = [];
    const heir = holdingWorker(heirRan);
    await heir.waitUntilReady();
    let handedBackAt = 0;
    heir.once('stalled', () => (handedBackAt = Date.now()));
    const started = Date.now();
    const moved = await sweepStalledJobs({ worker: heir, redis, lockDurationMs: LOCK_MS });
    await until(async () => heirRan.includes('long-dead'));

    expect(moved).toEqual(['long-dead']);
    // The first look hands it back; the sweep then goes on watching the live jobs of the first case until they
    // are renewed, which does not hold the dead one up.
    expect(handedBackAt - started).toBeLessThan(250);
    expect(heirRan).toContain('long-dead');
  });
});
