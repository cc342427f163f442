import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up hat wholesaler: a wool cap in sizes 56 to 59 under 号, and a mixed case whose 号 is written 56-59混码. */
function capShop(): Product[] {
  const cap = (size: string) =>
    testProduct({
      sku: `MM-${size}`,
      name: '羊毛帽',
      aliases: ['帽子'],
      specs: { 型号: 'M1', 号: size },
      unit: '顶',
    });
  return [
    ...['56', '57', '58', '59'].map(cap),
    testProduct({
      sku: 'MM-HM',
      name: '羊毛帽 混码箱',
      aliases: ['帽子', '混码箱'],
      specs: { 型号: 'M1', 号: '56-59混码' },
      unit: '箱',
      conversions: { 顶: 0.05 },
    }),
  ];
}

/** A made-up workwear supplier: 工作服 in 165 to 180 under 码, and an assorted set written 165-180配码. */
function workwearShop(): Product[] {
  const suit = (size: string) =>
    testProduct({
      sku: `GZF-${size}`,
      name: '涤棉工作服',
      aliases: ['工作服'],
      specs: { 码: size },
      unit: '套',
    });
  return [
    ...['165', '170', '175', '180'].map(suit),
    testProduct({
      sku: 'GZF-PM',
      name: '涤棉工作服 配码',
      aliases: ['工作服'],
      specs: { 码: '165-180配码' },
      unit: '件',
    }),
  ];
}

describe('a range said with 各 over sizes beside a mixed pack whose value starts with an end', () => {
  const caps = createDialogEngine({ products: capShop() });
  const workwear = createDialogEngine({ products: workwearShop() });

  it('is every size from one end to the other, the ends too', () => {
    const turns = talkTo(caps, ['M1帽子 56到59各5顶', '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['MM-56', 5],
      ['MM-57', 5],
      ['MM-58', 5],
      ['MM-59', 5],
    ]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('holds in another trade', () => {
    expect(lineQtys(talkTo(workwear, ['工作服 165到180各10套'])[0])).toEqual([
      ['GZF-165', 10],
      ['GZF-170', 10],
      ['GZF-175', 10],
      ['GZF-180', 10],
    ]);
  });
});
