import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit: string) =>
  testProduct({ sku, name, specs, unit, stock: 100 });

describe('A value of several number groups said as spoken numbers', () => {
  it('reads 五十二十八 as the one frame size of groups 52 and 18 (optical)', () => {
    const frames = createMatcher([
      product('F52', '板材镜架', { 规格: '52-18' }, '副'),
      product('F54', '板材镜架', { 规格: '54-16' }, '副'),
    ]);
    expect(frames.analyze('板材镜架 五十二十八的 10副').text).toBe('板材镜架 52-18的 10副');
    expect(frames.analyze('五十四十六 镜架 3副').text).toBe('54-16 镜架 3副');
  });

  it('reads 六十三十四十 as the one tank of 60*30*40 (aquarium)', () => {
    const tanks = createMatcher([
      product('T6', '超白鱼缸', { 尺寸: '60*30*40' }, '个'),
      product('T8', '超白鱼缸', { 尺寸: '80*35*45' }, '个'),
    ]);
    expect(tanks.analyze('超白鱼缸 六十三十四十 2个').text).toBe('超白鱼缸 60*30*40 2个');
    expect(tanks.analyze('鱼缸八十三十五四十五的来一个').text).toBe('鱼缸80*35*45的来一个');
  });

  it('leaves one number, a rough count, a count with its unit and a run two values fit as said (frames)', () => {
    const frames = createMatcher([
      product('P1', '实木相框', { 规格: '20*30' }, '个'),
      product('P2', '实木相框', { 颜色: '原木', 规格: '20*25' }, '个'),
      product('P3', '铝合金相框', { 规格: '20-30' }, '个'),
    ]);
    expect(frames.analyze('实木相框 二十五 个').text).toBe('实木相框 二十五 个');
    expect(frames.analyze('实木相框 二十三十个').text).toBe('实木相框 二十三十个');
    expect(frames.analyze('相框 要三四十').text).toBe('相框 要三四十');
    expect(frames.analyze('相框 二十三十的 5个').text).not.toMatch(/20[*-]30/);
    expect(frames.analyze('实木相框 二十二十五的 5个').text).toBe('实木相框 20*25的 5个');
  });
});
