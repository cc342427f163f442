import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 宠物用品 wholesaler: leashes by 宽度 in mm, dog beds and cages by 长度 in mm, cat litter by the 包 in
 * cases of 6, pet food by 重量.
 */
function petShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const width of ['10mm', '15mm', '20mm', '25mm'])
    add({
      sku: `LEASH-${width}`,
      name: '尼龙牵引绳',
      brand: '派可为',
      aliases: ['牵引绳', '狗绳'],
      specs: { 宽度: width, 长度: '1.2米' },
      unit: '条',
    });
  for (const length of ['500mm', '600mm', '800mm'])
    add({
      sku: `BED-${length}`,
      name: '四季狗窝',
      aliases: ['狗窝', '宠物窝'],
      specs: { 长度: length },
      unit: '个',
    });
  for (const length of ['600mm', '760mm', '910mm'])
    add({
      sku: `CAGE-${length}`,
      name: '加粗狗笼',
      aliases: ['狗笼', '宠物笼'],
      specs: { 笼长: length },
      unit: '个',
    });
  for (const weight of ['1.5kg', '10kg'])
    add({
      sku: `FOOD-${weight}`,
      name: '成犬粮',
      brand: '比瑞吉',
      aliases: ['狗粮'],
      specs: { 重量: weight },
      unit: '袋',
    });
  return list;
}

/**
 * A made-up 电动车配件 counter: brake cables by 位置 (前刹 / 后刹) from two brands, mudguards sold as a 前后 pair,
 * tyres by 尺寸.
 */
function scooterParts(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [brand, code] of [
    ['雅迪', 'YD'],
    ['爱玛', 'AM'],
  ] as const)
    for (const position of ['前刹', '后刹'])
      add({
        sku: `CABLE-${code}-${position === '前刹' ? 'F' : 'R'}`,
        name: `${brand}刹车线`,
        brand,
        aliases: ['刹车线', '刹线'],
        specs: { 位置: position },
        unit: '根',
      });
  add({ sku: 'GUARD', name: '加厚挡泥板', aliases: ['挡泥板'], specs: { 位置: '前后' }, unit: '套' });
  for (const size of ['14*2.5', '16*3.0'])
    add({
      sku: `TYRE-${size}`,
      name: '真空胎',
      brand: '正新',
      aliases: ['轮胎'],
      specs: { 尺寸: size },
      unit: '条',
    });
  return list;
}

/** A made-up 电工 counter: soft wire BVR 4平方 in four colours by the 卷, and a yellow-green sleeve that is no wire. */
function wireCounter(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [colour, code] of [
    ['红色', 'R'],
    ['蓝色', 'B'],
    ['黄绿双色', 'YG'],
    ['黑色', 'K'],
  ] as const)
    add({
      sku: `BVR4-${code}`,
      name: '正泰BVR多股软线',
      brand: '正泰',
      category: '电线',
      aliases: ['软线', 'BVR'],
      specs: { 截面: '4平方', 颜色: colour },
      unit: '卷',
    });
  add({ sku: 'SLEEVE-YG', name: '热缩管', category: '配件', specs: { 颜色: '黄绿双色' }, unit: '包' });
  return list;
}

/** Leashes in three colours and collars in two of them: 黑色 names one product alone, 天蓝 two. */
function leashCounter(): Product[] {
  const list: Product[] = [];
  for (const [colour, code] of [
    ['红色', 'R'],
    ['黑色', 'K'],
    ['天蓝', 'B'],
  ] as const)
    list.push(
      testProduct({
        sku: `LEASH-${code}`,
        name: '反光牵引绳',
        aliases: ['牵引绳'],
        specs: { 颜色: colour },
        unit: '条',
      }),
    );
  for (const [colour, code] of [
    ['红色', 'R'],
    ['天蓝', 'B'],
  ] as const)
    list.push(
      testProduct({
        sku: `COLLAR-${code}`,
        name: '皮项圈',
        aliases: ['项圈'],
        specs: { 颜色: colour },
        unit: '个',
      }),
    );
  return list;
}

