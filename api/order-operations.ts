import type { Kysely } from 'kysely';
import { z } from 'zod';
import { customerScope, inScope } from '../auth/access.js';
import type { Database } from '../db/schema.js';
import { InvalidTransitionError, ORDER_STATUSES, OrderNotFoundError } from '../orders/order-status.js';
import { ORDER_STATUS_LABELS } from '../orders/status-labels.js';
import type { ErrorMapping } from './error-middleware.js';
import { PaymentRefusedError, recordPayment } from '../orders/pg-finance.js';
import {
  OrderActionRefusedError,
  approveOrder,
  cancelOrder,
  completeOrder,
  rejectOrder,
  shipOrder,
  type ActionInput,
  type ActionResult,
} from '../orders/pg-order-actions.js';
import { findOrderByNo, getOrderDetail, listOrders, type OrderRef } from '../orders/pg-order-queries.js';
import type { StaffRole } from '../auth/roles.js';
import { auditActor, defineOperation, outOfScope, staffOf, type Operation } from './operations.js';
import type { Person } from '../auth/person.js';

const OrderNoParams = z.object({
  orderNo: z.coerce.number().int().positive().meta({ description: '订单号（客户在聊天里看到的号码）' }),
});
const ListQuery = z.object({
  status: z.enum(ORDER_STATUSES as [string, ...string[]]).optional(),
  customerId: z.string().max(64).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const ReasonBody = z.object({ reason: z.string().trim().min(1).max(500).optional() });
const RequiredReasonBody = z.object({ reason: z.string().trim().min(1).max(500) });
const PaymentBody = z.object({
  amountFen: z.number().int().positive().meta({ description: '金额，单位：分' }),
  method: z.string().min(1).max(40).meta({ description: '现金、微信、支付宝、转账……' }),
  reference: z.string().min(1).max(100).optional().meta({ description: '转账流水号或收据号' }),
  receivedAt: z.coerce.date().optional(),
});
const ActionAnswer = z.object({ orderNo: z.number(), from: z.string(), to: z.string() });

/** Who works on orders at all; which of them see which orders is their customer scope. */
const ORDER_READERS: StaffRole[] = ['rep', 'clerk', 'warehouse', 'finance', 'manager'];
const REVIEWERS: StaffRole[] = ['clerk', 'finance', 'manager'];

/** The order of a number, when the person may act on it (403 for another rep's or region's customer). */
async function orderFor(
  db: Kysely<Database>,
  orderNo: number,
  person: Person | undefined,
): Promise<OrderRef> {
  const order = await findOrderByNo(db, orderNo);
  if (!order) throw new OrderNotFoundError(String(orderNo));
  if (!person) throw outOfScope();
  const scope = customerScope(person);
  if (scope.kind !== 'all' && !(order.customer && inScope(scope, order.customer))) throw outOfScope();
  return order;
}

type Action = (db: Kysely<Database>, input: ActionInput) => Promise<ActionResult>;

/** The order operations of the back office, under `/api/orders`. */
export function orderOperations(db: Kysely<Database>): Operation[] {
  const action = (
    id: string,
    name: string,
    summary: string,
    access: StaffRole[],
    run: Action,
    body: z.ZodType<{ reason?: string }> = ReasonBody,
  ) =>
    defineOperation({
      id,
      method: 'POST',
      path: `/api/orders/:orderNo/${name}`,
      summary,
      tag: '订单',
      access,
      params: OrderNoParams,
      body,
      response: ActionAnswer,
      async handle(input) {
        const staff = staffOf(input);
        const order = await orderFor(db, input.params.orderNo, input.person);
        const result = await run(db, {
          orderId: order.id,
          actor: `staff:${staff.id}`,
          ...(input.body.reason !== undefined && { reason: input.body.reason }),
          audit: auditActor(input),
        });
        return { orderNo: order.no, from: result.from, to: result.to };
      },
    });

  return [
    defineOperation({
      id: 'listOrders',
      method: 'GET',
      path: '/api/orders',
      summary: '订单列表（业务员只看自己的客户，区域经理只看自己的区域）',
      tag: '订单',
      access: ORDER_READERS,
      query: ListQuery,
      async handle({ query, person }) {
        const items = await listOrders(db, {
          ...query,
          status: query.status as (typeof ORDER_STATUSES)[number] | undefined,
          scope: customerScope(person as Person),
        });
        return { items };
      },
    }),
    defineOperation({
      id: 'getOrder',
      method: 'GET',
      path: '/api/orders/:orderNo',
      summary: '订单详情：明细、状态记录、应收和收款',
      tag: '订单',
      access: ORDER_READERS,
      params: OrderNoParams,
      async handle({ params, person }) {
        const order = await orderFor(db, params.orderNo, person);
        return getOrderDetail(db, order.id);
      },
    }),
    action('approveOrder', 'approve', '审核通过', REVIEWERS, approveOrder),
    action(
      'rejectOrder',
      'reject',
      '驳回（要写原因，客户和业务员会收到）',
      REVIEWERS,
      rejectOrder,
      RequiredReasonBody,
    ),
    action(
      'cancelOrder',
      'cancel',
      '取消订单（要写原因）',
      ['rep', 'clerk', 'manager'],
      cancelOrder,
      RequiredReasonBody,
    ),
    action('shipOrder', 'ship', '发货', ['warehouse'], shipOrder),
    action('completeOrder', 'complete', '完成订单', ['warehouse', 'finance'], completeOrder),
    defineOperation({
      id: 'recordPayment',
      method: 'POST',
      path: '/api/orders/:orderNo/payments',
      summary: '登记收款（带 Idempotency-Key 重复提交只记一次）',
      tag: '订单',
      access: ['finance'],
      params: OrderNoParams,
      body: PaymentBody,
      status: 201,
      async handle(input) {
        const staff = staffOf(input);
        const order = await orderFor(db, input.params.orderNo, input.person);
        const idempotencyKey = input.ctx.state.idempotencyKey as string | undefined;
        const result = await recordPayment(db, {
          orderId: order.id,
          amountFen: input.body.amountFen,
          method: input.body.method,
          actor: `staff:${staff.id}`,
          audit: auditActor(input),
          ...(input.body.reference !== undefined && { reference: input.body.reference }),
          ...(input.body.receivedAt !== undefined && { receivedAt: input.body.receivedAt }),
          ...(idempotencyKey !== undefined && { idempotencyKey }),
        });
        if (!result.created) input.ctx.status = 200;
        return { orderNo: order.no, ...result };
      },
    }),
  ] as Operation[];
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
