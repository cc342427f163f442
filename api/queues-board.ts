import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { KoaAdapter } from '@bull-board/koa';
import type { Queue } from 'bullmq';
import type { Middleware } from 'koa';
import { personOf } from './operations.js';
import { HttpError } from './http-errors.js';

export interface QueuesBoardOptions {
  /** The queues to show (e.g. every queue of `createPipelineQueues`). */
  queues: Queue[];
  /** Where the board lives; defaults to `/admin/queues`. */
  basePath?: string;
}

function board(queues: Queue[], basePath: string, readOnly: boolean): Middleware {
  const serverAdapter = new KoaAdapter();
  serverAdapter.setBasePath(basePath);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: readOnly })),
    // @bull-board/koa pins its own copy of @bull-board/api; the two copies' types differ only nominally.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: readOnly ? '聊单 队列（只读）' : '聊单 队列' } },
  });
  return serverAdapter.registerPlugin() as unknown as Middleware;
}

/**
 * Bull Board (queue monitoring) for signed-in staff: read-only for everyone but admins, who may retry, remove and
 * clean jobs. Requests outside `basePath` pass through untouched.
 */
export function queuesBoard(opts: QueuesBoardOptions): Middleware {
  const basePath = (opts.basePath ?? '/admin/queues').replace(/\/+$/, '');
  const readOnly = board(opts.queues, basePath, true);
  const full = board(opts.queues, basePath, false);
  return async (ctx, next) => {
    if (ctx.path !== basePath && !ctx.path.startsWith(`${basePath}/`)) return next();
    const person = personOf(ctx);
    if (!person) throw new HttpError(401, 'unauthorized', '请先登录');
    if (person.kind !== 'staff') throw new HttpError(403, 'forbidden', '没有权限做这件事');
    await (person.roles.includes('admin') ? full : readOnly)(ctx, next);
  };
}
