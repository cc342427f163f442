import type { CatalogIndex, TermInfo } from './catalog-index.js';
import { intersectSorted, termProducts } from './catalog-index.js';
import { CHINESE_NUMERAL_CHARS, parseChineseDecimal, parseNumber } from './numerals.js';
import { SPEC_UNIT, scanSpecs } from './spec-values.js';
import type { SpecToken } from './spec-values.js';
import { STOP_CHARS, STOP_PHRASES, STOP_SPLIT } from './stop-words.js';
import { isHan, normalizeTerm } from './text-normalize.js';
import { correctTypos, pinyinOfChar } from './typo-correct.js';
import { canonicalUnit } from './units.js';

/** Something in a message that points at products. `ids` are catalog positions. */
export type Mention =
  /** A name, alias or category word (or a brand that is also an alias). */
  | { kind: 'head'; text: string; start: number; ids: number[] }
  | { kind: 'brand'; text: string; start: number; ids: number[] }
  /** A spec value word (红, 中性, C1) or a spec spelling (2.5平方, 800*800, M8*60); `bare` for a lone number. */
  | {
      kind: 'spec';
      text: string;
      start: number;
      ids: number[];
      /** The products whose spec values (not only name or aliases) say so: preferred when any is left. */
      strong?: number[];
      attr?: string;
      bare: boolean;
      /**
       * What kind of value it is, so that alternatives can be told from specs that go together (红 蓝 各5卷 are
       * two colours; 2.5平方 红 are one wire): `attr:颜色` for a value word, `keys:sq` / `keys:p+a` for a spelling.
       */
      family: string;
      /** A spelling's keys (every alternative of every requirement), for preferring values that lead with it. */
      keys?: string[];
      /** One character of a value (热 of 热水): narrows what else is said, never names a product alone. */
      lone?: true;
    }
  /** Part of a catalog word (柔光 → 柔光砖): applied only when it does not empty the candidates. */
  | { kind: 'partial'; text: string; start: number; ids: number[] }
  | { kind: 'barcode'; text: string; start: number; ids: number[] };

export interface QuantityToken {
  start: number;
  end: number;
  value: number;
  /** Canonical unit word; undefined for `*12` after a barcode or a bare Chinese numeral. */
  unit?: string;
  raw: string;
  /** A minus sign or other reason the number cannot be a quantity. */
  invalid?: boolean;
  /** A second part in another unit, added to the first: 一箱零6瓶, 1箱 加12瓶. */
  plus?: { value: number; unit?: string };
}

export interface Analysis {
  /** The normalised text after homophone correction. */
  text: string;
  mentions: Mention[];
  quantities: QuantityToken[];
  /** Words of two or more Han characters the catalog does not know (石膏板, 啤酒). */
  unknown: string[];
  /** Unknown words glued to a product word (飞利浦灯泡): most likely a brand or kind the shop lacks. */
  qualifiers: string[];
}

const NUMERAL_RE = new RegExp(String.raw`^(?:(\d+(?:\.\d+)?(?:万|千|k)?)|([${CHINESE_NUMERAL_CHARS}]+))`);

function termAt(index: CatalogIndex, text: string, i: number): string | undefined {
  const lengths = termLengths(index).get(text[i]!);
  if (!lengths) return undefined;
  for (const len of lengths) {
    if (i + len > text.length) continue;
    const t = text.slice(i, i + len);
    if (!index.terms.has(t)) continue;
    const before = text[i - 1];
    const after = text[i + len];
    if (/^[a-z]/.test(t) && before && /[a-z]/.test(before)) continue;
    if (/[a-z]$/.test(t) && after && /[a-z]/.test(after)) continue;
    if (/^[0-9]/.test(t) && before && /[0-9.]/.test(before)) continue;
    if (/[0-9]$/.test(t) && after && /[0-9.*]/.test(after)) continue;
    // a single Han character is a word only when it is a spec value (红, 白), not inside a longer run of them
    return t;
  }
  return undefined;
}

