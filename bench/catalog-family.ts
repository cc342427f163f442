/**
 * A product family of the generated benchmark catalog: the Cartesian product of a few dimensions (type, size,
 * colour, brand…), decoded lazily by index so that 50,000 products never need every combination in memory.
 */

/** One generated product before the generator adds sku prefix uniqueness checks, tier prices and stock. */
export interface FamilyProduct {
  /** Unique within the family; the sku is `<family prefix>-<code>`. */
  code: string;
  name: string;
  category: string;
  brand: string;
  aliases: string[];
  specs: Record<string, string>;
  unit: string;
  unitAliases: string[];
  conversions?: Record<string, number>;
  /** Base price in yuan, not yet rounded. */
  price: number;
  /** Bulk goods (cement, wire, screws…) sometimes carry quantity price breaks. */
  bulk?: boolean;
  /** Loose goods sold without a printed barcode. */
  noBarcode?: boolean;
}

export interface Family {
  prefix: string;
  /** Share of the catalog relative to the other families. */
  weight: number;
  size: number;
  at(index: number): FamilyProduct;
}

/** Defines a family over `dims`; `build` receives one value of each dimension. */
export function family<T extends unknown[]>(
  prefix: string,
  weight: number,
  dims: { [K in keyof T]: readonly T[K][] },
  build: (...combo: T) => FamilyProduct,
): Family {
  const sizes = (dims as readonly (readonly unknown[])[]).map((d) => d.length);
  const size = sizes.reduce((a, b) => a * b, 1);
  return {
    prefix,
    weight,
    size,
    at(index) {
      let rest = index;
      const combo = (dims as readonly (readonly unknown[])[]).map((d, i) => {
        const value = d[rest % sizes[i]!];
        rest = Math.floor(rest / sizes[i]!);
        return value;
      });
      return build(...(combo as T));
    },
  };
}

/** Every combination of the given lists, for dimensions whose values depend on each other (type → sizes). */
export function variants<A, B>(as: readonly A[], bs: (a: A) => readonly B[]): [A, B][] {
  return as.flatMap((a) => bs(a).map((b): [A, B] => [a, b]));
}

/** A stable small number for a text (FNV-1a), for brand price levels that do not depend on list order. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

/** A brand's price level, 0.85–1.25 of the family's base price. */
export function brandFactor(brand: string): number {
  return 0.85 + (textHash(brand) % 41) / 100;
}

/** `[name, code]` pairs: Chinese brand names with an ASCII code for skus. */
export type Brand = readonly [name: string, code: string];
