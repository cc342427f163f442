import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up knitting-yarn counter: one acrylic yarn in three colours and two weights. */
function yarnShop(): Product[] {
  const list: Product[] = [];
  for (const [colour, code] of [
    ['藏青', 'NV'],
    ['米白', 'CR'],
    ['酒红', 'WR'],
  ] as const)
    for (const weight of ['50g', '100g'])
      list.push(
        testProduct({
          sku: `ACR-${code}-${weight}`,
          name: '腈纶毛线',
          category: '毛线',
          aliases: ['毛线', '腈纶线'],
          specs: { 颜色: colour, 克重: weight },
          unit: '团',
        }),
      );
  return list;
}

/** A made-up seafood counter: frozen squid in two sizes, sold by the case. */
function seafoodShop(): Product[] {
  return ['大号', '中号'].map((size, at) =>
    testProduct({
      sku: `SQD-${at}`,
      name: '冻鱿鱼',
      category: '冻鱿鱼',
      aliases: ['鱿鱼'],
      specs: { 规格: size },
      unit: '箱',
    }),
  );
}

/** A made-up flower wholesaler: one carnation in three colours, by the bunch. */
function flowerShop(): Product[] {
  return ['粉', '黄', '白'].map((colour, at) =>
    testProduct({
      sku: `CARN-${at}`,
      name: '康乃馨',
      category: '康乃馨',
      aliases: ['康乃馨'],
      specs: { 颜色: colour },
      unit: '扎',
    }),
  );
}

describe('A correction naming a line by a value only it holds', () => {
  it('sets the quantity of the navy yarn and never adds the cream yarn to it', () => {
    const turns = talkTo(createDialogEngine({ products: yarnShop() }), [
      '毛线 藏青50g 20团 米白50g 12团',
      '不对 藏青的是15团',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['ACR-NV-50g', 15],
      ['ACR-CR-50g', 12],
    ]);
    expect(turns[1]!.replies.join('\n')).toContain('15团');
  });

  it('changes the weight of the line its colour names, keeping the other line', () => {
    const turns = talkTo(createDialogEngine({ products: yarnShop() }), [
      '毛线 藏青50g 20团 米白50g 12团',
      '不对 藏青的要100g的',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['ACR-NV-100g', 20],
      ['ACR-CR-50g', 12],
    ]);
  });

  it('sets the large squid to 4 cases when the medium was said last', () => {
    const turns = talkTo(createDialogEngine({ products: seafoodShop() }), [
      '鱿鱼 大号 6箱 中号 3箱',
      '不对 大号的是4箱',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['SQD-0', 4],
      ['SQD-1', 3],
    ]);
  });

  it('sets the pink carnations and leaves the white ones apart', () => {
    const turns = talkTo(createDialogEngine({ products: flowerShop() }), [
      '康乃馨 粉的10扎 白的5扎',
      '不对 粉的是8扎',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['CARN-0', 8],
      ['CARN-2', 5],
    ]);
  });

  it('still corrects the line said last when its value is on no line', () => {
    const turns = talkTo(createDialogEngine({ products: flowerShop() }), [
      '康乃馨 粉的10扎 白的5扎',
      '不对 是黄的',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['CARN-0', 10],
      ['CARN-1', 5],
    ]);
  });
});
