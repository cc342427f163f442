import Koa, { type Middleware } from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import type { Logger } from '../lib/logger.js';
import { errorMiddleware, type ErrorMapping } from './error-middleware.js';
import { idempotency, type IdempotencyOptions } from './idempotency-middleware.js';
import { bodyGuard, requestGuard } from './request-guard.js';
import type { SystemHealth } from './system-health.js';

export interface AppParts {
  log: Logger;
  /** Feature routers and middleware (chat page, orders, queues board …), mounted in order. */
  mounts: Middleware[];
  errorMappings?: ErrorMapping[];
  /** Where first answers to requests with an Idempotency-Key are kept, and whose keys they are. */
  idempotency?: IdempotencyOptions;
  /** How each part of the system is; GET /healthz answers it, 503 when a part fails. */
  health?: () => Promise<SystemHealth>;
}

/** Builds the Koa application from its parts. No I/O here: `api/main.ts` wires real adapters in. */
export function createApp(parts: AppParts): Koa {
  const app = new Koa();
  app.proxy = true;
  const router = new Router();
  router.get('/healthz', async (ctx) => {
    const health: SystemHealth = parts.health ? await parts.health() : { ok: true, failing: [], checks: {} };
    ctx.status = health.ok ? 200 : 503;
    ctx.body = health;
  });
  app.use(errorMiddleware(parts.log, parts.errorMappings));
  app.use(requestGuard());
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' }));
  app.use(bodyGuard());
  if (parts.idempotency) app.use(idempotency(parts.idempotency));
  app.use(router.routes());
  for (const m of parts.mounts) app.use(m);
  return app;
}
