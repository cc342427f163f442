import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>) =>
  testProduct({ sku, name, aliases, specs, unit: '张', stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A thickness said with 厚 and no unit, read in millimetres or centimetres by what the family holds', () => {
  /** A made-up craft-foam counter: EVA sheets in whole centimetres. */
  const eva = createMatcher([
    product('EVA-10', 'EVA泡棉板', ['泡棉板', 'EVA板'], { 厚度: '10mm' }),
    product('EVA-20', 'EVA泡棉板', ['泡棉板', 'EVA板'], { 厚度: '20mm' }),
    product('EVA-30', 'EVA泡棉板', ['泡棉板', 'EVA板'], { 厚度: '30mm' }),
  ]);
  /** A made-up sign-maker's counter: acrylic sheets in millimetres, one of them 30 mm. */
  const acrylic = createMatcher([
    product('AC-3', '亚克力板', ['亚克力', '有机玻璃'], { 厚度: '3mm' }),
    product('AC-5', '亚克力板', ['亚克力', '有机玻璃'], { 厚度: '5mm' }),
    product('AC-30', '亚克力板', ['亚克力', '有机玻璃'], { 厚度: '30mm' }),
  ]);
  /** A made-up upholstery counter: sponge by thickness in millimetres, sold in centimetres. */
  const sponge = createMatcher([
    product('SP-50', '高密度海绵', ['海绵'], { 厚度: '50mm' }),
    product('SP-80', '高密度海绵', ['海绵'], { 厚度: '80mm' }),
    product('SP-100', '高密度海绵', ['海绵'], { 厚度: '100mm' }),
  ]);

  it('reads N厚 as centimetres where the family holds N cm and not N mm', () => {
    expect(skuOf(eva('EVA板2个厚'))).toBe('EVA-20');
    expect(skuOf(eva('泡棉板 3厚的'))).toBe('EVA-30');
    expect(skuOf(sponge('海绵5个厚'))).toBe('SP-50');
    expect(skuOf(sponge('8厚的海绵'))).toBe('SP-80');
  });

  it('reads N厚 as millimetres where the family holds N mm, never also as centimetres', () => {
    expect(skuOf(eva('泡棉板 10厚'))).toBe('EVA-10');
    expect(skuOf(acrylic('亚克力3厚'))).toBe('AC-3');
    expect(skuOf(sponge('100厚的海绵'))).toBe('SP-100');
  });

  it('finds nothing where neither reading is held', () => {
    expect(skuOf(acrylic('亚克力 4厚'))).toBe('not_found');
  });
});
