import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit: string) =>
  testProduct({ sku, name, specs, unit, stock: 100 });

describe('Values said the short way', () => {
  it('writes 三个15 out as 15-15-15 only where the catalog has that value', () => {
    const fertiliser = createMatcher([
      product('F', '复合肥', { 养分: '15-15-15' }, '袋'),
      product('G', '复合肥', { 养分: '26-10-12' }, '袋'),
    ]);
    expect(fertiliser.analyze('三个15的复合肥').text).toBe('15-15-15的复合肥');
    expect(fertiliser.analyze('三个15的复合肥').quantities).toEqual([]);
    const wrenches = createMatcher([product('W', '梅花扳手', { 规格: '15mm' }, '个')]);
    expect(wrenches.analyze('三个15的扳手').quantities.map((q) => q.value)).toEqual([3]);
  });
});

describe('Letters said with a count', () => {
  const pearls = createMatcher([
    product('A', '淡水珍珠', { 等级: 'AA' }, '串'),
    product('B', '淡水珍珠', { 等级: 'AAA' }, '串'),
  ]);

  it('reads 3A and 2A as the letter said so many times when the catalog has that value', () => {
    expect(pearls.analyze('3A珍珠 5串').text).toBe('aaa珍珠 5串');
    expect(pearls.analyze('珍珠 2A的 4串').text).toBe('珍珠 aa的 4串');
  });

  it('leaves the count and letter as said when the catalog has that spelling itself', () => {
    const shelf = createMatcher([
      product('C', '充电头', { 电流: '2A' }, '个'),
      product('D', '电池', { 型号: 'AA' }, '节'),
    ]);
    expect(shelf.analyze('2A充电头 3个').text).toBe('2a充电头 3个');
  });
});

describe('Two digits said before 的', () => {
  const oranges = createMatcher([
    product('A', '脐橙', { 果径: '75mm' }, '箱'),
    product('B', '脐橙', { 果径: '85mm' }, '箱'),
    product('C', '脐橙', { 果径: '35mm' }, '箱'),
  ]);

  it('reads 八五的 and 七五的 as the size the catalog carries', () => {
    expect(oranges.analyze('脐橙 八五的 5箱').text).toBe('脐橙 85的 5箱');
    expect(oranges.analyze('七五的脐橙 2箱').text).toBe('75的脐橙 2箱');
  });

  it('leaves two digits without 的, or a number the catalog lacks, as said', () => {
    expect(oranges.analyze('脐橙 三五箱').text).toBe('脐橙 三五箱');
    expect(oranges.analyze('脐橙 六五的').text).toBe('脐橙 六五的');
  });
});

describe('A thickness or diameter said as so many 个', () => {
  const shelf = createMatcher([
    product('P3', '亚克力板', { 厚度: '3mm' }, '张'),
    product('P5', '亚克力板', { 厚度: '5mm' }, '张'),
    testProduct({
      sku: 'R4',
      name: '碳钢焊条',
      specs: { 直径: '4.0mm' },
      unit: '公斤',
      conversions: { 箱: 20 },
      stock: 100,
    }),
    product('N', '螺母', { 规格: 'M8' }, '个'),
  ]);
  const counts = (text: string) => shelf.analyze(text).quantities.map((q) => [q.value, q.unit]);

  it('reads the number as millimetres when a quantity in another unit is said too', () => {
    expect(shelf.analyze('亚克力板5个 10张').text).toBe('亚克力板5厘 10张');
    expect(counts('亚克力板5个 10张')).toEqual([[10, '张']]);
    expect(counts('来两箱 焊条4个')).toEqual([[2, '箱']]);
  });

  it('reads the number as millimetres when 的 follows, in digits or in words', () => {
    expect(shelf.analyze('5个的亚克力板 来10张').text).toBe('5厘的亚克力板 来10张');
    expect(shelf.analyze('焊条 四个的').text).toBe('焊条 4厘的');
  });

  it('keeps a count when nothing else marks it as a size', () => {
    expect(counts('亚克力板5个')).toEqual([[5, '个']]);
    expect(counts('5个亚克力板')).toEqual([[5, '个']]);
  });

  it('keeps a count when no product named there comes in that many millimetres', () => {
    expect(shelf.analyze('亚克力板4个的 10张').text).toBe('亚克力板4个的 10张');
    expect(shelf.analyze('螺母 3个的 2盒').text).toBe('螺母 3个的 2盒');
  });
});

describe('A count in 个 next to a size in millimetres', () => {
  it('stays a count for a height, or for a product counted in 个', () => {
    const feet = createMatcher([
      product('F100', '调节脚', { 高度: '100mm' }, '个'),
      product('F120', '调节脚', { 高度: '120mm' }, '个'),
      product('W8', '垫片', { 厚度: '8mm' }, '个'),
      product('M', '磁碰', { 规格: '单头' }, '盒'),
    ]);
    expect(feet.analyze('磁碰一盒 调节脚120的 100个').text).toBe('磁碰一盒 调节脚120的 100个');
    expect(feet.analyze('磁碰一盒 垫片8个').text).toBe('磁碰一盒 垫片8个');
  });
});

describe('A capacity said without its hour', () => {
  const shelf = createMatcher([
    product('B20', '锂电池', { 电压: '48V', 容量: '20Ah' }, '组'),
    product('B12', '锂电池', { 电压: '48V', 容量: '12Ah' }, '组'),
    product('P', '充电宝', { 容量: '10000mAh' }, '个'),
    product('C', '充电头', { 电流: '2A' }, '个'),
    product('H', '充电头', { 容量: '2Ah' }, '个'),
  ]);

  it('reads 20A, 12a and 10000ma as the Ah / mAh value the catalog has', () => {
    expect(shelf.analyze('48V20A的锂电池 5组').text).toBe('48v20ah的锂电池 5组');
    expect(shelf.analyze('锂电池 48v12a 2组').text).toBe('锂电池 48v12ah 2组');
    expect(shelf.analyze('充电宝10000ma 3个').text).toBe('充电宝10000mah 3个');
  });

  it('leaves a value the catalog has as said, and one with no hour value behind it', () => {
    expect(shelf.analyze('2A充电头 3个').text).toBe('2a充电头 3个');
    expect(shelf.analyze('锂电池 30A 1组').text).toBe('锂电池 30a 1组');
  });
});

describe('里 typed for 厘', () => {
  const shelf = createMatcher([
    product('G6', '钢化玻璃', { 厚度: '6mm' }, '平方'),
    product('G12', '钢化玻璃', { 厚度: '12mm' }, '平方'),
  ]);

  it('reads 六里 and 12里的 as millimetres the catalog has', () => {
    expect(shelf.analyze('钢化玻璃六里 8平方').text).toBe('钢化玻璃6厘 8平方');
    expect(shelf.analyze('12里的钢化玻璃 5平方').text).toBe('12厘的钢化玻璃 5平方');
  });

  it('leaves 里 as said for a size the catalog lacks and before 面', () => {
    expect(shelf.analyze('钢化玻璃8里 2平方').text).toBe('钢化玻璃8里 2平方');
    expect(shelf.analyze('6里面的钢化玻璃').text).toBe('6里面的钢化玻璃');
  });
});
