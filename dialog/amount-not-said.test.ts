import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 几 before a unit (再来几箱X, 几打手套) wants an amount without saying it: the product is read without those words
 * and asked how many — never "几箱 我们店里没有", and the answer (5箱吧) is that product's amount, not another line's.
 */
function item(sku: string, name: string, unit: string, conversions: Record<string, number> = {}): Product {
  return testProduct({ sku, name, aliases: [name], unit, conversions });
}

/** A made-up drinks counter, by the bottle and the case. */
function drinksShop(): Product[] {
  return [item('COLA', '可乐', '瓶', { 箱: 24 }), item('SODA', '苏打水', '瓶', { 箱: 24 })];
}

/** A made-up work-glove counter, by the pair and the dozen. */
function gloveShop(): Product[] {
  return [item('NIT', '丁腈手套', '双', { 打: 12 }), item('CAN', '帆布手套', '双', { 打: 12 })];
}

/** A made-up mould counter: punch sets and guide pillars, by the set. */
function mouldShop(): Product[] {
  return [item('PUNCH', '冲头', '套'), item('PILLAR', '导柱', '套'), item('TEA', '茶几', '张')];
}

const trades = [
  {
    trade: 'drinks',
    shop: drinksShop,
    first: '可乐',
    firstSku: 'COLA',
    second: '苏打水',
    secondSku: 'SODA',
    unit: '箱',
    per: 24,
  },
  {
    trade: 'work gloves',
    shop: gloveShop,
    first: '丁腈手套',
    firstSku: 'NIT',
    second: '帆布手套',
    secondSku: 'CAN',
    unit: '打',
    per: 12,
  },
  {
    trade: 'moulds',
    shop: mouldShop,
    first: '冲头',
    firstSku: 'PUNCH',
    second: '导柱',
    secondSku: 'PILLAR',
    unit: '套',
    per: 1,
  },
];

describe('几 and a unit where an amount would stand', () => {
  for (const { trade, shop, first, firstSku, second, secondSku, unit, per } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products: shop() });

      it('asks how many of the product, and the answer is its amount, the other line untouched', () => {
        const turns = talkTo(engine, [`${first}要15${unit} 再来几${unit}${second}`, `5${unit}吧`, '确认']);
        expect(turns[0]!.replies.join('')).not.toContain('没有');
        expect(lineQtys(turns[0])).toEqual([[firstSku, 15 * per]]);
        expect(lineQtys(turns[2])).toEqual([
          [firstSku, 15 * per],
          [secondSku, 5 * per],
        ]);
        expect(turns[2]!.order?.status).toBe('confirmed');
      });

      it('reads it at the start of the message too', () => {
        const [turn] = talkTo(engine, [`几${unit}${second}`]);
        expect(lineQtys(turn)).toEqual([]);
        expect(turn!.replies.join('')).toMatch(/多少/);
      });
    });
  }

  it('keeps a catalog word that holds 几 (茶几)', () => {
    const engine = createDialogEngine({ products: mouldShop() });
    const [turn] = talkTo(engine, ['茶几2张']);
    expect(lineQtys(turn)).toEqual([['TEA', 2]]);
  });
});
