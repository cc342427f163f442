/**
 * A pipe size said in 分 / 寸 where the catalog writes diameters in millimetres that are no exact key of it: the
 * size names the pipe it fits, and a trade labels that pipe by one of two readings of the inch — the bore in inches
 * (N分 is N/8 inch: 4分 = 12.7 mm, so a hydraulic hose's DN12, a copper tube's 12.7, an AC sleeve's Φ13), or the
 * outside diameter of the steel pipe of that nominal size (4分 = DN15 = 21.3 mm, so an insulation sleeve's Φ22), or,
 * for a diameter named 内径 or the millimetres of a hose product (a 宝塔 connector's 规格), the bore a water hose of
 * that size is labelled by (4分 = 16 mm, 6分 = 20 mm). Which reading a family uses is told by its own diameters: the one under which more of them lie near a size the
 * trade says. The said size then names the one diameter near it under that reading, or, when several are near,
 * all of them (the engine asks). The diameters are read once per catalog; tried only when the size as said meets
 * none of the products named. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { parseChineseNumber } from './numerals.js';
import type { Product } from './product.js';

/**
 * How far a labelled diameter may lie from the reading it is labelled by: labels round to the whole millimetre
 * (DN6 for a 6.35 mm bore, 5.5% under) and a sleeve's bore runs a few per cent over the pipe it fits (Φ28 on
 * 26.9 mm, 4% over). The sizes the trade says lie 20% or more apart in either reading, so no diameter within 7%
 * of one size is within 7% of the next.
 */
const TOLERANCE = 0.07;

/** Nominal pipe sizes in inches → the outside diameter in mm of the steel pipe of that size (ISO 65). */
const STEEL_OUTSIDE: ReadonlyMap<number, number> = new Map([
  [0.25, 13.5],
  [0.375, 17.2],
  [0.5, 21.3],
  [0.75, 26.9],
  [1, 33.7],
  [1.25, 42.4],
  [1.5, 48.3],
  [2, 60.3],
  [2.5, 76.1],
  [3, 88.9],
  [4, 114.3],
]);
/** The inch sizes the trade says in 分 / 寸: 2分 … 6分, 1寸, 1寸2 (1¼), 1寸半, 2寸 … 4寸. */
const SAID_INCHES = [0.25, 0.3125, 0.375, 0.5, 0.625, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4];

/** Nominal pipe sizes in inches → the outside diameter in mm of the plastic (PPR, PVC) water pipe of that size. */
const PLASTIC_OUTSIDE: ReadonlyMap<number, number> = new Map([
  [0.25, 12],
  [0.375, 16],
  [0.5, 20],
  [0.75, 25],
  [1, 32],
  [1.25, 40],
  [1.5, 50],
  [2, 63],
  [2.5, 75],
  [3, 90],
  [4, 110],
]);

/**
 * Nominal pipe sizes in inches → the bore in mm a water hose (PVC wire or fibre hose, rubber hose) of that size is
 * labelled by: 4分 hose is 16 mm inside, 6分 20, 1寸 25, 1寸2 32, 1寸半 38, 2寸 50 — the plastic pipe's outside
 * diameter one size down, not the inch bore (a 4分 hose is no 12.7 mm hose).
 */
const HOSE_BORE: ReadonlyMap<number, number> = new Map([
  [0.25, 8],
  [0.375, 10],
  [0.5, 16],
  [0.75, 20],
  [1, 25],
  [1.25, 32],
  [1.5, 38],
  [2, 50],
  [2.5, 65],
  [3, 75],
  [4, 100],
]);

type Reading = (inches: number) => number | undefined;
/**
 * The readings a trade labels a pipe size's diameter by: the inch bore, steel and plastic outside diameters, and
 * the water hose's bore.
 */
const READINGS: readonly Reading[] = [
  (inches) => inches * 25.4,
  (inches) => STEEL_OUTSIDE.get(inches),
  (inches) => PLASTIC_OUTSIDE.get(inches),
  (inches) => HOSE_BORE.get(inches),
];
/** The plastic reading, which the catalog index already keys exactly (`pipe:` keys, spec-values.ts). */
const PLASTIC = 2;
/**
 * The readings a family's diameters may be labelled by: an inside diameter (内径) is no plastic pipe's outside one
 * but may be a water hose's bore (or a sleeve's, the steel pipe it fits); any other is no hose's bore.
 */
