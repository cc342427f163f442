import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Context } from 'koa';
import { hashPassword } from '../auth/argon2-passwords.js';
import { signCustomerLink } from '../auth/customer-link.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { ensureAdminAccount } from '../auth/pg-staff-accounts.js';
import { createRedisLoginLimiter } from '../auth/redis-login-limiter.js';
import { conversationOptions } from '../bot/config.js';
import { pgCatalogChanges } from '../bot/pg-catalog-changes.js';
import { createDb, type Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import { WORKER_QUEUES } from '../orders/jobs.js';
import { bullmqDeadLetterBox } from '../worker/bullmq-dead-letter.js';
import { createPipelineQueues, createRedis } from '../worker/bullmq-queues.js';
import { adminOperations, deadLetterErrorMappings } from './admin-operations.js';
import { adminPages } from './admin-pages.js';
import { createApp } from './app.js';
import { authOperations } from './auth-operations.js';
import { catalogOperations } from './catalog-operations.js';
import { mountChat, type DemoAccounts } from './chat-routes.js';
import type { ApiConfig } from './config.js';
import { customerOperations } from './customer-operations.js';
import { dashboardOperations } from './dashboard-operations.js';
import { deskOrderOperations } from './desk-order-operations.js';
import { healthProbes } from './health-probes.js';
import { liveRoutes } from './live-routes.js';
import { openApiRoutes } from './openapi.js';
import { siteOrigin } from './operations.js';
import { financeOperations } from './finance-operations.js';
import { fontAt } from '../finance/pdfkit-customer-statement.js';
import { orderErrorMappings, orderOperations } from './order-operations.js';
import { orderPictureOperations } from './picture-operations.js';
import { createThreadedPictureReader } from '../reader/threaded-picture-reader.js';
import { peopleOperations } from './people-operations.js';
import { settingsOperations } from './settings-operations.js';
import { warehouseErrorMappings, warehouseOperations } from './warehouse-operations.js';
import { pgIdempotencyStore } from './pg-idempotency-store.js';
import { pgLiveSource } from './pg-live-listener.js';
import { queuesBoard } from './queues-board.js';
import { wecomConfig } from '../bot/wecom-config.js';
import { wecomCallbackMounts } from './wecom-callback-routes.js';
import type { SessionSettings } from './session-middleware.js';
import { judgeHealth } from './system-health.js';

const HOUR = 3600_000;

/** Waits for the first connection to Redis (commands are not queued while there is none). */
async function untilReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
}

/** The cookie-signing key, derived from APP_SECRET so it never equals the key that signs customer links. */
const cookieKey = (secret: string) =>
  createHmac('sha256', secret).update('session-cookie').digest('base64url');

/** The demo shop's people for the chat page's sign-in panel: staff ids with the demo password, customer links. */
function demoAccounts(db: Db, secret: string, publicUrl: string | undefined) {
  return async (ctx: Context): Promise<DemoAccounts> => {
    const [staff, customers] = await Promise.all([
      db
        .selectFrom('staff')
        .select(['id', 'name', 'roles'])
        .where('active', '=', true)
        .orderBy('id')
        .execute(),
      db.selectFrom('customers').select(['id', 'name', 'link_version']).orderBy('id').limit(20).execute(),
    ]);
    const origin = publicUrl ?? siteOrigin(ctx);
    return {
      password: DEMO_PASSWORD,
      staff,
      customers: customers.map((c) => ({
        id: c.id,
        name: c.name,
        url: `${origin}/chat/c/${signCustomerLink(secret, { customerId: c.id, version: c.link_version })}`,
      })),
    };
  };
}

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/**
 * Wires the api process: PostgreSQL, Redis, sessions, the operations of the route table (auth, orders, customers,
 * staff, audit, dead letters, chat), the chat pages, Bull Board and the OpenAPI document. Returns once it listens.
 */
