import { PassThrough } from 'node:stream';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { customerScope, inScope } from '../auth/access.js';
import type { Db } from '../db/pg-database.js';
import { HttpError } from './http-errors.js';
import { accessTexts, personOf } from './operations.js';
import type { LiveSource, OrderChange } from './pg-live-listener.js';

export interface LiveRoutesDeps {
  db: Db;
  source: LiveSource;
  /** Milliseconds between keep-alive comments (proxies close silent streams). */
  keepAliveMs?: number;
}

/**
 * `GET /api/live`: server-sent events for signed-in staff, one `order` event per new order or change of an order's
 * status, only for orders of customers the person sees (a rep their own, a manager their regions). A plain route,
 * not an operation of the route table: it answers a stream, not JSON. Pages reload what they show on each event.
 */
export function liveRoutes(deps: LiveRoutesDeps): Middleware {
  const router = new Router();
  router.get('/api/live', async (ctx) => {
    const person = personOf(ctx);
    if (!person) throw new HttpError(401, 'unauthorized', accessTexts.signIn);
    if (person.kind !== 'staff') throw new HttpError(403, 'forbidden', accessTexts.forbidden);
    const scope = customerScope(person);
    const stream = new PassThrough();
    const send = (event: string, data: unknown) =>
      stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const visible = async (change: OrderChange): Promise<boolean> => {
      if (scope.kind === 'all') return true;
      if (!change.customerId) return false;
      const c = await deps.db
        .selectFrom('customers')
        .select(['id', 'rep_id', 'region'])
        .where('id', '=', change.customerId)
        .executeTakeFirst();
      return !!c && inScope(scope, { id: c.id, repId: c.rep_id, region: c.region });
    };
    const unsubscribe = deps.source.subscribe((change) => {
      visible(change)
        .then((ok) => ok && send('order', change))
        .catch(() => undefined);
    });
    const ping = setInterval(() => stream.write(': keep-alive\n\n'), deps.keepAliveMs ?? 15_000);
    const end = () => {
      clearInterval(ping);
      unsubscribe();
      stream.end();
    };
    ctx.req.on('close', end);
    ctx.req.socket.setTimeout(0);
    ctx.set('Cache-Control', 'no-cache, no-transform');
    ctx.set('X-Accel-Buffering', 'no');
    ctx.type = 'text/event-stream';
    ctx.status = 200;
    ctx.body = stream;
    stream.write('retry: 2000\n\n');
    send('ready', { at: new Date() });
  });
  return router.routes() as unknown as Middleware;
}
