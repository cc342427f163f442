import type { Redis } from 'ioredis';
import { loadProducts } from '../catalog/pg-catalog-repository.js';
import type { Product } from '../catalog/product.js';
import type { Db } from '../db/pg-database.js';
import type { DialogEngine } from '../dialog/dialog-types.js';
import type { Logger } from '../lib/logger.js';
import { createPgPictureStore } from '../photo/pg-order-pictures.js';
import { catalogUnits } from '../photo/picture-plan.js';
import type { PictureReader } from '../reader/picture-reader.js';
import { createReloadingEngine, type CatalogChanges } from './catalog-engine.js';
import { pgCatalogFingerprint, pgSellableStock } from './pg-catalog-changes.js';
import { createConversationService, type ConversationService } from './conversation-service.js';
import type { ChatDirectory, OrderIntake } from './conversation-types.js';
import { OutboundRouter, type ChatMailbox } from './outbound-router.js';
import { createPgChatDirectory } from './pg-chat-directory.js';
import { createPgChatLog } from './pg-chat-log.js';
import { createPgOrderIntake } from './pg-order-intake.js';
import { createPgOrderNotices } from './pg-order-notices.js';
import { createRedisChatForward } from './redis-chat-forward.js';
import { createRedisChatMailbox } from './redis-chat-mailbox.js';
import { createPgCustomerOrders } from './pg-customer-orders.js';
import { createPgReviewDesk } from './pg-review-desk.js';
import { createRedisSessionStore } from './redis-session-store.js';
import { defaultEngineBuilder } from './default-engine.js';

export interface ChatRuntimeOptions {
  db: Db;
  /**
   * Where the chat log and the placements' change notices are written (default `db`): both are written after the
   * reply, best effort, so the bot gives them a pool whose commits do not wait for the WAL's flush to disk (see
   * bot/main.ts). Orders always go through `db`.
   */
  afterReplyDb?: Db;
  /** Used for sessions, held drafts and inboxes; the caller owns (and closes) it. */
  redis: Redis;
  /** Key namespace in Redis (the installation's QUEUE_PREFIX). */
  prefix: string;
  engine: DialogEngine;
  log: Logger;
  sessionTtlMs: number;
  /**
   * The same text from the same talker within this window is a repeated event (DEDUPE_WINDOW_MS), for channels
   * that hand their events' dedupe to the service (Wechaty's text messages). Default 3 s.
   */
  dedupeWindowMs?: number;
  /**
   * Live channels run by the bot process (`wechat`): when this process does not run them (the api), messages for
   * them are forwarded through Redis. Default `['wechat', 'wecom']` (WeCom 微信客服 runs in the bot when configured).
   */
  remoteChannels?: string[];
  /** Replaces the PostgreSQL order intake (benchmarks that measure the chat alone). */
  intake?: OrderIntake;
  /** Reads pictures customers send; pictures are kept in PostgreSQL. Without it, pictures get a request to type. */
  pictureReader?: PictureReader | null;
  /** The catalog's units, so picture lines in them are read as order lines. */
  pictureUnits?: () => readonly string[];
  now?: () => Date;
}

/** The conversation service and its adapters, shared by the bot, the web chat and the terminal chat. */
export interface ChatRuntime {
  service: ConversationService;
  outbound: OutboundRouter;
  mailbox: ChatMailbox;
  directory: ChatDirectory;
  forward: ReturnType<typeof createRedisChatForward>;
  /**
   * Resolves once the chat log of the turns so far is written and their placements' change notices are sent (turns
   * answer before either is).
   */
  flush(): Promise<void>;
}

/** Wires the conversation service over PostgreSQL and Redis. No I/O until the first message. */
export function createChatRuntime(opts: ChatRuntimeOptions): ChatRuntime {
  const directory = createPgChatDirectory({ db: opts.db });
  const mailbox = createRedisChatMailbox({ redis: opts.redis, prefix: opts.prefix });
  const forward = createRedisChatForward({ redis: opts.redis, prefix: opts.prefix });
  const outbound = new OutboundRouter({
    identities: directory,
    mailbox,
    log: opts.log,
    remoteChannels: opts.remoteChannels ?? ['wechat', 'wecom'],
    forward,
  });
  const chatLog = createPgChatLog(opts.afterReplyDb ?? opts.db);
  const notices = createPgOrderNotices(opts.afterReplyDb ?? opts.db);
  const service = createConversationService({
    engine: opts.engine,
    directory,
    sessions: createRedisSessionStore({
      redis: opts.redis,
      prefix: opts.prefix,
      ttlMs: opts.sessionTtlMs,
      ...(opts.dedupeWindowMs !== undefined && { dedupeWindowMs: opts.dedupeWindowMs }),
    }),
    intake: opts.intake ?? createPgOrderIntake(opts.db, notices),
    chatLog,
    desk: createPgReviewDesk(opts.db),
    orders: createPgCustomerOrders(opts.db),
    outbound,
    log: opts.log,
    sessionTtlMs: opts.sessionTtlMs,
    pictures: opts.pictureReader
      ? {
          reader: opts.pictureReader,
          store: createPgPictureStore(opts.db),
          ...(opts.pictureUnits && { units: opts.pictureUnits }),
        }
      : null,
    ...(opts.now && { now: opts.now }),
  });
  return {
    service,
    outbound,
    mailbox,
    directory,
    forward,
    flush: async () => {
      await Promise.all([chatLog.flush?.(), notices.flush()]);
    },
  };
}

export interface StartChatRuntimeOptions extends Omit<ChatRuntimeOptions, 'engine'> {
  maxQtyPerLine: number;
  /** How often the engine is rebuilt from the catalog; 0 never. */
  catalogReloadMs: number;
  /** Replaces the dialog package's engine (tests). */
  buildEngine?: (products: Product[]) => DialogEngine;
  /** Stock and catalog changes as they happen (PostgreSQL notifications), so chat quotes them within moments. */
  changes?: CatalogChanges;
}

/**
 * Loads the catalog from PostgreSQL, builds the dialog engine (rebuilt every `catalogReloadMs`) and wires the
 * conversation service. `stop()` ends the reloads and waits for the chat log's last writes; the caller then closes
 * `db` and `redis`.
 */
export async function startChatRuntime(
  opts: StartChatRuntimeOptions,
): Promise<ChatRuntime & { stop(): Promise<void> }> {
  let units: string[] = [];
  const build = opts.buildEngine ?? (await defaultEngineBuilder(opts.maxQtyPerLine));
  const engine = await createReloadingEngine({
    load: () => loadProducts(opts.db),
    loadStock: pgSellableStock(opts.db),
    fingerprint: pgCatalogFingerprint(opts.db),
    build: (products) => {
      units = catalogUnits(products);
      return build(products);
    },
    reloadMs: opts.catalogReloadMs,
    ...(opts.changes && { changes: opts.changes }),
    log: opts.log,
  });
  const runtime = createChatRuntime({ ...opts, engine, pictureUnits: () => units });
  return {
    ...runtime,
    stop: async () => {
      engine.stop();
      await runtime.flush();
    },
  };
}
