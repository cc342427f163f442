import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up cookware counter: stock pots by model and 直径 in cm, sold by the 个, and a set of two sizes. */
function cookwareShop(): Product[] {
  const set = testProduct({
    sku: 'POT-SET',
    name: '不锈钢汤锅两件套',
    aliases: ['汤锅套装'],
    specs: { 直径: '24+28cm', 材质: '不锈钢' },
    unit: '套',
  });
  return [
    set,
    ...['24cm', '26cm', '28cm', '30cm'].flatMap((diameter) =>
      ['6021', '7033'].map((model) =>
        testProduct({
          sku: `POT-${model}-${diameter}`,
          name: `不锈钢汤锅 ${model}`,
          aliases: ['汤锅', '汤桶'],
          specs: { 款号: model, 直径: diameter, 材质: '不锈钢' },
          unit: '个',
        }),
      ),
    ),
  ];
}

/** A made-up bakery-supply counter: cake tins by 尺寸 in 寸, anodised or non-stick, and a set of all sizes. */
function bakeryShop(): Product[] {
  const set = testProduct({
    sku: 'TIN-SET',
    name: '蛋糕模套装',
    specs: { 尺寸: '6+8+10寸', 工艺: '不粘' },
    unit: '套',
  });
  return [
    set,
    ...['6寸', '8寸', '10寸'].flatMap((size) =>
      ['阳极', '不粘'].map((finish) =>
        testProduct({
          sku: `TIN-${finish}-${size}`,
          name: '活底蛋糕模',
          aliases: ['蛋糕模', '模具'],
          specs: { 尺寸: size, 工艺: finish },
          unit: '个',
        }),
      ),
    ),
  ];
}

describe('各 over bare numbers that share the unit said after the last one', () => {
  it('reads 24 26 28cm as three diameters of the model said before them, never the model as one more number', () => {
    const engine = createDialogEngine({ products: cookwareShop() });
    const [turn] = talkTo(engine, ['6021不锈钢 24 26 28cm各4个']);
    expect(lineQtys(turn)).toEqual([
      ['POT-6021-24cm', 4],
      ['POT-6021-26cm', 4],
      ['POT-6021-28cm', 4],
    ]);
  });

  it('reads 6 8 10寸 as three sizes with the finish said before them', () => {
    const engine = createDialogEngine({ products: bakeryShop() });
    const [turn] = talkTo(engine, ['不粘蛋糕模 6 8 10寸各10个']);
    expect(lineQtys(turn)).toEqual([
      ['TIN-不粘-6寸', 10],
      ['TIN-不粘-8寸', 10],
      ['TIN-不粘-10寸', 10],
    ]);
  });

  it('reads two numbers the same way', () => {
    const engine = createDialogEngine({ products: bakeryShop() });
    const [turn] = talkTo(engine, ['阳极蛋糕模 8 10寸 各6个']);
    expect(lineQtys(turn)).toEqual([
      ['TIN-阳极-8寸', 6],
      ['TIN-阳极-10寸', 6],
    ]);
  });
});
