import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up daily-goods counter: toothbrushes and swimming goggles for 成人 and 儿童. */
function dailyGoodsShop(): Product[] {
  const item = (sku: string, kind: string, who: string, unit: string) =>
    testProduct({ sku, name: `${kind} ${who}`, category: kind, aliases: [kind], specs: { 适用: who }, unit });
  return [
    item('TB-A', '软毛牙刷', '成人', '盒'),
    item('TB-C', '软毛牙刷', '儿童', '盒'),
    item('GG-A', '泳镜', '成人', '副'),
    item('GG-C', '泳镜', '儿童', '副'),
  ];
}

describe('Who a product is for, said the everyday way', () => {
  it('reads 大人 as 成人 and 小孩 as 儿童', () => {
    const engine = createDialogEngine({ products: dailyGoodsShop() });
    const [, adult] = talkTo(engine, ['软毛牙刷 10盒', '大人的']);
    expect(lineQtys(adult)).toEqual([['TB-A', 10]]);
    const [child] = talkTo(engine, ['小孩的泳镜 6副']);
    expect(lineQtys(child)).toEqual([['GG-C', 6]]);
  });
});
