import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up automation-parts counter: aluminium profiles by their section (20*20, 30*30, 40*40, 40*80). */
function profileShop(): Product[] {
  const profile = (sku: string, section: string) =>
    testProduct({
      sku,
      name: '欧标铝型材',
      category: '铝型材',
      aliases: ['铝型材', '型材'],
      specs: { 截面: section, 颜色: '银白' },
      unit: '米',
    });
  return [
    profile('LX-2020', '20*20'),
    profile('LX-3030', '30*30'),
    profile('LX-4040', '40*40'),
    profile('LX-4080', '40*80'),
  ];
}

/** A made-up sewing-thread counter: polyester thread by its count and plies (40/2, 40/3, 60/3). */
function threadShop(): Product[] {
  const thread = (sku: string, count: string) =>
    testProduct({
      sku,
      name: '涤纶缝纫线',
      category: '缝纫线',
      aliases: ['缝纫线', '涤纶线'],
      specs: { 支数: count, 颜色: '白色' },
      unit: '个',
      conversions: { 箱: 100 },
    });
  return [thread('XF-402', '40/2'), thread('XF-403', '40/3'), thread('XF-603', '60/3')];
}

/** A made-up carton counter: boxes by their size code, one of them numbered 300 in the catalog. */
function cartonShop(): Product[] {
  return [
    testProduct({
      sku: 'ZX-3-12',
      name: '搬家纸箱',
      category: '纸箱',
      aliases: ['纸箱'],
      specs: { 规格: '3*12' },
      unit: '个',
    }),
    testProduct({
      sku: 'ZX-300',
      name: '快递纸箱',
      category: '纸箱',
      aliases: ['纸箱'],
      specs: { 规格: '300' },
      unit: '个',
    }),
    testProduct({
      sku: 'ZX-3-00',
      name: '飞机盒',
      category: '纸箱',
      aliases: ['飞机盒'],
      specs: { 规格: '3*00' },
      unit: '个',
    }),
  ];
}

describe('A size code said without its separator', () => {
  it('reads 2020 / 4080 as the one profile section whose groups they run together', () => {
    const engine = createDialogEngine({ products: profileShop() });
    expect(lineQtys(talkTo(engine, ['铝型材 2020的 30米'])[0])).toEqual([['LX-2020', 30]]);
    expect(lineQtys(talkTo(engine, ['型材4080 12米'])[0])).toEqual([['LX-4080', 12]]);
  });

  it('leaves the run as said when the product word said names no product of that value', () => {
    const products = [
      ...profileShop(),
      testProduct({
        sku: 'LS-M6',
        name: 'T型螺丝',
        category: '螺丝',
        aliases: ['螺丝'],
        specs: { 规格: 'M6' },
        unit: '个',
      }),
    ];
    const engine = createDialogEngine({ products });
    expect(lineQtys(talkTo(engine, ['螺丝 3030的 20个'])[0])).not.toContainEqual([
      'LX-3030',
      expect.anything(),
    ]);
  });

  it('reads 402 / 603 of thread as 40/2 / 60/3, with a quantity after it', () => {
    const engine = createDialogEngine({ products: threadShop() });
    expect(lineQtys(talkTo(engine, ['402的涤纶线 2箱'])[0])).toEqual([['XF-402', 200]]);
    expect(lineQtys(talkTo(engine, ['缝纫线 603 50个'])[0])).toEqual([['XF-603', 50]]);
  });

  it('leaves a run that is a number the catalog sells (300), or one with a unit after it, as said', () => {
    const engine = createDialogEngine({ products: cartonShop() });
    expect(lineQtys(talkTo(engine, ['纸箱 300的 100个'])[0])).toEqual([['ZX-300', 100]]);
    expect(
      lineQtys(talkTo(createDialogEngine({ products: profileShop() }), ['铝型材 2020米'])[0]),
    ).not.toContainEqual(['LX-2020', expect.anything()]);
  });
});
