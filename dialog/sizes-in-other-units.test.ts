import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up 铝合金门窗 shop: windows by 洞口 height*width in mm, sold by the 樘. */
function windowShop(): Product[] {
  return ['1500*1200', '1500*1800', '1800*1500', '2100*900'].map((size) =>
    testProduct({
      sku: `WIN-${size}`,
      name: '断桥铝推拉窗',
      aliases: ['推拉窗', '铝合金窗'],
      specs: { 洞口: size },
      unit: '樘',
    }),
  );
}

/** A made-up 床垫 wholesaler: mattresses by width*length in mm and thickness in cm, sold by the 张. */
function mattressShop(): Product[] {
  const list: Product[] = [];
  for (const size of ['1200*2000', '1500*2000', '1800*2000', '1800*2200'])
    list.push(
      testProduct({
        sku: `MAT-${size}`,
        name: '乳胶弹簧床垫',
        aliases: ['床垫'],
        specs: { 尺寸: size, 厚度: '22cm', 颜色: '米白' },
        unit: '张',
      }),
    );
  return list;
}

/** A made-up 镜子 workshop: bathroom mirrors by width*height in mm, round mirrors by diameter in mm. */
function mirrorShop(): Product[] {
  const list: Product[] = [];
  for (const size of ['500*700', '600*800', '800*1000'])
    list.push(
      testProduct({
        sku: `MIR-${size}`,
        name: '防雾浴室镜',
        aliases: ['浴室镜'],
        specs: { 规格: size },
        unit: '面',
      }),
    );
  for (const diameter of ['500mm', '600mm'])
    list.push(
      testProduct({
        sku: `RND-${diameter}`,
        name: '圆镜',
        aliases: ['圆形镜'],
        specs: { 直径: diameter },
        unit: '面',
      }),
    );
  return list;
}

const first = (products: Product[], message: string) =>
  lineQtys(talkTo(createDialogEngine({ products, matcher: createMatcher(products) }), [message])[0]);
const replyOf = (products: Product[], message: string) =>
  talkTo(createDialogEngine({ products, matcher: createMatcher(products) }), [message])[0]!.replies.join(
    ' / ',
  );

describe('Size pairs said loosely', () => {
  it('reads a pair said in metres, with tenths after 米, in tens, or in centimetres as the millimetre size', () => {
    for (const said of [
      '2米1*9十的推拉窗 2樘',
      '推拉窗2米1乘90 2樘',
      '2.1*0.9的推拉窗 2樘',
      '210*90的推拉窗 2樘',
    ])
      expect(first(windowShop(), said)).toEqual([['WIN-2100*900', 2]]);
    expect(first(windowShop(), '推拉窗 1米5乘1米2 3樘')).toEqual([['WIN-1500*1200', 3]]);
  });

  it('reads a mattress said in metres the same way', () => {
    expect(first(mattressShop(), '1米8*2米的床垫 4张')).toEqual([['MAT-1800*2000', 4]]);
    expect(first(mattressShop(), '床垫 1.5乘2 2张')).toEqual([['MAT-1500*2000', 2]]);
    expect(first(mattressShop(), '床垫 180*220的 1张')).toEqual([['MAT-1800*2200', 1]]);
  });

  it('reads a mirror said in tens of millimetres (centimetres) with 十', () => {
    expect(first(mirrorShop(), '浴室镜 6十*8十的 5面')).toEqual([['MIR-600*800', 5]]);
    expect(first(mirrorShop(), '50*70的浴室镜 5面')).toEqual([['MIR-500*700', 5]]);
  });

  it('keeps a size said as the catalog writes it', () => {
    expect(first(windowShop(), '推拉窗 1500*1200 2樘')).toEqual([['WIN-1500*1200', 2]]);
    // (米 that begins a word after a size is no unit of its side)
    expect(first(mattressShop(), '1800*2000米白的床垫 2张')).toEqual([['MAT-1800*2000', 2]]);
  });
});

describe('A number in an unexpected unit picks the one candidate value it can mean', () => {
  it('reads a lone number as centimetres of one group of a size when only one candidate has it', () => {
    expect(first(mirrorShop(), '70的浴室镜 2面')).toEqual([['MIR-500*700', 2]]);
    expect(first(windowShop(), '推拉窗 90的 1樘')).toEqual([['WIN-2100*900', 1]]);
  });

  it('reads a width in metres as the one candidate that has it', () => {
    expect(first(mattressShop(), '1米2的床垫 3张')).toEqual([['MAT-1200*2000', 3]]);
    expect(first(mirrorShop(), '圆镜 6十的 2面')).toEqual([['RND-600mm', 2]]);
  });

  it('asks when the number fits several candidate values (1米8 of 1800*2000 and 1800*2200)', () => {
    expect(first(mattressShop(), '1米8的床垫 3张')).toEqual([]);
    expect(replyOf(mattressShop(), '1米8的床垫 3张')).toMatch(/1800\*2000[\s\S]*1800\*2200/);
  });

  it('asks when the number fits a group that several candidates share (1500 of the windows)', () => {
    expect(first(windowShop(), '推拉窗 150的 2樘')).toEqual([]);
  });
});
