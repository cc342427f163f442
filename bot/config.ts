import { z } from 'zod';
import { common } from '../lib/config.js';
import { wecomSettings } from './wecom-config.js';

const seconds = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const millis = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/**
 * Settings of the conversation service, read by every process that runs one (the bot for WeChat, the api for the
 * web chat), so both behave alike.
 */
export const conversationSettings = {
  /** How long a conversation (and its draft) lives after the last message. */
  SESSION_TTL_SECONDS: seconds(24 * 3600),
  /** The engine is rebuilt from the catalog this often (fresh prices and stock); 0 never. */
  CATALOG_RELOAD_SECONDS: z.coerce.number().int().min(0).default(300),
  MAX_QTY_PER_LINE: z.coerce.number().int().min(1).default(100_000),
};

/** The conversation service's options, from its settings in any process's parsed configuration. */
export function conversationOptions(c: {
  SESSION_TTL_SECONDS: number;
  MAX_QTY_PER_LINE: number;
  CATALOG_RELOAD_SECONDS: number;
}) {
  return {
    sessionTtlMs: c.SESSION_TTL_SECONDS * 1000,
    maxQtyPerLine: c.MAX_QTY_PER_LINE,
    catalogReloadMs: c.CATALOG_RELOAD_SECONDS * 1000,
  };
}

/**
 * The bot process's configuration, parsed once by whoever starts it (`liaodan bot`, `liaodan start`). The keys are
 * the environment variables.
 */
export const BotConfig = z
  .object({
    NODE_ENV: common.NODE_ENV,
    LOG_LEVEL: common.LOG_LEVEL,
    DATABASE_URL: common.DATABASE_URL,
    REDIS_URL: common.REDIS_URL,
    QUEUE_PREFIX: common.QUEUE_PREFIX,
    /** Verifies customers' personal links (the WeCom channel's scene_param). */
    APP_SECRET: common.APP_SECRET,
    /**
     * Which Wechaty puppet to run: `wechaty-puppet-service` (WeCom through a WorkPro token, or any puppet-service
     * provider), `wechaty-puppet-wechat4u` (personal WeChat through the web protocol), `wechaty-puppet-mock`
     * (a simulated account, for trying things out), or `none` (no WeChat: only web/terminal chat and notifications).
     */
    WECHATY_PUPPET: z.string().min(1).default('none'),
    WECHATY_PUPPET_SERVICE_TOKEN: z.string().min(1).optional(),
    /** puppet-service endpoint when the token alone does not name it (`host:port`). */
    WECHATY_PUPPET_SERVICE_ENDPOINT: z.string().min(1).optional(),
    /** Wechaty instance name (memory-card file), and the bot's name as people write it after `@` in groups. */
    WECHATY_NAME: z.string().min(1).default('liaodan'),
    BOT_MENTION_NAMES: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    /** Channel name stored in chat_identities and on orders for messages from Wechaty. */
    BOT_CHANNEL: z
      .string()
      .regex(/^[\w-]+$/)
      .default('wechat'),
    ...conversationSettings,
    /**
     * PostgreSQL pool size of the bot process. A confirmation holds a connection for its placement statement (its
     * change notices go out on another, grouped), beside the directory's reads and the chat log; with pg's default
     * of 10, bench:bot's confirmations queued for a connection from 600–1,000 msg/s (docs/reliability.md).
     */
    BOT_DB_POOL_MAX: z.coerce.number().int().min(2).default(20),
    /** A second message with the same talker, chat and text within this window is a duplicate event. */
    DEDUPE_WINDOW_MS: millis(3000),
    /** Outgoing messages per chat: a burst of this many, then one per SEND_INTERVAL_MS. */
    SEND_BURST: z.coerce.number().int().min(1).default(5),
    SEND_INTERVAL_MS: millis(800),
    /** The watchdog resets the puppet after this long without any event (puppets send heartbeats). */
    WATCHDOG_SILENCE_MS: millis(5 * 60_000),
    WATCHDOG_MAX_BACKOFF_MS: millis(10 * 60_000),
    ...wecomSettings,
  })
  .superRefine((c, ctx) => {
    if (c.WECHATY_PUPPET === 'wechaty-puppet-service' && !c.WECHATY_PUPPET_SERVICE_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHATY_PUPPET_SERVICE_TOKEN'],
        message: 'is required with WECHATY_PUPPET=wechaty-puppet-service (the WorkPro / provider token)',
      });
    }
  });
export type BotConfig = z.infer<typeof BotConfig>;
