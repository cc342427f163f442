import type { Matcher } from '../catalog/matcher.js';
import { hasIdentity, hasProductWord } from './item-text.js';

/**
 * 雨虹C2 40 十字卡2mm 5包: a whole number said alone after a product and its values, that is no value of any
 * product, and that is followed after a space by the next product word, closes the item before it as its amount
 * (read in the item's sale unit where the item is resolved). Returns the message part cut after that number —
 * the first item (雨虹C2 40) and the rest (十字卡2mm 5包) — or undefined when there is no such number, when
 * an amount with a unit is said before it, or when the words before it name nothing the catalog has.
 */
export function partAfterBareAmount(matcher: Matcher, text: string): [string, string] | undefined {
  const a = matcher.analyze(text);
  for (const [k, number] of a.mentions.entries()) {
    if (number.kind !== 'spec' || !number.bare || number.ids.length || !/^\d+$/.test(number.text)) continue;
    const next = a.mentions[k + 1];
    const end = number.start + number.text.length;
    if (!next || (next.kind !== 'head' && next.kind !== 'brand')) continue;
    if (!/^\s+$/.test(a.text.slice(end, next.start))) continue;
    const before = a.text.slice(0, number.start).trim();
    if (!before || !/\s$/.test(a.text.slice(0, number.start))) continue;
    if (a.quantities.some((q) => q.start < number.start)) continue;
    const head = matcher.analyze(before);
    if (!hasIdentity(head) || head.unknown.length) continue;
    if (matcher.resolve(head, { quick: true }).result.kind === 'not_found') continue;
    const rest = a.text.slice(next.start).trim();
    if (!hasProductWord(matcher.analyze(rest))) continue;
    return [a.text.slice(0, end).trim(), rest];
  }
  return undefined;
}
