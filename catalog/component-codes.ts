/**
 * Component values said by their printed code, as the electronics trade says them: 104 is 10 × 10⁴ pF (100nF), 472
 * is 47 × 10² Ω (4.7K), 4k7 is 4.7K, 4r7 is 4.7Ω. The resistances and capacitances a catalog carries are learned
 * from its own values when the index is built (an attribute is one of resistances when one of its values is in Ω);
 * a code is written as the catalog's value only when exactly one value fits it. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { termProducts } from './catalog-index.js';
import { normalizeTerm } from './text-normalize.js';

/** The catalog's values by magnitude: ohms or picofarads, as a number → the value as the catalog spells it. */
interface CodeTables {
  ohms: Map<number, string>;
  picofarads: Map<number, string>;
}

const RESISTANCE = /^(\d+(?:\.\d+)?)(ω|欧|k|kω|m|mω)$/;
const CAPACITANCE = /^(\d+(?:\.\d+)?)(pf|nf|uf|μf)$/;
const OHM_SCALE: Record<string, number> = { ω: 1, 欧: 1, k: 1e3, kω: 1e3, m: 1e6, mω: 1e6, r: 1 };
const FARAD_SCALE: Record<string, number> = { pf: 1, nf: 1e3, uf: 1e6, μf: 1e6 };
/** A three-digit code (two digits and a power of ten) or a letter code (4k7, 4r7, 2m2), standing alone. */
const SAID_CODE = /(?<![\d.a-z-])(?:([1-9]\d)([0-7])|(\d{1,3})([rkm])(\d{1,2}))(?![\d.a-z%])/g;

const tables = new WeakMap<CatalogIndex, CodeTables>();
/** Rounds away the float noise of a scaled value (4.7 × 1000). */
const magnitude = (n: number): number => Math.round(n * 1000) / 1000;

/** The code tables of a catalog, built once (from `prepareAnalysis`, when the index is built). */
export function componentCodesOf(index: CatalogIndex): CodeTables {
  let built = tables.get(index);
  if (built) return built;
  built = { ohms: new Map(), picofarads: new Map() };
  // an attribute holds resistances when one of its values is written in Ω (10K beside 100Ω)
  const resistanceAttributes = new Set<string>();
  for (const product of index.products)
    for (const [attribute, value] of Object.entries(product.specs))
      if (/^\d+(?:\.\d+)?k?(ω|欧)$/.test(normalizeTerm(value))) resistanceAttributes.add(attribute);
  const keep = (map: Map<number, string>, n: number, value: string) => {
    const known = map.get(n);
    // two spellings of one magnitude: no one value to write
    map.set(n, known === undefined || known === value ? value : '');
  };
  for (const product of index.products)
    for (const [attribute, raw] of Object.entries(product.specs)) {
      const value = normalizeTerm(raw);
      const farads = CAPACITANCE.exec(value);
      if (farads) keep(built.picofarads, magnitude(Number(farads[1]) * FARAD_SCALE[farads[2]!]!), value);
      const ohms = resistanceAttributes.has(attribute) ? RESISTANCE.exec(value) : null;
      if (ohms) keep(built.ohms, magnitude(Number(ohms[1]) * OHM_SCALE[ohms[2]!]!), value);
    }
  tables.set(index, built);
  return built;
}

/**
 * 0805 472 → 0805 4.7k, 104的电容 → 100nf的电容, 4k7 → 4.7k: a code is written as the one resistance or capacitance
 * of the catalog it names; left as said when none or both a resistance and a capacitance fit (103 beside a 10K
 * resistor and a 10nF capacitor), before a unit (105个 is a count), and when a catalog word of other products is
 * written so (608 of a bearing).
 */
export function spellComponentCodes(index: CatalogIndex, text: string): string {
  if (!/\d/.test(text)) return text;
  const { ohms, picofarads } = componentCodesOf(index);
  if (!ohms.size && !picofarads.size) return text;
  return text.replace(
    SAID_CODE,
    (
      said: string,
      digits: string | undefined,
      power: string | undefined,
      whole: string | undefined,
      letter: string | undefined,
      part: string | undefined,
      at: number,
    ) => {
      // 105个: a count, not a code
      const after = text.slice(at + said.length).trimStart();
      if (index.unitWords.some((unit) => after.startsWith(unit))) return said;
      const fitting: string[] = [];
      if (digits !== undefined && power !== undefined) {
        const n = magnitude(Number(digits) * 10 ** Number(power));
        for (const value of [ohms.get(n), picofarads.get(n)]) if (value) fitting.push(value);
      } else if (whole !== undefined && letter !== undefined && part !== undefined) {
        const value = ohms.get(magnitude(Number(`${whole}.${part}`) * OHM_SCALE[letter]!));
        if (value) fitting.push(value);
      }
      if (fitting.length !== 1) return said;
      const value = fitting[0]!;
      const word = index.terms.get(said);
      if (!word) return value;
      // 104 in a capacitor's own name is that capacitor's code; 608 of a bearing is no resistance
      const holds = termProducts(word).some((id) =>
        Object.values(index.products[id]!.specs).some((raw) => normalizeTerm(raw) === value),
      );
      return holds ? value : said;
    },
  );
}
