import type { Product } from '../catalog/product.js';
import type { DraftLine, OrderView, OrderStatusView } from './dialog-types.js';
import type { DraftLineState } from './conversation-state.js';

/** The customer's unit price in fen: tier price, then the best quantity break that applies. */
export function unitPriceFen(p: Product, tier: string | undefined, qty: number): number {
  let price = tier !== undefined && p.tierPricesFen[tier] !== undefined ? p.tierPricesFen[tier]! : p.priceFen;
  for (const b of p.priceBreaks) {
    if (qty >= b.minQty && (b.tier === undefined || b.tier === tier) && b.priceFen < price)
      price = b.priceFen;
  }
  return price;
}

export function orderView(
  status: OrderStatusView,
  lines: DraftLineState[],
  bySku: (sku: string) => Product | undefined,
  tier: string | undefined,
): OrderView {
  const out: DraftLine[] = [];
  for (const l of lines) {
    const p = bySku(l.sku);
    if (!p) continue;
    out.push({ sku: l.sku, qty: l.quantity, unit: p.unit, unitPriceFen: unitPriceFen(p, tier, l.quantity) });
  }
  return { status, lines: out, totalFen: out.reduce((n, l) => n + l.qty * l.unitPriceFen, 0) };
}

/** 25.5 → "25.5", 2500 → "2500": yuan for chat. */
export function yuan(fen: number): string {
  return String(Math.round(fen) / 100);
}

/** A short name for chat: brand, name and spec values, without repeating the brand. */
export function productLabel(p: Pick<Product, 'name' | 'brand' | 'specs'>): string {
  const brand = p.brand && !p.name.includes(p.brand) ? p.brand : '';
  const specs = Object.values(p.specs)
    .filter((v) => !p.name.includes(v))
    .join(' ');
  return `${brand}${p.name}${specs ? ` ${specs}` : ''}`.slice(0, 40);
}
