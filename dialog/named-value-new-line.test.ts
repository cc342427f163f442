import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up tea, pet-food and dye counters whose kinds are told apart by a value that is also the product's name
 * (品种 龙井 of 明前龙井茶): such a value said after a line's quantity is the next line, never a value of that line.
 */
function shops(): Product[] {
  return [
    testProduct({ sku: 'LJ-250', name: '明前龙井茶', specs: { 品种: '龙井', 规格: '250克' }, unit: '盒' }),
    testProduct({ sku: 'LJ-500', name: '明前龙井茶', specs: { 品种: '龙井', 规格: '500克' }, unit: '盒' }),
    testProduct({ sku: 'BLC-100', name: '洞庭碧螺春', specs: { 品种: '碧螺春', 规格: '100克' }, unit: '盒' }),
    testProduct({ sku: 'SWY-2', name: '三文鱼成猫粮', specs: { 口味: '三文鱼', 净含量: '2kg' }, unit: '包' }),
    testProduct({
      sku: 'SWY-10',
      name: '三文鱼成猫粮',
      specs: { 口味: '三文鱼', 净含量: '10kg' },
      unit: '包',
    }),
    testProduct({ sku: 'JR-15', name: '鸡肉幼猫粮', specs: { 口味: '鸡肉', 净含量: '1.5kg' }, unit: '包' }),
    testProduct({ sku: 'HF-1', name: '活性红染料', specs: { 颜色: '活性红', 规格: '1kg' }, unit: '袋' }),
    testProduct({ sku: 'HF-25', name: '活性红染料', specs: { 颜色: '活性红', 规格: '25kg' }, unit: '袋' }),
    testProduct({ sku: 'SL-5', name: '分散蓝染料', specs: { 颜色: '分散蓝', 规格: '5kg' }, unit: '袋' }),
  ];
}

const engine = createDialogEngine({ products: shops(), maxQtyPerLine: 100000 });

describe('a value naming another product, said after a line with its own quantity', () => {
  it('is a line of its own (tea)', () => {
    expect(lineQtys(talkTo(engine, ['龙井250克的 3盒 碧螺春2盒'])[0])).toEqual([
      ['LJ-250', 3],
      ['BLC-100', 2],
    ]);
  });

  it('is a line of its own (pet food)', () => {
    expect(lineQtys(talkTo(engine, ['三文鱼2kg的 5包 鸡肉3包'])[0])).toEqual([
      ['SWY-2', 5],
      ['JR-15', 3],
    ]);
  });

  it('is a line of its own (dyes), and no confirmation leaves it out', () => {
    const [first, second] = talkTo(engine, ['活性红25公斤的 4袋 分散蓝6袋', '确认']);
    expect(lineQtys(first)).toEqual([
      ['HF-25', 4],
      ['SL-5', 6],
    ]);
    expect(lineQtys(second)).toEqual([
      ['HF-25', 4],
      ['SL-5', 6],
    ]);
  });
});
