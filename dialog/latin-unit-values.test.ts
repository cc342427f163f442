import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up sheet counter: an acrylic sheet in three thicknesses sold by the square metre, a trim sold by the metre (m). */
function sheetShop(): Product[] {
  const sheet = (sku: string, thickness: string) =>
    testProduct({
      sku,
      name: '亚克力板',
      aliases: ['亚克力', '有机板'],
      specs: { 厚度: thickness },
      unit: '平方',
      unitAliases: ['平米', 'm²'],
    });
  return [
    sheet('YKL-3', '3mm'),
    sheet('YKL-5', '5mm'),
    sheet('YKL-8', '8mm'),
    testProduct({ sku: 'LT', name: '铝合金压条', aliases: ['压条'], unit: '米', unitAliases: ['m'] }),
  ];
}

const engine = createDialogEngine({ products: sheetShop() });

describe('a thickness in mm where the shop sells by the metre written m', () => {
  it.each([['亚克力板 5mm 20平方'], ['亚克力板 厚度5mm 20平方'], ['有机板 厚度5mm的 20平米']])(
    'is the thickness, never 5 metres (%s)',
    (message) => {
      const turns = talkTo(engine, [message, '确认']);
      expect(lineQtys(turns[0])).toEqual([['YKL-5', 20]]);
      expect(turns[1]!.order?.status).toBe('confirmed');
    },
  );

  it('still reads a length in m as the quantity', () => {
    const turns = talkTo(engine, ['压条 30m']);
    expect(lineQtys(turns[0])).toEqual([['LT', 30]]);
  });
});
