/**
 * Lookups of catalog words for the analysis of a message, built once per index and kept: words at a position, the
 * products a word points to, parts of words, Latin model words, the products of spec requirements. Pure.
 */

import type { CatalogIndex, TermInfo } from './catalog-index.js';
import { intersectSorted, termProducts, unionOfIds } from './catalog-index.js';
import type { Mention } from './analysis-types.js';
import { ADDRESS_WORDS, STOP_PHRASES } from './stop-words.js';
import { normalizeTerm } from './text-normalize.js';
/**
 * The catalog word starting at `i` (the longest that stands there as a word: not inside a Latin word or a number),
 * or undefined. Only the lengths of the words starting with the two characters at `i` are tried, so a position
 * costs a lookup or two and no slice of the text for every length the first character starts.
 */
export function termAt(index: CatalogIndex, text: string, i: number): string | undefined {
  if (i < 0 || i >= text.length) return undefined;
  const memo = termMemoOf(index, text);
  const known = memo.words[i];
  if (known !== undefined) return known === null ? undefined : known;
  const word = termAtUncached(index, text, i);
  memo.words[i] = word ?? null;
  return word;
}

/**
 * termAt's answers for one text, by position (null: no word there). The dozen readings of one analysis ask
 * termAt about the same text at nearly every position, each reading again; the answer is the same for the same
 * index, text and position, so each is worked out once per text. The last few texts are kept (a reading also asks
 * about a text it is trying out beside the one it reads).
 */
interface TermMemo {
  index: CatalogIndex | undefined;
  text: string;
  words: (string | null | undefined)[];
}
const TERM_MEMOS = 4;
const termMemos: TermMemo[] = Array.from({ length: TERM_MEMOS }, () => ({
  index: undefined,
  text: '',
  words: [],
}));
let lastTermMemo = 0;

function termMemoOf(index: CatalogIndex, text: string): TermMemo {
  const last = termMemos[lastTermMemo]!;
  if (last.text === text && last.index === index) return last;
  for (let k = 0; k < TERM_MEMOS; k++) {
    const memo = termMemos[k]!;
    if (memo.text === text && memo.index === index) {
      lastTermMemo = k;
      return memo;
    }
  }
  lastTermMemo = (lastTermMemo + 1) % TERM_MEMOS;
  const memo = termMemos[lastTermMemo]!;
  memo.index = index;
  memo.text = text;
  memo.words = new Array<string | null | undefined>(text.length);
  return memo;
}

function termAtUncached(index: CatalogIndex, text: string, i: number): string | undefined {
  const { byPair, singles } = termStarts(index);
  if (i + 1 < text.length) {
    const lengths = byPair.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
    if (lengths)
      for (const len of lengths) {
        const word = standingWord(index, text, i, len);
        if (word !== undefined) return word;
      }
  }
  return singles.has(text[i]!) ? standingWord(index, text, i, 1) : undefined;
}

/** The catalog word of `len` characters at `i`, unless it runs on into a Latin word or a number either side. */
function standingWord(index: CatalogIndex, text: string, i: number, len: number): string | undefined {
  if (i + len > text.length) return undefined;
  const t = text.slice(i, i + len);
  if (!index.terms.has(t)) return undefined;
  // (the characters compared by their codes: this runs for every word found at every position asked about)
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(len - 1);
  const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
  const after = i + len < text.length ? text.charCodeAt(i + len) : NaN;
  if (isLatin(first) && isLatin(before)) return undefined;
  if (isLatin(last) && isLatin(after)) return undefined;
  if (isDigit(first) && (isDigit(before) || before === DOT)) return undefined;
  if (isDigit(last) && (isDigit(after) || after === DOT || after === STAR)) return undefined;
  // a single Han character is a word only when it is a spec value (红, 白), not inside a longer run of them
  return t;
}

const DOT = 46;
const STAR = 42;
/** a to z, by UTF-16 code (false for NaN: no character) */
const isLatin = (code: number): boolean => code >= 97 && code <= 122;
/** 0 to 9, by UTF-16 code (false for NaN: no character) */
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

const splitters = new WeakMap<CatalogIndex, RegExp>();

/** One pattern for every chat phrase, attribute name and price tier said as a price (饭店价), longest first. */
export function phraseSplitter(index: CatalogIndex): RegExp {
  let re = splitters.get(index);
  if (!re) {
    const words = [
      ...new Set([...STOP_PHRASES, ...ADDRESS_WORDS, ...index.attributeWords, ...index.tierWords]),
    ].sort((a, b) => b.length - a.length);
    re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    splitters.set(index, re);
  }
  return re;
}

