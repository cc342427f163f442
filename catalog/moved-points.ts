/**
 * A number said with the catalog's decimal point moved: 914 for 0.914米, 152 for 1.52米 (a roll's width said in its
 * digits, as the print and sign trades do), 160 for an index or a grade written 1.60 with no unit, and 1米07 / 1米52 for 1.07米 / 1.52米 (the hundredths said after 米, of a
 * length or a side of a size the catalog carries). The catalog's values are read when the index is built; a
 * message's number is written the catalog's way before it is read, and only when exactly one value fits it. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { SPEC_UNIT } from './spec-values.js';
import { normalizeTerm } from './text-normalize.js';

/** A value that is one number with a decimal point and its unit: 0.914米, 1.52米, 12.5mm; or none: 1.56, 1.60. */
const DECIMAL_VALUE = /^(\d+\.\d+)([a-z]{1,3}|\p{Script=Han}{1,2})?$/u;
/** A unit of measure (not a grade letter: the R of 42.5R, whose 425 is a grade said the trade's way). */
const MEASURE_UNIT = new RegExp(String.raw`^(?:${SPEC_UNIT})$`);
/** A run of three or more digits standing alone (no digit, point, letter or sign against it). */
const SAID_DIGITS = /(?<![\d.a-z*×/-])\d{3,}(?![\d.a-z*×/%])/g;
/** Metres and their hundredths: 1米07, 1米52. */
const METRE_HUNDREDTHS = /(?<![\d.])(\d+)米(\d{2})(?![\d.])/g;
/** The fewest digits a number said for a value of a moved point has: 32 for 3.2米 could as well be a count. */
const MIN_DIGITS = 3;

interface PointTables {
  /** The digits of a decimal value, point and leading zeros left out → the values so spelled (914 → 0.914米). */
  byDigits: Map<string, Set<string>>;
  /** Every number the catalog's spec values carry (num: keys), which a said number stays. */
  numbers: Set<string>;
}

const tables = new WeakMap<CatalogIndex, PointTables>();

/** The moved-point tables of a catalog, built once (from `prepareAnalysis`, when the index is built). */
export function movedPointsOf(index: CatalogIndex): PointTables {
  let built = tables.get(index);
  if (built) return built;
  const byDigits = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const product of index.products)
    for (const raw of Object.values(product.specs)) {
      const value = normalizeTerm(raw);
      if (seen.has(value)) continue;
      seen.add(value);
      const decimal = DECIMAL_VALUE.exec(value);
      const unit = decimal?.[2];
      if (!decimal || (unit !== undefined && !MEASURE_UNIT.test(unit))) continue;
      // (1.50mm is 1.5: its digits are 15, not 150; a number with no unit, an index or a grade written to its
      // places, is said by its digits as written: 160 for the 1.60 of lenses sold 1.56 / 1.60 / 1.67)
      const written = unit === undefined ? decimal[1]! : String(Number(decimal[1]));
      const digits = written.replace('.', '').replace(/^0+/, '');
      if (digits.length < MIN_DIGITS) continue;
      const spelled = `${written}${unit ?? ''}`;
      const list = byDigits.get(digits);
      if (list) list.add(spelled);
      else byDigits.set(digits, new Set([spelled]));
    }
  const numbers = new Set<string>();
  for (const key of index.keys.keys()) if (key.startsWith('num:')) numbers.add(key.slice(4));
  built = { byDigits, numbers };
  tables.set(index, built);
  return built;
}

/**
 * 914的 → 0.914米的, 1米52 → 1.52米: a run of digits that is no number of the catalog's values but the digits of
 * exactly one of its decimal values, and metres with their hundredths where the catalog carries that length, are
 * written as the catalog spells them. A run with a unit after it (914卷) is a quantity and stays as said.
 */
export function spellMovedPoints(index: CatalogIndex, text: string): string {
  if (!/\d/.test(text)) return text;
  const { byDigits, numbers } = movedPointsOf(index);
  let out = text;
  if (out.includes('米'))
    out = out.replace(METRE_HUNDREDTHS, (said: string, whole: string, hundredths: string, at: number) => {
      const metres = Number(`${whole}.${hundredths}`);
      // (a length of its own, or a side of a size: the 1.06 of a wallpaper's 1.06米*15.6米)
      if (!index.keys.has(`metre:${metres}`) && !index.keys.has(`part:${Math.round(metres * 1000)}`))
        return said;
      const rest = out.slice(at + said.length);
      return index.unitWords.some((unit) => rest.startsWith(unit)) ? said : `${metres}米`;
    });
  if (!byDigits.size) return out;
  return out.replace(SAID_DIGITS, (said: string, at: number) => {
    const values = byDigits.get(said.replace(/^0+/, ''));
    if (!values || values.size !== 1 || numbers.has(String(Number(said)))) return said;
    const rest = out.slice(at + said.length);
    if (index.unitWords.some((unit) => rest.startsWith(unit))) return said;
    return [...values][0]!;
  });
}
