import { pinyin } from 'pinyin-pro';
import type { CatalogIndex } from './catalog-index.js';
import { loosePinyin } from './catalog-index.js';
import { CHINESE_NUMERAL_CHARS } from './numerals.js';
import { SPEC_UNIT } from './spec-values.js';
import { isHan } from './text-normalize.js';

/**
 * Replaces homophone typos of catalog words with the words (点线 → 电线, 三同 → 三通, 玻离胶 → 玻璃胶): same
 * toneless pinyin, at least half of the characters already right (or, in a word of three or more, one right and
 * every other sounding exactly the same), and only where the text is not a catalog word already. Pure; the catalog is the dictionary.
 */
export function correctTypos(index: CatalogIndex, text: string): string {
  let memo = corrected.get(index);
  if (!memo) corrected.set(index, (memo = new Map()));
  const cache = memo;
  // a correction never reaches across a character that is not Han: each run of them is corrected alone; the unit
  // of a number before the run (1寸铜 → 寸 of 1寸) belongs to the number, never to a word it sounds like (纯铜)
  return text.replace(/\p{Script=Han}+/gu, (whole, offset: number) => {
    const unit = offset > 0 && /\d/.test(text[offset - 1]!) ? NUMBER_UNIT_START.exec(whole)?.[0] : undefined;
    if (unit) return unit + (whole.length > unit.length ? correctTypos(index, whole.slice(unit.length)) : '');
    const run = whole;
    const hit = cache.get(run);
    if (hit !== undefined) return hit;
    const fixed = correctRun(index, run);
    if (cache.size > 20000) cache.clear();
    cache.set(run, fixed);
    return fixed;
  });
}

const corrected = new WeakMap<CatalogIndex, Map<string, string>>();

/** Measure units written right after a number's digits (1寸, 4分, 2.5平方, 3厚): the pipe sizes and the spec units. */
const NUMBER_UNIT_START = new RegExp(String.raw`^(?:寸|分|${SPEC_UNIT})`, 'u');

