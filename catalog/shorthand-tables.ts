/**
 * The catalog tables the short ways of saying a value read (value-shorthand.ts, unit-slips.ts), built once per
 * catalog from `prepareAnalysis`, when the index is built, so that no message pays for them.
 */

import type { CatalogIndex } from './catalog-index.js';
import { normalizeTerm } from './text-normalize.js';

/** Sheet sizes in feet as the trade says them (4*8, 四八) → the millimetre size boards are listed in. */
export const SHEET_SIZES: readonly { said: RegExp; feet: string; full: string }[] = [
  { said: /(?<![\d.*])(?:4\*8|四八)(?![\d.*])/g, feet: '4*8', full: '1220*2440' },
  { said: /(?<![\d.*])(?:3\*6|三六)(?![\d.*])/g, feet: '3*6', full: '915*1830' },
];

/** Words with the length of the longest of them, for a lookup by every length at a position. */
export interface WordSet {
  words: Set<string>;
  longest: number;
}

/** The shorthand tables of one catalog. */
export interface ShorthandTables {
  /** Every spec value, normalised. */
  specValues: WordSet;
  /** Attribute names of two or more characters. */
  attributeNames: WordSet;
  /** The feet sizes the catalog's boards are sold in (see value-shorthand `spellSheetSizes`). */
  sheetSizes: typeof SHEET_SIZES;
  /** Values in a unit of hours (20ah, 500mah, 100wh). */
  hourValues: Set<string>;
  /** The numbers of the values in millimetres (8mm, 4.0mm → 8, 4). */
  millimetres: Set<number>;
  /**
   * Millimetres → the products with a thickness or diameter of that many millimetres that are not sold in 个
   * (where 8个 may well be eight of them).
   */
  piecesAsMillimetres: Map<number, Set<number>>;
  /**
   * The same for products also counted in 个 (tile spacers sold by the 包 of 500 个, 规格 1mm): read so only where
   * 的 closes the number and the line says its quantity in another unit (十字卡一个的5包).
   */
  countedPiecesAsMillimetres: Map<number, Set<number>>;
}

const SIZE_ATTRIBUTE = /规格|尺寸|幅面/;
const THICKNESS_OR_DIAMETER = /厚|径/;
const COUNTED_SIZE = /厚|径|规格/;
const MILLIMETRES = /^(\d+(?:\.\d+)?)mm$/;
const HOURS = /^\d+(?:\.\d+)?[a-z]+h$/;
const tables = new WeakMap<CatalogIndex, ShorthandTables>();

function wordSet(words: Iterable<string>): WordSet {
  const set = new Set(words);
  let longest = 0;
  for (const word of set) longest = Math.max(longest, word.length);
  return { words: set, longest };
}

/** The shorthand tables of a catalog, built once (from `prepareAnalysis`, when the index is built). */
export function shorthandTablesOf(index: CatalogIndex): ShorthandTables {
  const built = tables.get(index);
  if (built) return built;
  const values = new Set<string>();
  const boardSizes = new Set<string>();
  const hourValues = new Set<string>();
  const millimetres = new Set<number>();
  const piecesAsMillimetres = new Map<number, Set<number>>();
  const countedPiecesAsMillimetres = new Map<number, Set<number>>();
  index.products.forEach((product, id) => {
    const board = [product.name, product.category ?? ''].some((word) => word.includes('板'));
    const countedInPieces = index.units[id]!.has('个');
    for (const [attribute, raw] of Object.entries(product.specs)) {
      const value = normalizeTerm(raw);
      values.add(value);
      if (board && SIZE_ATTRIBUTE.test(attribute)) boardSizes.add(value);
      if (HOURS.test(value)) hourValues.add(value);
      const inMillimetres = MILLIMETRES.exec(value);
      if (!inMillimetres) continue;
      const number = Number(inMillimetres[1]);
      millimetres.add(number);
      const table = countedInPieces ? countedPiecesAsMillimetres : piecesAsMillimetres;
      if (!(countedInPieces ? COUNTED_SIZE : THICKNESS_OR_DIAMETER).test(attribute)) continue;
      // (a pack of that many 个 — 10个的 of a 包 of 10 — is the pack, no size)
      if (countedInPieces && Math.abs(number * (product.conversions['个'] ?? 0) - 1) < 1e-9) continue;
      const ids = table.get(number) ?? new Set<number>();
      ids.add(id);
      table.set(number, ids);
    }
  });
  const made: ShorthandTables = {
    specValues: wordSet(values),
    attributeNames: wordSet(index.attributeWords.filter((word) => word.length >= 2)),
    sheetSizes: SHEET_SIZES.filter(({ feet, full }) => boardSizes.has(full) && !values.has(feet)),
    hourValues,
    millimetres,
    piecesAsMillimetres,
    countedPiecesAsMillimetres,
  };
  tables.set(index, made);
  return made;
}
