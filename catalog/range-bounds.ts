/**
 * Ranges in catalog values (近视0-600度, 0-600度: two whole numbers joined by a dash, the first the smaller) and the
 * bounds a customer says of them: 600度以内 / 六百度内 / 600以下 name the range that ends at 600, 600度以上 the one
 * that starts at 600. A value's range is keyed `upto:` its end and `from:` its start when the index is built; a bound
 * said is read by those keys alone, so 600度以内 never reaches the 600-1000度 a bare 600 would. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { parseChineseNumber } from './numerals.js';

/** A range in a value: 0-600度, 600-1000度 (not a part of a longer number, nor a decimal). */
const VALUE_RANGE = /(?<![\d.])(\d+)-(\d+)(?![\d.])/g;

/** The `upto:` / `from:` keys of the ranges a value holds (0-600度 → upto:600, from:0). */
export function rangeKeysOf(value: string): string[] {
  const keys: string[] = [];
  for (const [, start, end] of value.matchAll(VALUE_RANGE))
    if (Number(start) < Number(end)) keys.push(`upto:${Number(end)}`, `from:${Number(start)}`);
  return keys;
}

/**
 * The range of a value written as a range and a unit alone (1-3cm → 1-3, 0.5-1cm → 0.5-1, 40-60目 → 40-60), what a
 * customer says of it without the unit; undefined for any other value (0-600度 with words around it, 6-8 alone).
 */
export function rangeWithoutUnit(value: string): string | undefined {
  const m = /^(\d+(?:\.\d+)?-\d+(?:\.\d+)?)(?:[a-z]{1,3}|\p{Script=Han})$/u.exec(value);
  if (!m) return undefined;
  const [start, end] = m[1]!.split('-').map(Number) as [number, number];
  return start < end ? m[1] : undefined;
}

const NUMERALS = '零〇一二两三四五六七八九十百千万';
/** A bound said: a number, a unit word of up to two characters or letters, and 以内 / 以下 / 之内 / 内 / 以上. */
const SAID_BOUND = new RegExp(
  String.raw`(?<![\d.${NUMERALS}])(\d+|[${NUMERALS}]+)((?:[a-z]{1,3}|[^\d\s${NUMERALS}以之内上下的,，]{1,2})?)(以内|以下|之内|内|以上)`,
  'g',
);

/** The key a bound said names (upto:600 for 600度以内), or undefined when it is none. */
function boundKey(number: string, bound: string): string | undefined {
  const value = /\d/.test(number) ? Number(number) : parseChineseNumber(number);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return `${bound === '以上' ? 'from' : 'upto'}:${value}`;
}

/**
 * Where the bound said at each position of `text` starts (the number's position) → the products of the ranges it
 * names; only bounds the catalog's ranges have. A numeral (六百) is written in digits in `text` first by the caller.
 */
export function saidBounds(index: CatalogIndex, text: string): Map<number, number[]> {
  const found = new Map<number, number[]>();
  if (!/以内|以下|之内|内|以上/.test(text)) return found;
  for (const m of text.matchAll(SAID_BOUND)) {
    const key = boundKey(m[1]!, m[3]!);
    const ids = key === undefined ? undefined : index.keys.get(key);
    if (ids?.length) found.set(m.index, ids);
  }
  return found;
}

/** 六百度以内 → 600度以内: a bound said in numerals, written in digits where the catalog has a range it names. */
export function spellBoundNumerals(index: CatalogIndex, text: string): string {
  if (!/以内|以下|之内|内|以上/.test(text)) return text;
  return text.replace(SAID_BOUND, (said: string, number: string, unit: string, bound: string) => {
    if (/\d/.test(number)) return said;
    const key = boundKey(number, bound);
    if (key === undefined || !index.keys.has(key)) return said;
    return `${key.slice(key.indexOf(':') + 1)}${unit}${bound}`;
  });
}
