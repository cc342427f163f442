import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '根') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A size a*b naming two of a family’s numeric attributes, where no one attribute holds a*b', () => {
  /** A made-up refrigeration counter: copper tube by outside diameter and wall, plus a sheet sold by its size. */
  const copper = createMatcher([
    product('CU-6-0.5', '紫铜管', ['铜管'], { 外径: '6mm', 壁厚: '0.5mm', 长度: '15米' }, '盘'),
    product('CU-10-0.7', '紫铜管', ['铜管'], { 外径: '10mm', 壁厚: '0.7mm', 长度: '15米' }, '盘'),
    product('CU-12-0.8', '紫铜管', ['铜管'], { 外径: '12mm', 壁厚: '0.8mm', 长度: '15米' }, '盘'),
    product('CU-12-1.0', '紫铜管', ['铜管'], { 外径: '12mm', 壁厚: '1.0mm', 长度: '15米' }, '盘'),
    product('CUP-600', '紫铜板', ['铜板'], { 规格: '600*1500', 厚度: '1mm' }, '张'),
  ]);
  /** A made-up timber yard: battens by thickness and width in centimetres, in two lengths. */
  const timber = createMatcher([
    product('FM-3-4', '松木方', ['木方', '木龙骨'], { 厚度: '3cm', 宽度: '4cm', 长度: '4米' }),
    product('FM-4-6', '松木方', ['木方', '木龙骨'], { 厚度: '4cm', 宽度: '6cm', 长度: '4米' }),
    product('FM-5-10', '松木方', ['木方', '木龙骨'], { 厚度: '5cm', 宽度: '10cm', 长度: '4米' }),
  ]);
  /** A made-up seals counter: O-rings by inner diameter and cord, and a gasket whose one value is a size. */
  const seals = createMatcher([
    product('OR-20-2.4', '丁腈O型圈', ['O型圈', '密封圈'], { 内径: '20mm', 线径: '2.4mm' }, '个'),
    product('OR-30-3.1', '丁腈O型圈', ['O型圈', '密封圈'], { 内径: '30mm', 线径: '3.1mm' }, '个'),
    product('OR-30-5.7', '丁腈O型圈', ['O型圈', '密封圈'], { 内径: '30mm', 线径: '5.7mm' }, '个'),
    product('GK-20-30', '橡胶垫片', ['垫片'], { 规格: '20*30' }, '个'),
  ]);

  it('reads the size as the two attributes in the order the catalog lists them', () => {
    expect(skuOf(copper('12*0.8铜管 2盘'))).toBe('CU-12-0.8');
    expect(skuOf(copper('紫铜管12*1.0的'))).toBe('CU-12-1.0');
    expect(skuOf(copper('10x0.7的铜管'))).toBe('CU-10-0.7');
    expect(skuOf(timber('木方4*6的 50根'))).toBe('FM-4-6');
    expect(skuOf(seals('O型圈30*5.7 100个'))).toBe('OR-30-5.7');
  });

  it('reads the size with no product word said, when only one family holds the two values', () => {
    expect(skuOf(copper('12*0.8 两盘'))).toBe('CU-12-0.8');
    expect(skuOf(seals('30*3.1的 50个'))).toBe('OR-30-3.1');
  });

  it('reads the two values the other way round when only that order fits', () => {
    expect(skuOf(timber('10*5的木方 20根'))).toBe('FM-5-10');
  });

  it('reads three sides said a*b*c as three attributes in the order the catalog lists them', () => {
    /** Made-up counters: bearings by bore, outside diameter and width; cartons by length, width and height. */
    const bearings = createMatcher([
      product('BR-6204', '深沟球轴承', ['轴承'], { 内径: '20mm', 外径: '47mm', 宽度: '14mm' }, '个'),
      product('BR-6205', '深沟球轴承', ['轴承'], { 内径: '25mm', 外径: '52mm', 宽度: '15mm' }, '个'),
    ]);
    const cartons = createMatcher([
      product('CT-40', '五层纸箱', ['纸箱'], { 长: '40cm', 宽: '30cm', 高: '30cm' }, '个'),
      product('CT-50', '五层纸箱', ['纸箱'], { 长: '50cm', 宽: '40cm', 高: '30cm' }, '个'),
    ]);
    const oilSeals = createMatcher([
      product('TC-35-52-8', '骨架油封', ['油封'], { 内径: '35', 外径: '52', 厚度: '8' }, '个'),
      product('TC-35-52-10', '骨架油封', ['油封'], { 内径: '35', 外径: '52', 厚度: '10' }, '个'),
    ]);
    expect(skuOf(bearings('轴承25*52*15 20个'))).toBe('BR-6205');
    expect(skuOf(cartons('纸箱50*40*30的 200个'))).toBe('CT-50');
    expect(skuOf(oilSeals('TC油封 35*52*8 丁腈 20个'))).toBe('TC-35-52-8');
    expect(skuOf(oilSeals('油封35*52*10'))).toBe('TC-35-52-10');
  });

  it('leaves a size one attribute holds to that attribute', () => {
    expect(skuOf(seals('20*30的垫片'))).toBe('GK-20-30');
    expect(skuOf(seals('20*30 10个'))).toBe('GK-20-30');
  });

  it('names nothing when no product holds both values', () => {
    expect(skuOf(copper('紫铜管 12*0.7'))).not.toBe('CU-12-0.8');
    expect(skuOf(copper('紫铜管 12*0.7'))).not.toBe('CU-10-0.7');
  });
});