/** A made-up 小超市 shelf: two 二锅头 in two sizes, a 陈酿, valves by 类型 冷水 / 热水 from one maker. */
function cornerShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const size of ['500ml', '248ml'])
    add({
      sku: `NLS-EGT-${size}`,
      name: '牛栏山二锅头',
      brand: '牛栏山',
      category: '白酒',
      specs: { 度数: '56度', 容量: size },
      unit: '箱',
      conversions: { 瓶: 1 / 12 },
    });
  add({
    sku: 'NLS-CN',
    name: '牛栏山陈酿',
    brand: '牛栏山',
    category: '白酒',
    specs: { 度数: '42度', 容量: '500ml' },
    unit: '箱',
  });
  for (const [kind, code] of [
    ['冷水', 'C'],
    ['热水', 'H'],
  ] as const)
    add({
      sku: `VALVE-${code}`,
      name: '潜水艇角阀',
      brand: '潜水艇',
      aliases: ['角阀'],
      specs: { 类型: kind, 接口: '4分' },
      unit: '个',
      conversions: { 箱: 50 },
    });
  return list;
}

function engineOf(products: Product[]) {
  return createDialogEngine({ products, matcher: createMatcher(products) });
}

describe('Sizes said the way the trade says them', () => {
  it('reads a lone number no product has as centimetres of a millimetre size (60的 = 600mm, 1.5的 = 15mm)', () => {
    const shop = petShop();
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 60的 3个'])[0])).toEqual([['BED-600mm', 3]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗绳 1.5的 10条'])[0])).toEqual([['LEASH-15mm', 10]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗笼 笼长91的 2个'])[0])).toEqual([['CAGE-910mm', 2]]);
  });

  it('keeps a lone number that a product has as it is (狗粮 10的 is the 10kg bag, 狗绳 20的 the 20mm one)', () => {
    const shop = petShop();
    expect(lineQtys(talkTo(engineOf(shop), ['狗粮 10的 5袋'])[0])).toEqual([['FOOD-10kg', 5]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗绳 20的 10条'])[0])).toEqual([['LEASH-20mm', 10]]);
  });

  it('still says what there is when neither the number nor ten times it is a size (狗窝 70的)', () => {
    const turn = talkTo(engineOf(petShop()), ['狗窝 70的 3个'])[0]!;
    expect(turn.order?.lines ?? []).toEqual([]);
    expect(turn.replies.join('')).toMatch(/500mm/);
  });

  it('reads a Chinese numeral by the name of an attribute as its value (五百长度 / 长度八百 / 宽度是二十五的)', () => {
    const shop = petShop();
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 五百长度 两个'])[0])).toEqual([['BED-500mm', 2]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 长度八百 两个'])[0])).toEqual([['BED-800mm', 2]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗绳 宽度是二十五的 十条'])[0])).toEqual([['LEASH-25mm', 10]]);
    // with the centimetre reading: 长度六十 is the 600 mm bed
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 长度六十 三个'])[0])).toEqual([['BED-600mm', 3]]);
  });

  it('leaves a numeral with a unit after an attribute name a quantity (狗窝 长度800 两个 / 宽度十五 三条)', () => {
    const shop = petShop();
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 长度800 两个'])[0])).toEqual([['BED-800mm', 2]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗绳 宽度十五 三条'])[0])).toEqual([['LEASH-15mm', 3]]);
  });
});

