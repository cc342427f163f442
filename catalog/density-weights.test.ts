import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>) =>
  testProduct({ sku, name, aliases, specs, unit: '卷', stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A density written N K said as N公斤 (kilograms per cubic metre)', () => {
  /** A made-up upholstery counter: sponge by density. */
  const sponge = createMatcher([
    product('SP-25', '海绵', ['海绵'], { 密度: '25K' }),
    product('SP-30', '海绵', ['海绵'], { 密度: '30K' }),
    product('SP-40', '海绵', ['海绵'], { 密度: '40K' }),
  ]);
  /** A made-up acoustics counter: sound-absorbing cotton by density and thickness. */
  const acoustic = createMatcher([
    product('AB-24-50', '吸音棉', ['吸音棉', '隔音棉'], { 容重: '24K', 厚度: '50mm' }),
    product('AB-32-50', '吸音棉', ['吸音棉', '隔音棉'], { 容重: '32K', 厚度: '50mm' }),
    product('AB-32-25', '吸音棉', ['吸音棉', '隔音棉'], { 容重: '32K', 厚度: '25mm' }),
  ]);
  /** A made-up kiln-supplies counter: ceramic fibre blanket by density. */
  const blanket = createMatcher([
    product('CF-96', '陶瓷纤维毯', ['硅酸铝毯', '纤维毯'], { 密度: '96K' }),
    product('CF-128', '陶瓷纤维毯', ['硅酸铝毯', '纤维毯'], { 密度: '128K' }),
  ]);

  it('reads the kilograms as the density the family is sold by', () => {
    expect(skuOf(sponge('30公斤的海绵'))).toBe('SP-30');
    expect(skuOf(acoustic('吸音棉 32公斤 25厚'))).toBe('AB-32-25');
    expect(skuOf(blanket('128公斤纤维毯'))).toBe('CF-128');
    expect(skuOf(blanket('纤维毯 96kg的'))).toBe('CF-96');
  });

  it('keeps the density written the catalog way', () => {
    expect(skuOf(sponge('海绵 40K'))).toBe('SP-40');
  });

  it('finds nothing for a density the family lacks', () => {
    expect(skuOf(sponge('35公斤的海绵'))).toBe('not_found');
  });
});
