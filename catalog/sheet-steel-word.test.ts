import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '个') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * 铁皮柜 is a cabinet of sheet steel (钢制), never a leather one: the 皮 inside the word 铁皮 is no value 皮 of the
 * shop's leather goods. Read where the family is furniture or storage.
 */
describe('铁皮 of a cabinet or a rack is sheet steel', () => {
  /** A made-up storage shop: tool cabinets in steel or wood, stools in leather or fabric. */
  const storage = createMatcher([
    product('TC-GZ', '钢制工具柜', ['工具柜'], { 材质: '钢制', 门数: '2门' }),
    product('TC-MZ', '实木工具柜', ['工具柜'], { 材质: '实木', 门数: '2门' }),
    product('ST-P', '换鞋凳', ['凳子'], { 材质: '皮', 颜色: '黑色' }),
    product('ST-B', '换鞋凳', ['凳子'], { 材质: '布艺', 颜色: '黑色' }),
  ]);
  /** A made-up dormitory furniture shop: bunk beds and lockers in steel or wood, sofas in leather. */
  const dormitory = createMatcher([
    product('BED-GZ', '上下铺', ['高低床'], { 材质: '钢制', 规格: '1900*900' }, '张'),
    product('BED-SM', '上下铺', ['高低床'], { 材质: '实木', 规格: '1900*900' }, '张'),
    product('LK-GZ', '更衣柜', ['储物柜'], { 材质: '钢制', 门数: '6门' }, '组'),
    product('SOFA-P', '宿舍沙发', ['沙发'], { 材质: '皮', 座位: '双人位' }, '张'),
  ]);

  it('reads 铁皮 as steel beside the product word', () => {
    expect(skuOf(storage('铁皮工具柜 3个'))).toBe('TC-GZ');
    expect(skuOf(storage('工具柜 铁皮的'))).toBe('TC-GZ');
    expect(skuOf(dormitory('铁皮上下铺 10张'))).toBe('BED-GZ');
    expect(skuOf(dormitory('铁皮储物柜 2组'))).toBe('LK-GZ');
  });

  it('still reads 皮 said as a word of its own', () => {
    expect(skuOf(storage('皮的换鞋凳'))).toBe('ST-P');
    expect(skuOf(dormitory('皮沙发 1张'))).toBe('SOFA-P');
  });
});
