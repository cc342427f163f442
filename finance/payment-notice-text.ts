/**
 * What customers and their reps read in chat about their account (payments booked, 对账单): brief, polite 简体中文,
 * kept in one place.
 */
import { formatYuan } from '../orders/money.js';

/** One order a payment went to, and what it still asks for afterwards. */
export interface PaidOrder {
  orderNumber: string;
  amountFen: number;
  stillOwedFen: number;
}

const METHOD_WORDS: Record<string, string> = {
  cash: '现金',
  transfer: '转账',
  wechat: '微信',
  alipay: '支付宝',
  bank: '银行转账',
};

/** The method as people say it (older records keep their own words). */
export const methodWords = (method: string) => METHOD_WORDS[method] ?? method;

/** The notice of one receipt: how much came in, where it went, what stays as 预收. */
export function paymentReceivedText(p: {
  amountFen: number;
  method: string;
  orders: readonly PaidOrder[];
  unappliedFen: number;
}): string {
  const parts = p.orders.map(
    (o) =>
      `订单 ${o.orderNumber} ${formatYuan(o.amountFen)}（${o.stillOwedFen > 0 ? `还差${formatYuan(o.stillOwedFen)}` : '已结清'}）`,
  );
  const where = parts.length ? `已入账：${parts.join('；')}。` : '';
  const credit = p.unappliedFen > 0 ? `${formatYuan(p.unappliedFen)}记为预收款，下次订单可直接抵扣。` : '';
  return `收到您的付款${formatYuan(p.amountFen)}（${methodWords(p.method)}），谢谢！${where}${credit}`;
}

/** The chat message that sends a 对账单: the period, the balances, and the link to the printable copy. */
export function statementNoticeText(s: {
  customerName: string;
  from: string;
  to: string;
  openingFen: number;
  closingFen: number;
  lines: number;
  url: string | null;
}): string {
  const closing =
    s.closingFen > 0
      ? `期末应付${formatYuan(s.closingFen)}`
      : s.closingFen < 0
        ? `期末预收${formatYuan(-s.closingFen)}`
        : '期末已结清';
  return (
    `${s.customerName}您好，这是您 ${s.from} 至 ${s.to} 的对账单：期初${formatYuan(s.openingFen)}，` +
    `本期往来 ${s.lines} 笔，${closing}。` +
    (s.url ? `明细请点：${s.url}（7 天内有效）` : '') +
    '如有出入请告诉我们，谢谢！'
  );
}
