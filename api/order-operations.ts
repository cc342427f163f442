import type { Kysely } from 'kysely';
import { z } from 'zod';
import { customerScope, inScope } from '../auth/access.js';
import type { Person } from '../auth/person.js';
import type { StaffRole } from '../auth/roles.js';
import type { Database } from '../db/schema.js';
import { InvalidTransitionError, ORDER_STATUSES, OrderNotFoundError } from '../orders/order-status.js';
import { PaymentRefusedError, recordPayment } from '../orders/pg-finance.js';
import { cancelOrder, OrderActionRefusedError } from '../orders/pg-order-actions.js';
import { findOrderByNumber, getOrderDetail, listOrders, type OrderRef } from '../orders/pg-order-queries.js';
import { decideReviewStep, ReviewRefusedError } from '../orders/pg-review.js';
import { cancelRemainder, shipOrder, WarehouseRefusedError } from '../orders/pg-shipments.js';
import { REVIEW_STEPS } from '../orders/review-chain.js';
import { ORDER_STATUS_LABELS } from '../orders/status-labels.js';
import type { ErrorMapping } from './error-middleware.js';
import { auditActor, defineOperation, outOfScope, staffOf, type Operation } from './operations.js';

const OrderNumber = z
  .string()
  .regex(/^LD-\d{8}-\d{4,}$/, '订单号的格式：LD-20261205-0007')
  .meta({ description: '订单号（客户在聊天里看到的号码）' });
