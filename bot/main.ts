import { Redis } from 'ioredis';
import { WechatyBuilder } from 'wechaty';
import type { WechatyInterface } from 'wechaty/impls';
import type { Product } from '../catalog/product.js';
import { createDb, type Db } from '../db/pg-database.js';
import type { DialogEngine } from '../dialog/dialog-types.js';
import type { Logger } from '../lib/logger.js';
import { startHeartbeat } from '../lib/redis-heartbeat.js';
import { createPgOrderIntake } from './pg-order-intake.js';
import { pgCatalogChanges } from './pg-catalog-changes.js';
import { migrateHeldDrafts } from './redis-held-drafts.js';
import { startChatRuntime, type ChatRuntime } from './chat-runtime.js';
import type { PictureReader } from '../reader/picture-reader.js';
import { createThreadedPictureReader } from '../reader/threaded-picture-reader.js';
import { conversationOptions, type BotConfig } from './config.js';
import { startNotifyConsumer } from './bullmq-notify-consumer.js';
import { createRedisMessageDedupe } from './redis-message-dedupe.js';
import { createSendLimiter } from './send-limiter.js';
import { attachWechatyChannel } from './wechaty-channel.js';
import { Watchdog } from './watchdog.js';
import { startWecomChannel, type WecomChannel, type WecomChannelOptions } from './wecom-channel.js';
import { wecomConfig } from './wecom-config.js';

export interface RunningBot {
  /** The conversation service and adapters this process uses (tests and benchmarks talk to them). */
  runtime: ChatRuntime;
  wechaty: WechatyInterface | null;
  /** The WeCom 微信客服 channel, when configured with its secret. */
  wecom: WecomChannel | null;
  stop(): Promise<void>;
}

/** Test and benchmark seams; production passes none. */
export interface BotOverrides {
  /** A ready Wechaty (e.g. over the mock puppet) instead of one built from WECHATY_PUPPET. */
  wechaty?: WechatyInterface;
  buildEngine?: (products: Product[]) => DialogEngine;
  /** Watchdog clock and reset, for tests. */
  now?: () => Date;
  /** WeCom channel tuning (tests against the double). */
  wecom?: Pick<WecomChannelOptions, 'now' | 'apiOptions' | 'limit' | 'checkMs'>;
  /** A picture reader shared by several tests (closed by its owner), or null for none. */
  pictureReader?: PictureReader | null;
}

function buildWechaty(config: BotConfig): WechatyInterface {
  const puppetOptions: Record<string, string> = {};
  if (config.WECHATY_PUPPET_SERVICE_TOKEN) puppetOptions.token = config.WECHATY_PUPPET_SERVICE_TOKEN;
  if (config.WECHATY_PUPPET_SERVICE_ENDPOINT) puppetOptions.endpoint = config.WECHATY_PUPPET_SERVICE_ENDPOINT;
  return WechatyBuilder.build({
    name: config.WECHATY_NAME,
    // The puppet is a package name chosen at run time; Wechaty resolves and loads it.
    puppet: config.WECHATY_PUPPET as 'wechaty-puppet-service',
    puppetOptions,
  });
}

/**
 * Wires and starts the bot process: the conversation service over PostgreSQL and Redis, the `notify` queue
 * consumer, and (unless WECHATY_PUPPET=none) Wechaty with its watchdog. Returns once Wechaty has started (logging
 * in may need a QR scan, which is logged).
 */
