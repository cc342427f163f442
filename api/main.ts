import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import type { Middleware } from 'koa';
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
  const redis = createRedis(config.REDIS_URL);
  redis.on('error', (err) => log.debug({ err }, 'redis connection error'));
  const queues = createPipelineQueues({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, log });
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
  const app = createApp({
    log,
    mounts,
    errorMappings: [...orderErrorMappings, ...deadLetterErrorMappings],
    health: async () => ({
      postgres: await sql`select 1`.execute(db).then(
        () => true,
        () => false,
      ),
      redis: await Promise.race([
        redis.ping().then(
          (r) => r === 'PONG',
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref()),
      ]),
    }),
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