const INSIDE_READINGS = [0, 1, 3];
const OTHER_READINGS = [0, 1, 2];
/** An attribute naming an inside diameter. */
const INSIDE = /内径/;
/**
 * Products sized by the bore of the water hose they are or fit (a barbed hose connector's 16 mm is the 4分 hose's),
 * whatever the attribute is called: their sizes in millimetres are diameters of the inside kind.
 */
const HOSE = /软管|胶管|水带|宝塔|蛇皮管/;
/** A size in millimetres (a hose product's 规格: 16mm). */
const MILLIMETRES = /^\d+(?:\.\d+)?\s*mm$/i;

const DIGIT = '[1-7一二两三四五六七]';
/**
 * 4分, 2分半, 1寸, 1寸2, 1寸半, 2寸半; 寸半 / 寸二 with no numeral (1寸半 / 1寸2); a decimal point: 1.5寸 (1寸半),
 * 1.2寸 (1寸2).
 */
const PIPE_SIZE = new RegExp(`^(?:(${DIGIT})分(半)?|(${DIGIT})?(?:寸(半|[2-5二三四五])?|\\.([2-5])寸))$`);
/** A value that is one diameter: Φ22, φ9.52, DN12, De25, 12.7mm, 22. */
const DIAMETER_VALUE = /^(?:[Φφ∅ØøΦ]|dn|de)?\s*(\d+(?:\.\d+)?)\s*(?:mm)?$/i;
/** A value spelt with a diameter sign (not a bare number, which may be a length). */
const DIAMETER_SIGN = /^(?:[Φφ∅ØøΦ]|dn|de)/i;

/** The inches a 分 / 寸 size names (4分 → 0.5, 2分半 → 0.3125, 1寸2 → 1.25, 1寸半 → 1.5), or undefined. */
export function saidInches(said: string): number | undefined {
  const m = PIPE_SIZE.exec(said);
  if (!m) return undefined;
  const digit = (c: string) => (/\d/.test(c) ? Number(c) : (parseChineseNumber(c) ?? 0));
  if (m[1]) return (digit(m[1]) + (m[2] ? 0.5 : 0)) / 8;
  if (!m[3] && !m[4]) return undefined;
  const whole = m[3] ? digit(m[3]) : 1;
  if (m[5]) return whole + (m[5] === '5' ? 0.5 : Number(m[5]) / 8);
  if (!m[4]) return whole;
  return m[4] === '半' ? whole + 0.5 : whole + digit(m[4]) / 8;
}

/**
 * Per product, the diameters of its values of a diameter attribute (named with 径, or spelt Φ / DN, or a hose
 * product's millimetres), and whether each is an inside one (named 内径, or a hose product's).
 */
interface Diameter {
  attribute: string;
  millimetres: number;
  inside: boolean;
}
interface Tables {
  /** The families the tables were read with (a new index's list: tables of another index are not reused). */
  family: readonly string[];
  /** Per product, its diameters. */
  diameters: Diameter[][];
  /** Family → the reading its diameters are labelled by. */
  readings: Map<string, number>;
}
/**
 * Keyed by the catalog's product list, so that the tables made while the index is built (familiesNotPlastic, which
 * the index's keys need) are the ones a message reads: no message pays for reading every product's diameters.
 */
const tables = new WeakMap<readonly Product[], Tables>();

/** A product's diameters: its values of one size spelt with a diameter sign or of an attribute named with 径. */
function diametersOfProduct(product: Product): Diameter[] {
  const out: Diameter[] = [];
  const hose = HOSE.test(product.name) || product.aliases.some((alias) => HOSE.test(alias));
  for (const [attribute, raw] of Object.entries(product.specs)) {
    const value = raw.trim();
    const m = DIAMETER_VALUE.exec(value);
    if (!m) continue;
    const hoseSize = hose && MILLIMETRES.test(value);
    if (!(attribute.includes('径') || DIAMETER_SIGN.test(value) || hoseSize)) continue;
    out.push({ attribute, millimetres: Number(m[1]), inside: INSIDE.test(attribute) || hoseSize });
  }
  return out;
}