export async function startBot(
  config: BotConfig,
  log: Logger,
  overrides: BotOverrides = {},
): Promise<RunningBot> {
  const wecom = wecomConfig(config);
  const db: Db = createDb({
    url: config.DATABASE_URL,
    max: config.BOT_DB_POOL_MAX,
    prepare: true,
    onIdleError: (err) => log.warn({ err }, 'idle database connection failed'),
  });
  // The chat log and the change notices are written after the reply and are best effort (a lost notice is caught
  // up by the listeners' refresh and the outbox relay's poll): their commits need not wait for the WAL's flush to
  // disk, which would hold a connection for a disk flush and add flushes to those the orders' commits wait for. On
  // a PostgreSQL crash the last moments of them (up to three wal_writer_delay, 0.6 s by default) can be lost; a
  // confirmed order never is (its commit on `db` waits for the flush, as PostgreSQL's default does).
  const afterReplyDb: Db = createDb({
    url: config.DATABASE_URL,
    max: 2,
    prepare: true,
    settings: { synchronous_commit: 'off' },
    onIdleError: (err) => log.warn({ err }, 'idle database connection failed'),
  });
  // Auto-pipelining: the session reads and writes and dedupe checks of turns running at the same time go to Redis
  // in one write per event-loop tick instead of one each (the bot's hot path under load). Connections that block
  // (the notify consumer, the forward queue) are duplicated without it.
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, enableAutoPipelining: true });
  const stops: (() => Promise<void> | void)[] = [
    () => db.destroy(),
    () => afterReplyDb.destroy(),
    () => void redis.disconnect(),
  ];
  const stopAll = async () => {
    for (const stop of stops.reverse())
      await Promise.resolve(stop()).catch((err) => log.warn({ err }, 'stop'));
  };
  try {
    const changes = pgCatalogChanges(config.DATABASE_URL, log);
    stops.push(() => changes.close());
    const pictureReader =
      overrides.pictureReader === undefined
        ? createThreadedPictureReader({ log: log.child({ part: 'pictures' }) })
        : overrides.pictureReader;
    if (pictureReader && overrides.pictureReader === undefined) stops.push(() => pictureReader.close());
    const runtime = await startChatRuntime({
      db,
      afterReplyDb,
      redis,
      prefix: config.QUEUE_PREFIX,
      log,
      changes,
      pictureReader,
      ...conversationOptions(config),
      dedupeWindowMs: config.DEDUPE_WINDOW_MS,
      ...(overrides.buildEngine && { buildEngine: overrides.buildEngine }),
      ...(overrides.now && { now: overrides.now }),
    });
    stops.push(() => runtime.stop());
    const held = await migrateHeldDrafts({
      redis,
      prefix: config.QUEUE_PREFIX,
      intake: createPgOrderIntake(db),
      log,
    });
    if (held > 0) log.info({ held }, 'drafts held in Redis are orders now, waiting for their reps');
    let puppet: 'none' | 'starting' | 'logged_in' | 'logged_out' = 'none';
    const heartbeat = startHeartbeat({
      redis,
      prefix: config.QUEUE_PREFIX,
      part: 'bot',
      state: () => ({ puppet }),
    });
    stops.push(() => heartbeat.stop());
    // Before the notify consumer, so that no notice finds the channel missing.
    let wecomChannel: WecomChannel | null = null;
    if (wecom.api) {
      const channel = await startWecomChannel({
        config: wecom.api,
        db,
        databaseUrl: config.DATABASE_URL,
        redis,
        prefix: config.QUEUE_PREFIX,
        runtime,
        log: log.child({ part: 'wecom' }),
        ...overrides.wecom,
      });
      stops.push(() => channel.stop());
      wecomChannel = channel;
    } else if (wecom.callback)
      log.warn('WECOM_KF_SECRET is not set: wecom callbacks are verified, nothing is pulled');
    const notify = startNotifyConsumer({
      connection: redis,
      prefix: config.QUEUE_PREFIX,
      outbound: runtime.outbound,
      log: log.child({ part: 'notify' }),
      onJobDone: () => heartbeat.jobDone(),
    });
    stops.push(() => notify.close());

    let wechaty: WechatyInterface | null = null;
    if (overrides.wechaty || config.WECHATY_PUPPET !== 'none') {
      const bot = overrides.wechaty ?? buildWechaty(config);
      wechaty = bot;
      puppet = 'starting';
      const watchdog = new Watchdog({
        silenceMs: config.WATCHDOG_SILENCE_MS,
        maxBackoffMs: config.WATCHDOG_MAX_BACKOFF_MS,
        reset: () => bot.reset(),
        log: log.child({ part: 'watchdog' }),
      });
      const channel = attachWechatyChannel({
        wechaty: bot,
        channel: config.BOT_CHANNEL,
        service: runtime.service,
        dedupe: createRedisMessageDedupe({
          redis,
          prefix: config.QUEUE_PREFIX,
          windowMs: config.DEDUPE_WINDOW_MS,
        }),
        limiter: createSendLimiter({ burst: config.SEND_BURST, intervalMs: config.SEND_INTERVAL_MS }),
        mentionNames: [config.WECHATY_NAME, ...config.BOT_MENTION_NAMES],
        log: log.child({ part: 'wechaty' }),
        watchdog,
      });
      const detachSender = runtime.outbound.attach(channel.sender);
      // Messages for WeChat from processes without it (a rep deciding in the web chat).
      const forwarded = runtime.forward.consume(
        config.BOT_CHANNEL,
        (item) => runtime.outbound.deliverForwarded(config.BOT_CHANNEL, item),
        log.child({ part: 'forward' }),
      );
      bot.on('scan', (qrcode: string, status: number) =>
        log.info(
          { status, url: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` },
          'scan the QR code to log in',
        ),
      );
      bot.on('login', (user: { name(): string }) => {
        puppet = 'logged_in';
        log.info({ user: user.name() }, 'wechaty logged in');
      });
      bot.on('logout', (user: { name(): string }) => {
        puppet = 'logged_out';
        log.warn({ user: user.name() }, 'wechaty logged out');
      });
      bot.on('error', (err: unknown) => log.error({ err }, 'wechaty error'));
      stops.push(async () => {
        watchdog.stop();
        await forwarded.stop();
        detachSender();
        channel.detach();
        await bot.stop();
      });
      await bot.start();
      watchdog.start();
      log.info({ puppet: overrides.wechaty ? 'injected' : config.WECHATY_PUPPET }, 'wechaty started');
    } else {
      log.info('no WeChat puppet configured: web/terminal chat and notifications only');
    }
    return { runtime, wechaty, wecom: wecomChannel, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
