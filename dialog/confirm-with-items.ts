import type { DraftChange } from './draft-changes.js';

/**
 * 那给我拿雾霾蓝5支吧 确认 / 淡奶油两箱 确认: a message that orders items and ends in a confirmation confirms the order
 * with them, when every item it said was placed as said — each a new line, nothing noted about any (not sold, a
 * spec the shop lacks, words not read) and nothing else changed. The caller asks first when anything is still
 * open. Pure.
 */
export function confirmsItsOwnItems(
  text: string,
  confirm: 'strong' | 'weak' | undefined,
  changes: DraftChange[],
) {
  if (confirm !== 'strong' || !CONFIRM_AT_END.test(text)) return false;
  return changes.length > 0 && changes.every((c) => c.kind === 'added' && c.fresh);
}

/** The confirmation said last, after the items: 确认 / 下单 / 就这些 / 确定, with a particle at most. */
const CONFIRM_AT_END =
  /(?:(?<![不别没未])确认(?:下单)?|(?<![不别没未])下单|(?<![不别没未])确定|就这些|就这么多)(?:了|吧|啊|哈|哦)?[\s,，。.!！~]*$/;
