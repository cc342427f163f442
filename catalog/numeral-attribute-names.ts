/**
 * 四十二码 / 五十八号: a Chinese numeral right before the one character that names an attribute of the catalog (码, 号),
 * written in digits (42码, 58号) so that it is read as that attribute's value, as 42码 is. Only where the attribute
 * carries the number and no product is sold in the character as a unit (a ribbon sold by the 码: 三十码 is an
 * amount). Attribute names of two characters or more are read by spellNumbersByAttribute. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { parseChineseNumber } from './numerals.js';

const tables = new WeakMap<CatalogIndex, Map<string, Set<number>>>();

/** 码 → the numbers its values carry (42 of 42 or 42码), for the one-character attribute names sold in no unit. */
export function attributeCharactersOf(index: CatalogIndex): Map<string, Set<number>> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  const soldIn = new Set<string>();
  index.products.forEach((product, id) => {
    for (const unit of index.units[id]!.keys()) soldIn.add(unit);
    for (const [name, value] of Object.entries(product.specs)) {
      if (!/^\p{Script=Han}$/u.test(name)) continue;
      const carried = new RegExp(`^(\\d+(?:\\.\\d+)?)(?:${name})?$`).exec(value.trim());
      if (!carried) continue;
      let numbers = table.get(name);
      if (!numbers) table.set(name, (numbers = new Set()));
      numbers.add(Number(carried[1]));
    }
  });
  for (const unit of soldIn) table.delete(unit);
  tables.set(index, table);
  return table;
}

const NUMERAL_BEFORE =
  /(?<![零〇一二两三四五六七八九十百千万点\d.])([一二两三四五六七八九十百]{1,5})(\p{Script=Han})/gu;

/** The message with each such numeral written in digits; unchanged where the catalog has no such attribute. */
export function spellNumeralsBeforeAttributeNames(index: CatalogIndex, text: string): string {
  const table = attributeCharactersOf(index);
  if (!table.size) return text;
  return text.replace(NUMERAL_BEFORE, (said: string, numeral: string, name: string) => {
    const number = parseChineseNumber(numeral);
    return number !== undefined && table.get(name)?.has(number) ? `${number}${name}` : said;
  });
}
