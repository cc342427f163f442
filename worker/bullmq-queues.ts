import { Queue, type DefaultJobOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { QUEUE_NAMES, type QueueName } from '../orders/jobs.js';
import type { Logger } from '../lib/logger.js';

export interface QueueSettings {
  redisUrl: string;
  /** QUEUE_PREFIX: every BullMQ key starts with it. */
  prefix: string;
  attempts?: number;
  backoffMs?: number;
}

/**
 * Retry with exponential backoff. Completed jobs are kept an hour (at most 20,000 per queue): BullMQ ignores an add
 * whose id exists, so this is the window in which a republished outbox row is dropped; relays republish within
 * seconds, and the processors are idempotent beyond it anyway. Failed jobs stay two weeks for people to look at.
 */
export function defaultJobOptions(s: { attempts?: number; backoffMs?: number }): DefaultJobOptions {
  return {
    attempts: s.attempts ?? 8,
    backoff: { type: 'exponential', delay: s.backoffMs ?? 500 },
    removeOnComplete: { age: 3600, count: 20_000 },
    removeOnFail: { age: 14 * 24 * 3600 },
  };
}

/** An ioredis connection as BullMQ workers need it (commands wait for reconnection instead of failing). */
export function createRedis(url: string, opts: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, ...opts });
}

export interface PipelineQueues {
  queues: Record<QueueName, Queue>;
  close(): Promise<void>;
}

/**
 * One BullMQ Queue per catalog queue, for producers, the api (Bull Board, dead letters) and the relay. Pass
 * `failFast` for producers that must notice a Redis outage (the relay): commands then fail at once while Redis is
 * unreachable instead of waiting for it.
 */
export function createPipelineQueues(
  s: QueueSettings & { log?: Logger; failFast?: boolean },
): PipelineQueues {
  const connection = createRedis(
    s.redisUrl,
    s.failFast ? { maxRetriesPerRequest: 1, enableOfflineQueue: false } : {},
  );
  connection.on('error', (err) => s.log?.debug({ err }, 'redis connection error'));
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => {
      const q = new Queue(name, {
        connection,
        prefix: s.prefix,
        defaultJobOptions: defaultJobOptions(s),
      });
      q.on('error', (err) => s.log?.warn({ err, queue: name }, 'queue error'));
      return [name, q];
    }),
  ) as Record<QueueName, Queue>;
  return {
    queues,
    async close() {
      await Promise.all(Object.values(queues).map((q) => q.close()));
      connection.disconnect();
    },
  };
}
