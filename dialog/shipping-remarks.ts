import type { Matcher } from '../catalog/matcher.js';

/** A clause: what stands between spaces, commas and line ends. */
const CLAUSE = /[^\s,\n]+/g;
/** 发德邦 / 走安能 / 用顺丰 / 发宏远物流: how the goods are to go, said with the carrier's name. */
const SENT_BY = /^(?:发|走|用|寄)(\p{Script=Han}{2,6})$/u;
/** 宏远物流 / 安能快运 / 德邦专线: a carrier named as one. */
const CARRIER = /(?:物流|快递|快运|货运|专线|托运)$/;

/**
 * Blanks out (with spaces, so every position stays where it was) the shipping remarks in a message that confirms
 * the order: a clause of 发 / 走 / 用 / 寄 and a name the catalog reads nothing in (发德邦 好的就这样), or a name
 * ending in 物流 / 快递 / 快运 (宏远物流 确认) — the way the goods go, never a product the shop lacks. With no
 * confirmation in the message the words are read as they are (发辣条 may ask for a product).
 */
export function withoutShippingRemarks(matcher: Matcher, text: string, confirms: boolean): string {
  if (!confirms) return text;
  return text.replace(CLAUSE, (clause) =>
    isShippingRemark(matcher, clause) ? ' '.repeat(clause.length) : clause,
  );
}

function isShippingRemark(matcher: Matcher, clause: string): boolean {
  const sent = SENT_BY.exec(clause);
  if (!sent && !CARRIER.test(clause)) return false;
  const a = matcher.analyze(sent ? sent[1]! : clause);
  return a.mentions.length === 0 && a.quantities.length === 0;
}
