/** What a sales rep's message asks for, before it goes to the dialog engine. Pure. */
export type RepCommand =
  | { type: 'list' }
  /** `ref`: a whole order number, or its last digits. */
  | { type: 'approve'; ref: string }
  | { type: 'reject'; ref: string; reason: string }
  /** 帮王老板下单 50袋水泥: `rest` is the order text, possibly empty. */
  | { type: 'order_for'; customer: string; rest: string }
  | { type: 'none' };

const LIST = /^(待确认|待审核|待处理|草稿|待确认订单)[?？!！。.\s]*$/;
const REF = '(LD-\\d{8}-\\d{4,}|\\d{1,9})';
const APPROVE = new RegExp(
  `^(确认|通过|同意|批准)\\s*(?:订单|编号|#|＃|第)?\\s*${REF}\\s*(?:号|单)?[。.!！\\s]*$`,
  'i',
);
const REJECT = new RegExp(
  `^(拒绝|驳回|不通过|不要)\\s*(?:订单|编号|#|＃|第)?\\s*${REF}\\s*(?:号|单)?[，,。.\\s]*(.*)$`,
  'is',
);
const ORDER_FOR = /^(?:帮|给|替)\s*(.{1,30}?)\s*(?:下单|下个单|下一单|订货|订|要|拿)[：:，,\s]*(.*)$/s;

export function parseRepCommand(text: string): RepCommand {
  const t = text.trim();
  if (LIST.test(t)) return { type: 'list' };
  const approve = APPROVE.exec(t);
  if (approve) return { type: 'approve', ref: (approve[2] ?? '').toUpperCase() };
  const reject = REJECT.exec(t);
  if (reject)
    return { type: 'reject', ref: (reject[2] ?? '').toUpperCase(), reason: (reject[3] ?? '').trim() };
  const orderFor = ORDER_FOR.exec(t);
  if (orderFor?.[1])
    return { type: 'order_for', customer: orderFor[1].trim(), rest: (orderFor[2] ?? '').trim() };
  return { type: 'none' };
}
