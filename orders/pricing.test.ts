import { describe, expect, it } from '@jest/globals';
import { priceLines, unitPriceFen, UnknownSkuError, type PriceRule } from './pricing.js';

const cement: PriceRule = {
  sku: 'C-425',
  priceFen: 2000,
  tierPricesFen: { vip: 1900 },
  priceBreaks: [
    { minQty: 100, priceFen: 1750 },
    { minQty: 50, priceFen: 1700, tier: 'dealer' },
  ],
};

describe('pricing', () => {
  it('charges the break price exactly at the break boundary and the list price one unit below', () => {
    expect(unitPriceFen(cement, null, 99)).toBe(2000);
    expect(unitPriceFen(cement, null, 100)).toBe(1750);
    expect(unitPriceFen(cement, null, 101)).toBe(1750);
  });

  it('gives a tier its own price and the lowest of tier price and reached breaks', () => {
    expect(unitPriceFen(cement, 'vip', 10)).toBe(1900);
    expect(unitPriceFen(cement, 'vip', 100)).toBe(1750);
  });

  it('charges a tier its own price even when it is above the list price', () => {
    const special: PriceRule = { ...cement, tierPricesFen: { retail: 2200 } };
    expect(unitPriceFen(special, 'retail', 1)).toBe(2200);
    expect(unitPriceFen(special, 'retail', 100)).toBe(1750);
  });

  it('opens a tier-limited break only to that tier', () => {
    expect(unitPriceFen(cement, 'dealer', 50)).toBe(1700);
    expect(unitPriceFen(cement, 'vip', 50)).toBe(1900);
    expect(unitPriceFen(cement, null, 50)).toBe(2000);
  });

  it('totals lines and the order in integer fen', () => {
    const wire: PriceRule = { sku: 'W-4', priceFen: 333, tierPricesFen: {}, priceBreaks: [] };
    const rules = new Map([
      [cement.sku, cement],
      [wire.sku, wire],
    ]);
    const r = priceLines(
      [
        { lineNo: 1, sku: 'C-425', qty: 100 },
        { lineNo: 2, sku: 'W-4', qty: 3 },
      ],
      rules,
      null,
    );
    expect(r).toEqual({
      lines: [
        { lineNo: 1, unitPriceFen: 1750, lineTotalFen: 175000 },
        { lineNo: 2, unitPriceFen: 333, lineTotalFen: 999 },
      ],
      totalFen: 175999,
    });
    expect(Number.isInteger(r.totalFen)).toBe(true);
  });

  it('refuses a line whose product it does not know', () => {
    expect(() => priceLines([{ lineNo: 1, sku: 'X', qty: 1 }], new Map(), null)).toThrow(UnknownSkuError);
  });
});