function correctRun(index: CatalogIndex, text: string): string {
  // the loose pinyin of each character, read once though every piece starting before it reads it again
  // (the pieces compared are runs of Han characters, one UTF-16 unit each)
  const readings: string[] = [];
  const syllableAt = (k: number): string =>
    (readings[k] ??= loose(index.charPinyin.get(text[k]!) ?? pinyinOf(index, text[k]!)));
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (!isHan(text[i]!)) {
      out += text[i];
      i += 1;
      continue;
    }
    let run = 0;
    while (run < 8 && i + run < text.length && isHan(text[i + run]!)) run += 1;
    let done = false;
    for (let len = Math.min(run, 8); len >= 2 && !done; len--) {
      const sub = text.slice(i, i + len);
      if (index.terms.has(sub)) {
        out += sub;
        i += len;
        done = true;
        break;
      }
      // (成猫两箱 is 成猫 and 两箱: a piece ending in the numeral of a count never takes the numeral for a name's character)
      if (
        occursInWords(index, sub) ||
        isCount(index, sub) ||
        isCount(index, text.slice(i + len - 1)) ||
        NEGATION_BEFORE_VERB.test(text.slice(i + len - 1, i + len + 1))
      )
        continue;
      const syllables: string[] = [];
      for (let k = i; k < i + len; k++) syllables.push(syllableAt(k));
      const words =
        index.pinyinWords.get(syllables.join(' ')) ??
        (len >= 3 ? pinyinInsideWords(index, sub, syllables) : undefined);
      if (!words) continue;
      let fits = words.filter((w) => w !== sub && sameChars(w, sub) * 2 >= len);
      if (!fits.length && len >= 3)
        fits = words.filter((w) => w !== sub && sameChars(w, sub) >= 1 && soundsExactly(index, w, sub));
      const agreed = fits.length === 1 || (fits.length > 1 && fits.every((w) => w === fits[0]));
      if (agreed && !endsWordBefore(index, text, i, sub, fits[0]!)) {
        out += fits[0];
        i += len;
        done = true;
      }
    }
    if (!done) {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/**
 * 内喷不要了: 不 before a verb (不要, 不用, 不对) is the customer's no, never the last character of a word it sounds
 * like (内喷布).
 */
const NEGATION_BEFORE_VERB = /^不[要用需对是够]/;

/** 三桶 / 两箱: a Chinese numeral and a unit word are a quantity, never a typo of a word that sounds like them (三通). */
function isCount(index: CatalogIndex, sub: string): boolean {
  return CHINESE_NUMERAL_CHARS.includes(sub[0]!) && index.unitWords.some((u) => sub.startsWith(u, 1));
}

/**
 * 写真机墨水 beside 溶剂墨水, 打印机碳粉 beside 显影剂碳粉: a character the correction would change that is inside a
 * piece of a catalog word of three or more starting before the correction (写真机 of 写真机水性墨水) is spelled
 * right — the correction would join the end of one word to the next. A correction to a whole catalog word is kept.
 */
function endsWordBefore(index: CatalogIndex, text: string, at: number, sub: string, fix: string): boolean {
  // (a correction to a whole catalog word, 商折 → 三折, is one word put right, not two joined)
  if (index.terms.has(fix)) return false;
  let changed = 0;
  while (changed < sub.length && sub[changed] === fix[changed]) changed += 1;
  for (let start = Math.max(0, at - 4); start < at; start++)
    for (let end = Math.max(at + changed + 1, start + 3); end <= at + sub.length; end++)
      if (occursInWords(index, text.slice(start, end))) return true;
  return false;
}

/** True when the text is part of a catalog word (中性 in 中性光4000K): it is spelled right. */
function occursInWords(index: CatalogIndex, sub: string): boolean {
  let words: string[] | undefined;
  for (let i = 0; i + 2 <= sub.length; i++) {
    const list = index.bigrams.get(sub.slice(i, i + 2));
    if (!list) return false;
    if (!words || list.length < words.length) words = list;
  }
  return (words ?? []).some((w) => w.includes(sub));
}

/**
 * Pieces of catalog words that sound like `sub` (编制软管 → 编织软管 inside 不锈钢编织软管): found through a bigram
 * `sub` already spells right, so only words sharing two right characters in place are compared.
 */
function pinyinInsideWords(index: CatalogIndex, sub: string, syllables: string[]): string[] | undefined {
  const out = new Set<string>();
  for (let k = 0; k + 2 <= sub.length; k++) {
    const { words, starts } = bigramPlaces(index, sub.slice(k, k + 2));
    for (let n = 0; n < words.length; n++) {
      const w = words[n]!;
      const at = starts[n]!;
      if (at - k < 0 || at - k + sub.length > w.length) continue;
      const piece = w.slice(at - k, at - k + sub.length);
      if (out.has(piece)) continue;
      if (soundsAs(index, piece, syllables)) out.add(piece);
    }
  }
  return out.size ? [...out] : undefined;
}

/** Where a bigram stands in the words that hold it: each place a word and the position in it, in reading order. */
interface BigramPlaces {
  words: string[];
  starts: number[];
}
const placesByIndex = new WeakMap<CatalogIndex, Map<string, BigramPlaces>>();
const NO_PLACES: BigramPlaces = { words: [], starts: [] };

/**
 * Every place the bigram stands in the first 200 words holding it (index.bigrams), in order of the words and then of
 * the places: found once per bigram and catalog index, where each piece compared searched those words for it again.
 */
function bigramPlaces(index: CatalogIndex, bigram: string): BigramPlaces {
  let known = placesByIndex.get(index);
  if (!known) placesByIndex.set(index, (known = new Map()));
  let places = known.get(bigram);
  if (places) return places;
  // (a bigram no word holds is not kept: chat brings many, the catalog's are bounded)
  const words = index.bigrams.get(bigram);
  if (!words) return NO_PLACES;
  places = { words: [], starts: [] };
  for (let n = 0; n < words.length && n < 200; n++) {
    const w = words[n]!;
    for (let at = w.indexOf(bigram); at >= 0; at = w.indexOf(bigram, at + 1)) {
      places.words.push(w);
      places.starts.push(at);
    }
  }
  known.set(bigram, places);
  return places;
}

/**
 * True when every character of `a` has the very pinyin of the one in place in `b` (no loose sounds): 草干磷 said
 * for 草甘膦, where voice input got two characters of three wrong.
 */
function soundsExactly(index: CatalogIndex, a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++)
    if (pinyinOfChar(index, a[i]!) !== pinyinOfChar(index, b[i]!)) return false;
  return true;
}

/** The piece's characters, read as loose pinyin one by one (a character without a reading as itself), are the syllables. */
function soundsAs(index: CatalogIndex, piece: string, syllables: string[]): boolean {
  let k = 0;
  for (const ch of piece) {
    if (k >= syllables.length || loose(index.charPinyin.get(ch) ?? ch) !== syllables[k]) return false;
    k += 1;
  }
  return k === syllables.length;
}

// loosePinyin of each reading, worked out once (a few hundred syllables, and the odd character read as itself)
const looseReadings = new Map<string, string>();
function loose(reading: string): string {
  let folded = looseReadings.get(reading);
  if (folded === undefined) {
    if (looseReadings.size >= 20000) looseReadings.clear();
    looseReadings.set(reading, (folded = loosePinyin(reading)));
  }
  return folded;
}

function sameChars(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) n += 1;
  return n;
}

/** Toneless pinyin of a character, from the index's cache. */
export function pinyinOfChar(index: CatalogIndex, ch: string): string {
  return index.charPinyin.get(ch) ?? pinyinOf(index, ch);
}

/** Pinyin of a character, cached in the index (a bounded cache: chat brings characters the catalog lacks). */
function pinyinOf(index: CatalogIndex, ch: string): string {
  const py = pinyin(ch, { toneType: 'none' });
  if (index.charPinyin.size < 60000) index.charPinyin.set(ch, py);
  return py;
}
