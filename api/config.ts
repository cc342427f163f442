import { z } from 'zod';
import { conversationSettings } from '../bot/config.js';
import { common } from '../lib/config.js';

/** The api process's configuration; the only place it reads the environment (through parseConfig). */
export const ApiConfig = z
  .object({
    NODE_ENV: common.NODE_ENV,
    LOG_LEVEL: common.LOG_LEVEL,
    DATABASE_URL: common.DATABASE_URL,
    REDIS_URL: common.REDIS_URL,
    QUEUE_PREFIX: common.QUEUE_PREFIX,
    API_HOST: z.string().default('127.0.0.1'),
    API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    ADMIN_USER: z.string().min(1).default('admin'),
    ADMIN_PASSWORD: z.string().min(1).optional(),
    /** A request waits at most this long for Redis before it is answered 503. */
    REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
    ...conversationSettings,
  })
  .transform((c, ctx) => {
    if (!c.ADMIN_PASSWORD && c.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'is required in production' });
      return z.NEVER;
    }
    return { ...c, ADMIN_PASSWORD: c.ADMIN_PASSWORD ?? 'liaodan' };
  });
export type ApiConfig = z.infer<typeof ApiConfig>;
