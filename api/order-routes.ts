import Router from '@koa/router';
import type { Kysely } from 'kysely';
import type { Middleware } from 'koa';
import { z } from 'zod';
import type { Database } from '../db/schema.js';
import { InvalidTransitionError, ORDER_STATUSES, OrderNotFoundError } from '../orders/order-status.js';
import {
  approveOrder,
  cancelOrder,
  completeOrder,
  OrderActionRefusedError,
  rejectOrder,
  shipOrder,
  type ActionInput,
  type ActionResult,
} from '../orders/pg-order-actions.js';
import { PaymentRefusedError, recordPayment } from '../orders/pg-finance.js';
import { getOrderDetail, listOrders } from '../orders/pg-order-queries.js';
import { ORDER_STATUS_LABELS } from '../orders/status-labels.js';
import { adminAuth } from './admin-auth.js';
import type { ErrorMapping } from './error-middleware.js';

export interface OrderRoutesOptions {
  db: Kysely<Database>;
  auth: { user: string; password: string };
  /** Defaults to `/admin/orders`. */
  prefix?: string;
}

const ListQuery = z.object({
  status: z.enum(ORDER_STATUSES as [string, ...string[]]).optional(),
  customerId: z.string().optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
/** `staffId`: who acts (history shows `staff:<id>`); without it the admin login's user name is recorded. */
const ActionBody = z.object({
  staffId: z.string().min(1).optional(),
  reason: z.string().max(500).optional(),
});
const PaymentBody = z.object({
  amountFen: z.number().int().positive(),
  method: z.string().min(1).max(40),
  reference: z.string().min(1).max(100).optional(),
  staffId: z.string().min(1).optional(),
  receivedAt: z.coerce.date().optional(),
});

/**
 * Back-office order endpoints, behind admin authentication:
 * `GET {prefix}?status&customerId&offset&limit`, `GET {prefix}/:id` (lines, history, receivable, payments),
 * `POST {prefix}/:id/{approve|reject|cancel|ship|complete}` with `{ staffId?, reason? }`,
 * `POST {prefix}/:id/payments` with `{ amountFen, method, reference?, staffId?, receivedAt? }`.
 * Domain errors map to HTTP statuses through `orderErrorMappings`.
 */
export function orderRoutes(opts: OrderRoutesOptions): Middleware {
  const { db } = opts;
  const router = new Router({ prefix: opts.prefix ?? '/admin/orders' });
  router.use(adminAuth(opts.auth));
  const actorOf = (staffId: string | undefined) => (staffId ? `staff:${staffId}` : `admin:${opts.auth.user}`);

  router.get('/', async (ctx) => {
    const q = ListQuery.parse(ctx.query);
    ctx.body = {
      items: await listOrders(db, { ...q, status: q.status as (typeof ORDER_STATUSES)[number] | undefined }),
    };
  });
  router.get('/:id', async (ctx) => {
    ctx.body = await getOrderDetail(db, ctx.params.id ?? '');
  });
  const actions: Record<string, (db: Kysely<Database>, i: ActionInput) => Promise<ActionResult>> = {
    approve: approveOrder,
    reject: rejectOrder,
    cancel: cancelOrder,
    ship: shipOrder,
    complete: completeOrder,
  };
  for (const [name, action] of Object.entries(actions)) {
    router.post(`/:id/${name}`, async (ctx) => {
      const body = ActionBody.parse(ctx.request.body ?? {});
      ctx.body = await action(db, {
        orderId: ctx.params.id ?? '',
        actor: actorOf(body.staffId),
        ...(body.reason !== undefined && { reason: body.reason }),
      });
    });
  }
  router.post('/:id/payments', async (ctx) => {
    const body = PaymentBody.parse(ctx.request.body ?? {});
    const r = await recordPayment(db, {
      orderId: ctx.params.id ?? '',
      amountFen: body.amountFen,
      method: body.method,
      actor: actorOf(body.staffId),
      ...(body.reference !== undefined && { reference: body.reference }),
      ...(typeof ctx.state.idempotencyKey === 'string' && { idempotencyKey: ctx.state.idempotencyKey }),
      ...(body.receivedAt !== undefined && { receivedAt: body.receivedAt }),
    });
    ctx.status = r.created ? 201 : 200;
    ctx.body = r;
  });
  return router.routes() as Middleware;
}

/** Pass to `createApp({ errorMappings })` so order errors answer 404 / 409 / 422 instead of 500. */
export const orderErrorMappings: ErrorMapping[] = [
  {
    match: (e) => e instanceof OrderNotFoundError,
    status: 404,
    code: 'order_not_found',
    message: () => '没有这个订单',
  },
  {
    match: (e) => e instanceof InvalidTransitionError,
    status: 409,
    code: 'invalid_transition',
    message: (e) => {
      const { from, to } = e as InvalidTransitionError;
      return `订单${ORDER_STATUS_LABELS[from]}，不能改为${ORDER_STATUS_LABELS[to]}`;
    },
  },
  {
    match: (e) => e instanceof OrderActionRefusedError,
    status: 409,
    code: 'action_refused',
    message: () => '订单已有收款，请先退款再取消',
  },
  {
    match: (e) => e instanceof PaymentRefusedError,
    status: 422,
    code: 'payment_refused',
    message: (e) => PAYMENT_REFUSALS[(e as PaymentRefusedError).code],
  },
];

const PAYMENT_REFUSALS: Record<PaymentRefusedError['code'], string> = {
  no_receivable: '这个订单还没有应收款，不能收款',
  receivable_void: '这个订单已取消，不能收款',
  overpayment: '收款金额超过了未收金额',
  invalid_amount: '收款金额必须是正数',
};
