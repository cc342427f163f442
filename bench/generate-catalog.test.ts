import { describe, expect, it } from '@jest/globals';
import { isValidEan13 } from '../catalog/demo/demo-product.js';
import { parseCatalogJson } from '../catalog/catalog-file.js';
import { catalogCapacity, generateCatalog } from './generate-catalog.js';

describe('generateCatalog', () => {
  const big = generateCatalog(50_000);

  it('makes 50,000 valid products with unique skus and unique valid EAN-13 barcodes', () => {
    expect(big).toHaveLength(50_000);
    expect(new Set(big.map((p) => p.sku)).size).toBe(50_000);
    const barcodes = big.flatMap((p) => (p.barcode ? [p.barcode] : []));
    expect(barcodes.length).toBeGreaterThan(30_000);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    expect(barcodes.every(isValidEan13)).toBe(true);
    const parsed = parseCatalogJson(JSON.stringify({ products: big }));
    expect(parsed.ok).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCatalog(500, 7)).toEqual(generateCatalog(500, 7));
    expect(generateCatalog(500, 8)).not.toEqual(generateCatalog(500, 7));
    expect(generateCatalog(500)).toEqual(big.slice(0, 500));
  });

  it('mixes the families of a building-materials and electrical wholesale shop, with many brands', () => {
    const small = generateCatalog(1000);
    const categories = new Set(small.map((p) => p.category));
    for (const c of [
      '电线',
      '水泥',
      '瓷砖',
      '管材',
      '管件',
      '开关插座',
      '断路器',
      '紧固件',
      '照明',
      '涂料',
      '饮料',
    ]) {
      expect(categories).toContain(c);
    }
    const wireBrands = new Set(big.filter((p) => p.category === '电线').map((p) => p.brand));
    expect(wireBrands.size).toBeGreaterThanOrEqual(20);
    const bv = big.find((p) => p.specs?.型号 === 'BV' && p.specs.截面 === '2.5平方');
    expect(bv).toMatchObject({ unit: '卷', unitAliases: ['捆', '盘'] });
    expect(bv?.aliases).toContain('2.5平方线');
    const ppr = big.find((p) => p.specs?.管径 === 'DN20' && p.name.startsWith('PPR冷水管'));
    expect(ppr?.aliases).toContain('4分管');
    expect(big.some((p) => (p.priceBreaks?.length ?? 0) > 0)).toBe(true);
  });

  it('refuses more products than the families can make', () => {
    expect(() => generateCatalog(catalogCapacity + 1)).toThrow(RangeError);
  });
});
