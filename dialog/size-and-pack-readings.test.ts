import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 烘焙用品 wholesaler: pizza pans by 直径 in cm, sheet pans by 规格 1/1 / 1/2, sugar and cream by pack
 * size, aprons by 尺码, coconut cream in cases of 12 and 24, and one pan size the catalog has twice near 14寸 (35 and 36 cm
 * tart rings).
 */
function bakeryShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const cm of ['23', '30', '36'])
    add({
      sku: `PIZZA-${cm}`,
      name: '不粘披萨盘',
      aliases: ['披萨盘', 'pizza盘'],
      specs: { 直径: `${cm}cm` },
      unit: '个',
    });
  for (const cm of ['35', '36'])
    add({
      sku: `RING-${cm}`,
      name: '不锈钢慕斯圈',
      aliases: ['慕斯圈'],
      specs: { 直径: `${cm}cm` },
      unit: '个',
    });
  for (const size of ['1/1', '1/2'])
    add({ sku: `TRAY-${size}`, name: '铝合金烤盘', aliases: ['烤盘'], specs: { 规格: size }, unit: '个' });
  for (const kg of ['1kg', '25kg'])
    add({
      sku: `SUGAR-${kg}`,
      name: '细砂糖',
      brand: '太古',
      aliases: ['砂糖', '白糖'],
      specs: { 规格: kg },
      unit: '袋',
    });
  add({
    sku: 'SUGAR-OTHER',
    name: '细砂糖',
    brand: '舒可曼',
    aliases: ['砂糖', '白糖'],
    specs: { 规格: '1kg' },
    unit: '袋',
  });
  for (const litre of ['1L', '5L'])
    add({ sku: `CREAM-${litre}`, name: '淡奶油', brand: '安佳', specs: { 容量: litre }, unit: '瓶' });
  for (const count of [12, 24])
    add({
      sku: `COCO-${count}`,
      name: '椰浆',
      aliases: ['椰浆'],
      specs: { 容量: count === 12 ? '1L' : '400ml' },
      unit: '瓶',
      conversions: { 箱: count },
    });
  for (const size of ['M', 'L', 'XL'])
    add({ sku: `APRON-${size}`, name: '防水围裙', aliases: ['围裙'], specs: { 尺码: size }, unit: '条' });
  return list;
}

/** A made-up 钢材 and 传动件 counter: square tube by 规格 in mm, roller chain by 节距, sold by the 条 of 5 米. */
function steelShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const size of ['20*20', '20*40', '40*60'])
    add({
      sku: `TUBE-${size}`,
      name: '镀锌方管',
      aliases: ['方管', '方通'],
      specs: { 规格: size, 长度: '6米' },
      unit: '根',
    });
  for (const [code, pitch] of [
    ['08A', '12.7mm'],
    ['10A', '15.875mm'],
    ['12A', '19.05mm'],
  ] as const)
    add({
      sku: `CHAIN-${code}`,
      name: `滚子链 ${code}-1`,
      aliases: ['链条', '滚子链'],
      specs: { 型号: `${code}-1`, 节距: pitch },
      unit: '米',
      conversions: { 条: 5 },
    });
  return list;
}

const bakery = createDialogEngine({ products: bakeryShop(), maxQtyPerLine: 10000 });
const steel = createDialogEngine({ products: steelShop(), maxQtyPerLine: 10000 });
const last = (engine: typeof bakery, turns: string[]) => lineQtys(talkTo(engine, turns).at(-1));
const replyOf = (engine: typeof bakery, turns: string[]) =>
  (talkTo(engine, turns).at(-1)?.replies ?? []).join('\n');

describe('Sizes in 寸 and 英寸', () => {
  it('reads a pan said in 寸 as its true inch to the whole centimetre', () => {
    expect(last(bakery, ['14寸披萨盘 10个'])).toEqual([['PIZZA-36', 10]]);
    expect(last(bakery, ['披萨盘 12寸的 5个'])).toEqual([['PIZZA-30', 5]]);
    expect(last(bakery, ['披萨盘 十四寸 2个'])).toEqual([['PIZZA-36', 2]]);
    expect(last(bakery, ['14英寸的披萨盘 3个'])).toEqual([['PIZZA-36', 3]]);
  });

  it('asks when the catalog has a size at both readings of the 寸', () => {
    expect(last(bakery, ['慕斯圈 14寸 4个'])).toEqual([]);
    expect(replyOf(bakery, ['慕斯圈 14寸 4个'])).toMatch(/35cm[\s\S]*36cm/);
  });
});

