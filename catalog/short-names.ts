/**
 * 男拖 / 冬被 / 女帽: a two-character word the catalog lacks, made of the first character of one of a product's values
 * (男码, 冬季, 女款) and the first character of its product word (拖鞋, 被芯, 帽子), read as that word and that value —
 * when exactly one value of the word's products starts with the character, and the product word is said nowhere else
 * in the message in full (明天 beside 天花灯 is no short name of 明装天花灯) and no product word follows it. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { unionOfIds } from './catalog-index.js';
import type { Mention } from './analysis-types.js';
import { normalizeTerm } from './text-normalize.js';

const wordsByFirst = new WeakMap<CatalogIndex, Map<string, number[]>>();

/** The products of the product words (two characters or more) that start with `character`, built once per index. */
function productsOfWordsStartingWith(index: CatalogIndex, character: string): number[] {
  let table = wordsByFirst.get(index);
  if (!table) {
    const lists = new Map<string, number[][]>();
    for (const [word, info] of index.terms) {
      if (word.length < 2 || !info.head.length || !/^\p{Script=Han}+$/u.test(word)) continue;
      const first = word[0]!;
      lists.set(first, [...(lists.get(first) ?? []), info.head]);
    }
    table = new Map([...lists].map(([first, all]) => [first, unionOfIds(all, index.products.length)]));
    wordsByFirst.set(index, table);
  }
  return table.get(character) ?? [];
}

/**
 * The product word and value mentions a short name at `at` makes, or undefined when `piece` is none (not two Han
 * characters, no product word starting with its second, not exactly one value starting with its first, or the word
 * said in full among `mentions`).
 */
export function shortNameMentions(
  index: CatalogIndex,
  piece: string,
  at: number,
  mentions: Mention[],
): Mention[] | undefined {
  if (!/^\p{Script=Han}{2}$/u.test(piece)) return undefined;
  const ids = productsOfWordsStartingWith(index, piece[1]!);
  if (!ids.length || ids.length > 2000) return undefined;
  const named = new Set(ids);
  // (公牛插座: a word said of the product word right after it is a brand or kind not sold, no short name)
  const after = (m: Mention) => m.start === at + 2 || m.start === at + 3;
  if (mentions.some((m) => m.kind === 'head' && (after(m) || m.ids.some((id) => named.has(id)))))
    return undefined;
  let found: { attr: string; value: string } | undefined;
  for (const id of ids)
    for (const [attr, raw] of Object.entries(index.products[id]!.specs)) {
      const value = normalizeTerm(raw);
      if (!value.startsWith(piece[0]!) || value.length < 2 || !/^\p{Script=Han}+$/u.test(value)) continue;
      if (found && (found.attr !== attr || found.value !== value)) return undefined;
      found = { attr, value };
    }
  if (!found) return undefined;
  const { attr, value } = found;
  const valued = ids.filter((id) => normalizeTerm(index.products[id]!.specs[attr] ?? '') === value);
  return [
    { kind: 'spec', text: piece[0]!, start: at, ids: valued, bare: false, family: `attr:${attr}` },
    { kind: 'head', text: piece[1]!, start: at + 1, ids },
  ];
}
