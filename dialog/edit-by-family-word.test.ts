import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import type { PastOrder } from './dialog-types.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up seafood counter: two kinds of frozen shrimp (冻虾 their family) and two of squid. */
function seafoodShop(): Product[] {
  return [
    testProduct({ sku: 'SHR-W', name: '南美白虾', category: '冻虾', aliases: ['白虾'], unit: '箱' }),
    testProduct({ sku: 'SHR-B', name: '黑虎虾', category: '冻虾', aliases: ['虎虾'], unit: '箱' }),
    testProduct({ sku: 'SQD-R', name: '鱿鱼圈', category: '鱿鱼', aliases: ['鱿鱼'], unit: '箱' }),
    testProduct({ sku: 'SQD-H', name: '鱿鱼须', category: '鱿鱼', aliases: ['鱿鱼'], unit: '箱' }),
  ];
}

/** A made-up flower wholesaler: two roses and two kinds of greenery (叶 the end of each). */
function flowerShop(): Product[] {
  return [
    testProduct({ sku: 'ROSE-R', name: '卡罗拉玫瑰', category: '玫瑰', aliases: ['玫瑰'], unit: '扎' }),
    testProduct({ sku: 'ROSE-W', name: '白雪山玫瑰', category: '玫瑰', aliases: ['玫瑰'], unit: '扎' }),
    testProduct({ sku: 'EUC', name: '尤加利叶', category: '配叶', aliases: ['尤加利'], unit: '扎' }),
    testProduct({ sku: 'FERN', name: '蕨叶', category: '配叶', aliases: ['蕨'], unit: '扎' }),
  ];
}

/** A made-up yarn counter: two yarns and two kinds of knitting needles (针). */
function yarnShop(): Product[] {
  return [
    testProduct({ sku: 'WOOL', name: '羊毛线', category: '毛线', aliases: ['毛线'], unit: '团' }),
    testProduct({ sku: 'COT', name: '牛奶棉线', category: '毛线', aliases: ['毛线'], unit: '团' }),
    testProduct({ sku: 'ND-B', name: '竹棒针', category: '织针', aliases: ['棒针', '针'], unit: '副' }),
    testProduct({ sku: 'ND-C', name: '钩针', category: '织针', aliases: ['针'], unit: '副' }),
  ];
}

const last = (lines: [string, number][]): PastOrder[] => [
  { lines: lines.map(([sku, qty]) => ({ sku, qty })) },
];

describe('An edit by a family word resolves against the draft’s lines first', () => {
  it('adds 2 cases to the one squid line of a reorder, never asking which squid', () => {
    const history = last([
      ['SHR-W', 5],
      ['SQD-R', 3],
    ]);
    const turns = talkTo(
      createDialogEngine({ products: seafoodShop() }),
      ['照上次的 虾多加2箱 鱿鱼也多2箱'],
      {
        history,
      },
    );
    expect(lineQtys(turns[0])).toEqual([
      ['SHR-W', 7],
      ['SQD-R', 5],
    ]);
  });

  it('adds to the one rose line of the draft when 玫瑰多3扎 is said', () => {
    const turns = talkTo(createDialogEngine({ products: flowerShop() }), [
      '卡罗拉 10扎 尤加利 4扎',
      '玫瑰多3扎',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['ROSE-R', 13],
      ['EUC', 4],
    ]);
  });

  it('adds to the one needle line of a reorder', () => {
    const history = last([
      ['WOOL', 20],
      ['ND-B', 2],
    ]);
    const turns = talkTo(createDialogEngine({ products: yarnShop() }), ['跟上次一样 针也多2副'], { history });
    expect(lineQtys(turns[0])).toEqual([
      ['WOOL', 20],
      ['ND-B', 4],
    ]);
  });
});
