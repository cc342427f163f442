/**
 * What the finance desk reads (refusals, mismatch report lines, statement row states), in Chinese, kept in one
 * place so wording and tone are reviewed together.
 */
import { moneyText as formatYuan } from './yuan.js';

export const financeText = {
  invalidAmount: '金额必须是大于 0 的数，最多两位小数',
  orderTwice: (order: string) => `订单 ${order} 写了两次`,
  noReceivable: (order: string) => `订单 ${order} 还没有应收款（审核通过后才有），不能收款`,
  voided: (order: string) => `订单 ${order} 已取消，不能收款`,
  otherCustomer: (order: string) => `订单 ${order} 不是这个客户的`,
  overOpen: (order: string, openFen: number) => `订单 ${order} 只欠${formatYuan(openFen)}，分配的金额超过了`,
  overReceived: (allocatedFen: number, receivedFen: number) =>
    `分配合计${formatYuan(allocatedFen)}，超过了收到的${formatYuan(receivedFen)}`,
  overCredit: (creditFen: number) => `客户的预收款只有${formatYuan(creditFen)}`,
  noSuchOrder: (order: string) => `没有订单 ${order}`,
  noSuchCustomer: '没有这个客户',
  noSuchReceipt: '没有这笔收款',
  noSuchAllocation: '没有这笔核销',
  noSuchImport: '没有这次导入',
  noSuchRow: '没有这笔流水',
  receiptReversed: '这笔收款已冲销过了',
  allocationReversed: '这笔核销已撤销过了',
  allocationsFirst: '这笔收款已分配到订单，请先撤销分配再冲销（或用冲销收款一并撤销）',
  rowDecided: (state: string, by: string | null) =>
    `这笔流水已${state === 'booked' ? '入账' : state === 'dismissed' ? '标为非客户款' : '处理'}${by ? `（${by}）` : ''}，不用再确认`,
  rowNotIncome: '这笔流水不是收入，不能入账',
  rowCustomerNeeded: '请选择付款的客户',
  badRowsStop: (count: number) =>
    `有 ${count} 笔流水无法读取。核对后确认跳过这些行（allowBadRows）才会导入其余的。`,
  changedMeanwhile: '导入期间账上有变动，请重试',
  writeOffTooLarge: (toleranceFen: number) =>
    `手续费差额最多只能核销${formatYuan(toleranceFen)}（对账设置里的容差）`,
  methodNames: {
    cash: '现金',
    transfer: '转账',
    wechat: '微信',
    alipay: '支付宝',
    bank: '银行流水',
  } as Record<string, string>,
};
