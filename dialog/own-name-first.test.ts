import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up seafood counter: 扇贝 is a product's own name and the category of the scallop meat beside it. */
function seafoodShop(): Product[] {
  return [
    testProduct({ sku: 'SCAL', name: '扇贝', category: '扇贝', aliases: ['带壳扇贝'], unit: '斤' }),
    testProduct({ sku: 'SCAL-M', name: '扇贝柱', category: '扇贝', aliases: ['贝柱', '瑶柱'], unit: '斤' }),
    testProduct({ sku: 'CLAM', name: '花蛤', category: '贝类', aliases: ['花甲'], unit: '斤' }),
  ];
}

/** A made-up yarn counter: 毛线 is the alias of the wool yarn and only the category of the mohair. */
function yarnShop(): Product[] {
  return ['50g', '100g'].flatMap((weight) => [
    testProduct({
      sku: `WOOL-${weight}`,
      name: '羊毛线',
      category: '毛线',
      aliases: ['毛线', '羊毛'],
      specs: { 克重: weight },
      unit: '团',
    }),
    testProduct({
      sku: `MOH-${weight}`,
      name: '马海毛线',
      category: '毛线',
      aliases: ['马海毛'],
      specs: { 克重: weight },
      unit: '团',
    }),
  ]);
}

/** A made-up flower wholesaler: 玫瑰 the plain rose's name, the category of the champagne rose; 百合 only a category. */
function flowerShop(): Product[] {
  return [
    testProduct({ sku: 'ROSE', name: '玫瑰', category: '玫瑰', aliases: ['红玫瑰'], unit: '扎' }),
    testProduct({ sku: 'ROSE-CH', name: '香槟玫瑰', category: '玫瑰', aliases: ['香槟'], unit: '扎' }),
    testProduct({ sku: 'LILY-W', name: '白百合', category: '百合', aliases: ['香水百合'], unit: '扎' }),
    testProduct({ sku: 'LILY-P', name: '粉百合', category: '百合', aliases: ['粉色百合'], unit: '扎' }),
  ];
}

describe('A product’s own name beats a category that holds it', () => {
  it('places 扇贝 as the scallop, not the scallop meat, and removes only it', () => {
    const engine = createDialogEngine({ products: seafoodShop() });
    const turns = talkTo(engine, ['扇贝柱5斤 扇贝10斤 花蛤8斤', '扇贝不要了']);
    expect(lineQtys(turns[0])).toEqual([
      ['SCAL-M', 5],
      ['SCAL', 10],
      ['CLAM', 8],
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['SCAL-M', 5],
      ['CLAM', 8],
    ]);
  });

  it('reads 毛线 100g as the wool yarn whose alias it is, not the mohair of that category', () => {
    const turns = talkTo(createDialogEngine({ products: yarnShop() }), ['毛线100g 30团']);
    expect(lineQtys(turns[0])).toEqual([['WOOL-100g', 30]]);
  });

  it('still takes the mohair when the words say it', () => {
    const turns = talkTo(createDialogEngine({ products: yarnShop() }), ['马海毛100g 30团']);
    expect(lineQtys(turns[0])).toEqual([['MOH-100g', 30]]);
  });

  it('places 玫瑰 as the rose and keeps asking about 百合, which names no product of its own', () => {
    const turns = talkTo(createDialogEngine({ products: flowerShop() }), ['玫瑰20扎 百合10扎']);
    expect(lineQtys(turns[0])).toEqual([['ROSE', 20]]);
    expect(turns[0]!.replies.join('\n')).toMatch(/白百合[\s\S]*粉百合/);
  });
});
