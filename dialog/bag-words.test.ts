import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up seed counter: vegetable seeds by the 箱 of 50袋, flour by the 袋. */
function seedShop(): Product[] {
  return [
    testProduct({
      sku: 'SEED-CAB',
      name: '白菜种子',
      aliases: ['白菜籽'],
      specs: { 规格: '50袋/箱' },
      unit: '箱',
    }),
    testProduct({ sku: 'FLOUR-25', name: '高筋面粉 25kg', aliases: ['面粉'], unit: '袋' }),
  ];
}

/** A made-up snack wholesaler: sunflower seeds by the 箱 of 20包, and tissues by the 包 (提 of 10). */
function snackShop(): Product[] {
  return [
    testProduct({
      sku: 'GZ-20',
      name: '洽洽瓜子',
      aliases: ['瓜子'],
      specs: { 规格: '20包/箱' },
      unit: '箱',
    }),
    testProduct({
      sku: 'TISSUE',
      name: '心相印抽纸',
      aliases: ['抽纸'],
      unit: '包',
      conversions: { 提: 10 },
    }),
  ];
}

describe('包 and 袋 name the same bag where a product has only one of them', () => {
  it('reads 包 of a case that holds 袋', () => {
    const engine = createDialogEngine({ products: seedShop() });
    const turns = talkTo(engine, ['白菜种子 100包', '确认']);
    expect(lineQtys(turns[1])).toEqual([['SEED-CAB', 2]]);
  });

  it('reads 袋 of a case that holds 包', () => {
    const engine = createDialogEngine({ products: snackShop() });
    const turns = talkTo(engine, ['瓜子 40袋', '确认']);
    expect(lineQtys(turns[1])).toEqual([['GZ-20', 2]]);
  });

  it('reads 包 of a product sold by the 袋', () => {
    const engine = createDialogEngine({ products: seedShop() });
    const turns = talkTo(engine, ['面粉 10包', '确认']);
    expect(lineQtys(turns[1])).toEqual([['FLOUR-25', 10]]);
  });

  it('still asks about an amount that is no whole case', () => {
    const engine = createDialogEngine({ products: seedShop() });
    const turns = talkTo(engine, ['白菜种子 30包', '确认']);
    expect(lineQtys(turns[1])).toEqual([]);
  });
});
