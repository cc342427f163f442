import type { Kysely } from 'kysely';
import { z } from 'zod';
import { customerScope } from '../auth/access.js';
import { writeAudit } from '../auth/pg-audit-log.js';
import type { Person } from '../auth/person.js';
import type { Database } from '../db/schema.js';
import { allocateOldestFirst } from '../finance/journal-rules.js';
import { addPayerName, payerNamesOf } from '../finance/pg-bank-review.js';
import { readFinanceSettings, writeFinanceSettings } from '../finance/pg-finance-settings.js';
import { mismatchReport } from '../finance/pg-mismatch-report.js';
import {
  applyCredit,
  bookHandPayment,
  openOrdersForAllocation,
  reverseAllocation,
  reverseReceipt,
} from '../finance/pg-money-desk.js';
import { standingAllocationsOf } from '../finance/pg-money-journal.js';
import { openOrderMoney, receivablesByCustomer } from '../finance/pg-receivables.js';
import { bankStatementOperations } from './bank-statement-operations.js';
import { customerStatementOperations, type StatementDeps } from './customer-statement-operations.js';
import {
  CustomerParams,
  customerFor,
  Day,
  financeAnswers,
  IdParam,
  MONEY_READERS,
  MONEY_WRITERS,
  OrderAllocation,
  ReasonBody,
  Yuan,
} from './finance-api-support.js';
import { auditActor, defineOperation, staffOf, type Operation } from './operations.js';

const PaymentBody = z
  .object({
    customerId: z.string().min(1).max(64),
    amountYuan: Yuan,
    method: z
      .enum(['cash', 'transfer', 'wechat', 'alipay'])
      .meta({ description: '现金、转账、微信、支付宝' }),
    reference: z.string().trim().min(1).max(100).optional().meta({ description: '转账流水号或收据号' }),
    receivedAt: z.coerce.date().optional(),
    note: z.string().trim().max(500).optional(),
    allocations: z
      .array(OrderAllocation)
      .max(200)
      .optional()
      .meta({ description: '分到哪些订单；不写则按 oldestFirst' }),
    oldestFirst: z.boolean().optional().meta({ description: 'true：从最早的未结订单起依次分配，余款记预收' }),
  })
  .refine((b) => (b.allocations !== undefined) !== (b.oldestFirst === true), {
    message:
      '请写明分配（allocations），或选择从最早的订单起分配（oldestFirst: true）；全部记预收请传 allocations: []',
  });
const CreditBody = z
  .object({ allocations: z.array(OrderAllocation).max(200).optional(), oldestFirst: z.boolean().optional() })
  .refine((b) => (b.allocations !== undefined) !== (b.oldestFirst === true), {
    message: '请写明分配（allocations），或选择从最早的订单起抵扣（oldestFirst: true）',
  });
const ReceivablesQuery = z.object({
  asOf: Day.optional(),
  overdueOnly: z.enum(['true', 'false']).optional(),
});
const OfferQuery = z.object({ amountYuan: Yuan.optional() });
const SettingsBody = z.object({
  toleranceFen: z
    .number()
    .int()
    .min(0)
    .max(100_00)
    .meta({ description: '手续费容差（分）：少于应收不超过这个数也算付清' }),
  dateWindowDays: z.number().int().min(0).max(366),
  paymentTermsDays: z
    .number()
    .int()
    .min(0)
    .max(366)
    .meta({ description: '账期（天）：发货后超过这个天数未付为逾期' }),
  unmatchedAlertDays: z.number().int().min(0).max(366),
});
const MismatchQuery = z.object({
  days: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .meta({ description: '流水未处理超过几天列出（默认按设置）' }),
  overridesSinceDays: z.coerce.number().int().min(1).max(3650).optional(),
});

const money = (tag: string) => ({ tag });

/**
 * The finance desk's operations under `/api/finance` (receivables and aging, payments by hand, 预收, reversals,
 * payer names, settings, the mismatch report), the bank statement ones and the 对账单 ones. Finance writes;
 * finance and managers (their regions) read.
 */
