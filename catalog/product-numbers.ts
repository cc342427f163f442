import type { CatalogIndex } from './catalog-index.js';

/**
 * Each product's name, category and brand as a small number, equal numbers for equal texts (a missing category or
 * brand is a number of its own). Whether thousands of candidates share a name or a category is then read from
 * numbers, not by comparing their texts one by one.
 */
export interface ProductNumbers {
  name: Int32Array;
  category: Int32Array;
  brand: Int32Array;
}

const tables = new WeakMap<CatalogIndex, ProductNumbers>();

/** The numbers of a catalog's products, built once (from `prepareAnalysis`, when the index is built). */
export function productNumbersOf(index: CatalogIndex): ProductNumbers {
  const known = tables.get(index);
  if (known) return known;
  const count = index.products.length;
  const built: ProductNumbers = {
    name: new Int32Array(count),
    category: new Int32Array(count),
    brand: new Int32Array(count),
  };
  const names = new Map<string | undefined, number>();
  const numberOf = (text: string | undefined): number => {
    let n = names.get(text);
    if (n === undefined) names.set(text, (n = names.size));
    return n;
  };
  index.products.forEach((product, id) => {
    built.name[id] = numberOf(product.name);
    built.category[id] = numberOf(product.category);
    built.brand[id] = numberOf(product.brand);
  });
  tables.set(index, built);
  return built;
}
