import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import type { PastOrder } from './dialog-types.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tea counter: two teas by the jin. */
function teaShop(): Product[] {
  return [
    testProduct({ sku: 'TEA-LJ', name: '龙井 明前', aliases: ['龙井'], unit: '斤' }),
    testProduct({ sku: 'TEA-PE', name: '普洱 熟茶饼', aliases: ['普洱'], unit: '饼' }),
  ];
}

/** A made-up fastener counter: screws by size, by the box. */
function screwShop(): Product[] {
  return [
    testProduct({ sku: 'S-M6', name: '内六角螺丝 M6', aliases: ['螺丝'], specs: { 规格: 'M6' }, unit: '盒' }),
    testProduct({ sku: 'S-M8', name: '内六角螺丝 M8', aliases: ['螺丝'], specs: { 规格: 'M8' }, unit: '盒' }),
    testProduct({ sku: 'NUT', name: '六角螺母 M8', aliases: ['螺母'], unit: '盒' }),
  ];
}

/** A made-up fruit stall for canteens: fruit by the case. */
function fruitShop(): Product[] {
  return [
    testProduct({ sku: 'APL', name: '红富士苹果', aliases: ['苹果'], unit: '箱' }),
    testProduct({ sku: 'BAN', name: '香蕉', aliases: ['香蕉'], unit: '箱' }),
    testProduct({ sku: 'ORG', name: '脐橙', aliases: ['橙子'], unit: '箱' }),
  ];
}

describe('A reorder said with a past day', () => {
  it('places the latest order again for 跟昨天一样, then applies the changes of the same message', () => {
    const history: PastOrder[] = [
      { lines: [{ sku: 'TEA-PE', qty: 1 }] },
      {
        lines: [
          { sku: 'TEA-LJ', qty: 2 },
          { sku: 'TEA-PE', qty: 3 },
        ],
      },
    ];
    const engine = createDialogEngine({ products: teaShop() });
    const [turn] = talkTo(engine, ['跟昨天一样 龙井改成5斤'], { history });
    expect(lineQtys(turn)).toEqual([
      ['TEA-LJ', 5],
      ['TEA-PE', 3],
    ]);
  });

  it('reads 和前天的一样 as the latest order', () => {
    const history: PastOrder[] = [
      {
        lines: [
          { sku: 'S-M6', qty: 4 },
          { sku: 'NUT', qty: 2 },
        ],
      },
    ];
    const engine = createDialogEngine({ products: screwShop() });
    const [turn, confirmed] = talkTo(engine, ['和前天的一样', '确认'], { history });
    expect(lineQtys(turn)).toEqual([
      ['S-M6', 4],
      ['NUT', 2],
    ]);
    expect(confirmed!.order?.status).toBe('confirmed');
  });

  it('reads 还是上礼拜那些 with an added item', () => {
    const history: PastOrder[] = [{ lines: [{ sku: 'APL', qty: 3 }] }];
    const engine = createDialogEngine({ products: fruitShop() });
    const [turn] = talkTo(engine, ['还是上礼拜那些 再加2箱香蕉'], { history });
    expect(lineQtys(turn)).toEqual([
      ['APL', 3],
      ['BAN', 2],
    ]);
  });

  it('does not take a product said with a past day (昨天的橙子) for the whole order', () => {
    const history: PastOrder[] = [{ lines: [{ sku: 'APL', qty: 3 }] }];
    const engine = createDialogEngine({ products: fruitShop() });
    const [turn] = talkTo(engine, ['昨天的橙子再来4箱'], { history });
    expect(lineQtys(turn).map(([sku]) => sku)).not.toContain('APL');
  });
});