/** First character of a word of address → the words it starts, longest first. */
const ADDRESS_BY_FIRST = new Map<string, string[]>();
for (const w of [...ADDRESS_WORDS].sort((a, b) => b.length - a.length))
  ADDRESS_BY_FIRST.set(w[0]!, [...(ADDRESS_BY_FIRST.get(w[0]!) ?? []), w]);

/**
 * The word of address (老板, 老表) at `i`, when the catalog reads it as no word of its own: no catalog word at `i` as
 * long as it (a brand 老板 is the brand), and none starting inside it that runs past its end (老板栗 holds 板栗).
 */
export function addressWordAt(index: CatalogIndex, text: string, i: number): string | undefined {
  const words = ADDRESS_BY_FIRST.get(text[i]!);
  if (!words) return undefined;
  for (const w of words) {
    if (!text.startsWith(w, i)) continue;
    if ((termAt(index, text, i)?.length ?? 0) >= w.length) return undefined;
    for (let k = 1; k < w.length; k++) {
      const inner = termAt(index, text, i + k);
      if (inner && k + inner.length > w.length) return undefined;
    }
    return w;
  }
  return undefined;
}

interface TermStarts {
  /**
   * The first two characters of the catalog words of two or more (their UTF-16 codes, first × 65536 + second) →
   * the lengths of those words, longest first.
   */
  byPair: Map<number, number[]>;
  /** The catalog words of one character. */
  singles: Set<string>;
}

const startsCache = new WeakMap<CatalogIndex, TermStarts>();

/** Where the catalog's words start, for termAt (built once, from `prepareAnalysis`). */
export function termStarts(index: CatalogIndex): TermStarts {
  const hit = startsCache.get(index);
  if (hit) return hit;
  const sets = new Map<number, Set<number>>();
  const singles = new Set<string>();
  for (const t of index.terms.keys()) {
    if (t.length > index.maxTermLength) continue;
    if (t.length === 1) {
      singles.add(t);
      continue;
    }
    const pair = t.charCodeAt(0) * 65536 + t.charCodeAt(1);
    let set = sets.get(pair);
    if (!set) sets.set(pair, (set = new Set()));
    set.add(t.length);
  }
  const byPair = new Map([...sets].map(([pair, set]) => [pair, [...set].sort((a, b) => b - a)]));
  const built = { byPair, singles };
  startsCache.set(index, built);
  return built;
}

/** The mention a catalog word makes (a product word, a brand, or a value of an attribute). */
export function mentionOf(index: CatalogIndex, word: string, start: number): Mention {
  const info = index.terms.get(word)!;
  if (info.head.length || info.brand.length) {
    const kind = info.head.length ? 'head' : 'brand';
    return {
      kind,
      text: word,
      start,
      ids: kind === 'head' ? headProducts(index, word, info) : termProducts(info),
    };
  }
  const [attr] = [...info.spec.keys()];
  return {
    kind: 'spec',
    text: word,
    start,
    ids: termProducts(info),
    attr,
    bare: false,
    family: `attr:${attr}`,
  };
}

const reqCache = new WeakMap<CatalogIndex, Map<string, number[]>>();

/**
 * The products of a list of requirements by the list itself: the spec tokens are shared (scanSpecs memoises them),
 * and one analysis asks for the same token's products in several readings, so the text key is made once per list.
 */
const reqsById = new WeakMap<string[][], { index: CatalogIndex; strong?: number[]; weak?: number[] }>();

export function idsForRequirements(index: CatalogIndex, reqs: string[][], weakToo: boolean): number[] {
  let byList = reqsById.get(reqs);
  if (!byList || byList.index !== index) reqsById.set(reqs, (byList = { index }));
  const known = weakToo ? byList.weak : byList.strong;
  if (known) return known;
  const ids = idsForRequirementsByKey(index, reqs, weakToo);
  if (weakToo) byList.weak = ids;
  else byList.strong = ids;
  return ids;
}

