/**
 * Products close to words the catalog does not spell together, to offer instead of saying "没有": the products two
 * product words said in one breath name (丝印 and 版费), and a value said with the character of a product's own
 * word after it (钢带 for a 表带 of 钢). Pure.
 */
import type { Analysis } from '../catalog/analysis-types.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { normalizeTerm } from '../catalog/text-normalize.js';

/** No more products than this are offered for the words said. */
export const MAX_CLOSE_PRODUCTS = 3;

const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * The products the product words said name (words that are no value too), when two or more were said and together
 * they name one to three active products: what a customer naming two products' words in one breath may mean. Undefined otherwise.
 */
export function productsOfEveryWord(index: CatalogIndex, said: Analysis): number[] | undefined {
  // (方形奶茶杯: a word that is also a value, 方形 of the lunch boxes' 形状, names no product of its own)
  const heads = said.mentions.filter((x) => x.kind === 'head' && !index.terms.get(x.text)?.spec.size);
  if (heads.length < 2) return undefined;
  const ids = [...new Set(heads.flatMap((x) => x.ids))].filter((id) => index.products[id]!.active);
  return ids.length && ids.length <= MAX_CLOSE_PRODUCTS ? ids.sort((a, b) => a - b) : undefined;
}

/**
 * Of `pool`, the products with a value that starts the word said, the rest of the word all characters of the
 * product's name or category (钢带: 材质 钢, 表带). Empty for a word of one character or none that fits.
 */
export function productsOfValueAndHead(index: CatalogIndex, pool: number[], word: string): number[] {
  if ([...word].length < 2 || !HAN_WORD.test(word)) return [];
  return pool.filter((id) => {
    const p = index.products[id]!;
    const own = `${p.name}${p.category ?? ''}`;
    return Object.values(p.specs).some((raw) => {
      const value = normalizeTerm(raw);
      if (!value || value.length >= word.length || !word.startsWith(value)) return false;
      return [...word.slice(value.length)].every((ch) => own.includes(ch));
    });
  });
}
