import type { PriceBreak } from '../catalog/product.js';

/** What pricing needs to know about one product. */
export interface PriceRule {
  sku: string;
  /** List price per sale unit. */
  priceFen: number;
  /** Tier → unit price. */
  tierPricesFen: Record<string, number>;
  priceBreaks: PriceBreak[];
}

export interface LineToPrice {
  lineNo: number;
  sku: string;
  qty: number;
}

export interface PricedLine {
  lineNo: number;
  unitPriceFen: number;
  lineTotalFen: number;
}

export interface PricedOrder {
  lines: PricedLine[];
  totalFen: number;
}

/** A line refers to a product pricing knows nothing about. */
export class UnknownSkuError extends Error {
  constructor(readonly sku: string) {
    super(`no price rule for sku ${sku}`);
    this.name = 'UnknownSkuError';
  }
}

/**
 * The unit price a customer of `tier` pays for `qty` units: the tier's price when the catalog names one (customers
 * of other tiers pay the list price), lowered by any quantity break the quantity reaches (`qty >= minQty`,
 * inclusive) that is open to all tiers or to this one.
 */
export function unitPriceFen(rule: PriceRule, tier: string | null, qty: number): number {
  const tierPrice = tier === null ? undefined : rule.tierPricesFen[tier];
  let best = tierPrice ?? rule.priceFen;
  for (const b of rule.priceBreaks) {
    if (qty >= b.minQty && (b.tier === undefined || b.tier === tier)) best = Math.min(best, b.priceFen);
  }
  return best;
}

/** Integer fen times integer quantity; refuses results beyond exact integer range instead of rounding. */
export function lineTotalFen(unitFen: number, qty: number): number {
  const total = unitFen * qty;
  if (!Number.isSafeInteger(total)) throw new RangeError(`line total ${unitFen} × ${qty} is out of range`);
  return total;
}

/** Prices every line and the order total, all in integer fen. */
export function priceLines(
  lines: LineToPrice[],
  rules: ReadonlyMap<string, PriceRule>,
  tier: string | null,
): PricedOrder {
  let totalFen = 0;
  const priced = lines.map((l) => {
    const rule = rules.get(l.sku);
    if (!rule) throw new UnknownSkuError(l.sku);
    const unit = unitPriceFen(rule, tier, l.qty);
    const lineTotal = lineTotalFen(unit, l.qty);
    totalFen += lineTotal;
    return { lineNo: l.lineNo, unitPriceFen: unit, lineTotalFen: lineTotal };
  });
  return { lines: priced, totalFen };
}
