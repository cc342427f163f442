import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit: string, brand?: string) =>
  testProduct({ sku, name, specs, unit, stock: 100, ...(brand ? { brand } : {}) });

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

describe('A 个 number on a line of a list naming a product sold in 个', () => {
  it('stays a count when the brand also sells a product in that many millimetres (beads and boxes)', () => {
    const beads = createMatcher([
      product('B8', '水晶串珠', { 直径: '8mm' }, '串', '晶彩'),
      product('B10', '水晶串珠', { 直径: '10mm' }, '串', '晶彩'),
      product('X', '收纳盒', { 规格: '六格' }, '个', '晶彩'),
    ]);
    expect(beads.analyze('晶彩收纳盒六格 8个').text).toBe('晶彩收纳盒六格 8个');
    expect(beads.analyze('晶彩串珠 8个的 2串\n晶彩收纳盒 六格 10个').text).toBe(
      '晶彩串珠 8厘的 2串\n晶彩收纳盒 六格 10个',
    );
  });

  it('stays a count on the line of a product sold in 个, though a product of the brand comes in that size (leather and rivets)', () => {
    const leather = createMatcher([
      product('L2', '植鞣皮料', { 厚度: '2mm' }, '张', '匠心'),
      product('L3', '植鞣皮料', { 厚度: '3mm' }, '张', '匠心'),
      product('R', '铆钉', { 规格: '8mm' }, '个', '匠心'),
    ]);
    expect(leather.analyze('匠心铆钉8mm 3个').text).toBe('匠心铆钉8mm 3个');
    expect(leather.analyze('匠心 皮料 3个 20张，铆钉 8mm 3个').text).toBe('匠心 皮料 3厘 20张,铆钉 8mm 3个');
  });

  it('reads the size on its own line and not on the next (mats and blocks)', () => {
    const yoga = createMatcher([
      product('Y6', '瑜伽垫', { 厚度: '6mm' }, '张', '悦动'),
      product('Y10', '瑜伽垫', { 厚度: '10mm' }, '张', '悦动'),
      product('K', '瑜伽砖', { 密度: '高密度' }, '个', '悦动'),
    ]);
    expect(yoga.analyze('悦动瑜伽垫 十个的 5张\n悦动瑜伽砖 6个').text).toBe(
      '悦动瑜伽垫 10厘的 5张\n悦动瑜伽砖 6个',
    );
    expect(yoga.analyze('悦动瑜伽砖 6个 悦动瑜伽垫 2张').quantities.map((q) => [q.value, q.unit])).toEqual([
      [6, '个'],
      [2, '张'],
    ]);
  });
});
