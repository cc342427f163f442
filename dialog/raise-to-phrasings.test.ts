import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up paint counter: two brands of emulsion in two sizes each. */
function paintShop(): Product[] {
  const paint = (sku: string, brand: string, size: string) =>
    testProduct({
      sku,
      name: `${brand}乳胶漆 ${size}`,
      brand,
      aliases: ['乳胶漆'],
      specs: { 规格: size },
      unit: '桶',
    });
  return [
    paint('NIP-5L', '立邦', '5L'),
    paint('NIP-18L', '立邦', '18L'),
    paint('DUL-5L', '多乐士', '5L'),
    paint('DUL-18L', '多乐士', '18L'),
  ];
}

describe('a line raised or lowered to an amount (加到12桶 / 减到3桶)', () => {
  it('sets the quantity of the draft line it names, never adds another product of that name', () => {
    const cases: [string, [string, number][]][] = [
      [
        '立邦的加到12桶',
        [
          ['NIP-18L', 12],
          ['DUL-5L', 8],
        ],
      ],
      [
        '立邦的减到3桶',
        [
          ['NIP-18L', 3],
          ['DUL-5L', 8],
        ],
      ],
    ];
    for (const [edit, lines] of cases) {
      const engine = createDialogEngine({ products: paintShop() });
      const turns = talkTo(engine, ['立邦18L 6桶 多乐士5L 8桶', edit]);
      expect([edit, lineQtys(turns[1])]).toEqual([edit, lines]);
    }
  });
});
