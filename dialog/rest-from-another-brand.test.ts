import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up watch battery counter: the same cell from two brands, one of them short. */
function batteryShop(): Product[] {
  return [
    testProduct({
      sku: 'NF-2032',
      name: '南孚纽扣电池 CR2032',
      brand: '南孚',
      aliases: ['纽扣电池'],
      specs: { 型号: 'CR2032' },
      unit: '板',
      stock: 3,
    }),
    testProduct({
      sku: 'PA-2032',
      name: '松下纽扣电池 CR2032',
      brand: '松下',
      aliases: ['纽扣电池'],
      specs: { 型号: 'CR2032' },
      unit: '板',
    }),
    testProduct({
      sku: 'PA-2025',
      name: '松下纽扣电池 CR2025',
      brand: '松下',
      aliases: ['纽扣电池'],
      specs: { 型号: 'CR2025' },
      unit: '板',
    }),
  ];
}

/** A made-up guitar string shop: one gauge from two brands, the first short. */
function stringShop(): Product[] {
  return [
    ...(['达达里奥', '依利克西尔'] as const).map((brand, k) =>
      testProduct({
        sku: `STR-${k}-10`,
        name: `${brand}民谣吉他弦 010-047`,
        brand,
        aliases: ['吉他弦'],
        specs: { 规格: '010-047' },
        unit: '套',
        stock: k === 0 ? 20 : 1000,
      }),
    ),
    testProduct({
      sku: 'STR-1-12',
      name: '依利克西尔民谣吉他弦 012-053',
      brand: '依利克西尔',
      aliases: ['吉他弦'],
      specs: { 规格: '012-053' },
      unit: '套',
    }),
  ];
}

/** A made-up optician's supply: lenses by index from two brands, the first short in 1.60. */
function lensShop(): Product[] {
  return ['明月', '依视路'].flatMap((brand, k) =>
    ['1.56', '1.60'].map((index) =>
      testProduct({
        sku: `LENS-${k}-${index}`,
        name: `${brand}树脂镜片 ${index}`,
        brand,
        aliases: ['镜片'],
        specs: { 折射率: index },
        unit: '副',
        stock: k === 0 && index === '1.60' ? 8 : 1000,
      }),
    ),
  );
}

const batteries = createDialogEngine({ products: batteryShop() });
const strings = createDialogEngine({ products: stringShop() });
const lenses = createDialogEngine({ products: lensShop() });

describe('The rest of a short amount from another brand', () => {
  it.each([
    [
      batteries,
      ['南孚纽扣电池 CR2032 5板', '那先拿3板 剩下的换松下的'],
      [
        ['NF-2032', 3],
        ['PA-2032', 2],
      ],
    ],
    [
      batteries,
      ['南孚纽扣电池 CR2032 5板', '先拿2板 剩下的换松下的'],
      [
        ['NF-2032', 2],
        ['PA-2032', 3],
      ],
    ],
    [
      strings,
      ['达达里奥吉他弦 010-047 50套', '有多少拿多少 不够的拿依利克西尔的'],
      [
        ['STR-0-10', 20],
        ['STR-1-10', 30],
      ],
    ],
    [
      strings,
      ['达达里奥吉他弦 010-047 50套', '先拿20套 剩下的用依利克西尔补'],
      [
        ['STR-0-10', 20],
        ['STR-1-10', 30],
      ],
    ],
    [
      lenses,
      ['明月镜片 1.60 20副', '那先拿8副 剩下的换依视路的'],
      [
        ['LENS-0-1.60', 8],
        ['LENS-1-1.60', 12],
      ],
    ],
    [
      lenses,
      ['明月镜片 1.60 20副', '剩下的依视路补上'],
      [
        ['LENS-0-1.60', 8],
        ['LENS-1-1.60', 12],
      ],
    ],
  ] as const)(
    'takes what there is and the rest of the same spec from the brand named (%#)',
    (engine, turns, lines) => {
      const said = talkTo(engine, [...turns, '确认']);
      expect([...lineQtys(said[1])].sort()).toEqual([...lines].sort());
      expect(said[2]!.order?.status).toBe('confirmed');
    },
  );
});
