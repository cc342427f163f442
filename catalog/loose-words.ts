/**
 * Readings of words the catalog does not spell the way the customer did: a lone character (水, 热的, 罐的), a
 * colloquial word ending (管子), a near-sounding typo (地露), a one-character material (铜弯头), a partial word
 * joined to a product word (活接球阀). Each built once per index and kept. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { unionOfIds } from './catalog-index.js';
import type { Mention } from './analysis-types.js';
import { STOP_CHARS } from './stop-words.js';
import { isHan, normalizeTerm } from './text-normalize.js';
import { pinyinOfChar } from './typo-correct.js';
import { partialIds } from './word-lookups.js';
/** Materials a single character names (铜弯头, 铁管): said of a product none is made of, it is not sold. */
export const MATERIAL_CHARS = '铜铁钢铝锌塑木竹玻陶瓷石金银';

const wordsCache = new WeakMap<CatalogIndex, Map<number, string>>();

/** Everything a product is called or said to be, in one string (for one-character modifiers). */
export function productWords(index: CatalogIndex, id: number): string {
  let cache = wordsCache.get(index);
  if (!cache) wordsCache.set(index, (cache = new Map()));
  let words = cache.get(id);
  if (words === undefined) {
    const p = index.products[id]!;
    words = [p.name, p.brand ?? '', p.category ?? '', ...p.aliases, ...Object.values(p.specs)].join(' ');
    if (cache.size > 20000) cache.clear();
    cache.set(id, words);
  }
  return words;
}

/**
 * 活接 + 球阀 said as 活接球阀, a piece of 双活接球阀: a partial word right before or after a product word, when the
 * two together are a piece of a catalog word, are that one piece.
 */
export function mergePartialWithHead(index: CatalogIndex, mentions: Mention[]): void {
  for (const p of mentions.filter((m) => m.kind === 'partial')) {
    const head = mentions.find(
      (h) =>
        h.kind === 'head' && (h.start === p.start + p.text.length || h.start + h.text.length === p.start),
    );
    if (!head) continue;
    const first = head.start < p.start ? head : p;
    const joined = first === head ? `${head.text}${p.text}` : `${p.text}${head.text}`;
    // 不锈钢螺帽 is no word (不锈钢螺母 is): the value part and the product word stay two words
    if (!insideAWord(index, joined)) continue;
    const ids = partialIds(index, joined);
    if (!ids.length) continue;
    mentions.splice(mentions.indexOf(head), 1);
    mentions.splice(mentions.indexOf(p), 1, { kind: 'partial', text: joined, start: first.start, ids });
  }
}

/** True when `piece` lies inside a catalog word at least a third of whose length it is. */
export function insideAWord(index: CatalogIndex, piece: string): boolean {
  const words = index.bigrams.get(piece.slice(0, 2)) ?? [];
  return words.some((w) => w.includes(piece) && piece.length * 3 >= w.length);
}

const nearCache = new WeakMap<
  CatalogIndex,
  { byFirst: Map<string, string[]>; byLast: Map<string, string[]> }
>();

/**
 * 地露 → 地漏: the one catalog word of the same length that differs in a single character, when that character
 * sounds nearly the same (same initial, syllables one letter apart: lu / lou). Homophones are corrected before
 * (typo-correct.ts); this takes the near ones.
 */
export function nearWord(index: CatalogIndex, piece: string): string | undefined {
  if (piece.length < 2 || piece.length > 4 || ![...piece].every(isHan)) return undefined;
  let cache = nearCache.get(index);
  if (!cache) {
    const byFirst = new Map<string, string[]>();
    const byLast = new Map<string, string[]>();
    for (const t of index.terms.keys()) {
      if (t.length < 2 || t.length > 4 || ![...t].every(isHan)) continue;
      (byFirst.get(t[0]!) ?? byFirst.set(t[0]!, []).get(t[0]!)!).push(t);
      (byLast.get(t[t.length - 1]!) ?? byLast.set(t[t.length - 1]!, []).get(t[t.length - 1]!)!).push(t);
    }
    nearCache.set(index, (cache = { byFirst, byLast }));
  }
  const pool = [
    ...(cache.byFirst.get(piece[0]!) ?? []),
    ...(cache.byLast.get(piece[piece.length - 1]!) ?? []),
  ];
  const found = new Set<string>();
  for (const t of pool) {
    if (t.length !== piece.length || t === piece) continue;
    const diff = [...t].flatMap((ch, k) => (ch === piece[k] ? [] : [k]));
    if (diff.length !== 1) continue;
    const a = pinyinOfChar(index, piece[diff[0]!]!);
    const b = pinyinOfChar(index, t[diff[0]!]!);
    if (a[0] === b[0] && editDistance(a, b) <= 1) found.add(t);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length]!;
}

/** A character with no word around it: only white space, punctuation, filler or a number beside it. */
export function standsAlone(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  const quiet = (ch: string | undefined) =>
    ch === undefined || !/[\p{Script=Han}a-z0-9]/u.test(ch) || STOP_CHARS.has(ch);
  return quiet(before) && (quiet(after) || /[0-9零一二两三四五六七八九十百千半]/.test(after!));
}

