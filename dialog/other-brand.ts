import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Analysis, Mention } from '../catalog/mention-scan.js';
import { namesOnlyBrands } from './item-text.js';

/**
 * Whether an item keeps apart from the product talked about (`focus`): it names only a brand (皇家 3包 after 麦富迪
 * 幼猫粮), or a brand that `focus` is not of, with no product word (万新1.56 20副 after 明月1.56绿膜). Such an item is
 * looked for in the family of `focus` without taking its values: a value said for one brand's line (绿膜) is the
 * customer's word for that line only.
 */
export function keepsApartFrom(index: CatalogIndex, a: Analysis, focus: number | undefined): boolean {
  if (namesOnlyBrands(index, a)) return true;
  if (focus === undefined) return false;
  const brands = a.mentions.filter((m) => isBrandWord(index, m));
  const named = a.mentions.some((m) => !brands.includes(m) && !isValueMention(index, m));
  return brands.length > 0 && !named && brands.every((m) => !productsOfBrand(index, m).includes(focus));
}

/**
 * Whether two items name brands, and no product of the one's brands is of the other's (明月1.56绿膜 and 万新1.56):
 * what is said of the one item is not said of the other.
 */
export function brandsDiffer(index: CatalogIndex, item: Mention[], other: Mention[]): boolean {
  const own = item.filter((m) => isBrandWord(index, m)).map((m) => productsOfBrand(index, m));
  const theirs = other.filter((m) => isBrandWord(index, m)).map((m) => productsOfBrand(index, m));
  if (!own.length || !theirs.some((ids) => ids.length > 0)) return false;
  // (their products marked once and each of ours looked up: a brand's hundreds of products compared each with
  // each were a few per cent of a message's time)
  if (theirMarks.length < index.products.length) theirMarks = new Uint8Array(index.products.length);
  const marks = theirMarks;
  for (const ids of theirs) for (let k = 0; k < ids.length; k++) marks[ids[k]!] = 1;
  const apart = own.every((ids) => ids.every((id) => marks[id] !== 1));
  for (const ids of theirs) for (let k = 0; k < ids.length; k++) marks[ids[k]!] = 0;
  return apart;
}

/** One mark per product, kept between calls and cleared after each (see unionOfIds). */
let theirMarks = new Uint8Array(0);

function isBrandWord(index: CatalogIndex, m: Mention): boolean {
  return m.kind === 'brand' || (m.kind === 'head' && (index.terms.get(m.text)?.brand.length ?? 0) > 0);
}

function productsOfBrand(index: CatalogIndex, m: Mention): number[] {
  return index.terms.get(m.text)?.brand ?? m.ids;
}

/** A spec value, or a word of the names that is also a spec value (5W-30 of 美孚机油 5W-30). */
function isValueMention(index: CatalogIndex, m: Mention): boolean {
  return m.kind === 'spec' || (m.kind === 'head' && (index.terms.get(m.text)?.spec.size ?? 0) > 0);
}
