import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '个') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A value the catalog spells in Chinese numerals, read in the form a customer says it', () => {
  /** A made-up rice shop: sacks labelled 五斤装 / 十斤装 / 二十斤装 and a half-jin sample bag. */
  const rice = createMatcher([
    product('RC-H', '东北大米', ['大米'], { 规格: '半斤装' }, '袋'),
    product('RC-5', '东北大米', ['大米'], { 规格: '五斤装' }, '袋'),
    product('RC-10', '东北大米', ['大米'], { 规格: '十斤装' }, '袋'),
    product('RC-20', '东北大米', ['大米'], { 规格: '二十斤装' }, '袋'),
  ]);
  /** A made-up bakery-supplies counter: cake boxes by the inch of the cake, spelled 六寸 / 八寸 / 十寸. */
  const boxes = createMatcher([
    product('CB-6', '透明蛋糕盒', ['蛋糕盒'], { 尺寸: '六寸' }, '套'),
    product('CB-8', '透明蛋糕盒', ['蛋糕盒'], { 尺寸: '八寸' }, '套'),
    product('CB-10', '透明蛋糕盒', ['蛋糕盒'], { 尺寸: '十寸' }, '套'),
  ]);
  /** A made-up kitchenware counter: bamboo steamers by tiers, spelled 二层 / 三层. */
  const steamers = createMatcher([
    product('ST-2', '竹蒸笼', ['蒸笼'], { 层数: '二层' }, '套'),
    product('ST-3', '竹蒸笼', ['蒸笼'], { 层数: '三层' }, '套'),
    product('ST-5', '竹蒸笼', ['蒸笼'], { 层数: '五层' }, '套'),
  ]);

  it('reads a weight said in digits or numerals as the value spelled in numerals', () => {
    expect(skuOf(rice('大米 十斤的 3袋'))).toBe('RC-10');
    expect(skuOf(rice('20斤的大米'))).toBe('RC-20');
    expect(skuOf(rice('大米二十斤装的'))).toBe('RC-20');
    expect(skuOf(rice('半斤的大米 10袋'))).toBe('RC-H');
  });

  it('reads a size in 寸 said in digits as the value spelled in numerals', () => {
    expect(skuOf(boxes('8寸的蛋糕盒 50套'))).toBe('CB-8');
    expect(skuOf(boxes('蛋糕盒 十寸'))).toBe('CB-10');
  });

  it('reads a count of tiers said in digits as the value spelled in numerals', () => {
    expect(skuOf(steamers('3层的蒸笼'))).toBe('ST-3');
    expect(skuOf(steamers('蒸笼五层的 两套'))).toBe('ST-5');
  });
});

describe('A value said in Chinese numerals before the unit the catalog writes after its digits', () => {
  /** A made-up jar counter: lids by mouth, in the catalog's 口. */
  const lids = createMatcher([
    product('LID-63', '马口铁盖', ['瓶盖', '铁盖'], { 口径: '63口' }, '包'),
    product('LID-70', '马口铁盖', ['瓶盖', '铁盖'], { 口径: '70口' }, '包'),
    product('LID-82', '马口铁盖', ['瓶盖', '铁盖'], { 口径: '82口' }, '包'),
  ]);
  /** A made-up ropes counter: rope by diameter in 毫 (mm) written as mm, sold by the 卷. */
  const ropes = createMatcher([
    product('RP-6', '尼龙绳', ['绳子'], { 直径: '6mm' }, '卷'),
    product('RP-10', '尼龙绳', ['绳子'], { 直径: '10mm' }, '卷'),
  ]);

  it('writes the numeral in digits where a value carries the number in that unit', () => {
    expect(skuOf(lids('七十口的铁盖 5包'))).toBe('LID-70');
    expect(skuOf(lids('瓶盖八十二口'))).toBe('LID-82');
    expect(skuOf(ropes('十毫的尼龙绳'))).toBe('RP-10');
  });
});
