/**
 * 1寸2 / 一寸五 where the catalog writes the value 1.2寸 / 1.5寸 (a firework's bore, a brush's width): the digit after
 * 寸 is the tenth of the inch, as 1米2 is of the metre. Read so only where a value of the catalog is written that
 * way in 寸; elsewhere 1寸2 stays the pipe size the plumbing trade means by it (1¼ inch). Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { CHINESE_NUMERAL_CHARS, parseChineseDecimal, parseNumber } from './numerals.js';
import { quantityAt } from './quantity-scan.js';
import { termAt } from './word-lookups.js';

const tables = new WeakMap<CatalogIndex, Set<string>>();

/** The decimals the catalog writes with 寸 (1.2, 1.5 of 1.2寸, 1.5寸), built once per index. */
function inchDecimalsOf(index: CatalogIndex): Set<string> {
  let table = tables.get(index);
  if (table) return table;
  table = new Set();
  for (const product of index.products)
    for (const value of Object.values(product.specs)) {
      const decimal = /^(\d+\.\d)\s*(?:寸|英寸)$/.exec(value.trim());
      if (decimal) table.add(String(Number(decimal[1])));
    }
  tables.set(index, table);
  return table;
}

const INCH_TENTHS = new RegExp(
  String.raw`(?<![\d.])(\d+|[${CHINESE_NUMERAL_CHARS}]+)寸([1-9一二两三四五六七八九])(?![\d.零一二两三四五六七八九十百千万分])`,
  'g',
);

/**
 * The message with each such 寸 and tenth written as the catalog's decimal — unless a quantity in a unit starts at
 * the tenth (1寸2箱 of a shop that has no 1.2寸 is read as before) or a catalog word does.
 */
export function inchTenths(index: CatalogIndex, text: string): string {
  if (!text.includes('寸')) return text;
  const decimals = inchDecimalsOf(index);
  if (!decimals.size) return text;
  return text.replace(INCH_TENTHS, (all: string, whole: string, tenth: string, at: number) => {
    const n = parseNumber(whole);
    const d = /\d/.test(tenth) ? Number(tenth) : parseChineseDecimal(tenth);
    if (n === undefined || !Number.isInteger(n) || d === undefined) return all;
    const decimal = `${n}.${d}`;
    if (!decimals.has(String(Number(decimal)))) return all;
    const tenthAt = at + all.length - tenth.length;
    if (quantityAt(index, text, tenthAt)?.unit || (termAt(index, text, tenthAt)?.length ?? 0) > 1) return all;
    return `${decimal}寸`;
  });
}
