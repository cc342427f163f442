import type { Product } from './product.js';

/** A product for made-up test catalogs: every optional field empty, 10 yuan, 1000 in stock unless given. */
export function testProduct(p: Partial<Product> & Pick<Product, 'sku' | 'name' | 'unit'>): Product {
  return {
    aliases: [],
    specs: {},
    unitAliases: [],
    conversions: {},
    tierPricesFen: {},
    priceBreaks: [],
    active: true,
    priceFen: 1000,
    stock: 1000,
    ...p,
  };
}
