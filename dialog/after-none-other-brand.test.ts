import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tea shop: 大益 sells only pu'er; 品品香 white and black tea, each by grade, by the 饼. */
function teaShop(): Product[] {
  return [
    ...['7542', '7572'].map((recipe) =>
      testProduct({
        sku: `DY-${recipe}`,
        name: '大益普洱茶',
        brand: '大益',
        aliases: ['普洱茶', '普洱'],
        specs: { 配方: recipe },
        unit: '饼',
      }),
    ),
    ...['白茶', '红茶'].flatMap((kind) =>
      ['特级', '一级'].map((grade) =>
        testProduct({
          sku: `PPX-${kind}-${grade}`,
          name: `品品香${kind}`,
          brand: '品品香',
          aliases: [kind],
          specs: { 等级: grade },
          unit: '饼',
        }),
      ),
    ),
  ];
}

/** A made-up power-tool shop: 博世 sells drills only; 东成 angle grinders and hammer drills, corded or cordless. */
function toolShop(): Product[] {
  return [
    testProduct({ sku: 'BS-DRILL', name: '博世手电钻', brand: '博世', aliases: ['手电钻'], unit: '台' }),
    ...[
      ['GRIND', '东成角磨机', '角磨机'],
      ['HAMMER', '东成冲击钻', '冲击钻'],
    ].flatMap(([code, name, alias]) =>
      ['锂电', '插电'].map((power) =>
        testProduct({
          sku: `DC-${code}-${power}`,
          name: name!,
          brand: '东成',
          aliases: [alias!],
          specs: { 供电: power },
          unit: '台',
        }),
      ),
    ),
  ];
}

describe('after "没有X", another brand with a value goes on from X', () => {
  it('reads 那品品香的特级 as the white tea asked for, of the brand the shop has it from', () => {
    const engine = createDialogEngine({ products: teaShop() });
    const turns = talkTo(engine, ['有没有大益的白茶', '那品品香的特级来2饼']);
    expect(turns[0]!.replies.join('')).toContain('没有');
    expect(lineQtys(turns[1])).toEqual([['PPX-白茶-特级', 2]]);
  });

  it('reads 那东成的锂电 as the angle grinder, never asking which of all 东成 products', () => {
    const engine = createDialogEngine({ products: toolShop() });
    const turns = talkTo(engine, ['有博世的角磨机吗', '那东成的锂电来3台']);
    expect(lineQtys(turns[1])).toEqual([['DC-GRIND-锂电', 3]]);
  });

  it('never moves the brand asked for onto another one when only a value is said after', () => {
    const engine = createDialogEngine({ products: toolShop() });
    const turns = talkTo(engine, ['有博世的角磨机吗', '那锂电的呢 来3台']);
    expect(lineQtys(turns[1])).toEqual([]);
  });

  it('reads past the customer saying back what is not sold (没有白茶那 …)', () => {
    const engine = createDialogEngine({ products: teaShop() });
    const turns = talkTo(engine, ['有没有大益的白茶', '没有白茶那 品品香红茶特级来2饼', '确认']);
    expect(lineQtys(turns[2])).toEqual([['PPX-红茶-特级', 2]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('reads past 没有X的话 the same way', () => {
    const engine = createDialogEngine({ products: toolShop() });
    const turns = talkTo(engine, ['有博世的角磨机吗', '没有角磨机的话 东成冲击钻锂电来1台', '确认']);
    expect(lineQtys(turns[2])).toEqual([['DC-HAMMER-锂电', 1]]);
  });
});
