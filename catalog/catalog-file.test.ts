import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { formatCatalogCsv, parseCatalogCsv } from './catalog-csv.js';
import { formatCatalogJson, parseCatalogJson } from './catalog-file.js';

const dev = new URL('../test/dev-catalog/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dev), 'utf8');

const csvHeader = 'sku,name,unit,price,stock,conversions,price_breaks,active,spec:颜色,price:A';

describe('catalog file parsing', () => {
  it('reads the JSON and the CSV dev catalogs into the same products (spec order aside)', () => {
    const json = parseCatalogJson(read('catalog.json'));
    const csv = parseCatalogCsv(read('catalog.csv'));
    if (!json.ok || !csv.ok) throw new Error('dev catalog did not parse');
    expect(json.products).toHaveLength(127);
    const sortSpecs = (p: { specs: Record<string, string> }) => ({
      ...p,
      specs: Object.fromEntries(Object.entries(p.specs).sort()),
    });
    expect(csv.products.map(sortSpecs)).toEqual(json.products.map(sortSpecs));
    const wire = json.products.find((p) => p.sku === 'CEM-HL325');
    expect(wire).toMatchObject({
      priceFen: 2350,
      tierPricesFen: { A: 2150, B: 2250 },
      stock: 1500,
      active: true,
    });
  });

  it('names every bad CSV row by line, field and reason', () => {
    const text = [
      csvHeader,
      'OK-1,好的,袋,10,5,吨=20,100=9.5|A:200=9,true,红,9.8',
      'BAD-1,坏的,袋,1.234,-1,吨=abc,,,,',
      'BAD-2,,,abc,1.5,,100=x,maybe,,-2',
      'OK-1,重复,袋,1,1,,,,,',
    ].join('\n');
    const r = parseCatalogCsv(text);
    if (r.ok) throw new Error('expected errors');
    const named = r.errors.map((e) => `${e.line}:${e.field}`);
    expect(named).toEqual([
      '2:sku',
      '3:conversions',
      '3:price',
      '3:stock',
      '4:active',
      '4:name',
      '4:price',
      '4:priceBreaks',
      '4:stock',
      '4:tierPrices.A',
      '4:unit',
      '5:sku',
    ]);
    expect(r.errors.find((e) => e.line === 3 && e.field === 'conversions')?.reason).toContain('吨=abc');
    expect(r.errors.find((e) => e.line === 3 && e.field === 'price')?.reason).toBe(
      'at most 2 decimals (yuan)',
    );
    expect(r.errors.find((e) => e.line === 4 && e.field === 'price')?.reason).toBe(
      'must be a number, got "abc"',
    );
    expect(r.errors.find((e) => e.line === 2)?.reason).toBe('duplicate sku, also at line 5');
    expect(r.errors.find((e) => e.line === 5)?.reason).toBe('duplicate sku, also at line 2');
  });

  it('names every bad JSON row by index and sku, ignoring unknown fields', () => {
    const r = parseCatalogJson(
      JSON.stringify({
        products: [
          { sku: 'A', name: 'a', unit: '个', price: 1, colour: 'ignored' },
          { sku: 'B', name: 'b', unit: '个', price: 1, stock: 2.5, conversions: { 箱: 0 } },
          { sku: 'C', name: ' ', unit: '个', price: 1, priceBreaks: [{ minQty: 0, price: 1 }] },
        ],
      }),
    );
    if (r.ok) throw new Error('expected errors');
    expect(r.errors).toEqual([
      { index: 1, key: 'B', field: 'conversions.箱', reason: 'must be positive' },
      { index: 1, key: 'B', field: 'stock', reason: 'must be a whole number' },
      { index: 2, key: 'C', field: 'name', reason: 'must not be empty' },
      { index: 2, key: 'C', field: 'priceBreaks.0.minQty', reason: 'must be positive' },
    ]);
  });

  it('rejects a file that is not a catalog at all', () => {
    expect(parseCatalogJson('{"items": []}')).toMatchObject({ ok: false, errors: [{ field: 'products' }] });
    expect(parseCatalogJson('{')).toMatchObject({ ok: false, errors: [{ field: '(json)' }] });
    expect(parseCatalogCsv('sku,name\nA,b\n')).toMatchObject({
      ok: false,
      errors: [
        { line: 1, field: 'unit' },
        { line: 1, field: 'price' },
      ],
    });
  });

  it('reads price breaks and the active flag in both formats and writes them back', () => {
    const csv = [csvHeader, 'P-1,管,根,18,10,米=0.25,100=17.5|A:200=16,false,白,17'].join('\n');
    const r = parseCatalogCsv(csv);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.products[0]).toMatchObject({
      priceBreaks: [
        { minQty: 100, priceFen: 1750 },
        { minQty: 200, priceFen: 1600, tier: 'A' },
      ],
      active: false,
      conversions: { 米: 0.25 },
    });
    const again = parseCatalogJson(formatCatalogJson(r.products));
    expect(again).toEqual(r);
    expect(parseCatalogCsv(formatCatalogCsv(r.products))).toEqual(r);
  });
});

describe('catalog CSV shape', () => {
  it('names every row whose cell count differs from the header', () => {
    const r = parseCatalogCsv('sku,name,unit,price\nA,a,个,1\nB,b,个\nC,c,个,1,extra\nD,d,个,-1\n');
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 3, field: '(row)', reason: '3 cells, the header has 4' },
        { line: 4, field: '(row)', reason: '5 cells, the header has 4' },
        { line: 5, key: 'D', field: 'price', reason: 'must not be negative' },
      ],
    });
  });
});
