/**
 * Catalog words near a word the catalog lacks: said by a near sound (圣子 for 蛏子, 挤朔板 for 挤塑板, 胡苓 for 茯苓)
 * or written one character off (铝箔胶布 for 铝箔胶带, 玻璃丝棉 for 玻璃棉). Read only for a word nothing else in the
 * catalog took, so that "没有" is never said while such a word exists. The words are the catalog's own product words
 * and brands, grouped once per index by length and first or last character. Pure.
 */
import type { CatalogIndex } from './catalog-index.js';
import { editDistance } from './loose-words.js';
import { CHINESE_NUMERAL_CHARS } from './numerals.js';
import { STOP_CHARS } from './stop-words.js';
import { isHan } from './text-normalize.js';
import { pinyinOfChar } from './typo-correct.js';

/**
 * A catalog word near the word said: `sound` when the one character that differs sounds near the catalog's
 * (initials and finals that southern speech blurs, or a final one letter off), `shape` when it is only one character
 * off in a word of four or more: a character put in after the first, or another in the place of one after the first
 * (铝箔胶布 / 铝箔胶带, the generic end).
 */
export interface NearWord {
  word: string;
  by: 'sound' | 'shape';
}

interface NearTable {
  /** `${length}${first character}` and `${length}|${last character}` → product words and brands. */
  byEnd: Map<string, string[]>;
}

const tables = new WeakMap<CatalogIndex, NearTable>();

const MIN_LENGTH = 2;
const MAX_LENGTH = 8;

/** Builds the table of product words and brands by length and end characters (kept with the index). */
export function nearWordsTable(index: CatalogIndex): NearTable {
  let table = tables.get(index);
  if (table) return table;
  const byEnd = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byEnd.get(key);
    if (list) list.push(word);
    else byEnd.set(key, [word]);
  };
  for (const [word, info] of index.terms) {
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH) continue;
    if (!info.head.length && !info.brand.length) continue;
    if (!allHan(word)) continue;
    add(`${word.length}${word[0]}`, word);
    add(`${word.length}|${word.at(-1)}`, word);
  }
  tables.set(index, (table = { byEnd }));
  return table;
}

/**
 * The catalog's product words and brands near `said`, a word of Han characters the catalog lacks: the same length
 * with one character in another's place, or one character more than a catalog word of two or more. A character of
 * chat (不, 要, 的 …) or a numeral is never the one read wrong, and a word that half the catalog's products share
 * is never the near word (it tells nothing apart). The words that sound near when any does, else those one
 * character off; empty when none is near.
 */
export function nearCatalogWords(index: CatalogIndex, said: string): NearWord[] {
  if (said.length < MIN_LENGTH || said.length > MAX_LENGTH || !allHan(said)) return [];
  if (index.terms.has(said)) return [];
  const { byEnd } = nearWordsTable(index);
  const found = new Map<string, NearWord['by']>();
  const note = (word: string, by: NearWord['by']) => {
    if (found.get(word) === 'sound') return;
    if (distinctive(index, word)) found.set(word, by);
  };
  // one character in another's place: the catalog word starts or ends as the word said does
  for (const key of [`${said.length}${said[0]}`, `${said.length}|${said.at(-1)}`])
    for (const word of byEnd.get(key) ?? []) {
      const at = onlyDifference(said, word);
      if (at < 0 || readsAsChat(said[at]!)) continue;
      // (a two-character word keeps only one character: the other must sound near, and the kept one say something)
      if (said.length === 2 && STOP_CHARS.has(said[1 - at]!)) continue;
      // (in a word of two, a final one letter off is too far: 电锤 is no 钉锤)
      const a = pinyinOfChar(index, said[at]!);
      const b = pinyinOfChar(index, word[at]!);
      if (soundsNear(a, b, said.length >= 3)) note(word, 'sound');
      // (by shape only in a word of four or more, never the first character: 冷水管 beside 热水管, or 热熔机 beside
      // 热熔管, is another product, not a slip)
      else if (at > 0 && said.length >= 4) note(word, 'shape');
    }
  // one character put in: 玻璃丝棉 for 玻璃棉 (never the first: a character before a word is a word of its own; and a
  // word of three or more is left: 酵母粉 may be another product than 酵母)
  if (said.length >= 4)
    for (let at = 1; at < said.length; at++) {
      if (readsAsChat(said[at]!)) continue;
      const word = said.slice(0, at) + said.slice(at + 1);
      const info = index.terms.get(word);
      if (info && (info.head.length || info.brand.length)) note(word, 'shape');
    }
  // a word that sounds near is the closer reading: those one character off are kept only when none does
  const all = [...found].map(([word, by]) => ({ word, by }));
  return all.some((n) => n.by === 'sound') ? all.filter((n) => n.by === 'sound') : all;
}

/** The one position at which two words of the same length differ, or -1 (none, or more than one). */
function onlyDifference(a: string, b: string): number {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

function readsAsChat(ch: string): boolean {
  return STOP_CHARS.has(ch) || CHINESE_NUMERAL_CHARS.includes(ch);
}

/** A word that at most half of a catalog's products share (every word of a catalog of four or fewer). */
function distinctive(index: CatalogIndex, word: string): boolean {
  const info = index.terms.get(word);
  if (!info) return false;
  const count = Math.max(info.head.length, info.brand.length);
  return index.products.length <= 4 || count * 2 <= index.products.length;
}

function allHan(word: string): boolean {
  for (const ch of word) if (!isHan(ch)) return false;
  return true;
}

const INITIAL = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/;

/** An initial folded with those it is said for: zh/z, ch/c, sh/s, n/l/r, f/h. */
function foldedInitial(initial: string): string {
  switch (initial) {
    case 'zh':
      return 'z';
    case 'ch':
      return 'c';
    case 'sh':
      return 's';
    case 'n':
    case 'r':
      return 'l';
    case 'f':
      return 'h';
    default:
      return initial;
  }
}

/** Initials said for one another when the final is the same: the sibilants, the palatals, and each aspirated pair. */
const KINDRED_INITIALS = [
  ['z', 'c', 's'],
  ['j', 'q', 'x'],
  ['b', 'p'],
  ['d', 't'],
  ['g', 'k'],
];

function kindredInitials(a: string, b: string): boolean {
  return KINDRED_INITIALS.some((group) => group.includes(a) && group.includes(b));
}

/**
 * Whether two toneless syllables sound near: initials and finals each the same once the pairs southern speech
 * blurs are folded (zh/z, ch/c, sh/s, n/l, r/l, h/f; an/ang, en/eng, in/ing), or one of them the same and the other
 * a final one letter longer or shorter (shuo / su; only with `finalOff`) or a kindred initial: another sibilant or palatal (sheng / cheng,
 * jing / qing), or the other of an aspirated pair (b / p, d / t, g / k).
 */
export function soundsNear(a: string, b: string, finalOff = true): boolean {
  if (a === b) return true;
  const initialA = INITIAL.exec(a)![0];
  const initialB = INITIAL.exec(b)![0];
  const foldA = foldedInitial(initialA);
  const foldB = foldedInitial(initialB);
  const finalA = a.slice(initialA.length).replace(/ng$/, 'n');
  const finalB = b.slice(initialB.length).replace(/ng$/, 'n');
  if (!finalA || !finalB) return false;
  // (a letter more or less, never another vowel: shuo / su, lu / lou, but not sheng / shan)
  if (foldA === foldB)
    return (
      finalA === finalB ||
      (finalOff && Math.abs(finalA.length - finalB.length) === 1 && editDistance(finalA, finalB) === 1)
    );
  return finalA === finalB && kindredInitials(foldA, foldB);
}
