import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up shoe wholesaler: canvas shoes by 款号, 颜色 and 码 (35–39), by the 双; a 手 is one pair of each size. */
function shoeShop(packSaid = true): Product[] {
  return ['黑色', '白色'].flatMap((colour, c) =>
    ['35', '36', '37', '38', '39'].map((size) =>
      testProduct({
        sku: `K520-${c}-${size}`,
        name: '帆布鞋',
        brand: '回力',
        specs: { 款号: 'K520', 颜色: colour, 码数: `${size}码`, ...(packSaid && { 配码: '35-39 5双/手' }) },
        unit: '双',
      }),
    ),
  );
}

/** A made-up tool counter: ring spanners 8–12 mm by the 把, a 套 being one of each; screwdrivers by the 把. */
function spannerShop(): Product[] {
  return [
    ...['8', '9', '10', '11', '12'].map((size) =>
      testProduct({
        sku: `SP-${size}`,
        name: '梅花扳手',
        brand: '世达',
        specs: { 规格: `${size}mm`, 组套: '8-12mm 5把/套' },
        unit: '把',
      }),
    ),
    testProduct({ sku: 'SD-6', name: '一字螺丝刀', brand: '世达', specs: { 规格: '6mm' }, unit: '把' }),
  ];
}

/** A made-up baby-wear stall: bodysuits 59/66/73 by the 件, 3件/手, one colour. */
function babyShop(): Product[] {
  return ['59', '66', '73'].map((size) =>
    testProduct({
      sku: `BS-${size}`,
      name: '婴儿连体衣',
      specs: { 款号: 'L301', 尺码: size, 配码: '59-73 3件/手' },
      unit: '件',
    }),
  );
}

describe('a pack that is one of each size (一手 of 配码) is one line per size', () => {
  it('orders each size of the style and colour said', () => {
    const engine = createDialogEngine({ products: shoeShop() });
    const turns = talkTo(engine, ['K520黑色 来2手', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['K520-0-35', 2],
      ['K520-0-36', 2],
      ['K520-0-37', 2],
      ['K520-0-38', 2],
      ['K520-0-39', 2],
    ]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('asks the colour, never the size, when the colour is not said', () => {
    const engine = createDialogEngine({ products: shoeShop() });
    const turns = talkTo(engine, ['帆布鞋来一手', '白色']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[0]!.replies.join('')).toContain('颜色');
    expect(lineQtys(turns[1]).map(([sku]) => sku)).toEqual([
      'K520-1-35',
      'K520-1-36',
      'K520-1-37',
      'K520-1-38',
      'K520-1-39',
    ]);
  });

  it('reads a 套 of spanner sizes the same way', () => {
    const engine = createDialogEngine({ products: spannerShop() });
    const turns = talkTo(engine, ['梅花扳手 3套', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['SP-8', 3],
      ['SP-9', 3],
      ['SP-10', 3],
      ['SP-11', 3],
      ['SP-12', 3],
    ]);
  });

  it('reads 配一手 of a product word said in part', () => {
    const engine = createDialogEngine({ products: babyShop() });
    const turns = talkTo(engine, ['连体衣配一手', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['BS-59', 1],
      ['BS-66', 1],
      ['BS-73', 1],
    ]);
  });

  it('asks the size where the catalog does not say what a 手 holds', () => {
    const engine = createDialogEngine({ products: shoeShop(false) });
    const turns = talkTo(engine, ['K520黑色 来2手', '确认']);
    expect(lineQtys(turns[1])).toEqual([]);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});
