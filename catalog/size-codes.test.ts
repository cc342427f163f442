import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>) =>
  testProduct({ sku, name, specs, unit: '片', stock: 100 });

describe('A size of two sides said short', () => {
  /** A made-up stone yard: granite paving slabs by face size. */
  const stone = createMatcher([
    product('G36', '芝麻灰花岗岩', { 规格: '300*600', 颜色: '芝麻灰' }),
    product('G66', '芝麻灰花岗岩', { 规格: '600*600', 颜色: '芝麻灰' }),
    product('G612', '芝麻灰花岗岩', { 规格: '600*1200', 颜色: '芝麻灰' }),
    product('H36', '黄锈石', { 规格: '300*600', 颜色: '黄锈' }),
  ]);
  /** A made-up acoustic-panel counter: 600*600 and 1200*2400 polyester panels. */
  const acoustic = createMatcher([
    product('A66', '聚酯纤维吸音板', { 规格: '600*600', 颜色: '浅灰' }),
    product('A1224', '聚酯纤维吸音板', { 规格: '1200*2400', 颜色: '浅灰' }),
  ]);
  /** A made-up foam-board counter: EPS boards by size and thickness. */
  const foam = createMatcher([
    product('E12', '泡沫板', { 规格: '1000*2000', 厚度: '20mm' }),
    product('E36V', '电瓶', { 电压: '36V' }),
  ]);

  it('reads two spoken digits as the sides in hundreds (三六 = 300*600, 六六 = 600*600)', () => {
    expect(stone.analyze('三六的芝麻灰 50片').text).toBe('300*600的芝麻灰 50片');
    expect(stone.analyze('六六芝麻灰花岗岩').text).toBe('600*600芝麻灰花岗岩');
    expect(stone.analyze('36的黄锈石').text).toBe('300*600的黄锈石');
  });

  it('reads a first side alone as the one size that starts with it, beside a catalog word or before 的', () => {
    expect(acoustic.analyze('浅灰1200的吸音板').text).toBe('浅灰1200*2400的吸音板');
    expect(acoustic.analyze('吸音板1200浅灰').text).toBe('吸音板1200*2400浅灰');
    expect(foam.analyze('泡沫板1000的 20mm').text).toBe('泡沫板1000*2000的 20mm');
    // two sizes start with 600 on the stone yard: left as said
    expect(stone.analyze('芝麻灰600的').text).toBe('芝麻灰600的');
  });

  it('leaves a count, a number the catalog carries and a size said whole as they are', () => {
    expect(acoustic.analyze('吸音板 来1200片').text).toBe('吸音板 来1200片');
    expect(foam.analyze('36的电瓶').text).toBe('36的电瓶');
    expect(stone.analyze('三六片').text).toBe('三六片');
    expect(acoustic.analyze('吸音板1200*2400').text).toBe('吸音板1200*2400');
  });
});
