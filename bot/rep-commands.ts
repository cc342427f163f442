/** What a sales rep's message asks for, before it goes to the dialog engine. Pure. */
export type RepCommand =
  | { type: 'list' }
  | { type: 'approve'; no: number }
  | { type: 'reject'; no: number; reason: string }
  /** 帮王老板下单 50袋水泥: `rest` is the order text, possibly empty. */
  | { type: 'order_for'; customer: string; rest: string }
  | { type: 'none' };

const LIST = /^(待确认|待审核|待处理|草稿|待确认订单)[?？!！。.\s]*$/;
const APPROVE = /^(确认|通过|同意|批准)\s*(?:编号|#|＃|第)?\s*(\d{1,9})\s*(?:号|单)?[。.!！\s]*$/;
const REJECT = /^(拒绝|驳回|不通过|不要)\s*(?:编号|#|＃|第)?\s*(\d{1,9})\s*(?:号|单)?[，,。.\s]*(.*)$/s;
const ORDER_FOR = /^(?:帮|给|替)\s*(.{1,30}?)\s*(?:下单|下个单|下一单|订货|订|要|拿)[：:，,\s]*(.*)$/s;

export function parseRepCommand(text: string): RepCommand {
  const t = text.trim();
  if (LIST.test(t)) return { type: 'list' };
  const approve = APPROVE.exec(t);
  if (approve) return { type: 'approve', no: Number(approve[2]) };
  const reject = REJECT.exec(t);
  if (reject) return { type: 'reject', no: Number(reject[2]), reason: (reject[3] ?? '').trim() };
  const orderFor = ORDER_FOR.exec(t);
  if (orderFor?.[1])
    return { type: 'order_for', customer: orderFor[1].trim(), rest: (orderFor[2] ?? '').trim() };
  return { type: 'none' };
}