const splitters = new WeakMap<CatalogIndex, RegExp>();

/** One pattern for every chat phrase and attribute name, longest first. */
function phraseSplitter(index: CatalogIndex): RegExp {
  let re = splitters.get(index);
  if (!re) {
    const words = [...new Set([...STOP_PHRASES, ...index.attributeWords])].sort(
      (a, b) => b.length - a.length,
    );
    re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    splitters.set(index, re);
  }
  return re;
}

const lengthsCache = new WeakMap<CatalogIndex, Map<string, number[]>>();

/** First character of a catalog word → the lengths of the words it starts, longest first (built once). */
function termLengths(index: CatalogIndex): Map<string, number[]> {
  const hit = lengthsCache.get(index);
  if (hit) return hit;
  const sets = new Map<string, Set<number>>();
  for (const t of index.terms.keys()) {
    if (t.length > index.maxTermLength) continue;
    const set = sets.get(t[0]!) ?? new Set<number>();
    set.add(t.length);
    sets.set(t[0]!, set);
  }
  const lengths = new Map([...sets].map(([ch, set]) => [ch, [...set].sort((a, b) => b - a)]));
  lengthsCache.set(index, lengths);
  return lengths;
}

function quantityAt(index: CatalogIndex, text: string, i: number): QuantityToken | undefined {
  const prev = text[i - 1];
  const afterDigit = !/[0-9]/.test(text[i]!) && /[0-9]/.test(prev ?? '');
  // 东鹏特饮250两箱: a Chinese numeral after a size is a count only with its unit
  if (prev && !afterDigit && (/[0-9]/.test(text[i]!) ? /[0-9.a-z*/]/ : /[0-9.*/]/).test(prev))
    return undefined;
  const m = NUMERAL_RE.exec(text.slice(i, i + 16));
  if (!m) return undefined;
  const numText = m[0];
  let j = i + numText.length;
  if (text[j] === ' ' && /\d$/.test(numText)) j += 1;
  if (m[2] !== undefined && text[j] === '个' && m[2].length === 1 && text[j + 1] === '半') return undefined;
  if (
    m[2] !== undefined &&
    !afterDigit &&
    !/[\p{Script=Han}a-z0-9]/u.test(text[i + numText.length] ?? '') &&
    m[2] !== '半'
  ) {
    // a Chinese numeral on its own (灯泡 一百二): a quantity in the sale unit
    const value = parseNumber(numText);
    if (value !== undefined && value >= 1) return { start: i, end: i + numText.length, value, raw: numText };
  }
  const sounded = soundedUnit(index, text, j);
  for (const u of sounded ? [sounded] : index.unitWords) {
    if (!sounded && !text.startsWith(u, j)) continue;
    // 米黄 is a colour, not 米: a catalog word starting here wins over the unit
    const word = termAt(index, text, j);
    if (word && word.length > u.length) return undefined;
    const value = parseNumber(numText);
    if (value === undefined) return undefined;
    // 1.2米的 / 50公斤的: a size, not a quantity
    if (text[j + u.length] === '的' && /\d/.test(numText)) return undefined;
    const invalid = prev === '-' || text[i - 2] === '-' || value <= 0;
    const token: QuantityToken = {
      start: i,
      end: j + u.length,
      value,
      unit: canonicalUnit(u),
      raw: text.slice(i, j + u.length),
      invalid,
    };
    return compound(index, text, token);
  }
  return undefined;
}

/** Materials a single character names (铜弯头, 铁管): said of a product none is made of, it is not sold. */
const MATERIAL_CHARS = '铜铁钢铝锌塑木竹玻陶瓷石金银';

const wordsCache = new WeakMap<CatalogIndex, Map<number, string>>();

