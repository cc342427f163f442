import { z } from 'zod';

/** Thrown when the environment does not satisfy a process's schema; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses `env` with a process's schema. The schema's keys are the variable names, so every issue names the
 * variable and what is wrong with it.
 */
export function parseConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((i) => ({
      variable: i.path.length ? i.path.join('.') : '(environment)',
      problem: i.code === 'invalid_type' && i.input === undefined ? 'is required but not set' : i.message,
    })),
  );
}

/** The secret of a development installation; production refuses to start with it. */
export const DEV_APP_SECRET = 'liaodan-development-secret-do-not-use-in-production';

/**
 * Production refuses a secret that is missing, the development default, or short: it signs session cookies and
 * customers' chat links, so whoever knows it can be anyone.
 */
export function checkProductionSecret(
  c: { NODE_ENV: string; APP_SECRET: string },
  ctx: z.RefinementCtx,
): void {
  if (c.NODE_ENV !== 'production') return;
  if (c.APP_SECRET === DEV_APP_SECRET || c.APP_SECRET.length < 32) {
    ctx.addIssue({
      code: 'custom',
      path: ['APP_SECRET'],
      message: 'set a random secret of at least 32 characters in production (e.g. `openssl rand -base64 48`)',
    });
  }
}

/** Shared pieces of the per-process schemas. */
export const common = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }),
  /** Signs session cookies and customer links; see checkProductionSecret. */
  APP_SECRET: z.string().min(1).default(DEV_APP_SECRET),
  /** Prefix of every BullMQ key, so several installations can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[\w-]+$/, 'letters, digits, - and _ only')
    .default('liaodan'),
};
