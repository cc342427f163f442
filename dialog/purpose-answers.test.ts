import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up hardware counter that sells drill bits for tiles and for concrete as well as tiles themselves, and
 * castors for trolleys and for chairs as well as trolleys: asked which bit or castor, the customer says what it is
 * for (瓷砖用的 8mm, 推车用的 5寸) — the product named is what the one asked about is for, never the thing ordered.
 */
function hardwareCounter(): Product[] {
  return [
    ...['6mm', '8mm'].map((size) =>
      testProduct({
        sku: `BIT-TILE-${size}`,
        name: '瓷砖钻头',
        aliases: ['钻头'],
        specs: { 直径: size },
        unit: '个',
      }),
    ),
    ...['6mm', '8mm'].map((size) =>
      testProduct({
        sku: `BIT-CONC-${size}`,
        name: '水泥钻头',
        aliases: ['钻头'],
        specs: { 直径: size },
        unit: '个',
      }),
    ),
    testProduct({ sku: 'TILE', name: '瓷砖', specs: { 规格: '600*600' }, unit: '片' }),
    ...['4寸', '5寸'].map((size) =>
      testProduct({
        sku: `WHEEL-CART-${size}`,
        name: '推车轮子',
        aliases: ['轮子'],
        specs: { 尺寸: size },
        unit: '个',
      }),
    ),
    testProduct({
      sku: 'WHEEL-CHAIR',
      name: '椅子轮子',
      aliases: ['轮子'],
      specs: { 尺寸: '2寸' },
      unit: '个',
    }),
    testProduct({ sku: 'CART', name: '手推车', aliases: ['推车'], specs: {}, unit: '台' }),
  ];
}

const engine = createDialogEngine({ products: hardwareCounter() });

describe('an answer that says what the product asked about is for', () => {
  it('picks the candidates whose name holds the purpose, and the size said', () => {
    const turns = talkTo(engine, ['钻头 5个', '瓷砖用的 8mm', '确认']);
    expect(lineQtys(turns[2])).toEqual([['BIT-TILE-8mm', 5]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('does so in another trade', () => {
    const turns = talkTo(engine, ['轮子 8个', '推车用的 5寸的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['WHEEL-CART-5寸', 8]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('asks on about what the purpose leaves open, and never orders the thing it is for', () => {
    const turns = talkTo(engine, ['钻头 5个', '瓷砖用的']);
    expect(lineQtys(turns[1])).toEqual([]);
    expect(turns[1]!.replies.join('')).toContain('瓷砖钻头');
  });
});
