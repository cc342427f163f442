import type { Matcher } from '../catalog/matcher.js';
import { STOP_CHARS } from '../catalog/stop-words.js';
import { isHan } from '../catalog/text-normalize.js';
import type { ItemText } from './item-text.js';

/** Whether `short` is `long` with some of its inner characters left out (室内栓 of 室内消火栓). */
function leavesOut(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let at = 0;
  for (const ch of long) if (ch === short[at]) at += 1;
  return at === short.length;
}

/**
 * 室内栓 65的 10个 for 室内消火栓: a word of three or more characters the catalog lacks (or knows only a part of)
 * that keeps two characters (together, at its start or after a leading modifier: 吉他包 of 加厚吉他琴包) and the last
 * one of exactly one catalog product word, dropping only inner ones in order, is that word shortened the way the
 * trade says it. Returns the item with such words
 * said in full, or undefined when there is none.
 */
export function withFullWords(matcher: Matcher, item: ItemText): ItemText | undefined {
  const index = matcher.index;
  let text = item.text;
  // 室内栓 may be read as a part of 室内消火栓 (its 室内) without naming it
  const partial = item.analysis.mentions.flatMap((x) => (x.kind === 'partial' ? [x.text] : []));
  for (const unknown of [...item.analysis.unknown, ...partial]) {
    if (unknown.length < 3) continue;
    // the catalog's words of three or more characters that hold its first two characters together (after a
    // leading modifier: 吉他包 of 加厚吉他琴包, 保温盒 of 不锈钢保温饭盒)
    const full = (index.bigrams.get(unknown.slice(0, 2)) ?? []).filter(
      (word) =>
        word.at(-1) === unknown.at(-1) &&
        leavesOut(unknown, word.slice(word.indexOf(unknown.slice(0, 2)))) &&
        (index.terms.get(word)?.head.length ?? 0) > 0,
    );
    if (full.length === 1) text = text.replace(unknown, full[0]!);
  }
  if (text === item.text) return undefined;
  return { ...item, text, analysis: matcher.analyze(text) };
}

/**
 * 尤克里里包 / 小提琴盒 with a 尤克里里琴包 / 加厚小提琴琴盒 in the catalog: a product word read whole (尤克里里) with a
 * character after it that no word took (包, often a pack's word, so dropped) is another product's word said short
 * — the one catalog product word that holds the word read and ends in that character, dropping only inner ones
 * (琴). Returns the item with that word said in full, or undefined when there is none or several.
 */
export function withHeadEnding(matcher: Matcher, item: ItemText): ItemText | undefined {
  const index = matcher.index;
  const a = item.analysis;
  const covered = new Uint8Array(a.text.length);
  for (const x of a.mentions) covered.fill(1, x.start, x.start + x.text.length);
  for (const head of a.mentions) {
    if (head.kind !== 'head' || head.text.length < 2) continue;
    const after = head.start + head.text.length;
    const end = a.text[after];
    if (!end || covered[after] || !isHan(end) || STOP_CHARS.has(end)) continue;
    const short = head.text + end;
    const full = (index.bigrams.get(head.text.slice(0, 2)) ?? []).filter((word) => {
      const at = word.indexOf(head.text);
      return (
        at >= 0 &&
        word.at(-1) === end &&
        leavesOut(short, word.slice(at)) &&
        (index.terms.get(word)?.head.length ?? 0) > 0
      );
    });
    const products = new Set(full.map((word) => index.terms.get(word)!.head.join(',')));
    if (!full.length || products.size !== 1) continue;
    const text = `${a.text.slice(0, head.start)}${full[0]!}${a.text.slice(after + 1)}`;
    return { ...item, text, analysis: matcher.analyze(text) };
  }
  return undefined;
}
