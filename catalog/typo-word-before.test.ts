import { describe, expect, it } from '@jest/globals';
import { testProduct } from './catalog-test-kit.js';
import { createMatcher } from './matcher.js';

/**
 * A word spelled right runs into the next one (写真机墨水, 打印机碳粉): the last character of the first word is never
 * taken for a typo of a catalog word that sounds like it joined to the second (溶剂墨水, 显影剂碳粉).
 */
describe('A word spelled right is not corrected into the word after it', () => {
  const office = createMatcher([
    testProduct({ sku: 'TC', name: '打印机清洁套装', aliases: ['打印机清洁'], unit: '套' }),
    testProduct({ sku: 'DV', name: '显影剂碳粉', aliases: ['显影剂'], unit: '瓶' }),
    testProduct({ sku: 'TN', name: '通用碳粉', aliases: ['碳粉'], unit: '瓶' }),
  ]);
  const coffee = createMatcher([
    testProduct({ sku: 'GR', name: '磨豆机刷子', aliases: ['磨豆机刷'], unit: '个' }),
    testProduct({ sku: 'CL', name: '除垢剂滤纸套装', aliases: ['除垢剂'], unit: '套' }),
    testProduct({ sku: 'FP', name: '锥形滤纸', aliases: ['滤纸'], unit: '包' }),
  ]);

  it.each([
    { trade: 'office supplies', matcher: office, said: '打印机碳粉', kept: '打印机碳粉' },
    { trade: 'coffee counter', matcher: coffee, said: '磨豆机滤纸', kept: '磨豆机滤纸' },
  ])('keeps "$said" as said ($trade)', ({ matcher, said, kept }) => {
    expect(matcher.analyze(said).text).toBe(kept);
  });

  it('still corrects a typo that closes no word before it (显影机碳粉 → 显影剂碳粉)', () => {
    expect(office.analyze('显影机碳粉').text).toBe('显影剂碳粉');
  });
});