function tablesOf(products: readonly Product[], family: readonly string[]): Tables {
  let built = tables.get(products);
  if (built?.family !== family) {
    const diameters = products.map(diametersOfProduct);
    tables.set(products, (built = { family, diameters, readings: familyReadings(diameters, family) }));
  }
  return built;
}

const near = (millimetres: number, reading: number) => Math.abs(millimetres - reading) <= reading * TOLERANCE;

/**
 * The reading a family's diameters are labelled by: the one under which most of them lie near a size the trade
 * says, and of two as many, the one they lie closer to (Φ19 / Φ25 / Φ38 / Φ51 are inch tubes, 19.05 … 50.8,
 * more than plastic pipes, 20 … 50); undefined when none fits or two fit alike.
 */
function familyReading(diameters: readonly number[], inside: boolean): number | undefined {
  const candidates = inside ? INSIDE_READINGS : OTHER_READINGS;
  const scores = candidates.map((index) => {
    const reading = READINGS[index]!;
    let fits = 0;
    let error = 0;
    for (const mm of diameters) {
      let closest = Infinity;
      for (const size of SAID_INCHES) {
        const at = reading(size);
        if (at !== undefined && near(mm, at)) closest = Math.min(closest, Math.abs(mm - at) / at);
      }
      if (closest === Infinity) continue;
      fits += 1;
      error += closest;
    }
    return { fits, error: fits ? error / fits : Infinity };
  });
  const order = scores
    .map((_, i) => i)
    .sort((a, b) => scores[b]!.fits - scores[a]!.fits || scores[a]!.error - scores[b]!.error);
  const [first, second] = [scores[order[0]!]!, scores[order[1]!]!];
  if (!first.fits || (first.fits === second.fits && first.error === second.error)) return undefined;
  return candidates[order[0]!];
}

/**
 * The reading of each family (CatalogIndex.family) that labels diameters, by the diameters of all its products
 * (per product, as diametersOfProduct reads them): see {@link familyReading}. Families without diameters, or read
 * by none alike, are left out.
 */
function familyReadings(diameters: readonly Diameter[][], family: readonly string[]): Map<string, number> {
  const byFamily = new Map<string, Set<number>>();
  /** Families whose every diameter is an inside one (内径). */
  const inside = new Map<string, boolean>();
  diameters.forEach((own, id) => {
    const name = family[id]!;
    for (const diameter of own) {
      const list = byFamily.get(name);
      if (list) list.add(diameter.millimetres);
      else byFamily.set(name, new Set([diameter.millimetres]));
      inside.set(name, (inside.get(name) ?? true) && diameter.inside);
    }
  });
  const out = new Map<string, number>();
  for (const [name, list] of byFamily) {
    const reading = familyReading([...list], inside.get(name) ?? false);
    if (reading !== undefined) out.set(name, reading);
  }
  return out;
}

/**
 * The families whose diameters are labelled by another reading than the plastic pipe's, so that the index keys
 * none of their sizes as the plastic pipe a 分 / 寸 size names (a sleeve's Φ25 is no 6分).
 */
export function familiesNotPlastic(products: readonly Product[], family: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const [name, reading] of tablesOf(products, family).readings) if (reading !== PLASTIC) out.add(name);
  return out;
}

/**
 * The products of `ids` whose diameter the 分 / 寸 size `said` names under the reading their family's diameters
 * are labelled by (the inch bore or the steel pipe's; the plastic pipe's is keyed exactly by the index); empty when
 * `said` is no such size or none fits.
 */
export function pipeSizeReadings(index: CatalogIndex, ids: number[], said: string): number[] {
  const inches = saidInches(said);
  if (inches === undefined) return [];
  const { diameters, readings } = tablesOf(index.products, index.family);
  const fitting: number[] = [];
  for (const id of ids) {
    const reading = readings.get(index.family[id]!);
    if (reading === undefined || reading === PLASTIC) continue;
    const at = READINGS[reading]!(inches);
    if (at !== undefined && diameters[id]!.some(({ millimetres }) => near(millimetres, at))) fitting.push(id);
  }
  return fitting;
}
