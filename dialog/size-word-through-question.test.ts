import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up detergent wholesaler: 洗衣液 by 浓度 and 容量 — 10% in 3kg and 2kg, 25% in 2kg — so 大瓶的 could mean the
 * stronger or the bigger one until the strength is said.
 */
function detergentShop(): Product[] {
  const bottle = (sku: string, strength: string, size: string) =>
    testProduct({
      sku,
      name: '薰衣草洗衣液',
      aliases: ['洗衣液'],
      specs: { 浓度: strength, 容量: size },
      unit: '瓶',
    });
  return [
    bottle('XYY-10-3', '10%', '3kg'),
    bottle('XYY-10-2', '10%', '2kg'),
    bottle('XYY-25-2', '25%', '2kg'),
  ];
}

/** A made-up takeaway-box supplier: 打包盒 by 格数 and 容量 — two compartments in 1000ml and 750ml, three in 750ml. */
function boxShop(): Product[] {
  const box = (sku: string, cells: string, volume: string) =>
    testProduct({
      sku,
      name: '一次性打包盒',
      aliases: ['打包盒', '餐盒'],
      specs: { 格数: cells, 容量: volume },
      unit: '个',
    });
  return [
    box('DBH-2-1000', '2格', '1000ml'),
    box('DBH-2-750', '2格', '750ml'),
    box('DBH-3-750', '3格', '750ml'),
  ];
}

describe('a size word said before a question', () => {
  const detergent = createDialogEngine({ products: detergentShop() });
  const boxes = createDialogEngine({ products: boxShop() });

  it('is asked about while it could mean two measures', () => {
    const turns = talkTo(detergent, ['洗衣液大瓶的 5瓶', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it.each([
    ['洗衣液大瓶的 5瓶', 'XYY-10-3'],
    ['洗衣液小瓶的 5瓶', 'XYY-10-2'],
  ])('picks its end once the answer leaves one measure open (%s)', (message, sku) => {
    const turns = talkTo(detergent, [message, '10%的', '确认']);
    expect(lineQtys(turns[1])).toEqual([[sku, 5]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('holds in another trade', () => {
    const turns = talkTo(boxes, ['打包盒大的 100个', '2格的', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(lineQtys(turns[1])).toEqual([['DBH-2-1000', 100]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