function idsForRequirementsByKey(index: CatalogIndex, reqs: string[][], weakToo: boolean): number[] {
  let cache = reqCache.get(index);
  if (!cache) reqCache.set(index, (cache = new Map()));
  const key = `${weakToo ? 'w' : 's'}${JSON.stringify(reqs)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ids = computeIds(index, reqs, weakToo);
  if (cache.size > 5000) cache.clear();
  cache.set(key, ids);
  return ids;
}

/**
 * The products that meet every requirement (a requirement: any one of its keys), sorted: the key lists (each sorted,
 * no id twice) merged per requirement and intersected.
 */
export function computeIds(index: CatalogIndex, reqs: string[][], weakToo: boolean): number[] {
  let acc: number[] | undefined;
  for (const req of reqs) {
    let ids: number[] = [];
    for (const k of req) ids = unionSorted(ids, index.keys.get(k));
    if (weakToo) for (const k of req) ids = unionSorted(ids, index.weakKeys.get(k));
    acc = acc ? intersectSorted(acc, ids) : ids;
  }
  return acc ? acc.slice() : [];
}

/** Both sorted lists (no id twice in either) as one, sorted, each id once. */
function unionSorted(a: number[], b: number[] | undefined): number[] {
  if (!b?.length) return a;
  if (!a.length) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) i += 1;
    if (y <= x) j += 1;
    out.push(x <= y ? x : y);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Products a product word points to: a word that is the very name of some products and only the brand of others
 * (可口可乐 is the cola's name; 雪碧 is only of that brand) points to the ones it names.
 */
export function headProducts(index: CatalogIndex, word: string, info: TermInfo): number[] {
  if (info.headFirst) return info.headFirst;
  const all = termProducts(info);
  if (!info.brand.length) return (info.headFirst = all);
  const heads = new Set(info.head);
  const brandOnly = info.brand.some((id) => !heads.has(id));
  if (!brandOnly || !info.head.some((id) => normalizeTerm(index.products[id]!.name) === word))
    return (info.headFirst = all);
  for (const list of info.spec.values()) for (const id of list) heads.add(id);
  return (info.headFirst = all.filter((id) => heads.has(id)));
}

const latinCache = new WeakMap<CatalogIndex, { words: string[]; found: Map<string, number[]> }>();

/**
 * Products of catalog words that begin with a Latin word and go on after a break (nxb → NXB-63, not NXBLE-63):
 * a model code said without its suffix. Binary search over the catalog's Latin words, sorted once.
 */
export function latinPrefixIds(index: CatalogIndex, word: string): number[] {
  let cache = latinCache.get(index);
  if (!cache) {
    cache = { words: [...index.terms.keys()].filter((t) => /^[a-z]/.test(t)).sort(), found: new Map() };
    latinCache.set(index, cache);
  }
  const hit = cache.found.get(word);
  if (hit) return hit;
  const { words } = cache;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  const lists: number[][] = [];
  for (let k = lo; k < words.length && words[k]!.startsWith(word); k++) {
    const w = words[k]!;
    if (w.length > word.length && /[a-z]/.test(w[word.length]!)) continue;
    lists.push(termProducts(index.terms.get(w)!));
  }
  const sorted = unionOfIds(lists, index.products.length);
  if (cache.found.size > 5000) cache.found.clear();
  cache.found.set(word, sorted);
  return sorted;
}

const partialCache = new WeakMap<CatalogIndex, Map<string, number[]>>();

/** Products of catalog words that contain the piece (≥ a third of the word), e.g. 柔光 → 柔光砖. Memoised. */
export function partialIds(index: CatalogIndex, piece: string): number[] {
  let cache = partialCache.get(index);
  if (!cache) partialCache.set(index, (cache = new Map()));
  const hit = cache.get(piece);
  if (hit) return hit;
  const ids = partialIdsUncached(index, piece);
  if (cache.size > 5000) cache.clear();
  cache.set(piece, ids);
  return ids;
}

export function partialIdsUncached(index: CatalogIndex, piece: string): number[] {
  const tries = [piece];
  if (piece.length >= 3) tries.push(piece.slice(1), piece.slice(0, -1));
  for (const p of tries) {
    let words: string[] | undefined;
    for (let i = 0; i + 2 <= p.length; i++) {
      const list = index.bigrams.get(p.slice(i, i + 2));
      if (!list) {
        words = [];
        break;
      }
      if (!words || list.length < words.length) words = list;
    }
    const fits = (words ?? []).filter((w) => w.includes(p) && p.length * 3 >= w.length);
    if (fits.length)
      return unionOfIds(
        fits.map((w) => termProducts(index.terms.get(w)!)),
        index.products.length,
      );
  }
  return [];
}
