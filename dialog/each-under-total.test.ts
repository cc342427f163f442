import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up snack counter: a soup in three flavours sold by the bowl or the case, and a noodle of its own. */
function soupShop(): Product[] {
  const soup = (sku: string, flavour: string) =>
    testProduct({
      sku,
      name: `速食汤 ${flavour}`,
      category: '速食汤',
      aliases: ['速食汤', '汤'],
      specs: { 口味: flavour },
      unit: '碗',
      conversions: { 箱: 12 },
    });
  return [
    soup('TANG-FQ', '番茄'),
    soup('TANG-ZC', '紫菜'),
    soup('TANG-SG', '酸辣'),
    testProduct({ sku: 'MIAN', name: '挂面', aliases: ['面条'], unit: '包', conversions: { 箱: 20 } }),
  ];
}

const engine = createDialogEngine({ products: soupShop() });

describe('a total said before 各', () => {
  it.each([
    ['速食汤两箱 番茄的 紫菜的各一箱', 12],
    ['速食汤4箱 番茄 紫菜各2箱', 24],
    ['汤 一共两箱 番茄的 紫菜的各一箱', 12],
  ])('is the sum of the lines 各 spreads over, not one more line (%s)', (message, each) => {
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['TANG-FQ', each],
      ['TANG-ZC', each],
    ]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('is not folded when the lines do not add up to it: no line is added for it unasked', () => {
    const turns = talkTo(engine, ['速食汤三箱 番茄的 紫菜的各一箱']);
    expect(lineQtys(turns[0])).toEqual([
      ['TANG-FQ', 12],
      ['TANG-ZC', 12],
    ]);
    expect(turns[0]!.replies.join('\n')).toContain('？');
  });

  it('stays a line of its own when the values name another product', () => {
    const turns = talkTo(engine, ['面条两箱 番茄的 紫菜的各一箱', '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['MIAN', 40],
      ['TANG-FQ', 12],
      ['TANG-ZC', 12],
    ]);
  });
});
