import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Context, Middleware } from 'koa';
import { createDb } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import { bullmqDeadLetterBox } from '../worker/bullmq-dead-letter.js';
import { createPipelineQueues, createRedis } from '../worker/bullmq-queues.js';
import { createApp } from './app.js';
import { mountChat } from './chat-routes.js';
import { conversationOptions } from '../bot/config.js';
import type { ApiConfig } from './config.js';
import { deadLetterErrorMappings, deadLetterRoutes } from './dead-letter-routes.js';
import { orderErrorMappings, orderRoutes } from './order-routes.js';
import { queuesBoard } from './queues-board.js';
import { healthProbes } from './health-probes.js';
import { pgIdempotencyStore } from './pg-idempotency-store.js';
import { judgeHealth } from './system-health.js';
import { WORKER_QUEUES } from '../orders/jobs.js';

/** Whose Idempotency-Keys a request's are: its credentials, never shown. */
function callerScope(ctx: Context): string {
  const credentials = ctx.get('authorization') || 'anonymous';
  return createHash('sha256').update(credentials).digest('base64url').slice(0, 22);
}

/** Waits for the first connection to Redis (commands are not queued while there is none). */
async function untilReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
}

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/**
 * Wires the api process: PostgreSQL, Redis, the back-office routes (orders, dead letters, Bull Board) behind admin
 * authentication, and the web chat at `/chat`. Returns once it listens.
 */
export async function startApi(config: ApiConfig, log: Logger): Promise<RunningApi> {
  const db = createDb({
    url: config.DATABASE_URL,
    onIdleError: (err) => log.warn({ err }, 'idle database connection failed'),
  });
  // Requests fail fast while Redis is down (503), and nothing is queued to run when it returns: a client told that
  // its message failed must not find it applied later.
  const redis = createRedis(config.REDIS_URL, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: config.REDIS_COMMAND_TIMEOUT_MS,
  });
  redis.on('error', (err) => log.debug({ err }, 'redis connection error'));
  await untilReady(redis);
  const queues = createPipelineQueues({
    redisUrl: config.REDIS_URL,
    prefix: config.QUEUE_PREFIX,
    log,
    failFast: true,
  });
  const auth = { user: config.ADMIN_USER, password: config.ADMIN_PASSWORD };
  const chat = await mountChat({
    db,
    redis,
    prefix: config.QUEUE_PREFIX,
    log,
    ...conversationOptions(config),
  });
  const mounts: Middleware[] = [
    chat.middleware,
    orderRoutes({ db, auth }),
    deadLetterRoutes({ box: bullmqDeadLetterBox(queues.queues), auth }),
    queuesBoard({ queues: Object.values(queues.queues), auth }),
  ];
  const readHealth = healthProbes({
    db,
    redis,
    prefix: config.QUEUE_PREFIX,
    workerQueues: WORKER_QUEUES.map((name) => queues.queues[name]),
    notifyQueue: queues.queues.notify,
  });
  const app = createApp({
    log,
    mounts,
    errorMappings: [...orderErrorMappings, ...deadLetterErrorMappings],
    idempotency: { store: pgIdempotencyStore(db), scopeOf: callerScope },
    health: async () => judgeHealth(await readHealth(), Date.now()),
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.API_PORT, config.API_HOST, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.API_HOST}:${port}`;
  log.info({ url }, 'api listening');
  return {
    url,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      chat.stop();
      await queues.close();
      redis.disconnect();
      await db.destroy();
    },
  };
}