describe('各 over values glued into one run', () => {
  it('spreads 前后各20根 over 前刹 and 后刹 although 前后 is the value of another product (挡泥板)', () => {
    const turns = talkTo(engineOf(scooterParts()), ['雅迪刹车线前后各20根']);
    expect(lineQtys(turns[0])).toEqual([
      ['CABLE-YD-F', 20],
      ['CABLE-YD-R', 20],
    ]);
  });

  it('keeps both values through the brand question that follows (刹车线 前后各10根 → 爱玛的)', () => {
    const turns = talkTo(engineOf(scooterParts()), ['刹车线 前后各10根', '爱玛的']);
    expect(turns[0]!.replies.join('')).toMatch(/雅迪/);
    expect(lineQtys(turns[1])).toEqual([
      ['CABLE-AM-F', 10],
      ['CABLE-AM-R', 10],
    ]);
  });

  it('still takes a run that is the value of the product named as that value (挡泥板 前后 5套)', () => {
    expect(lineQtys(talkTo(engineOf(scooterParts()), ['挡泥板 前后 5套'])[0])).toEqual([['GUARD', 5]]);
  });
});

describe('A wire named by its role in the circuit', () => {
  it('takes 地线 / 零线 / 火线 as the colours of the wiring code (yellow-green, blue, red)', () => {
    const turns = talkTo(engineOf(wireCounter()), ['BVR4平方 火线20卷 零线20卷 地线10卷']);
    expect(lineQtys(turns[0])).toEqual([
      ['BVR4-R', 20],
      ['BVR4-B', 20],
      ['BVR4-YG', 10],
    ]);
  });

  it('reads a role said with its colour as one line (零线蓝的 / 接地线 黄绿的)', () => {
    const turns = talkTo(engineOf(wireCounter()), ['4平方软线 零线蓝的 5卷 接地线 黄绿的 3卷']);
    expect(lineQtys(turns[0])).toEqual([
      ['BVR4-B', 5],
      ['BVR4-YG', 3],
    ]);
  });

  it('asks, never confirms another colour, when a role and a colour disagree (零线 黑的)', () => {
    const turn = talkTo(engineOf(wireCounter()), ['BVR4平方 零线黑的 5卷'])[0]!;
    expect(turn.order?.lines ?? []).toEqual([]);
  });

  it('gives the role words to wires only (地线 is no colour of a 热缩管)', () => {
    const turn = talkTo(engineOf(wireCounter()), ['热缩管 地线 2包'])[0]!;
    expect(lineQtys(turn)).not.toEqual([['SLEEVE-YG', 2]]);
  });
});

describe('Items that name only a value', () => {
  it('borrow the product from the item that named it, past an item whose value named its product alone', () => {
    const shop = leashCounter();
    expect(lineQtys(talkTo(engineOf(shop), ['牵引绳 红色5条 黑色3条 蓝的2条'])[0])).toEqual([
      ['LEASH-R', 5],
      ['LEASH-K', 3],
      ['LEASH-B', 2],
    ]);
    expect(lineQtys(talkTo(engineOf(shop), ['牵引绳 红的5条 黑的3条 天蓝2条'])[0])).toEqual([
      ['LEASH-R', 5],
      ['LEASH-K', 3],
      ['LEASH-B', 2],
    ]);
  });
});

describe('Names the trade gives products', () => {
  it('knows the liquor counter by its nicknames (牛二, 白牛二), never reading 二 as a count', () => {
    const shop = cornerShop();
    expect(lineQtys(talkTo(engineOf(shop), ['牛二 248ml的 3箱'])[0])).toEqual([['NLS-EGT-248ml', 3]]);
    expect(lineQtys(talkTo(engineOf(shop), ['白牛二 10件'])[0])).toEqual([['NLS-CN', 10]]);
    // 牛二 fits both sizes: asked, not guessed
    const asked = talkTo(engineOf(shop), ['来三箱牛二'])[0]!;
    expect(asked.order?.lines ?? []).toEqual([]);
    expect(asked.replies.join('')).toMatch(/500ml/);
  });

  it('reads a valve by the colour of its cap (红标 = 热水, 蓝标 = 冷水)', () => {
    const shop = cornerShop();
    expect(lineQtys(talkTo(engineOf(shop), ['潜水艇角阀 蓝标 20个'])[0])).toEqual([['VALVE-C', 20]]);
    expect(lineQtys(talkTo(engineOf(shop), ['角阀 红标的 一箱'])[0])).toEqual([['VALVE-H', 50]]);
  });
});
