/**
 * A number's unit said another way than the catalog writes it: 1.5千瓦 for 1.5kW, 100微法 for 100μF, -35度 or 零下35度
 * for -35℃, 9.5毫 for 9.5mm. The units a catalog uses are learned from its own values when the index is built; a
 * message's number and unit are written as the catalog spells them before the message is read. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { normalizeTerm } from './text-normalize.js';

/**
 * Spellings of one unit (normalised: lower case, ℃ as °c, Ω as ω). A spelling in two groups (度: a temperature, or
 * an alcohol's strength in %) is read as whichever the catalog carries with that number.
 */
const UNIT_GROUPS: readonly (readonly string[])[] = [
  ['kw', '千瓦'],
  ['w', '瓦'],
  ['v', '伏', '伏特'],
  ['a', '安', '安培'],
  ['ma', '毫安'],
  ['mah', '毫安时'],
  ['mm', '毫米', '毫'],
  ['ml', '毫升'],
  ['cm', '厘米', '公分'],
  ['°c', '度', '摄氏度', '℃'],
  ['%', '度'],
  ['ω', '欧', '欧姆', 'ohm'],
  ['kω', 'k欧', '千欧', 'k'],
  ['μf', 'uf', '微法', 'u'],
  ['nf', '纳法'],
  ['pf', '皮法'],
  ['hz', '赫兹'],
  ['mpa', '兆帕'],
  ['kg', '公斤', '千克'],
  ['p', '匹'],
  ['口', 'port'],
];

/** Every spelling the groups know, longest first (毫安时 before 毫安 and 毫). */
const ALL_SPELLINGS = [...new Set(UNIT_GROUPS.flat())].sort((a, b) => b.length - a.length);
/** A number and the unit said after it (Latin letters or signs, or one to three Han characters). */
const SAID = /(零下|-)?(\d+(?:\.\d+)?) ?(°c|℃|[a-zμω%]+|[\u4e00-\u9fff]{1,3})/g;
/** A number and its unit inside a catalog value. */
const IN_VALUE = /(-?\d+(?:\.\d+)?)(°c|[a-zμω%]+|[\u4e00-\u9fff])/g;

interface UnitTables {
  /** Every spelling the tables know → the catalog's spellings of the same unit. */
  spellingsOf: Map<string, string[]>;
  /** `number unit` pairs the catalog's values carry, as written there (-35°c, 1.5kw). */
  carried: Set<string>;
}

const tables = new WeakMap<CatalogIndex, UnitTables>();

/** The unit tables of a catalog, built once (from `prepareAnalysis`, when the index is built). */
export function unitSpellingsOf(index: CatalogIndex): UnitTables {
  let built = tables.get(index);
  if (built) return built;
  const carried = new Set<string>();
  const units = new Set<string>();
  const seen = new Set<string>();
  for (const product of index.products)
    for (const raw of Object.values(product.specs)) {
      const value = normalizeTerm(raw);
      if (seen.has(value)) continue;
      seen.add(value);
      for (const [, number, unit] of value.matchAll(IN_VALUE)) {
        carried.add(`${Number(number)}${unit}`);
        units.add(unit!);
      }
    }
  const spellingsOf = new Map<string, string[]>();
  for (const group of UNIT_GROUPS) {
    const own = group.filter((spelling) => units.has(spelling));
    if (!own.length) continue;
    for (const spelling of group) {
      if (own.includes(spelling)) continue;
      spellingsOf.set(spelling, [...(spellingsOf.get(spelling) ?? []), ...own]);
    }
  }
  built = { spellingsOf, carried };
  tables.set(index, built);
  return built;
}

/**
 * 1.5千瓦 → 1.5kw, 零下35度 / -35度 → -35°c, 9.5毫 → 9.5mm: a number with a unit the catalog writes another way is
 * written the catalog's way, when the catalog carries that number in that unit (or, for a unit of one spelling in
 * the catalog, at all); a spelling two units share (度) is read as the one the catalog carries with that number,
 * and left as said when it carries both or neither.
 */
export function spellUnitsAsCatalog(index: CatalogIndex, text: string): string {
  if (!/\d/.test(text)) return text;
  const { spellingsOf, carried } = unitSpellingsOf(index);
  if (!spellingsOf.size) return text;
  return text.replace(SAID, (whole: string, minus: string | undefined, number: string, tail: string) => {
    // the longest spelling the groups know (毫升 before 毫), then only if the catalog writes its unit otherwise
    const spelling = ALL_SPELLINGS.find((candidate) => tail.startsWith(candidate));
    if (!spelling || !spellingsOf.has(spelling)) return whole;
    // a Latin spelling must end where the letters end (5k is no start of 5kg)
    if (/[a-z]$/.test(spelling) && /^[a-z]/.test(tail.slice(spelling.length))) return whole;
    const sign = minus ? '-' : '';
    const fitting = spellingsOf
      .get(spelling)!
      .filter((unit) => carried.has(`${sign}${Number(number)}${unit}`));
    if (fitting.length !== 1) return whole;
    return `${sign}${number}${fitting[0]}${tail.slice(spelling.length)}`;
  });
}
