/** The lines of the mismatch report (订单 ↔ 发货 ↔ 收款), in Chinese for the finance desk, in one place. */
import { shopDay } from '../lib/shop-day.js';
import { moneyText as formatYuan } from './yuan.js';

export const MISMATCH_KINDS = [
  'shipped_without_receivable',
  'receivable_differs',
  'payment_not_allocated',
  'allocated_over_open',
  'journal_drift',
  'completed_but_owing',
  'statement_row_waiting',
  'bank_row_twice',
  'booked_by_hand_and_bank',
  'finance_hold_overridden',
] as const;
export type MismatchKind = (typeof MISMATCH_KINDS)[number];

export const mismatchText = {
  shippedWithoutReceivable: (order: string, valueFen: number) =>
    `订单 ${order} 已发货${formatYuan(valueFen)}，但没有记应收`,
  receivableDiffers: (order: string, owedFen: number, expectedFen: number) =>
    `订单 ${order} 应收${formatYuan(owedFen)}，与已发货减退货${formatYuan(expectedFen)}不符`,
  paymentNotAllocated: (customer: string, receipt: string, leftFen: number, openOrders: number) =>
    `${customer}的收款 ${receipt} 有${formatYuan(leftFen)}未分配到订单（预收）` +
    (openOrders > 0 ? `，该客户还有 ${openOrders} 张未结订单，可以抵扣` : ''),
  allocatedOverOpen: (order: string, excessFen: number) =>
    `订单 ${order} 的收款超过应收${formatYuan(excessFen)}`,
  journalDrift: (what: string, id: string, problem: string) =>
    `账目与流水合计不符（${what} ${id}：${problem}）`,
  completedButOwing: (order: string, owingFen: number) =>
    `订单 ${order} 已完结，但收款冲销后还欠${formatYuan(owingFen)}`,
  rowWaiting: (date: string, amountFen: number, payer: string | null, age: number) =>
    `${date} 收到${payer ?? '未知付款人'}${formatYuan(amountFen)}，已 ${age} 天未处理`,
  bankRowTwice: (date: string, amountFen: number, payer: string | null, first: number, second: number) =>
    `${date} ${payer ?? '未知付款人'}${formatYuan(amountFen)} 在两次导入中各出现一次（流水 ${first} 与 ${second}），可能重复`,
  bookedByHandAndBank: (customer: string, amountFen: number, hand: string, bank: string) =>
    `${customer}的${formatYuan(amountFen)}既手工登记（${hand}）又从银行流水入账（${bank}），可能记了两次`,
  holdOverridden: (order: string, held: string | null, who: string, comment: string | null, at: Date) =>
    `订单 ${order} 财务审核${held ? `（原因：${held}）` : ''}由${who}于 ${shopDay(at)} 放行` +
    (comment ? `，理由：${comment}` : '，未写理由'),
};
