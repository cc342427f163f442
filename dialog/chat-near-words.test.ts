import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Small talk with a word that only sounds like a product (帮手 / 扳手, 鱼干 / 鱼竿, 花棚 / 花盆): a clause with no
 * amount and no word of ordering, in a message of talk, that names a product only through a reading of another word,
 * is talk — no line is opened and no product is offered. The same product said with an amount is still ordered.
 */
function hardwareShop(): Product[] {
  return [
    testProduct({ sku: 'WR', name: '活动扳手', aliases: ['扳手'], specs: { 尺寸: '10寸' }, unit: '把' }),
    testProduct({ sku: 'TP', name: '电工胶布', aliases: ['胶布'], unit: '卷' }),
  ];
}

function fishingShop(): Product[] {
  return [
    testProduct({ sku: 'ROD', name: '碳素鱼竿', aliases: ['鱼竿'], specs: { 长度: '3.6米' }, unit: '根' }),
    testProduct({ sku: 'HOOK', name: '伊势尼鱼钩', aliases: ['鱼钩'], unit: '包' }),
  ];
}

function gardenShop(): Product[] {
  return [
    testProduct({ sku: 'POT', name: '陶瓷花盆', aliases: ['花盆'], specs: { 口径: '20cm' }, unit: '个' }),
    testProduct({ sku: 'SOIL', name: '营养土', aliases: [], unit: '袋' }),
  ];
}

const talk = [
  { trade: 'hardware', shop: hardwareShop, said: '今天搬家累死了 帮手都找不到', product: '扳手' },
  { trade: 'fishing tackle', shop: fishingShop, said: '老板 今天收获不错啊 鱼干都晒好了', product: '鱼竿' },
  { trade: 'garden supplies', shop: gardenShop, said: '昨天刮大风 花棚都塌了', product: '花盆' },
];

describe('Small talk with a word that sounds like a product', () => {
  it.each(talk)('opens no line for "$said" ($trade)', ({ shop, said, product }) => {
    const engine = createDialogEngine({ products: shop() });
    const [turn] = talkTo(engine, [said]);
    expect(lineQtys(turn)).toEqual([]);
    expect(turn!.replies.join('')).not.toContain(product);
  });

  it('still orders the product said with an amount beside the talk (fishing tackle)', () => {
    const engine = createDialogEngine({ products: fishingShop() });
    const [turn] = talkTo(engine, ['今天收获不错啊 鱼竿来2根']);
    expect(lineQtys(turn)).toEqual([['ROD', 2]]);
  });
});