/** Everything a product is called or said to be, in one string (for one-character modifiers). */
function productWords(index: CatalogIndex, id: number): string {
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

const STOP_EDGES = new RegExp(`^[${[...STOP_CHARS].join('')}]+|[${[...STOP_CHARS].join('')}]+$`, 'g');
const unitSounds = new WeakMap<CatalogIndex, Map<string, string | null>>();

/**
 * 3保 / 5跟: a character after a number that is no unit but sounds exactly like one one-character unit (包, 根) is
 * that unit, typed wrong. Not for words that join numbers (和, 到).
 */
function soundedUnit(index: CatalogIndex, text: string, at: number): string | undefined {
  const ch = text[at];
  if (!ch || !isHan(ch) || /[和与及或到至的是个平方米毫厘公千斤克升瓦安伏孔芯分寸位号层]/.test(ch))
    return undefined;
  if (
    index.unitWords.includes(ch) ||
    STOP_CHARS.has(ch) ||
    /[\p{Script=Han}a-z0-9]/u.test(text[at + 1] ?? '')
  )
    return undefined;
  let sounds = unitSounds.get(index);
  if (!sounds) {
    sounds = new Map();
    for (const u of index.unitWords) {
      if (u.length !== 1) continue;
      const py = pinyinOfChar(index, u);
      sounds.set(py, sounds.has(py) && sounds.get(py) !== u ? null : u);
    }
    unitSounds.set(index, sounds);
  }
  return sounds.get(pinyinOfChar(index, ch)) ?? undefined;
}

const PLUS = /^ ?(零|又|加|另外|外加|再加|另加)? ?/;
const PACK_UNITS = new Set(['箱', '件', '盒', '包', '提', '打', '筒', '托', '捆']);

/**
 * 两箱半 (half a unit more) and 一箱零6瓶 / 1箱 加12瓶 (a second part in another unit): one quantity. A second part
 * needs a joining word (零, 加, 另外) or to follow with no space.
 */
function compound(index: CatalogIndex, text: string, token: QuantityToken): QuantityToken {
  let t = token;
  if (text[t.end] === '半' && t.unit !== '个' && !t.invalid)
    t = { ...t, end: t.end + 1, value: t.value + 0.5, raw: text.slice(t.start, t.end + 1) };
  const joint = PLUS.exec(text.slice(t.end))!;
  // with no joining word only a pack before its pieces (一箱6瓶), never a size before a count (插排5米2个)
  if (!joint[1] && (joint[0].length || !PACK_UNITS.has(t.unit ?? ''))) return t;
  const at = t.end + joint[0].length;
  if (!/[0-9零〇一二两三四五六七八九十]/.test(text[at] ?? '')) return t;
  const second = quantityAt(index, text, at);
  if (!second?.unit || second.unit === t.unit || second.invalid || second.plus) return t;
  return {
    ...t,
    end: second.end,
    raw: text.slice(t.start, second.end),
    plus: { value: second.value, unit: second.unit },
  };
}

/** The mention a catalog word makes (a product word, a brand, or a value of an attribute). */
function mentionOf(index: CatalogIndex, word: string, start: number): Mention {
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

/**
 * 活接 + 球阀 said as 活接球阀, a piece of 双活接球阀: a partial word right before or after a product word, when the
 * two together are a piece of a catalog word, are that one piece.
 */
function mergePartialWithHead(index: CatalogIndex, mentions: Mention[]): void {
  for (const p of mentions.filter((m) => m.kind === 'partial')) {
    const head = mentions.find(
      (h) =>
        h.kind === 'head' && (h.start === p.start + p.text.length || h.start + h.text.length === p.start),
    );
    if (!head) continue;
    const first = head.start < p.start ? head : p;
    const joined = first === head ? `${head.text}${p.text}` : `${p.text}${head.text}`;
    const ids = partialIds(index, joined);
    if (!ids.length) continue;
    mentions.splice(mentions.indexOf(head), 1);
    mentions.splice(mentions.indexOf(p), 1, { kind: 'partial', text: joined, start: first.start, ids });
  }
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
function nearWord(index: CatalogIndex, piece: string): string | undefined {
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

function editDistance(a: string, b: string): number {
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

/**
 * Builds the lookup tables the analysis would otherwise build on its first need of each (product words by their
 * last character, Latin model words, short spec values), so that no message pays for them.
 */
export function prepareAnalysis(index: CatalogIndex): void {
  termLengths(index);
  phraseSplitter(index);
  nearWord(index, '的的');
  // the product lists of the words many products share (a colour, a common name) are merged once, here
  for (const info of index.terms.values()) {
    let size = info.head.length + info.brand.length;
    for (const list of info.spec.values()) size += list.length;
    if (size >= 200) termProducts(info);
  }
  endingIds(index, '管');
  latinPrefixIds(index, 'zz');
  valueCharIds(index, '的');
}

/**
 * Reads one message (or part of one) against the catalog: corrects homophone typos, then takes the longest of
 * barcode / quantity / catalog word / spec spelling at each position; what is left is partial words or unknown.
 */
export function analyzeText(index: CatalogIndex, normalized: string): Analysis {
  const text = markSizes(index, correctTypos(index, normalized));
  const specs = new Map<number, SpecToken>();
  for (const t of scanSpecs(text)) specs.set(t.start, t);
  const mentions: Mention[] = [];
  const latinUnknown: string[] = [];
  const quantities: QuantityToken[] = [];
  const leftovers: { start: number; text: string }[] = [];
  let run = '';
  let runStart = 0;
  const flush = () => {
    if (run) leftovers.push({ start: runStart, text: run });
    run = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const bc = /^\d{8,14}/.exec(text.slice(i, i + 15));
    if (bc && !/\d/.test(text[i - 1] ?? '') && !/\d/.test(text[i + bc[0].length] ?? '')) {
      flush();
      const id = index.barcodes.get(bc[0]);
      mentions.push({ kind: 'barcode', text: bc[0], start: i, ids: id === undefined ? [] : [id] });
      i += bc[0].length;
      const times = /^ ?\* ?(\d+)/.exec(text.slice(i, i + 12));
      if (times) {
        quantities.push({ start: i, end: i + times[0].length, value: Number(times[1]), raw: times[0] });
        i += times[0].length;
      }
      continue;
    }
    // 4分的150: a whole number right after 的 is a count
    const after = text[i - 1] === '的' ? /^(\d+)(?![\d.*a-z平方分寸])/.exec(text.slice(i, i + 10)) : null;
    if (after && !/[\u4e00-\u9fff]/.test(text[i + after[0].length] ?? '')) {
      flush();
      quantities.push({ start: i, end: i + after[0].length, value: Number(after[1]), raw: after[0] });
      i += after[0].length;
      continue;
    }
    // 红牛x10 / 红牛*10: a count after a product word
    const times = /^[x*×] ?(\d+)(?![\d.*])/.exec(text.slice(i, i + 12));
    if (times && !/[0-9a-z]/.test(text[i - 1] ?? '')) {
      flush();
      quantities.push({ start: i, end: i + times[0].length, value: Number(times[1]), raw: times[0] });
      i += times[0].length;
      continue;
    }
    const word = termAt(index, text, i);
    const qty =
      /[0-9]/.test(ch) || CHINESE_NUMERAL_CHARS.includes(ch) ? quantityAt(index, text, i) : undefined;
    const spec = specs.get(i);
    const wl = word?.length ?? 0;
    const ql = qty ? qty.end - qty.start : 0;
    const sl = spec ? spec.end - spec.start : 0;
    if (qty && ql >= wl) {
      flush();
      quantities.push(qty);
      i = qty.end;
      continue;
    }
    if (word && wl >= sl && !(wl === 1 && isHan(ch) && STOP_CHARS.has(ch))) {
      flush();
      const info = index.terms.get(word)!;
      const start = i;
      if (info.head.length || info.brand.length) {
        const kind = info.head.length ? 'head' : 'brand';
        mentions.push({
          kind,
          text: word,
          start,
          ids: kind === 'head' ? headProducts(index, word, info) : termProducts(info),
        });
      } else {
        const [attr] = [...info.spec.keys()];
        mentions.push({
          kind: 'spec',
          text: word,
          start,
          ids: termProducts(info),
          attr,
          bare: false,
          family: `attr:${attr}`,
        });
      }
      i += wl;
      continue;
    }
    if (spec) {
      flush();
      mentions.push({
        kind: 'spec',
        text: spec.raw,
        start: i,
        ids: idsForRequirements(index, spec.reqs, true),
        strong: idsForRequirements(index, spec.reqs, false),
        bare: spec.bare,
        family: `keys:${spec.reqs.map((r) => r[0]!.split(':')[0]).join('+')}`,
        keys: spec.reqs.flat(),
      });
      i = spec.end;
      continue;
    }
    // NXB of NXB-63: a model code the catalog writes with a suffix
    const latin = /^[a-z][a-z0-9]+/.exec(text.slice(i, i + 24));
    if (latin && !/[a-z0-9]/.test(text[i - 1] ?? '')) {
      const ids = latinPrefixIds(index, latin[0]);
      if (ids.length) {
        flush();
        mentions.push({ kind: 'partial', text: latin[0], start: i, ids });
        i += latin[0].length;
        continue;
      }
      // PE管: an unknown Latin word glued to the character a kind of product ends in names one not sold here
      const after = i + latin[0].length;
      const ch2 = text[after] ?? '';
      const ending = isHan(ch2) && !isHan(text[after + 1] ?? '') ? endingIds(index, ch2) : [];
      if (ending.length) {
        flush();
        latinUnknown.push(latin[0]);
        mentions.push({ kind: 'head', text: ch2, start: after, ids: ending });
        i = after + 1;
        continue;
      }
    }
    if (isHan(ch)) {
      if (!run) runStart = i;
      run += ch;
    } else flush();
    i += 1;
  }
  flush();
  const unknown: string[] = [];
  const qualifiers: string[] = [];
  const startsAt = new Set(mentions.map((m) => m.start));
  const endsAt = new Set(
    mentions.filter((m) => m.kind === 'head' || m.kind === 'brand').map((m) => m.start + m.text.length),
  );
  const headStarts = new Set(mentions.filter((m) => m.kind === 'head').map((m) => m.start));
  for (const left of leftovers) {
    // chat phrases, and attribute names (外径25的 / 容量500ml的: they say which attribute a value is of, and name
    // no product), split what is left
    let pieces = left.text.split(phraseSplitter(index));
    // 拖把池的: part of a catalog word may hold a stop character (把); try the run whole before splitting at them
    pieces = pieces.flatMap((s) => {
      const whole = s.replace(STOP_EDGES, '');
      return whole.length >= 3 && partialIds(index, whole).length ? [whole] : s.split(STOP_SPLIT);
    });
    for (const piece of pieces) {
      // 罐的: sold by the can; 热的 / 黄的: the value with that character (热水, 米黄); 水 10箱: the products
      // whose word ends in it (a question will say which) — a character standing alone only
      const alone = left.start + left.text.indexOf(piece);
      if (
        piece.length === 1 &&
        [...left.text].every((ch) => ch === piece || STOP_CHARS.has(ch)) &&
        !STOP_CHARS.has(piece) &&
        standsAlone(text, alone)
      ) {
        const packed = text[alone + 1] === '的' ? packedIds(index, piece) : [];
        const ending = packed.length ? [] : endingIds(index, piece);
        const valued = packed.length || ending.length ? undefined : valueCharIds(index, piece);
        if (packed.length)
          mentions.push({
            kind: 'spec',
            text: piece,
            start: alone,
            ids: packed,
            bare: false,
            family: 'attr:$unit',
          });
        else if (ending.length) mentions.push({ kind: 'head', text: piece, start: alone, ids: ending });
        else if (valued)
          mentions.push({
            kind: 'spec',
            text: piece,
            start: alone,
            ids: valued.ids,
            bare: false,
            family: `attr:${valued.attr}`,
            lone: true,
          });
        continue;
      }
      // 铜弯头: one character said of the product word right after it narrows to the products it fits; a
      // material none of them is made of names what is not sold
      if (piece.length === 1 && !STOP_CHARS.has(piece) && isHan(piece)) {
        const head = mentions.find((m) => m.kind === 'head' && m.start === alone + 1);
        if (head && head.ids.length <= 2000) {
          const fits = head.ids.filter((id) => productWords(index, id).includes(piece));
          if (fits.length && fits.length < head.ids.length)
            mentions.push({
              kind: 'spec',
              text: piece,
              start: alone,
              ids: fits,
              bare: false,
              family: 'attr:$modifier',
              lone: true,
            });
          else if (!fits.length && MATERIAL_CHARS.includes(piece)) {
            unknown.push(piece);
            qualifiers.push(piece);
          }
          continue;
        }
      }
      if (piece.length < 2) continue;
      const at = left.start + left.text.indexOf(piece);
      const packed = /装$/.test(piece) ? packedIds(index, piece) : [];
      if (packed.length) {
        mentions.push({
          kind: 'spec',
          text: piece,
          start: at,
          ids: packed,
          bare: false,
          family: 'attr:$unit',
        });
        continue;
      }
      const ending = endingIds(index, piece);
      if (ending.length) {
        mentions.push({ kind: 'head', text: piece, start: at, ids: ending });
        continue;
      }
      const ids = partialIds(index, piece);
      const near = ids.length ? undefined : nearWord(index, piece);
      if (ids.length) mentions.push({ kind: 'partial', text: piece, start: at, ids });
      else if (near) mentions.push(mentionOf(index, near, at));
      else {
        unknown.push(piece);
        // 飞利浦灯泡 / 伟星的PPR管: a word the catalog lacks, said of the product word, names what is not sold
        const next = text[at + piece.length] === '的' ? at + piece.length + 1 : at + piece.length;
        if (startsAt.has(at + piece.length) || headStarts.has(next) || endsAt.has(at)) qualifiers.push(piece);
      }
    }
  }
  unknown.push(...latinUnknown);
  qualifiers.push(...latinUnknown);
  mergePartialWithHead(index, mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { text, mentions, quantities, unknown, qualifiers };
}

/** Writes 的 after each measure that is a size and not a quantity (see isSize): 5米 10个 → 5米的 10个. */
function markSizes(index: CatalogIndex, normalized: string): string {
  const text = digitSizes(index, metreTenths(index, normalized));
  let out = text;
  const tokens = scanSpecs(text).sort((a, b) => b.start - a.start);
  for (const t of tokens) {
    const q = quantityAt(index, text, t.start);
    if (q && q.end === t.end && isSize(index, text, q, t))
      out = `${out.slice(0, t.end)}的${out.slice(t.end)}`;
  }
  return out;
}

const METRE_TENTHS = new RegExp(
  String.raw`(?<![\d.])(\d+|[${CHINESE_NUMERAL_CHARS}]+)米([1-9一二两三四五六七八九])(?=$|[\s,;，；。、的])`,
  'g',
);

/** 灯管一米二 / 1米2 / 两米五: a tenth said after 米 is written as a decimal (1.2米, 2.5米). */
function metreTenths(index: CatalogIndex, text: string): string {
  if (!text.includes('米')) return text;
  return text.replace(METRE_TENTHS, (all: string, whole: string, tenth: string, at: number) => {
    const word = termAt(index, text, at);
    if (word && word.length > whole.length) return all;
    const n = parseNumber(whole);
    const d = /\d/.test(tenth) ? Number(tenth) : parseChineseDecimal(tenth);
    return n !== undefined && Number.isInteger(n) && d !== undefined ? `${n}.${d}米` : all;
  });
}

const CHINESE_SIZE = new RegExp(
  String.raw`([${CHINESE_NUMERAL_CHARS}]+(?:点[零〇一二两三四五六七八九]+)?)(${SPEC_UNIT})(?![a-z])`,
  'g',
);

/**
 * 插排五米 10个 → 插排5米的 10个, 球泡九瓦 → 球泡9瓦: a Chinese numeral before a spec unit is written in digits
 * when, so written, it is a size (see isSize) or it is no quantity at all, so that it reads as 5米 would. Left
 * alone: a quantity that is not a size (网线两百米), and a catalog word that starts with a numeral (五孔插座).
 */
function digitSizes(index: CatalogIndex, text: string): string {
  const found = [...text.matchAll(CHINESE_SIZE)];
  let out = text;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!;
    const start = m.index;
    const numeral = m[1]!;
    const unitAt = start + numeral.length;
    if (/[0-9.]/.test(text[start - 1] ?? '')) continue;
    const word = termAt(index, text, start);
    if (word && word.length > numeral.length) continue;
    const unitWord = termAt(index, text, unitAt);
    if (unitWord && unitWord.length > m[2]!.length) continue;
    const value = parseChineseDecimal(numeral);
    if (value === undefined || value <= 0) continue;
    const alt = `${out.slice(0, start)}${value}${out.slice(unitAt)}`;
    const spec = scanSpecs(alt).find((t) => t.start === start);
    if (!spec || spec.bare) continue;
    const asQty = quantityAt(index, out, start);
    if (!asQty || asQty.end < unitAt + m[2]!.length) {
      out = alt;
      continue;
    }
    const q = quantityAt(index, alt, start);
    if (q && q.end === spec.end && isSize(index, alt, q, spec))
      out = `${alt.slice(0, spec.end)}的${alt.slice(spec.end)}`;
  }
  return out;
}

/**
 * 插排5米 10个 / 灯管1.2米 20根 / 5米插排: a length (or other measure) that is a spec value of some product is the
 * spec and not the quantity when a count follows it, or when the product named with it comes in that size and is
 * not sold in that unit.
 */
function isSize(index: CatalogIndex, text: string, qty: QuantityToken, spec: SpecToken): boolean {
  if (spec.bare || !qty.unit) return false;
  const ids = idsForRequirements(index, spec.reqs, false);
  if (!ids.length) return false;
  // 插排5米 10个: a count in another unit follows
  let j = qty.end;
  while (text[j] === ' ') j += 1;
  const next = quantityAt(index, text, j);
  if (next !== undefined && next.unit !== undefined && next.unit !== qty.unit) return true;
  // 插排 5米 / 5米插排: the product named with it comes in that size and is not sold by the 米
  const named = namedAround(index, text, qty);
  const unit = qty.unit;
  return (
    named.length > 0 &&
    intersectSorted(named, ids).length > 0 &&
    named.every((id) => !index.units[id]!.has(unit))
  );
}

/** Products of the name, alias and brand words before the measure and of the one right after it, sorted. */
function namedAround(index: CatalogIndex, text: string, qty: QuantityToken): number[] {
  const ids = new Set<number>();
  let k = qty.end;
  while (text[k] === ' ') k += 1;
  const next = termAt(index, text, k);
  const nextInfo = next === undefined ? undefined : index.terms.get(next);
  if (nextInfo && (nextInfo.head.length || nextInfo.brand.length))
    for (const id of termProducts(nextInfo)) ids.add(id);
  const end = qty.start;
  for (let i = 0; i < end; i++) {
    const word = termAt(index, text, i);
    if (!word || i + word.length > end) continue;
    const info = index.terms.get(word)!;
    if (!info.head.length && !info.brand.length) continue;
    for (const id of termProducts(info)) ids.add(id);
    i += word.length - 1;
  }
  return [...ids].sort((a, b) => a - b);
}

const reqCache = new WeakMap<CatalogIndex, Map<string, number[]>>();

function idsForRequirements(index: CatalogIndex, reqs: string[][], weakToo: boolean): number[] {
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

function computeIds(index: CatalogIndex, reqs: string[][], weakToo: boolean): number[] {
  let acc: Set<number> | undefined;
  for (const req of reqs) {
    const ids = new Set<number>();
    for (const k of req) for (const id of index.keys.get(k) ?? []) ids.add(id);
    if (weakToo) for (const k of req) for (const id of index.weakKeys.get(k) ?? []) ids.add(id);
    acc = acc ? new Set([...acc].filter((id) => ids.has(id))) : ids;
  }
  return [...(acc ?? [])].sort((a, b) => a - b);
}

/**
 * Products a product word points to: a word that is the very name of some products and only the brand of others
 * (可口可乐 is the cola's name; 雪碧 is only of that brand) points to the ones it names.
 */
function headProducts(index: CatalogIndex, word: string, info: TermInfo): number[] {
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
function latinPrefixIds(index: CatalogIndex, word: string): number[] {
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
  const ids = new Set<number>();
  for (let k = lo; k < words.length && words[k]!.startsWith(word); k++) {
    const w = words[k]!;
    if (w.length > word.length && /[a-z]/.test(w[word.length]!)) continue;
    for (const id of termProducts(index.terms.get(w)!)) ids.add(id);
  }
  const sorted = [...ids].sort((a, b) => a - b);
  if (cache.found.size > 5000) cache.found.clear();
  cache.found.set(word, sorted);
  return sorted;
}

/** A character with no word around it: only white space, punctuation, filler or a number beside it. */
function standsAlone(text: string, at: number): boolean {
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
function packedIds(index: CatalogIndex, piece: string): number[] {
  const m = /^([瓶罐袋桶盒听支包])装?$/.exec(piece);
  if (!m) return [];
  let cache = packedCache.get(index);
  if (!cache) packedCache.set(index, (cache = new Map()));
  const hit = cache.get(m[1]!);
  if (hit) return hit;
  let ids = index.products.flatMap((p, id) => (p.unit === m[1] ? [id] : []));
  if (!ids.length) ids = index.products.flatMap((p, id) => (p.unitAliases.includes(m[1]!) ? [id] : []));
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
function valueCharIds(index: CatalogIndex, ch: string): { attr: string; ids: number[] } | undefined {
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
  const ids = new Set<number>();
  for (const [key, list] of cache.values) {
    const [attr, value] = key.split('\u0000') as [string, string];
    if (!value.includes(ch)) continue;
    attrs.add(attr);
    for (const id of list) ids.add(id);
  }
  const found = attrs.size
    ? { attr: [...attrs].sort().join('|'), ids: [...ids].sort((a, b) => a - b) }
    : null;
  if (cache.found.size > 5000) cache.found.clear();
  cache.found.set(ch, found);
  return found ?? undefined;
}

/**
 * 管子 / 钳子 / 水: a colloquial word of one character (and 子) points to the products whose name or alias ends in
 * that character (水管, 排水管 …), for a size, a spec or a question to settle which.
 */
function endingIds(index: CatalogIndex, piece: string): number[] {
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

const partialCache = new WeakMap<CatalogIndex, Map<string, number[]>>();

/** Products of catalog words that contain the piece (≥ a third of the word), e.g. 柔光 → 柔光砖. Memoised. */
function partialIds(index: CatalogIndex, piece: string): number[] {
  let cache = partialCache.get(index);
  if (!cache) partialCache.set(index, (cache = new Map()));
  const hit = cache.get(piece);
  if (hit) return hit;
  const ids = partialIdsUncached(index, piece);
  if (cache.size > 5000) cache.clear();
  cache.set(piece, ids);
  return ids;
}

function partialIdsUncached(index: CatalogIndex, piece: string): number[] {
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
    if (fits.length) {
      const ids = new Set<number>();
      for (const w of fits) for (const id of termProducts(index.terms.get(w)!)) ids.add(id);
      return [...ids].sort((a, b) => a - b);
    }
  }
  return [];
}
