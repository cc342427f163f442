import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Matcher } from '../catalog/matcher.js';
import type { ItemText } from './item-text.js';

const byEnds = new WeakMap<CatalogIndex, Map<string, string[]>>();

/** The catalog's product words (names, aliases, categories) of three or more characters, by first and last character. */
function productWordsByEnds(index: CatalogIndex): Map<string, string[]> {
  let words = byEnds.get(index);
  if (words) return words;
  words = new Map();
  for (const [word, info] of index.terms) {
    if (word.length < 3 || !info.head.length || !/^\p{Script=Han}.*\p{Script=Han}$/u.test(word)) continue;
    const key = word[0]! + word.at(-1)!;
    const list = words.get(key);
    if (list) list.push(word);
    else words.set(key, [word]);
  }
  byEnds.set(index, words);
  return words;
}

/** Whether `short` is `long` with some of its inner characters left out (室内栓 of 室内消火栓). */
function leavesOut(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let at = 0;
  for (const ch of long) if (ch === short[at]) at += 1;
  return at === short.length;
}

/**
 * 室内栓 65的 10个 for 室内消火栓: a word of three or more characters the catalog lacks (or knows only a part of) that keeps the first and last
 * character of exactly one catalog product word and drops only inner ones, in order, is that word shortened the
 * way the trade says it. Returns the item with such words said in full, or undefined when there is none.
 */
export function withFullWords(matcher: Matcher, item: ItemText): ItemText | undefined {
  const words = productWordsByEnds(matcher.index);
  let text = item.text;
  // 室内栓 may be read as a part of 室内消火栓 (its 室内) without naming it
  const partial = item.analysis.mentions.flatMap((x) => (x.kind === 'partial' ? [x.text] : []));
  for (const unknown of [...item.analysis.unknown, ...partial]) {
    if (unknown.length < 3) continue;
    const full = (words.get(unknown[0]! + unknown.at(-1)!) ?? []).filter((word) => leavesOut(unknown, word));
    if (full.length === 1) text = text.replace(unknown, full[0]!);
  }
  if (text === item.text) return undefined;
  return { ...item, text, analysis: matcher.analyze(text) };
}
