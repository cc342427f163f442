import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of three trades: school chalk, glass marbles, party balloons; each sells a mixed colour. */
function shops(): Product[] {
  const item = (sku: string, name: string, colour: string, unit: string) =>
    testProduct({ sku, name, aliases: [name.slice(-2)], specs: { 颜色: colour }, unit });
  return [
    item('FB-W', '无尘粉笔', '白色', '盒'),
    item('FB-MIX', '无尘粉笔', '混色', '盒'),
    item('DZ-T', '玻璃弹珠', '透明', '袋'),
    item('DZ-Z', '玻璃弹珠', '杂色', '袋'),
    item('QQ-R', '乳胶气球', '红色', '包'),
    item('QQ-M', '乳胶气球', '多色', '包'),
  ];
}

describe('A mixed colour said in another word than the catalog writes (彩色 / 花色 / 混色 / 杂色 / 多色)', () => {
  it('is the mixed colour the shop sells, never "没有" and an order confirmed without it (chalk)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['粉笔白色2盒 彩色的3盒', '确认']);
    expect(turns[0]!.replies.join('')).not.toContain('没有');
    expect(lineQtys(turns[1])).toEqual([
      ['FB-W', 2],
      ['FB-MIX', 3],
    ]);
  });

  it('reads 花色 as the marbles sold in 杂色 (marbles)', () => {
    const engine = createDialogEngine({ products: shops() });
    const [turn] = talkTo(engine, ['弹珠 花色的 5袋']);
    expect(lineQtys(turn)).toEqual([['DZ-Z', 5]]);
  });

  it('reads 彩色 as the balloons sold in 多色 (balloons)', () => {
    const engine = createDialogEngine({ products: shops() });
    const [turn] = talkTo(engine, ['气球要彩色的 10包']);
    expect(lineQtys(turn)).toEqual([['QQ-M', 10]]);
  });
});
