/**
 * Building blocks for the demo shop's catalog: the catalog-file row shape (FORMAT.md §1 plus `priceBreaks`),
 * EAN-13 check digits, tier-price rounding and a seeded random source, so the generator is deterministic.
 */

/** One product row of the catalog JSON file, exactly as written to `products.json`. */
export interface DemoProductRow {
  sku: string;
  name: string;
  category?: string;
  brand?: string;
  aliases?: string[];
  specs?: Record<string, string>;
  unit: string;
  unitAliases?: string[];
  conversions?: Record<string, number>;
  barcode?: string;
  price: number;
  tierPrices?: Record<string, number>;
  /** Quantity breaks, inclusive at `minQty`; `tier` limits a break to customers of that tier. */
  priceBreaks?: { minQty: number; price: number; tier?: string }[];
  stock?: number;
}

/** A row before the generator assigns barcodes; `noBarcode` marks bulk goods sold without one. */
export type DraftProduct = Omit<DemoProductRow, 'barcode'> & { noBarcode?: boolean };

/** Which tier prices a product carries: A and B on most, C on some, none on a few. */
export type TierSet = 'AB' | 'ABC' | 'none';

/** Seeded pseudo-random numbers in [0, 1) (mulberry32): the same seed gives the same catalog. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The EAN-13 check digit for 12 digits: weights 1,3,1,3… from the left, then 10 − (sum mod 10). */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`EAN-13 needs 12 digits before the check digit: ${first12}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** True when `code` is 13 digits whose last digit is the correct check digit. */
export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/** Rounds a yuan amount the way a shop writes prices: whole yuan above 200, half yuan above 20, else fen. */
export function shopRound(yuan: number): number {
  if (yuan >= 200) return Math.round(yuan);
  if (yuan >= 20) return Math.round(yuan * 2) / 2;
  if (yuan >= 2) return Math.round(yuan * 10) / 10;
  return Math.round(yuan * 100) / 100;
}

/**
 * Tier prices below `price`: A about 7% off, B about 4%, C about 2%. Each tier is strictly cheaper than the
 * next one up, and never above `price`, even after rounding.
 */
export function tierPricesFor(price: number, set: TierSet): Record<string, number> | undefined {
  if (set === 'none') return undefined;
  const step = price >= 200 ? 1 : price >= 20 ? 0.5 : price >= 2 ? 0.1 : 0.01;
  const below = (value: number, ceiling: number): number => {
    const rounded = shopRound(value);
    return rounded < ceiling ? rounded : Math.round((ceiling - step) * 100) / 100;
  };
  const c = below(price * 0.98, price);
  const b = below(price * 0.96, set === 'ABC' ? c : price);
  const a = below(price * 0.93, b);
  return set === 'ABC' ? { A: a, B: b, C: c } : { A: a, B: b };
}

/** Picks one element of a non-empty list with the given random source. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** A whole number in [min, max], rounded to a multiple of `step`. */
export function stockBetween(random: () => number, min: number, max: number, step = 10): number {
  return Math.round((min + random() * (max - min)) / step) * step;
}
