import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';
import { saidInches } from './pipe-size-readings.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>) =>
  testProduct({ sku, name, aliases, specs, unit: '个', stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);
const skusOf = (result: MatchResult) =>
  result.kind === 'ambiguous' ? result.candidates.map((p) => p.sku).sort() : [skuOf(result)];

describe('A pipe size in 分 / 寸 read by the way its family labels diameters', () => {
  /** A made-up pipe-support counter: clamps by the steel pipe's outside diameter, in two widths of band. */
  const clamps = createMatcher([
    product('C21-20', '镀锌管卡', ['管卡', '抱箍'], { 规格: 'Φ21', 带宽: '20mm' }),
    product('C27-20', '镀锌管卡', ['管卡', '抱箍'], { 规格: 'Φ27', 带宽: '20mm' }),
    product('C34-20', '镀锌管卡', ['管卡', '抱箍'], { 规格: 'Φ34', 带宽: '20mm' }),
    product('C34-25', '镀锌管卡', ['管卡', '抱箍'], { 规格: 'Φ34', 带宽: '25mm' }),
    product('C42-25', '镀锌管卡', ['管卡', '抱箍'], { 规格: 'Φ42', 带宽: '25mm' }),
    product('C48-25', '镀锌管卡', ['管卡', '抱箍'], { 规格: 'Φ48', 带宽: '25mm' }),
  ]);
  /** A made-up car-wash counter: pressure-washer hoses by bore, labelled in whole millimetres. */
  const washerHoses = createMatcher([
    product('H6', '高压洗车管', ['洗车管', '高压管'], { 通径: 'DN6' }),
    product('H8', '高压洗车管', ['洗车管', '高压管'], { 通径: 'DN8' }),
    product('H10', '高压洗车管', ['洗车管', '高压管'], { 通径: 'DN10' }),
    product('H12', '高压洗车管', ['洗车管', '高压管'], { 通径: 'DN12' }),
  ]);
  /** A made-up brewing-equipment counter: sanitary tube by outside diameter, rounded inch sizes, and its wall. */
  const sanitary = createMatcher([
    product('T19', '卫生级不锈钢管', ['卫生管', '不锈钢管'], { 外径: 'Φ19', 壁厚: '1.5mm' }),
    product('T25', '卫生级不锈钢管', ['卫生管', '不锈钢管'], { 外径: 'Φ25', 壁厚: '1.5mm' }),
    product('T38', '卫生级不锈钢管', ['卫生管', '不锈钢管'], { 外径: 'Φ38', 壁厚: '1.5mm' }),
    product('T51', '卫生级不锈钢管', ['卫生管', '不锈钢管'], { 外径: 'Φ51', 壁厚: '2mm' }),
  ]);

  it('reads the sizes the trade says as inches', () => {
    expect(saidInches('4分')).toBe(0.5);
    expect(saidInches('2分半')).toBe(0.3125);
    expect(saidInches('1寸2')).toBe(1.25);
    expect(saidInches('一寸半')).toBe(1.5);
    expect(saidInches('1.5寸')).toBe(1.5);
    expect(saidInches('寸半')).toBe(1.5);
    expect(saidInches('1.2寸')).toBe(1.25);
    expect(saidInches('寸')).toBeUndefined();
    expect(saidInches('15')).toBeUndefined();
  });

  it('names the clamp for the steel pipe of that size where the family labels steel outside diameters', () => {
    expect(skuOf(clamps('4分管卡'))).toBe('C21-20');
    expect(skuOf(clamps('6分的管卡'))).toBe('C27-20');
    expect(skuOf(clamps('1寸半的抱箍'))).toBe('C48-25');
    expect(skuOf(clamps('1寸2管卡'))).toBe('C42-25');
    // one diameter in two widths: the question is about the width
    expect(skusOf(clamps('1寸管卡'))).toEqual(['C34-20', 'C34-25']);
  });

  it('names the hose of that bore in inches where the family labels inch bores in millimetres', () => {
    expect(skuOf(washerHoses('2分洗车管'))).toBe('H6');
    expect(skuOf(washerHoses('2分半的高压管'))).toBe('H8');
    expect(skuOf(washerHoses('3分洗车管'))).toBe('H10');
    expect(skuOf(washerHoses('4分的洗车管'))).toBe('H12');
  });

  it('reads an inch tube by its rounded outside diameter, and a size beside a wall it fits', () => {
    expect(skuOf(sanitary('6分卫生管'))).toBe('T19');
    expect(skuOf(sanitary('1寸的卫生管'))).toBe('T25');
    expect(skuOf(sanitary('卫生管 1寸半'))).toBe('T38');
    expect(skuOf(sanitary('2寸卫生管'))).toBe('T51');
  });

  it('names the line among lines of the family that a size said the trade way picks', () => {
    const lines = ['C21-20', 'C27-20'].map((sku) => clamps.index.bySku.get(sku)!);
    const picked = clamps.narrow(lines, clamps.analyze('4分的'));
    expect(picked?.map((id) => clamps.index.products[id]!.sku)).toEqual(['C21-20']);
  });

  it('finds nothing for a size no diameter of the family lies near', () => {
    expect(skuOf(washerHoses('1寸洗车管'))).toBe('not_found');
    expect(skuOf(clamps('3寸管卡'))).toBe('not_found');
  });

  /**
   * Made-up counters selling hose by its bore in millimetres (内径), the way the water-hose trade labels 4分 / 6分 /
   * 1寸: an irrigation stall's wire-reinforced hose and a fish-farm supplier's aeration hose.
   */
  const irrigation = createMatcher([
    ...['16', '20', '25', '32', '50'].map((mm) =>
      product(`W${mm}`, '农用钢丝软管', ['钢丝软管', '钢丝管'], { 内径: `${mm}mm`, 壁厚: '3mm' }),
    ),
    ...['16', '20', '25'].map((mm) => product(`R${mm}`, '黑胶水管', ['胶水管'], { 内径: `${mm}mm` })),
  ]);
  const aeration = createMatcher(
    ['16', '20', '25', '38'].map((mm) =>
      product(`A${mm}`, '鱼塘增氧软管', ['增氧管'], { 内径: `${mm}mm`, 颜色: '绿' }),
    ),
  );
  /** A made-up garden counter's barbed hose connectors, sized by the hose they take under a plain 规格. */
  const barbs = createMatcher(
    ['16mm', '20mm', '25mm', '38mm'].map((size) =>
      product(`B${size}`, '塑料宝塔接头', ['宝塔头'], { 规格: size }),
    ),
  );
  /** Made-up counters whose diameters are outside ones or a sleeve's bore: their readings stay as they were. */
  const pprPipes = createMatcher(
    ['20', '25', '32'].map((mm) => product(`P${mm}`, 'PPR冷水管', ['PPR管'], { 外径: `${mm}mm` })),
  );
  const sleeves = createMatcher(
    ['Φ22', 'Φ28', 'Φ35', 'Φ48'].map((d) => product(`S${d}`, '橡塑保温套管', ['保温管'], { 内径: d })),
  );

  it('reads 4分 / 6分 / 1寸 as the bore a water hose is labelled by where the family gives its 内径', () => {
    expect(skuOf(irrigation('4分钢丝管'))).toBe('W16');
    expect(skuOf(irrigation('钢丝软管 6分的'))).toBe('W20');
    expect(skuOf(irrigation('1寸钢丝管'))).toBe('W25');
    expect(skuOf(irrigation('2寸的钢丝管'))).toBe('W50');
    expect(skuOf(irrigation('胶水管4分'))).toBe('R16');
    expect(skuOf(aeration('6分增氧管'))).toBe('A20');
    expect(skuOf(aeration('1寸半的增氧管'))).toBe('A38');
    expect(skuOf(aeration('1.5寸增氧管'))).toBe('A38');
    expect(skuOf(aeration('增氧管 寸半的'))).toBe('A38');
    expect(skuOf(irrigation('1.2寸钢丝管'))).toBe('W32');
    expect(skuOf(irrigation('寸二的钢丝软管'))).toBe('W32');
  });

  it('reads a hose connector’s plain size as the hose it takes', () => {
    expect(skuOf(barbs('4分宝塔头'))).toBe('B16mm');
    expect(skuOf(barbs('6分的宝塔接头'))).toBe('B20mm');
    expect(skuOf(barbs('寸半的宝塔头'))).toBe('B38mm');
  });

  it('keeps the plastic pipe’s outside diameter for an 外径 and the steel pipe’s for a sleeve’s bore', () => {
    expect(skuOf(pprPipes('4分PPR管'))).toBe('P20');
    expect(skuOf(pprPipes('6分PPR管'))).toBe('P25');
    expect(skuOf(sleeves('4分保温管'))).toBe('SΦ22');
    expect(skuOf(sleeves('6分的保温管'))).toBe('SΦ28');
  });

  it('builds a catalog whose aliases name its tubes by the trade size (六分管 on a Φ19 handrail tube)', () => {
    // the alias gave the product a pipe key only as a weak one; dropping it from a non-plastic family crashed the index
    const handrail = createMatcher([
      product('R19', '不锈钢圆管', ['装饰管', '六分管', '6分管'], { 外径: '19mm', 壁厚: '0.8mm' }),
      product('R25', '不锈钢圆管', ['装饰管', '一寸管', '1寸管'], { 外径: '25mm', 壁厚: '1.0mm' }),
    ]);
    expect(skuOf(handrail('六分管10支'))).toBe('R19');
    expect(skuOf(handrail('一寸管 5支'))).toBe('R25');
  });
});