const OrderParams = z.object({ orderNumber: OrderNumber });
const Day = z.coerce.date();
const ListQuery = z.object({
  status: z.enum(ORDER_STATUSES as [string, ...string[]]).optional(),
  reviewStep: z.enum(REVIEW_STEPS).optional(),
  customerId: z.string().max(64).optional(),
  repId: z.string().max(64).optional(),
  region: z.string().max(50).optional(),
  from: Day.optional().meta({ description: '下单时间不早于（ISO 时间）' }),
  to: Day.optional().meta({ description: '下单时间早于（ISO 时间）' }),
  minFen: z.coerce.number().int().min(0).optional(),
  maxFen: z.coerce.number().int().min(0).optional(),
  q: z.string().max(50).optional().meta({ description: '订单号或客户名的一部分' }),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const ReasonBody = z.object({ reason: z.string().trim().min(1).max(500) });
const ReviewBody = z.object({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().max(500).optional().meta({ description: '驳回时必填，客户和业务员会看到' }),
  step: z
    .enum(REVIEW_STEPS)
    .optional()
    .meta({ description: '要审核的是哪一步（页面上看到的那一步，防止审错）' }),
});
const ShipmentBody = z.object({
  lines: z
    .array(z.object({ lineNo: z.number().int().positive(), qty: z.number().int().positive() }))
    .min(1)
    .max(500),
  note: z.string().trim().max(500).optional(),
});
const PaymentBody = z.object({
  amountFen: z.number().int().positive().meta({ description: '金额，单位：分' }),
  method: z.string().min(1).max(40).meta({ description: '现金、微信、支付宝、转账……' }),
  reference: z.string().min(1).max(100).optional().meta({ description: '转账流水号或收据号' }),
  receivedAt: z.coerce.date().optional(),
});

/** Who works on orders at all; which of them see which orders is their customer scope. */
const ORDER_READERS: StaffRole[] = ['rep', 'clerk', 'warehouse', 'finance', 'manager'];
/** Who decides some review step (which step each may decide is the chain's rule). */
const REVIEWERS: StaffRole[] = ['rep', 'clerk', 'finance', 'warehouse', 'manager'];

/** The order of a number, when the person may act on it (403 for another rep's or region's customer). */
export async function orderFor(
  db: Kysely<Database>,
  orderNumber: string,
  person: Person | undefined,
): Promise<OrderRef> {
  const order = await findOrderByNumber(db, orderNumber);
  if (!order) throw new OrderNotFoundError(orderNumber);
  if (!person) throw outOfScope();
  const scope = customerScope(person);
  if (scope.kind !== 'all' && !(order.customer && inScope(scope, order.customer))) throw outOfScope();
  return order;
}

/** The order operations of the back office, under `/api/orders`. */
export function orderOperations(db: Kysely<Database>): Operation[] {
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
        return listOrders(db, {
          ...query,
          status: query.status as (typeof ORDER_STATUSES)[number] | undefined,
          scope: customerScope(person as Person),
        });
      },
    }),
    defineOperation({
      id: 'getOrder',
      method: 'GET',
      path: '/api/orders/:orderNumber',
      summary: '订单详情：明细（订、备、缺、发、退、取消）、审核记录、状态记录、应收、收款、发货、退货',
      tag: '订单',
      access: ORDER_READERS,
      params: OrderParams,
      async handle({ params, person }) {
        const order = await orderFor(db, params.orderNumber, person);
        return getOrderDetail(db, order.id);
      },
    }),
    defineOperation({
      id: 'reviewOrder',
      method: 'POST',
      path: '/api/orders/:orderNumber/review',
      summary: '审核订单正在等的这一步：通过（进下一步或审核完成）或驳回（写原因）',
      tag: '订单',
      access: REVIEWERS,
      params: OrderParams,
      body: ReviewBody,
      async handle(input) {
        const staff = staffOf(input);
        const order = await orderFor(db, input.params.orderNumber, input.person);
        const outcome = await decideReviewStep(db, {
          orderId: order.id,
          staff,
          decision: input.body.decision,
          ...(input.body.comment !== undefined && { comment: input.body.comment }),
          ...(input.body.step !== undefined && { step: input.body.step }),
          audit: auditActor(input),
        });
        return { orderNumber: order.number, ...outcome };
      },
    }),
    defineOperation({
      id: 'cancelOrder',
      method: 'POST',
      path: '/api/orders/:orderNumber/cancel',
      summary: '取消整个订单（发货前；要写原因）',
      tag: '订单',
      access: ['rep', 'clerk', 'manager'],
      params: OrderParams,
      body: ReasonBody,
      async handle(input) {
        const staff = staffOf(input);
        const order = await orderFor(db, input.params.orderNumber, input.person);
        const result = await cancelOrder(db, {
          orderId: order.id,
          actor: `staff:${staff.id}`,
          reason: input.body.reason,
          audit: auditActor(input),
        });
        return { orderNumber: order.number, from: result.from, to: result.to };
      },
    }),
    defineOperation({
      id: 'shipOrder',
      method: 'POST',
      path: '/api/orders/:orderNumber/shipments',
      summary: '发货：发有货的部分（每行不超过已备货数），其余欠着或以后取消',
      tag: '仓库',
      access: ['warehouse'],
      params: OrderParams,
      body: ShipmentBody,
      status: 201,
      async handle(input) {
        const staff = staffOf(input);
        const order = await orderFor(db, input.params.orderNumber, input.person);
        return shipOrder(db, {
          orderId: order.id,
          staffId: staff.id,
          lines: input.body.lines,
          ...(input.body.note !== undefined && { note: input.body.note }),
          audit: auditActor(input),
        });
      },
    }),
    defineOperation({
      id: 'cancelRemainder',
      method: 'POST',
      path: '/api/orders/:orderNumber/cancel-remainder',
      summary: '部分发货后，剩下的不发了（要写原因；这部分不收钱）',
      tag: '仓库',
      access: ['warehouse', 'clerk', 'manager'],
      params: OrderParams,
      body: ReasonBody,
      async handle(input) {
        const staff = staffOf(input);
        const order = await orderFor(db, input.params.orderNumber, input.person);
        const result = await cancelRemainder(db, {
          orderId: order.id,
          staffId: staff.id,
          reason: input.body.reason,
          audit: auditActor(input),
        });
        return { orderNumber: order.number, ...result };
      },
    }),
    defineOperation({
      id: 'recordPayment',
      method: 'POST',
      path: '/api/orders/:orderNumber/payments',
      summary: '登记收款（带 Idempotency-Key 重复提交只记一次）',
      tag: '财务',
      access: ['finance'],
      params: OrderParams,
      body: PaymentBody,
      status: 201,
      async handle(input) {
        const staff = staffOf(input);
        const order = await orderFor(db, input.params.orderNumber, input.person);
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
        return { orderNumber: order.number, ...result };
      },
    }),
  ] as Operation[];
}

const PAYMENT_REFUSALS: Record<PaymentRefusedError['code'], string> = {
  no_receivable: '这个订单还没有应收款（审核通过后才有），不能收款',
  receivable_void: '这个订单已取消，不能收款',
  overpayment: '收款金额超过了这单还欠的钱',
  invalid_amount: '收款金额必须是正数',
};

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
    match: (e) => e instanceof ReviewRefusedError,
    status: 409,
    code: 'review_refused',
    message: (e) => (e as ReviewRefusedError).message,
  },
  {
    match: (e) => e instanceof WarehouseRefusedError,
    status: 409,
    code: 'warehouse_refused',
    message: (e) => (e as WarehouseRefusedError).message,
  },
  {
    match: (e) => e instanceof PaymentRefusedError,
    status: 422,
    code: 'payment_refused',
    message: (e) => PAYMENT_REFUSALS[(e as PaymentRefusedError).code],
  },
];
