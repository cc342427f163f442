import type { Matcher } from '../catalog/matcher.js';
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
 * that keeps the first two characters (together) and the last one of exactly one catalog product word, dropping
 * only inner ones in order, is that word shortened the way the trade says it. Returns the item with such words
 * said in full, or undefined when there is none.
 */
export function withFullWords(matcher: Matcher, item: ItemText): ItemText | undefined {
  const index = matcher.index;
  let text = item.text;
  // 室内栓 may be read as a part of 室内消火栓 (its 室内) without naming it
  const partial = item.analysis.mentions.flatMap((x) => (x.kind === 'partial' ? [x.text] : []));
  for (const unknown of [...item.analysis.unknown, ...partial]) {
    if (unknown.length < 3) continue;
    // the catalog's words of three or more characters that hold its first two characters together
    const full = (index.bigrams.get(unknown.slice(0, 2)) ?? []).filter(
      (word) =>
        word[0] === unknown[0] &&
        word.at(-1) === unknown.at(-1) &&
        leavesOut(unknown, word) &&
        (index.terms.get(word)?.head.length ?? 0) > 0,
    );
    if (full.length === 1) text = text.replace(unknown, full[0]!);
  }
  if (text === item.text) return undefined;
  return { ...item, text, analysis: matcher.analyze(text) };
}
