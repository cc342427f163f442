import { z } from 'zod';
import { conversationSettings } from '../bot/config.js';
import { checkProductionSecret, common } from '../lib/config.js';
import { wecomSettings } from '../bot/wecom-config.js';

/** Passwords a shop must never run production with. */
const KNOWN_PASSWORDS = new Set([
  'liaodan',
  'liaodan-demo',
  'admin',
  'password',
  '12345678',
  '123456789',
  'admin123',
]);
const hours = (fallback: number) => z.coerce.number().positive().default(fallback);
const onOff = (fallback: 'on' | 'off') => z.enum(['on', 'off']).default(fallback);

/** The api process's configuration; the only place it reads the environment (through parseConfig). */
export const ApiConfig = z
  .object({
    NODE_ENV: common.NODE_ENV,
    LOG_LEVEL: common.LOG_LEVEL,
    DATABASE_URL: common.DATABASE_URL,
    REDIS_URL: common.REDIS_URL,
    QUEUE_PREFIX: common.QUEUE_PREFIX,
    APP_SECRET: common.APP_SECRET,
    API_HOST: z.string().default('127.0.0.1'),
    API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** The address people open (behind a reverse proxy, e.g. https://shop.example.com): links, QR codes, CSRF. */
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Password of the `admin` account, set at start when no active admin has one (required in production). */
    ADMIN_PASSWORD: z.string().min(1).optional(),
    /** Session cookies only over HTTPS; on by default in production. */
    COOKIE_SECURE: z.enum(['on', 'off']).optional(),
    STAFF_SESSION_IDLE_HOURS: hours(12),
    STAFF_SESSION_MAX_HOURS: hours(7 * 24),
    CUSTOMER_SESSION_IDLE_HOURS: hours(30 * 24),
    CUSTOMER_SESSION_MAX_HOURS: hours(90 * 24),
    /** The demo shop's sign-in panel on the chat page (development only; `liaodan start` turns it on). */
    DEMO_LOGINS: onOff('off'),
    /** A request waits at most this long for Redis before it is answered 503. */
    REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
    ...conversationSettings,
    ...wecomSettings,
  })
  .superRefine((c, ctx) => {
    checkProductionSecret(c, ctx);
    if (c.NODE_ENV !== 'production') return;
    if (!c.ADMIN_PASSWORD || c.ADMIN_PASSWORD.length < 10 || KNOWN_PASSWORDS.has(c.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_PASSWORD'],
        message: 'set a password of at least 10 characters that is not a default one in production',
      });
    }
    if (c.DEMO_LOGINS === 'on') {
      ctx.addIssue({ code: 'custom', path: ['DEMO_LOGINS'], message: 'must be off in production' });
    }
  })
  .transform((c) => ({
    ...c,
    COOKIE_SECURE: (c.COOKIE_SECURE ?? (c.NODE_ENV === 'production' ? 'on' : 'off')) === 'on',
  }));
export type ApiConfig = z.infer<typeof ApiConfig>;
