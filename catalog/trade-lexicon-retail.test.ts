import { describe, expect, it } from '@jest/globals';
import { testProduct } from '../dialog/dialog-test-kit.js';
import { createMatcher, type MatchResult } from './matcher.js';
import type { Product } from './product.js';

/**
 * Made-up stalls of everyday retail trades, each spelling its goods one way; the customer says the trade's other
 * word (catalog/trade-lexicon-retail.ts).
 */
function found(result: MatchResult): string | undefined {
  return result.kind === 'matched' ? result.product.sku : result.kind;
}

function stall(items: [sku: string, name: string, specs?: Record<string, string>][]): Product[] {
  return items.map(([sku, name, specs = {}]) => testProduct({ sku, name, specs, unit: '个' }));
}

const CASES: { trade: string; products: Product[]; said: [words: string, sku: string][] }[] = [
  {
    trade: 'a breakfast-market tofu stall (嫩豆腐, 老豆腐, 豆腐皮)',
    products: stall([
      ['SOFT', '嫩豆腐', { 规格: '盒装' }],
      ['FIRM', '老豆腐', { 规格: '散称' }],
      ['SHEET', '豆腐皮', { 厚度: '薄' }],
    ]),
    said: [
      ['南豆腐', 'SOFT'],
      ['北豆腐', 'FIRM'],
      ['千张', 'SHEET'],
      ['百叶', 'SHEET'],
    ],
  },
  {
    trade: 'a hotpot-sundries stall (香油碟)',
    products: stall([
      ['DIP', '香油碟', { 规格: '80ml' }],
      ['OIL', '芝麻香油', { 规格: '2.5L' }],
    ]),
    said: [['油碟', 'DIP']],
  },
  {
    trade: 'a party-goods stall (铝箔 number balloons, 打气筒, 雪花喷雾)',
    products: stall([
      ['FOIL', '数字气球', { 材质: '铝箔', 尺寸: '32寸' }],
      ['LATEX', '数字气球', { 材质: '乳胶', 尺寸: '32寸' }],
      ['PUMP', '打气筒', { 款式: '手推' }],
      ['SNOW', '雪花喷雾', { 规格: '250ml' }],
    ]),
    said: [
      ['锡箔数字气球', 'FOIL'],
      ['打气机', 'PUMP'],
      ['喷雪', 'SNOW'],
    ],
  },
  {
    trade: 'a music stall (尤克里里)',
    products: stall([
      ['UKE-23', '尤克里里', { 尺寸: '23寸' }],
      ['UKE-26', '尤克里里', { 尺寸: '26寸' }],
    ]),
    said: [['乌克丽丽 23寸', 'UKE-23']],
  },
];

describe('The words of everyday retail trades', () => {
  it.each(CASES)('reads the trade’s other word at $trade', ({ products, said }) => {
    const match = createMatcher(products);
    for (const [words, sku] of said) expect([words, found(match(words))]).toEqual([words, sku]);
  });
});
