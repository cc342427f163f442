/** One item of a message as the parse stage reads it, and what its words are. */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Analysis, Mention, QuantityToken } from '../catalog/mention-scan.js';

/** One requested item of a message: the words that name it and the quantity said with it. */
export interface ItemText {
  text: string;
  quantity?: QuantityToken;
  analysis: Analysis;
  /** 也 / 一样 / 再来: leans on the product talked about just before. */
  also: boolean;
  /** Spread from a 各 (红 蓝 各10卷): one of several items sharing one quantity. */
  fromEach?: boolean;
  /** The value a 各 spread this item over (08A of 08A 10A单排链条各一条). */
  eachValue?: string;
  /** Said after 没有的话: wanted only if the item before it is not sold (see `dialog/if-not-sold.ts`). */
  ifNotSold?: true;
}

export function hasContent(a: Analysis): boolean {
  return a.mentions.length > 0 || a.unknown.length > 0;
}

/** Names what the product is (a name, alias, part of one, or a barcode), not only its brand or specs. */
export function hasProductWord(a: Analysis): boolean {
  return a.mentions.some((m) => m.kind === 'head' || m.kind === 'partial' || m.kind === 'barcode');
}

/** Names a product or brand, not only specs. */
export function hasIdentity(a: Analysis): boolean {
  return a.mentions.some(
    (m) => m.kind === 'head' || m.kind === 'brand' || m.kind === 'barcode' || m.kind === 'partial',
  );
}

/** The kind of thing a mention says: one family per attribute, one for product words, one for brands. */
export function familyOf(m: Mention): string {
  return m.kind === 'spec' ? m.family : m.kind === 'partial' ? 'head' : m.kind;
}

/**
 * Names only brands (帮宝适, 光威 — also when a brand is part of its products' names and so read as a product word):
 * says which maker, never which of its products.
 */
export function namesOnlyBrands(index: CatalogIndex, a: Analysis): boolean {
  return a.mentions.length > 0 && a.mentions.every((m) => isBrandWord(index, m));
}

function isBrandWord(index: CatalogIndex, m: Mention): boolean {
  return m.kind === 'brand' || (m.kind === 'head' && (index.terms.get(m.text)?.brand.length ?? 0) > 0);
}
