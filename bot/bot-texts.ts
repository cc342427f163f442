/** Everything the bot says itself (the dialog engine writes the order talk). Brief 简体中文, shop-assistant tone. */
import type { WaitingOrder } from './conversation-types.js';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2).replace(/\.00$/, '')}`;

function linesText(lines: WaitingOrder['lines']): string {
  return lines.map((l) => `${l.name} ${l.qty}${l.unit}`).join('，');
}

export const texts = {
  notText: '不好意思，语音和图片我这边看不了，麻烦您打字下单，比如「水泥 50袋」。',
  introduction:
    '您好，我是店里的下单助手，直接发要的货和数量就行，比如「水泥 50袋」。您还不是我们登记的客户，下单后业务员会跟您确认。',
  cancelOutcome: (no: string, outcome: 'cancelled' | 'has_payments' | 'too_late') =>
    outcome === 'cancelled'
      ? `好的，订单 ${no} 已取消。`
      : outcome === 'has_payments'
        ? `订单 ${no} 已经付过款，取消要由业务员办理退款，请联系业务员。`
        : `订单 ${no} 刚刚已经审核或发货了，不能直接取消，请联系业务员。`,
  cancelKept: (no: string) => `好的，订单 ${no} 不取消。`,
  draftExpired: '您之前没确认的订单已经过期了，需要的话请重新发一下要的货。',
  placed: (no: number | string) => `已下单，订单号 ${no}，我们马上安排。`,
  placedFor: (no: number | string, customer: string) => `已帮${customer}下单，订单号 ${no}。`,
  placedByRep: (no: number | string, rep: string) => `业务员${rep}已帮您下单，订单号 ${no}。`,
  placedGuest: (no: string) => `收到，订单号 ${no}。您是第一次在我们这里下单，业务员确认后马上通知您。`,
  repHelp: (name: string) =>
    `${name}您好。可以这样说：\n帮王老板下单 50袋水泥\n待确认（看等您确认的订单）\n确认 0012 / 驳回 0012 原因（订单号的后几位就行）\n订单0012到哪了 / 发货了吗 / 还欠多少 / 取消订单0012`,
  customerNotFound: (q: string) => `没找到客户「${q}」，请写全名再试一次。`,
  customerAmbiguous: (q: string, names: string[]) =>
    `「${q}」对应好几位客户：${names.join('、')}，请写全名。`,
  actingFor: (customer: string) => `好的，现在帮${customer}下单，请发要的货。`,
  noPending: '目前没有等您确认的订单。',
  pendingList: (items: WaitingOrder[]) =>
    ['等您审核的订单：']
      .concat(
        items.map(
          (o) =>
            `${o.number} ${o.customerName} ${linesText(o.lines)}，共${yuan(o.totalFen)}（${o.reason ?? o.stepLabel}）`,
        ),
      )
      .concat('回复「确认 订单号」或「驳回 订单号 原因」，订单号写后几位就行')
      .join('\n'),
  reviewUnknown: (ref: string) => `没有等您审核的订单「${ref}」，可能已经有人处理过了。`,
  reviewAmbiguous: (ref: string, numbers: string[]) =>
    `「${ref}」对得上好几个订单：${numbers.join('、')}，请写完整的订单号。`,
  reviewDecided: (no: string, outcome: 'next_step' | 'approved' | 'rejected') =>
    outcome === 'rejected'
      ? `订单 ${no} 已驳回，已告诉客户。`
      : outcome === 'approved'
        ? `订单 ${no} 已确认，已告诉客户。`
        : `订单 ${no} 这一步已确认，转下一步审核。`,
  rejectNeedsReason: '驳回要写原因，客户会看到，比如「驳回 0012 价格要重新谈」。',
  failed: '不好意思，系统出了点问题，请稍后再发一次。',
};
