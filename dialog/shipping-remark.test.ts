import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up snack wholesaler: crisps by flavour by the 箱. */
function snackShop(): Product[] {
  return ['原味', '番茄味'].map((flavour) =>
    testProduct({
      sku: `CHIPS-${flavour}`,
      name: '乐事薯片',
      brand: '乐事',
      aliases: ['薯片'],
      specs: { 口味: flavour },
      unit: '箱',
    }),
  );
}

/** A made-up tile-tool counter: trowels by tooth size, by the 把. */
function trowelShop(): Product[] {
  return ['6mm', '8mm'].map((tooth) =>
    testProduct({
      sku: `TROWEL-${tooth}`,
      name: '齿形抹刀',
      aliases: ['抹刀', '齿刀'],
      specs: { 齿距: tooth },
      unit: '把',
    }),
  );
}

describe('a shipping remark said with the confirmation of a complete draft', () => {
  it('confirms the order and never says the carrier is not sold', () => {
    const engine = createDialogEngine({ products: snackShop() });
    const turns = talkTo(engine, ['乐事薯片原味 10箱', '走安能 好的就这样']);
    expect(turns[1]!.replies.join('')).not.toContain('没有');
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['CHIPS-原味', 10]]);
  });

  it('confirms when the carrier is named with 物流 before 确认', () => {
    const engine = createDialogEngine({ products: trowelShop() });
    const turns = talkTo(engine, ['齿刀8mm 20把', '发宏远物流 确认']);
    expect(turns[1]!.replies.join('')).not.toContain('没有');
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('still answers a product word the shop lacks when nothing confirms', () => {
    const engine = createDialogEngine({ products: snackShop() });
    const turns = talkTo(engine, ['乐事薯片原味 10箱', '发辣条']);
    expect(turns[1]!.order?.status).toBe('draft');
  });
});