export function financeOperations(deps: StatementDeps & { db: Kysely<Database> }): Operation[] {
  const { db } = deps;
  return financeAnswers([
    defineOperation({
      id: 'listReceivables',
      method: 'GET',
      path: '/api/finance/receivables',
      summary: '应收账款：每个客户的未结金额、预收、账龄（0–30、31–60、61–90、90 天以上）和逾期',
      ...money('财务'),
      access: MONEY_READERS,
      query: ReceivablesQuery,
      async handle({ query, person }) {
        const r = await receivablesByCustomer(db, {
          scope: customerScope(person as Person),
          ...(query.asOf && { asOf: query.asOf }),
        });
        return query.overdueOnly === 'true' ? { ...r, customers: r.customers.filter((c) => c.overdue) } : r;
      },
    }),
    defineOperation({
      id: 'getCustomerReceivables',
      method: 'GET',
      path: '/api/finance/customers/:customerId/receivables',
      summary: '一个客户的未结订单（发货、退货、已收、账龄、逾期）、预收款和付款人名单',
      ...money('财务'),
      access: MONEY_READERS,
      params: CustomerParams,
      query: ReceivablesQuery,
      async handle({ params, query, person }) {
        const customer = await customerFor(db, params.customerId, person);
        const filter = {
          scope: { kind: 'all' as const },
          customerId: customer.id,
          ...(query.asOf && { asOf: query.asOf }),
        };
        const [summary, open, receipts, payerNames] = await Promise.all([
          receivablesByCustomer(db, filter),
          openOrderMoney(db, filter),
          db
            .selectFrom('money_receipts')
            .select(['id', 'amount_fen', 'booked_fen', 'allocated_fen', 'method', 'reference', 'received_at'])
            .where('customer_id', '=', customer.id)
            .orderBy('id', 'desc')
            .limit(200)
            .execute(),
          payerNamesOf(db, customer.id),
        ]);
        const allocations = await standingAllocationsOf(
          db,
          receipts.map((r) => Number(r.id)),
        );
        return {
          customer: summary.customers[0] ?? { customerId: customer.id, customerName: customer.name },
          asOf: open.asOf,
          termsDays: open.termsDays,
          orders: open.orders,
          receipts: receipts.map((r) => ({
            receiptId: Number(r.id),
            amountFen: Number(r.amount_fen),
            reversed: Number(r.booked_fen) === 0,
            unappliedFen: Number(r.booked_fen) - Number(r.allocated_fen),
            method: r.method,
            reference: r.reference,
            receivedAt: r.received_at,
            allocations: allocations
              .filter((a) => a.receiptId === Number(r.id))
              .map(({ allocationId, orderNumber, amountFen, writeOffFen }) => ({
                allocationId,
                orderNumber,
                amountFen,
                writeOffFen,
              })),
          })),
          payerNames,
        };
      },
    }),
    defineOperation({
      id: 'offerAllocation',
      method: 'GET',
      path: '/api/finance/customers/:customerId/allocation-offer',
      summary: '收款分配建议：从最早的未结订单起依次分配（余款记预收）',
      ...money('财务'),
      access: MONEY_WRITERS,
      params: CustomerParams,
      query: OfferQuery,
      async handle({ params, query, person }) {
        const customer = await customerFor(db, params.customerId, person);
        const open = await openOrdersForAllocation(db, customer.id, false);
        const total = open.reduce((s, o) => s + o.outstandingFen, 0);
        return {
          customerId: customer.id,
          openOrders: open,
          ...allocateOldestFirst(open, query.amountYuan ?? total),
        };
      },
    }),
    defineOperation({
      id: 'recordCustomerPayment',
      method: 'POST',
      path: '/api/finance/payments',
      summary:
        '手工登记收款（现金、转账、微信、支付宝），分到一张或几张订单，余款记预收；带 Idempotency-Key 只记一次',
      ...money('财务'),
      access: MONEY_WRITERS,
      body: PaymentBody,
      status: 201,
      async handle(input) {
        staffOf(input);
        const customer = await customerFor(db, input.body.customerId, input.person);
        const b = input.body;
        const outcome = await bookHandPayment(db, {
          customerId: customer.id,
          amountFen: b.amountYuan,
          method: b.method,
          reference: b.reference ?? null,
          receivedAt: b.receivedAt ?? null,
          note: b.note ?? null,
          allocations: b.oldestFirst
            ? 'oldest-first'
            : (b.allocations ?? []).map((a) => ({ orderNumber: a.orderNumber, amountFen: a.amountYuan })),
          idempotencyKey: (input.ctx.state.idempotencyKey as string | undefined) ?? null,
          audit: auditActor(input),
        });
        if (outcome.kind === 'repeat') input.ctx.status = 200;
        return outcome;
      },
    }),
    defineOperation({
      id: 'applyCustomerCredit',
      method: 'POST',
      path: '/api/finance/customers/:customerId/apply-credit',
      summary: '用客户的预收款抵扣未结订单（指定订单，或从最早的起）',
      ...money('财务'),
      access: MONEY_WRITERS,
      params: CustomerParams,
      body: CreditBody,
      async handle(input) {
        const customer = await customerFor(db, input.params.customerId, input.person);
        return applyCredit(db, {
          customerId: customer.id,
          allocations: input.body.oldestFirst
            ? 'oldest-first'
            : (input.body.allocations ?? []).map((a) => ({
                orderNumber: a.orderNumber,
                amountFen: a.amountYuan,
              })),
          audit: auditActor(input),
        });
      },
    }),
    defineOperation({
      id: 'reverseReceipt',
      method: 'POST',
      path: '/api/finance/receipts/:receiptId/reverse',
      summary: '冲销一笔收款（记错、退票）：分配和收款都以冲销记录撤回，银行流水回到待处理',
      ...money('财务'),
      access: MONEY_WRITERS,
      params: IdParam('receiptId'),
      body: ReasonBody,
      async handle(input) {
        const { receiptId } = input.params as { receiptId: number };
        return reverseReceipt(db, { receiptId, reason: input.body.reason, audit: auditActor(input) });
      },
    }),
    defineOperation({
      id: 'reverseAllocation',
      method: 'POST',
      path: '/api/finance/allocations/:allocationId/reverse',
      summary: '撤销一笔核销（分错了订单）：钱回到客户预收，可再分配',
      ...money('财务'),
      access: MONEY_WRITERS,
      params: IdParam('allocationId'),
      body: ReasonBody,
      async handle(input) {
        const { allocationId } = input.params as { allocationId: number };
        return reverseAllocation(db, { allocationId, reason: input.body.reason, audit: auditActor(input) });
      },
    }),
    defineOperation({
      id: 'addPayerName',
      method: 'POST',
      path: '/api/finance/customers/:customerId/payer-names',
      summary: '给客户加一个付款人名字（老板娘、公司账户），银行流水按它认人',
      ...money('财务'),
      access: MONEY_WRITERS,
      params: CustomerParams,
      body: z.object({ name: z.string().trim().min(2).max(60) }),
      status: 201,
      async handle(input) {
        const customer = await customerFor(db, input.params.customerId, input.person);
        await addPayerName(db, { customerId: customer.id, name: input.body.name, audit: auditActor(input) });
        return { customerId: customer.id, payerNames: await payerNamesOf(db, customer.id) };
      },
    }),
    defineOperation({
      id: 'getFinanceSettings',
      method: 'GET',
      path: '/api/finance/settings',
      summary: '对账设置：手续费容差、对账期、账期、流水未处理提醒天数',
      ...money('财务'),
      access: MONEY_READERS,
      handle: () => readFinanceSettings(db),
    }),
    defineOperation({
      id: 'setFinanceSettings',
      method: 'PUT',
      path: '/api/finance/settings',
      summary: '改对账设置',
      ...money('财务'),
      access: MONEY_WRITERS,
      body: SettingsBody,
      async handle(input) {
        const actor = auditActor(input);
        return db.transaction().execute(async (tx) => {
          const before = await readFinanceSettings(tx);
          const after = await writeFinanceSettings(tx, input.body, actor.staffId);
          await writeAudit(tx, actor, { action: 'finance.settings.update', detail: { before, after } });
          return after;
        });
      },
    }),
    defineOperation({
      id: 'mismatchReport',
      method: 'GET',
      path: '/api/finance/mismatches',
      summary:
        '对不上的账：发货未记应收、应收≠发货−退货、未分配收款、超额核销、久未处理的流水、重复流水、财务审核放行（谁、为什么）',
      ...money('财务'),
      access: MONEY_READERS,
      query: MismatchQuery,
      async handle({ query, person }) {
        return mismatchReport(db, {
          scope: customerScope(person as Person),
          ...(query.days !== undefined && { unmatchedAfterDays: query.days }),
          ...(query.overridesSinceDays !== undefined && { overridesSinceDays: query.overridesSinceDays }),
        });
      },
    }),
    ...bankStatementOperations(db),
    ...customerStatementOperations(deps),
  ] as Operation[]);
}
