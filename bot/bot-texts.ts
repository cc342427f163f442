/** Everything the bot says itself (the dialog engine writes the order talk). Brief 简体中文, shop-assistant tone. */
import type { DraftLine } from '../dialog/dialog-types.js';
import type { PendingReview } from './conversation-types.js';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2).replace(/\.00$/, '')}`;

function linesText(lines: DraftLine[]): string {
  return lines.map((l) => `${l.sku} ${l.qty}${l.unit}`).join('，');
}

export const texts = {
  notText: '不好意思，语音和图片我这边看不了，麻烦您打字下单，比如「水泥 50袋」。',
  introduction:
    '您好，我是店里的下单助手，直接发要的货和数量就行，比如「水泥 50袋」。您还不是我们登记的客户，下单后业务员会跟您确认。',
  draftExpired: '您之前没确认的订单已经过期了，需要的话请重新发一下要的货。',
  placed: (no: number | string) => `已下单，订单号 ${no}，我们马上安排。`,
  placedFor: (no: number | string, customer: string) => `已帮${customer}下单，订单号 ${no}。`,
  placedByRep: (no: number | string, rep: string) => `业务员${rep}已帮您下单，订单号 ${no}。`,
  heldNewCustomer: '收到，订单已转给业务员确认，确认后马上通知您。',
  heldOverLimit: '收到，这单金额较大，业务员确认后马上通知您。',
  repHelp: (name: string) =>
    `${name}您好。可以这样说：\n帮王老板下单 50袋水泥\n待确认（看等您确认的订单）\n确认 12 / 拒绝 12`,
  customerNotFound: (q: string) => `没找到客户「${q}」，请写全名再试一次。`,
  customerAmbiguous: (q: string, names: string[]) =>
    `「${q}」对应好几位客户：${names.join('、')}，请写全名。`,
  actingFor: (customer: string) => `好的，现在帮${customer}下单，请发要的货。`,
  noPending: '目前没有等您确认的订单。',
  pendingList: (items: PendingReview[]) =>
    ['等您确认的订单：']
      .concat(
        items.map((p) => `${p.no}. ${p.requester.name} ${linesText(p.order.lines)}，共${yuan(p.totalFen)}`),
      )
      .concat('回复「确认 编号」或「拒绝 编号」')
      .join('\n'),
  pendingUnknown: (no: number) => `没有编号 ${no} 的待确认订单，可能已经处理过了。`,
  reviewApproved: (no: number, orderNo: number | string) => `编号 ${no} 已确认，订单号 ${orderNo}。`,
  reviewRejected: (no: number) => `编号 ${no} 已拒绝，已告诉客户。`,
  requesterApproved: (orderNo: number | string) => `您的订单业务员已确认，订单号 ${orderNo}，我们马上安排。`,
  requesterRejected: (reason: string) =>
    `不好意思，您的订单业务员没有通过${reason ? `（${reason}）` : ''}，有问题可以直接联系我们。`,
  repToldNewCustomer: (p: PendingReview) =>
    `新客户「${p.requester.name}」下单，待您确认（编号 ${p.no}）：${linesText(p.order.lines)}，共${yuan(
      p.totalFen,
    )}。回复「确认 ${p.no}」或「拒绝 ${p.no}」。`,
  repToldOverLimit: (p: PendingReview) =>
    `${p.requester.name}的订单金额${yuan(p.totalFen)}，超过限额，待您确认（编号 ${p.no}）：${linesText(
      p.order.lines,
    )}。回复「确认 ${p.no}」或「拒绝 ${p.no}」。`,
  failed: '不好意思，系统出了点问题，请稍后再发一次。',
};
