/**
 * The parts of a spec value the trade says on their own: 大度 of `大度 889*1194`, 钩钩 of `CC型(钩钩)`, XL of
 * `XL(180)`. A catalog value is often a name and a size, or a code and its gloss, written together; a customer says
 * one of them. Each part that is a word (not a size: sizes are found through the spec keys) becomes a word of the
 * catalog for the value's attribute when the index is built, so that it reads as the value wherever a value is read
 * — and a part several values share narrows to them. Pure.
 */

import { specKeysOf } from './spec-values.js';
import { normalizeTerm } from './text-normalize.js';

/** Where a value parts: spaces, brackets, slashes, commas and 、. */
const SEPARATORS = /[\s()（）[\]【】/／,，、;；|]+/;
/** A word of two or more Han characters glued to a size before or after it (大度889*1194, 889*1194大度). */
const HAN_BEFORE_SIZE = /^(\p{Script=Han}{2,})(?=\d)/u;
const HAN_AFTER_SIZE = /(?<=[\d*x×.])(\p{Script=Han}{2,})$/u;
/** A short Han word with its letter code in brackets: 黄(Y), 品红(M). */
const GLOSSED_CODE = /^(\p{Script=Han}{1,3})\s*[(（]([A-Za-z]{1,3})[)）]$/u;
/** A Han word glued to a code of Latin letters, either way round: 丁腈NBR, 氟胶FKM, PU聚氨酯 (the gloss and its code). */
const HAN_AND_CODE = /^(\p{Script=Han}{2,})([A-Za-z]{2,}\d*)$|^([A-Za-z]{2,}\d*)(\p{Script=Han}{2,})$/u;

/**
 * The word parts of a spec value as the index stores words (normalised), the value itself left out; empty for a
 * value of one part. A part is kept when it holds a letter or a Han character and is two or more characters long
 * (a lone character, 型 or 白, names too much, though 白色 of a value 白(W) does not); parts made of digits and
 * signs are sizes, left to the spec keys.
 */
export function valuePartsOf(raw: string): string[] {
  const whole = normalizeTerm(raw);
  const pieces = raw.split(SEPARATORS).filter(Boolean);
  const parts = new Set<string>();
  for (const piece of pieces) {
    const before = HAN_BEFORE_SIZE.exec(piece);
    const after = HAN_AFTER_SIZE.exec(piece);
    const coded = HAN_AND_CODE.exec(piece);
    for (const part of [piece, before?.[1], after?.[1], ...(coded ? coded.slice(1) : [])]) {
      if (part === undefined) continue;
      const word = normalizeTerm(part);
      if (word.length < 2 || word === whole) continue;
      if (!/[a-z\p{Script=Han}]/u.test(word)) continue;
      // a part that is a number and its unit (5mm, 180cm, 23寸 of 21/23寸) is a size: the spec keys read it (as a
      // word it would stand for this value alone, and hide the products whose own value is that size)
      if (/^[\d.*x×]+[a-z]{0,3}$/.test(word) && /\d/.test(word)) continue;
      if (readAsSizeOf(word, whole)) continue;
      parts.add(word);
    }
  }
  // 黄(Y) / 品红(M): a short word glossed with its letter code is said with the code either way round (Y黄, 黄Y),
  // and, as a value of Han characters alone is, with 色 after it (黄色, 品红色)
  const glossed = GLOSSED_CODE.exec(raw.trim());
  if (glossed) {
    const word = glossed[1]!;
    const code = glossed[2]!;
    for (const said of [code + word, word + code]) parts.add(normalizeTerm(said));
    if (!word.endsWith('色')) parts.add(normalizeTerm(`${word}色`));
  }
  return [...parts];
}

/**
 * Whether `word` is a number and its Han unit (23寸 of 21/23寸) whose size keys, a unit's among them, are all keys
 * of the whole value: the value is found by them, as any product of that size is.
 */
function readAsSizeOf(word: string, whole: string): boolean {
  if (!/^[\d.]+\p{Script=Han}$/u.test(word)) return false;
  const own = specKeysOf(word);
  if (!own.some((key) => !key.startsWith('num:'))) return false;
  const keys = new Set(specKeysOf(whole));
  return own.every((key) => keys.has(key));
}

/** A value that is one Han word and its code in brackets: 青(C), 黑(BK), 藏青（NV）. */
const WORD_AND_CODE = /^\s*(\p{Script=Han}{1,3})\s*[(（]\s*[A-Za-z]{1,3}\d?\s*[)）]\s*$/u;

/**
 * The word of a value written as a word and the trade's code for it (青 of 青(C), 黑 of 黑(BK)), normalised; undefined
 * for any other value. The customer says the word alone, even a word of one character (青, 黑的), which
 * valuePartsOf leaves out as naming too much: beside its own code it is the whole value, as 白 is of a value 白.
 */
export function codedValueWordOf(raw: string): string | undefined {
  const word = WORD_AND_CODE.exec(raw)?.[1];
  return word === undefined ? undefined : normalizeTerm(word);
}