export async function startApi(config: ApiConfig, log: Logger): Promise<RunningApi> {
  const wecom = wecomConfig(config);
  const db = createDb({
    url: config.DATABASE_URL,
    onIdleError: (err) => log.warn({ err }, 'database connection failed'),
  });
  if (config.ADMIN_PASSWORD) {
    const password = config.ADMIN_PASSWORD;
    if (await ensureAdminAccount(db, () => hashPassword(password))) log.info('admin account password set');
  }
  // Requests fail fast while Redis is down (503), and nothing is queued to run when it returns: a client told that
  // its message failed must not find it applied later. Auto-pipelining: the session, CSRF, chat session and history
  // commands of requests in flight together go out in one write per tick instead of one each.
  const redis = createRedis(config.REDIS_URL, {
    enableAutoPipelining: true,
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
  const publicUrl = config.PUBLIC_URL?.replace(/\/+$/, '');
  const changes = pgCatalogChanges(config.DATABASE_URL, log);
  const pictureReader = createThreadedPictureReader({ log: log.child({ part: 'pictures' }) });
  const chat = await mountChat({
    db,
    redis,
    changes,
    pictureReader,
    prefix: config.QUEUE_PREFIX,
    log,
    ...conversationOptions(config),
    ...(config.DEMO_LOGINS === 'on' && { demoAccounts: demoAccounts(db, config.APP_SECRET, publicUrl) }),
  });
  const sessions: SessionSettings = {
    redis,
    prefix: config.QUEUE_PREFIX,
    db,
    secure: config.COOKIE_SECURE,
    staffIdleMs: config.STAFF_SESSION_IDLE_HOURS * HOUR,
    staffAbsoluteMs: config.STAFF_SESSION_MAX_HOURS * HOUR,
    customerIdleMs: config.CUSTOMER_SESSION_IDLE_HOURS * HOUR,
    customerAbsoluteMs: config.CUSTOMER_SESSION_MAX_HOURS * HOUR,
  };
  const operations = [
    ...authOperations({
      db,
      limiter: createRedisLoginLimiter(redis, config.QUEUE_PREFIX),
      secret: config.APP_SECRET,
      sessions,
    }),
    ...chat.operations,
    ...orderOperations(db),
    ...orderPictureOperations(db),
    ...warehouseOperations(db),
    ...settingsOperations(db),
    ...peopleOperations({ db, secret: config.APP_SECRET, ...(publicUrl && { publicUrl }) }),
    ...adminOperations({ db, deadLetters: bullmqDeadLetterBox(queues.queues) }),
    ...customerOperations({ db }),
    ...deskOrderOperations({ db, service: chat.service }),
    ...catalogOperations({ db, log }),
    ...dashboardOperations({ db }),
    ...financeOperations({ db, secret: config.APP_SECRET, font: fontAt(config.STATEMENT_FONT), publicUrl }),
  ];
  const live = pgLiveSource(config.DATABASE_URL, log);
  const readHealth = healthProbes({
    db,
    redis,
    prefix: config.QUEUE_PREFIX,
    workerQueues: WORKER_QUEUES.map((name) => queues.queues[name]),
    notifyQueue: queues.queues.notify,
  });
  const app = createApp({
    log,
    keys: [cookieKey(config.APP_SECRET)],
    sessions,
    ...(publicUrl && { origin: new URL(publicUrl).origin }),
    https: config.COOKIE_SECURE,
    operations,
    mounts: [
      chat.pages,
      queuesBoard({ queues: Object.values(queues.queues) }),
      openApiRoutes(operations),
      ...(await wecomCallbackMounts({ config: wecom.callback, db, redis, prefix: config.QUEUE_PREFIX, log })),
      liveRoutes({ db, source: live }),
      adminPages(),
    ],
    errorMappings: [...orderErrorMappings, ...warehouseErrorMappings, ...deadLetterErrorMappings],
    idempotency: { store: pgIdempotencyStore(db) },
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
      await live.close();
      await chat.stop();
      await pictureReader.close();
      await changes.close();
      await queues.close();
      redis.disconnect();
      await db.destroy();
    },
  };
}
