/**
 * A product as the whole system sees it, independent of file formats and storage. Money is integer fen; stock
 * and quantities are in the product's own sale `unit`.
 */
export interface Product {
  sku: string;
  name: string;
  category?: string;
  brand?: string;
  /** Other names customers use (trade jargon included). */
  aliases: string[];
  /** Attribute → value, e.g. { 截面: '4平方', 颜色: '红' }. Attribute names differ between catalogs. */
  specs: Record<string, string>;
  unit: string;
  unitAliases: string[];
  /** Other unit → how many sale units one of it is: { 吨: 20 } on a 50 kg bag. */
  conversions: Record<string, number>;
  barcode?: string;
  priceFen: number;
  /** Tier → unit price; customers of other tiers pay `priceFen`. */
  tierPricesFen: Record<string, number>;
  /** Quantity breaks: at `minQty` or more (inclusive) the unit price is `priceFen`; `tier` limits a break to one tier. */
  priceBreaks: PriceBreak[];
  /** Units available to sell now. */
  stock: number;
  active: boolean;
}

export interface PriceBreak {
  minQty: number;
  priceFen: number;
  tier?: string;
}

/** Yuan (as written in catalogs and chat) to integer fen, rounding away binary noise: 17.5 → 1750. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Integer fen to yuan for display and file formats: 1750 → 17.5. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}
