import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { KoaAdapter } from '@bull-board/koa';
import type { Queue } from 'bullmq';
import type { Middleware } from 'koa';
import { adminAuth } from './admin-auth.js';

export interface QueuesBoardOptions {
  /** The queues to show (e.g. every queue of `createPipelineQueues`). */
  queues: Queue[];
  /** Where the board lives; defaults to `/admin/queues`. */
  basePath?: string;
  /** Admin credentials (HTTP Basic). */
  auth: { user: string; password: string };
  /** Hide retry/remove/clean buttons. */
  readOnly?: boolean;
}

/**
 * Bull Board (queue monitoring) as Koa middleware, behind admin authentication. Requests outside `basePath` pass
 * through untouched, so it can be mounted anywhere in the middleware list.
 */
export function queuesBoard(opts: QueuesBoardOptions): Middleware {
  const basePath = (opts.basePath ?? '/admin/queues').replace(/\/+$/, '');
  const serverAdapter = new KoaAdapter();
  serverAdapter.setBasePath(basePath);
  createBullBoard({
    queues: opts.queues.map((q) => new BullMQAdapter(q, { readOnlyMode: opts.readOnly ?? false })),
    // @bull-board/koa pins its own copy of @bull-board/api; the two copies' types differ only nominally.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: '聊单 queues' } },
  });
  const board = serverAdapter.registerPlugin();
  const auth = adminAuth(opts.auth);
  return async (ctx, next) => {
    if (ctx.path !== basePath && !ctx.path.startsWith(`${basePath}/`)) return next();
    await auth(ctx, () => board(ctx, next));
  };
}