describe('Sizes in centimetres said without a unit or as 公分', () => {
  it('reads two sides with no unit as centimetres when only that fits the product named', () => {
    expect(last(steel, ['2*4的方管 10根'])).toEqual([['TUBE-20*40', 10]]);
    expect(last(steel, ['方管 4*6 5根'])).toEqual([['TUBE-40*60', 5]]);
    expect(last(steel, ['方管 4*6公分的 5根'])).toEqual([['TUBE-40*60', 5]]);
  });

  it('keeps the millimetres when the catalog has the size as said', () => {
    expect(last(steel, ['方管 20*20 8根'])).toEqual([['TUBE-20*20', 8]]);
  });
});

describe('A 分 outside pipe work is an eighth of an inch', () => {
  it('reads 4分 / 5分 / 六分 chain as the 12.7 / 15.875 / 19.05 mm pitch', () => {
    expect(last(steel, ['4分链条 2条'])).toEqual([['CHAIN-08A', 10]]);
    expect(last(steel, ['5分的滚子链 1条'])).toEqual([['CHAIN-10A', 5]]);
    expect(last(steel, ['六分链条 10米'])).toEqual([['CHAIN-12A', 10]]);
  });
});

describe('Fractions said in words', () => {
  it('reads 二分之一 as the 1/2 a catalog writes', () => {
    expect(last(bakery, ['二分之一的烤盘 6个'])).toEqual([['TRAY-1/2', 6]]);
    expect(last(bakery, ['烤盘 二分之一 6个'])).toEqual([['TRAY-1/2', 6]]);
  });
});

describe('Sizes of 码', () => {
  it('reads L码 / XL码 as the 尺码 L / XL', () => {
    expect(last(bakery, ['围裙 L码 10条'])).toEqual([['APRON-L', 10]]);
    expect(last(bakery, ['XL码的围裙 4条'])).toEqual([['APRON-XL', 4]]);
  });
});

describe('Pack sizes as answers', () => {
  it('reads 25公斤一袋的 / 25kg每袋的 / 50斤一袋的 as the pack size, no quantity', () => {
    for (const answer of ['25公斤一袋的', '25kg每袋的', '要50斤一袋的'])
      expect(last(bakery, ['太古砂糖 4袋', answer])).toEqual([['SUGAR-25kg', 4]]);
  });

  it('reads a pack size said with the item as the size and the count as the quantity', () => {
    expect(last(bakery, ['太古砂糖 25公斤一袋的 6袋'])).toEqual([['SUGAR-25kg', 6]]);
  });
});

describe('The big or small pack', () => {
  it('picks the pack at that end of the sizes asked about (大袋的 / 小袋的 / 大瓶的)', () => {
    expect(last(bakery, ['太古砂糖 4袋', '大袋的'])).toEqual([['SUGAR-25kg', 4]]);
    expect(last(bakery, ['太古砂糖 4袋', '小袋的'])).toEqual([['SUGAR-1kg', 4]]);
    expect(last(bakery, ['安佳淡奶油 2瓶', '大瓶的吧'])).toEqual([['CREAM-5L', 2]]);
  });

  it('reads it with the item and with another answer (太古 小袋的)', () => {
    expect(last(bakery, ['安佳淡奶油 大瓶的 3瓶'])).toEqual([['CREAM-5L', 3]]);
    expect(last(bakery, ['砂糖 5袋', '太古 小袋的'])).toEqual([['SUGAR-1kg', 5]]);
  });
});

describe('Pack counts as answers', () => {
  it('reads 12瓶一箱的 / 每箱24罐的 as the product whose case holds that many', () => {
    expect(last(bakery, ['椰浆 2箱', '12瓶一箱的'])).toEqual([['COCO-12', 24]]);
    expect(last(bakery, ['椰浆 2箱', '24瓶一箱的'])).toEqual([['COCO-24', 48]]);
    expect(last(bakery, ['椰浆 24瓶一箱的 3箱'])).toEqual([['COCO-24', 72]]);
  });
});
