import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import { readHeartbeats } from '../lib/redis-heartbeat.js';
import type { HealthReadings } from './system-health.js';

export interface HealthProbeDeps {
  db: Db;
  redis: Redis;
  /** QUEUE_PREFIX. */
  prefix: string;
  /** The worker's queues (stock, pricing, finance). */
  workerQueues: Queue[];
  notifyQueue: Queue;
  /** Longest a probe may take; a store that does not answer within it counts as down. */
  timeoutMs?: number;
}

function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  return Promise.race([
    work.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref()),
  ]);
}

/** Reads what `/healthz` judges, every probe at once and none longer than the timeout. */
export function healthProbes(d: HealthProbeDeps): () => Promise<HealthReadings> {
  const ms = d.timeoutMs ?? 1000;
  const waiting = async (queues: Queue[]) =>
    (await Promise.all(queues.map((q) => q.getWaitingCount()))).reduce((a, b) => a + b, 0);
  return async () => {
    const [postgres, lag, redis, workers, bots, workerBacklog, notifyBacklog] = await Promise.all([
      within(
        ms,
        sql`select 1`.execute(d.db).then(() => true),
      ),
      within(
        ms,
        sql<{ lag: number }>`
          select coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as lag
          from outbox where published_at is null`
          .execute(d.db)
          .then((r) => Number(r.rows[0]?.lag ?? 0)),
      ),
      within(
        ms,
        d.redis.ping().then((r) => r === 'PONG'),
      ),
      within(ms, readHeartbeats(d.redis, d.prefix, 'worker')),
      within(ms, readHeartbeats(d.redis, d.prefix, 'bot')),
      within(ms, waiting(d.workerQueues)),
      within(ms, waiting([d.notifyQueue])),
    ]);
    return {
      postgres: postgres === true,
      redis: redis === true,
      ...(workers && { workers }),
      ...(bots && { bots }),
      ...(lag !== undefined && { outboxLagSeconds: lag }),
      ...(workerBacklog !== undefined && { workerBacklog }),
      ...(notifyBacklog !== undefined && { notifyBacklog }),
    };
  };
}
