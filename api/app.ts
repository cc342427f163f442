import Koa, { type Middleware } from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import type { Logger } from '../lib/logger.js';
import { errorMiddleware, type ErrorMapping } from './error-middleware.js';
import { bodyGuard, requestGuard } from './request-guard.js';

export interface AppParts {
  log: Logger;
  /** Feature routers and middleware (chat page, orders, queues board …), mounted in order. */
  mounts: Middleware[];
  errorMappings?: ErrorMapping[];
  /** Reports whether the api's dependencies answer; used by GET /healthz. */
  health?: () => Promise<Record<string, boolean>>;
}

/** Builds the Koa application from its parts. No I/O here: `api/main.ts` wires real adapters in. */
export function createApp(parts: AppParts): Koa {
  const app = new Koa();
  app.proxy = true;
  const router = new Router();
  router.get('/healthz', async (ctx) => {
    const checks = parts.health ? await parts.health() : {};
    const ok = Object.values(checks).every(Boolean);
    ctx.status = ok ? 200 : 503;
    ctx.body = { ok, checks };
  });
  app.use(errorMiddleware(parts.log, parts.errorMappings));
  app.use(requestGuard());
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' }));
  app.use(bodyGuard());
  app.use(router.routes());
  for (const m of parts.mounts) app.use(m);
  return app;
}
