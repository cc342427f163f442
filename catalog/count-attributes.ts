/**
 * A number said with the character of an attribute named "<character>数" is that attribute's value (32支 → 32S where
 * the catalog has 支数 32S; 2股 → 2股 already reads): the yarn trade counts 支, a hose 层, a lily 头. Written as the
 * catalog spells the value before a message is read, where exactly one value of that attribute has the number and no
 * product carrying the attribute is sold in that character as a unit (then 32支 would be a count). Pure.
 */

import type { CatalogIndex } from './catalog-index.js';

interface CountAttribute {
  /** number said → the value that spells it, or null where two values share the number */
  values: Map<number, string | null>;
}

const tables = new WeakMap<CatalogIndex, Map<string, CountAttribute>>();

/** 支 → the 支数 values of the catalog whose number is not already followed by 支 (built once, from `prepareAnalysis`). */
export function countAttributesOf(index: CatalogIndex): Map<string, CountAttribute> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  const soldIn = new Map<string, boolean>();
  for (let id = 0; id < index.products.length; id++) {
    const product = index.products[id]!;
    for (const [name, value] of Object.entries(product.specs)) {
      const named = /^(\p{Script=Han})数$/u.exec(name);
      if (!named) continue;
      const character = named[1]!;
      if (index.units[id]!.has(character)) soldIn.set(character, true);
      const spelled = /^(\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec(value.trim());
      if (!spelled) continue;
      let entry = table.get(character);
      if (!entry) table.set(character, (entry = { values: new Map() }));
      const number = Number(spelled[1]);
      const known = entry.values.get(number);
      entry.values.set(number, known === undefined || known === value ? value : null);
    }
  }
  for (const character of soldIn.keys()) table.delete(character);
  tables.set(index, table);
  return table;
}

const NUMBER_BEFORE = /(?<![\d.])(\d+(?:\.\d+)?)(\p{Script=Han})/gu;

export function spellCountsByAttribute(index: CatalogIndex, text: string): string {
  const table = countAttributesOf(index);
  if (!table.size) return text;
  return text.replace(NUMBER_BEFORE, (said: string, number: string, character: string) => {
    const value = table.get(character)?.values.get(Number(number));
    return value ? value : said;
  });
}
