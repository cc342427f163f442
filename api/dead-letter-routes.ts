import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { DeadLetterNotFoundError, type DeadLetterBox } from '../worker/bullmq-dead-letter.js';
import { adminAuth } from './admin-auth.js';
import type { ErrorMapping } from './error-middleware.js';

export interface DeadLetterRoutesOptions {
  box: DeadLetterBox;
  auth: { user: string; password: string };
  /** Defaults to `/admin/dead-letters`. */
  prefix?: string;
}

const Page = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/**
 * Jobs whose retries ran out, behind admin authentication:
 * `GET {prefix}?offset&limit` → `{ total, items }`; `POST {prefix}/:id/retry` puts the job back on its queue
 * with fresh attempts → `{ queue, jobId }`; `DELETE {prefix}/:id` discards it (204).
 * Unknown ids raise DeadLetterNotFoundError (404 with `deadLetterErrorMappings`).
 */
export function deadLetterRoutes(opts: DeadLetterRoutesOptions): Middleware {
  const router = new Router({ prefix: opts.prefix ?? '/admin/dead-letters' });
  router.use(adminAuth(opts.auth));
  router.get('/', async (ctx) => {
    ctx.body = await opts.box.list(Page.parse(ctx.query));
  });
  router.post('/:id/retry', async (ctx) => {
    ctx.body = await opts.box.retry(ctx.params.id ?? '');
  });
  router.delete('/:id', async (ctx) => {
    await opts.box.discard(ctx.params.id ?? '');
    ctx.status = 204;
  });
  return router.routes() as Middleware;
}

export const deadLetterErrorMappings: ErrorMapping[] = [
  {
    match: (e) => e instanceof DeadLetterNotFoundError,
    status: 404,
    code: 'not_found',
    message: () => '没有这个失败任务',
  },
];