describe('A size of the product talked about, carried to the next line only where it goes with no size that changed', () => {
  /** A made-up refrigeration counter: copper tube whose walls depend on the diameter. */
  const copper = createMatcher([
    product('CU-10-0.7', '紫铜管', ['铜管'], { 外径: '10mm', 壁厚: '0.7mm', 状态: '软态' }, '盘'),
    product('CU-10-0.7-Y', '紫铜管', ['铜管'], { 外径: '10mm', 壁厚: '0.7mm', 状态: '硬态' }, '盘'),
    product('CU-12-0.7', '紫铜管', ['铜管'], { 外径: '12mm', 壁厚: '0.7mm', 状态: '软态' }, '盘'),
    product('CU-12-1.0', '紫铜管', ['铜管'], { 外径: '12mm', 壁厚: '1.0mm', 状态: '软态' }, '盘'),
  ]);
  /** A made-up timber yard: every batten in two lengths. */
  const timber = createMatcher([
    product('FM-4-6-4', '松木方', ['木方'], { 厚度: '4cm', 宽度: '6cm', 长度: '4米' }),
    product('FM-4-6-6', '松木方', ['木方'], { 厚度: '4cm', 宽度: '6cm', 长度: '6米' }),
    product('FM-5-10-4', '松木方', ['木方'], { 厚度: '5cm', 宽度: '10cm', 长度: '4米' }),
    product('FM-5-10-6', '松木方', ['木方'], { 厚度: '5cm', 宽度: '10cm', 长度: '6米' }),
  ]);
  /** A made-up fabric counter: canvas whose widths depend on the weight, in two colours each. */
  const canvas = createMatcher([
    product('CV-10-150-W', '帆布', [], { 克重: '10安', 门幅: '150cm', 颜色: '白' }, '米'),
    product('CV-10-150-K', '帆布', [], { 克重: '10安', 门幅: '150cm', 颜色: '黑' }, '米'),
    product('CV-12-150-W', '帆布', [], { 克重: '12安', 门幅: '150cm', 颜色: '白' }, '米'),
    product('CV-12-180-W', '帆布', [], { 克重: '12安', 门幅: '180cm', 颜色: '白' }, '米'),
    product('CV-12-150-K', '帆布', [], { 克重: '12安', 门幅: '150cm', 颜色: '黑' }, '米'),
    product('CV-12-180-K', '帆布', [], { 克重: '12安', 门幅: '180cm', 颜色: '黑' }, '米'),
  ]);
  const after = (matcher: ReturnType<typeof createMatcher>, sku: string, text: string) => {
    const context = matcher.index.bySku.get(sku)!;
    const resolution = matcher.resolve(matcher.analyze(text), { context });
    return resolution.result.kind === 'matched' ? resolution.result.product.sku : resolution.ids.length;
  };

  it('asks rather than carry a wall that goes with the diameter', () => {
    expect(after(copper, 'CU-10-0.7', '12的铜管')).toBe(2);
  });

  it('carries a length the family has at every size', () => {
    expect(after(timber, 'FM-4-6-6', '5*10的木方')).toBe('FM-5-10-6');
  });

  it('carries a size where the product talked about is the only one of its other size (no evidence they go together)', () => {
    const pumps = createMatcher([
      product('PP-075-220', '管道泵', ['水泵'], { 功率: '0.75kW', 电压: '220V' }),
      product('PP-075-380', '管道泵', ['水泵'], { 功率: '0.75kW', 电压: '380V' }),
      product('PP-15-380', '管道泵', ['水泵'], { 功率: '1.5kW', 电压: '380V' }),
    ]);
    expect(after(pumps, 'PP-075-220', '380V的管道泵')).toBe('PP-075-380');
  });

  it('carries what is no size (a colour) as before', () => {
    expect(after(canvas, 'CV-10-150-W', '12安的帆布')).toBe(2);
    expect(after(canvas, 'CV-12-150-K', '180cm的帆布')).toBe('CV-12-180-K');
  });
});
