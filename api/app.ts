import Koa, { type Middleware } from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import type { Logger } from '../lib/logger.js';
import { csrfGuard } from './csrf-guard.js';
import { errorMiddleware, type ErrorMapping } from './error-middleware.js';
import { idempotency, type IdempotencyOptions } from './idempotency-middleware.js';
import { operationsMiddleware, type Operation } from './operations.js';
import { bodyGuard, requestGuard } from './request-guard.js';
import { securityHeaders } from './security-headers.js';
import { sessionMiddleware, type SessionSettings } from './session-middleware.js';
import type { SystemHealth } from './system-health.js';

export interface AppParts {
  log: Logger;
  /** Keys that sign the session cookie (from APP_SECRET). */
  keys: string[];
  /** Cookie sessions; without them nobody is signed in. */
  sessions?: SessionSettings;
  /** The site's own origin for the CSRF check (PUBLIC_URL); the request's own by default. */
  origin?: string;
  /** Served over HTTPS (HSTS, Secure cookies). */
  https?: boolean;
  /** The operations of the route table. */
  operations?: readonly Operation[];
  /** Other routers and middleware (pages, queues board, OpenAPI), mounted after the operations. */
  mounts?: Middleware[];
  errorMappings?: ErrorMapping[];
  /** Where first answers to requests with an Idempotency-Key are kept. */
  idempotency?: Omit<IdempotencyOptions, 'scopeOf'>;
  /** How each part of the system is; GET /healthz answers it, 503 when a part fails. */
  health?: () => Promise<SystemHealth>;
}

/** Paths called by other servers that sign their requests themselves (WeCom's callback). */
const SERVER_TO_SERVER = ['/wecom/'];

/**
 * Builds the Koa application from its parts, in this order: error boundary, security headers, JSON-only bodies
 * (1 MB, or an operation's own `bodyLimit`),
 * session and the person it speaks for, body parsing and its control-character check, same-origin and CSRF token,
 * Idempotency-Key, then `/healthz`, the operations and the other mounts. No I/O here: `api/main.ts` wires real
 * adapters in.
 */
export function createApp(parts: AppParts): Koa {
  const app = new Koa();
  app.proxy = true;
  // Errors after the answer began (a client that goes away from a live stream mid-way is not one).
  app.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    parts.log.warn({ err }, 'response failed');
  });
  app.keys = parts.keys;
  const router = new Router();
  router.get('/healthz', async (ctx) => {
    const health: SystemHealth = parts.health ? await parts.health() : { ok: true, failing: [], checks: {} };
    ctx.status = health.ok ? 200 : 503;
    ctx.body = health;
  });
  app.use(errorMiddleware(parts.log, parts.errorMappings));
  app.use(securityHeaders({ https: parts.https ?? false }));
  app.use(requestGuard({ otherBodyPaths: SERVER_TO_SERVER }));
  if (parts.sessions) for (const m of sessionMiddleware(app, parts.sessions)) app.use(m);
  const standardBody = bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' });
  // Operations with their own limit, matched by method and path (a `:parameter` is one path segment).
  const largeBodies = (parts.operations ?? []).flatMap((op) =>
    op.bodyLimit
      ? [
          {
            method: op.method,
            path: new RegExp(`^${op.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`),
            parse: bodyParser({ enableTypes: ['json'], jsonLimit: op.bodyLimit }),
          },
        ]
      : [],
  );
  app.use((ctx, next) =>
    (largeBodies.find((b) => b.method === ctx.method && b.path.test(ctx.path))?.parse ?? standardBody)(
      ctx,
      next,
    ),
  );
  app.use(bodyGuard());
  app.use(csrfGuard({ exempt: SERVER_TO_SERVER, ...(parts.origin && { origin: parts.origin }) }));
  if (parts.idempotency) {
    app.use(
      idempotency({
        ...parts.idempotency,
        scopeOf: (ctx) => {
          const person = ctx.state.person as { kind: string; id: string } | undefined;
          return person ? `${person.kind}:${person.id}` : 'anonymous';
        },
      }),
    );
  }
  app.use(router.routes());
  if (parts.operations) app.use(operationsMiddleware(parts.operations));
  for (const m of parts.mounts ?? []) app.use(m);
  return app;
}