const endingCache = new WeakMap<CatalogIndex, Map<string, number[]>>();
const packedCache = new WeakMap<CatalogIndex, Map<string, number[]>>();

/**
 * 瓶装 / 罐装 / 听装 / 罐的: the products sold by the bottle, can or bag — by their own sale unit, or by a word
 * for it when no product has that word as its unit (听 for 罐).
 */
export function packedIds(index: CatalogIndex, piece: string): number[] {
  const m = /^([瓶罐袋桶盒听支包])装?$/.exec(piece);
  if (!m) return [];
  let cache = packedCache.get(index);
  if (!cache) packedCache.set(index, (cache = new Map()));
  const hit = cache.get(m[1]!);
  if (hit) return hit;
  let ids = index.products.flatMap((p, id) => (p.unit === m[1] ? [id] : []));
  if (!ids.length) ids = index.products.flatMap((p, id) => (p.unitAliases.includes(m[1]!) ? [id] : []));
  // 袋的 of noodles sold by the 箱 of 24袋: also the products whose pack size is counted in it
  const inner = index.products.flatMap((_, id) => ((index.units[id]!.get(m[1]!) ?? 1) < 1 ? [id] : []));
  if (inner.length) ids = [...new Set([...ids, ...inner])].sort((a, b) => a - b);
  cache.set(m[1]!, ids);
  return ids;
}

const valueCharCache = new WeakMap<
  CatalogIndex,
  { values: Map<string, number[]>; found: Map<string, { attr: string; ids: number[] } | null> }
>();

/**
 * 热的 → 热水, 黄的 → 米黄: a character standing alone that is in products' own short spec values (not in words
 * for them) — the products with such a value.
 */
export function valueCharIds(index: CatalogIndex, ch: string): { attr: string; ids: number[] } | undefined {
  let cache = valueCharCache.get(index);
  if (!cache) {
    const values = new Map<string, number[]>();
    index.products.forEach((p, id) => {
      for (const [attr, raw] of Object.entries(p.specs)) {
        const v = normalizeTerm(raw);
        if (v.length < 2 || v.length > 3 || !/^\p{Script=Han}+$/u.test(v)) continue;
        const key = `${attr}\u0000${v}`;
        const list = values.get(key) ?? [];
        list.push(id);
        values.set(key, list);
      }
    });
    valueCharCache.set(index, (cache = { values, found: new Map() }));
  }
  if (cache.found.has(ch)) return cache.found.get(ch) ?? undefined;
  const attrs = new Set<string>();
  const lists: number[][] = [];
  for (const [key, list] of cache.values) {
    const [attr, value] = key.split('\u0000') as [string, string];
    if (!value.includes(ch)) continue;
    attrs.add(attr);
    lists.push(list);
  }
  const found = attrs.size
    ? { attr: [...attrs].sort().join('|'), ids: unionOfIds(lists, index.products.length) }
    : null;
  if (cache.found.size > 5000) cache.found.clear();
  cache.found.set(ch, found);
  return found ?? undefined;
}

const kindedCache = new WeakMap<CatalogIndex, Set<string>>();

/**
 * Product words the catalog names kinds of by one character before them (草鱼料 and 鲫鱼料, each some of the 鱼料):
 * one character the catalog does not know glued before such a word (鳗鱼料) names a kind it does not hold. Words
 * naming every product of the word (砍骨刀 / 斩骨刀 for all the 骨刀) are other names, no kinds. Built once per index.
 */
export function kindedHeads(index: CatalogIndex): Set<string> {
  let kinded = kindedCache.get(index);
  if (kinded) return kinded;
  kinded = new Set<string>();
  for (const [term, info] of index.terms) {
    if (term.length < 3 || !info.head.length || !isHan(term[0]!)) continue;
    // (砍骨刀 and 斩骨刀 naming every 骨刀 are other words for it, no kinds of it)
    const rest = term.slice(1);
    const whole = index.terms.get(rest)?.head.length ?? 0;
    if (whole > info.head.length) kinded.add(rest);
  }
  kindedCache.set(index, kinded);
  return kinded;
}

/**
 * 管子 / 钳子 / 水: a colloquial word of one character (and 子) points to the products whose name or alias ends in
 * that character (水管, 排水管 …), for a size, a spec or a question to settle which.
 */
export function endingIds(index: CatalogIndex, piece: string): number[] {
  if (!(piece.length === 1 || (piece.length === 2 && piece[1] === '子')) || !isHan(piece[0]!)) return [];
  let cache = endingCache.get(index);
  if (!cache) {
    const sets = new Map<string, Set<number>>();
    for (const [term, info] of index.terms) {
      if (term.length < 2 || !info.head.length) continue;
      const last = term[term.length - 1]!;
      if (!isHan(last)) continue;
      const set = sets.get(last) ?? new Set<number>();
      for (const id of info.head) set.add(id);
      sets.set(last, set);
    }
    cache = new Map([...sets].map(([ch, set]) => [ch, [...set].sort((a, b) => a - b)]));
    endingCache.set(index, cache);
  }
  return cache.get(piece[0]!) ?? [];
}
