import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up kitchenware counter: lunch boxes and cups whose names start with their material. */
function kitchenShop(): Product[] {
  return [
    testProduct({ sku: 'LB-1', name: '不锈钢保温饭盒', category: '饭盒', specs: { 容量: '1L' }, unit: '个' }),
    testProduct({
      sku: 'CUP-1',
      name: '不锈钢保温杯',
      category: '水杯',
      specs: { 容量: '500ml' },
      unit: '个',
    }),
  ];
}

/** A made-up outdoor counter: backpacks named by their use, walking poles. */
function outdoorShop(): Product[] {
  const pack = (sku: string, size: string) =>
    testProduct({ sku, name: '户外登山双肩背包', category: '背包', specs: { 容量: size }, unit: '个' });
  return [
    pack('BP-40', '40L'),
    pack('BP-60', '60L'),
    testProduct({
      sku: 'ST-1',
      name: '碳纤维登山杖',
      category: '登山杖',
      specs: { 节数: '3节' },
      unit: '根',
    }),
  ];
}

/** A made-up violin counter: violins, and a case whose name holds the violin's word. */
function violinShop(): Product[] {
  const violin = (sku: string, size: string) =>
    testProduct({ sku, name: '手工实木小提琴', category: '小提琴', specs: { 尺寸: size }, unit: '把' });
  return [
    violin('VL-44', '4/4'),
    violin('VL-34', '3/4'),
    testProduct({
      sku: 'CASE-44',
      name: '加厚小提琴琴盒',
      category: '琴盒',
      specs: { 适用: '4/4' },
      unit: '个',
    }),
  ];
}

/**
 * A product word said short the trade's way after the modifier its name starts with (保温盒 for 不锈钢保温饭盒, 登山包
 * for 户外登山双肩背包, 小提琴盒 for 加厚小提琴琴盒), and 配 said as the verb of an item (小提琴盒也配5个), are read as the product: the shop sells it,
 * and "没有" would be a false claim the customer then confirms past.
 */
describe('A product word said short, or with 也配, is the product', () => {
  it('reads 保温盒 as 不锈钢保温饭盒 (kitchenware)', () => {
    const [turn] = talkTo(createDialogEngine({ products: kitchenShop() }), ['保温盒10个']);
    expect(lineQtys(turn)).toEqual([['LB-1', 10]]);
  });

  it('asks which backpack for 登山包也配10个, never says 没有 (outdoor)', () => {
    const [turn] = talkTo(createDialogEngine({ products: outdoorShop() }), ['登山杖10根 登山包也配10个']);
    expect(lineQtys(turn)).toEqual([['ST-1', 10]]);
    expect(turn!.replies.join('')).toContain('40L');
    expect(turn!.replies.join('')).not.toContain('没有');
  });

  it('places 小提琴盒也配5个 as the case, never on the violin line (violins)', () => {
    const [turn] = talkTo(createDialogEngine({ products: violinShop() }), ['4/4的小提琴5把 小提琴盒也配5个']);
    expect(lineQtys(turn)).toEqual([
      ['VL-44', 5],
      ['CASE-44', 5],
    ]);
  });
});
