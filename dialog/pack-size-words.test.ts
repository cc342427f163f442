import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters selling one product in two pack sizes: a beekeeper's honey by the jar (净含量 in g), a car-care
 * shop's wash by the drum (容量 in L), an aromatherapy stall's oils by the bottle (ml).
 */
function packShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const g of ['500g', '1000g'])
    add({ sku: `HONEY-${g}`, name: '槐花蜂蜜', aliases: ['槐花蜜'], specs: { 净含量: g }, unit: '瓶' });
  for (const l of ['2L', '20L'])
    add({ sku: `WASH-${l}`, name: '泡沫洗车液', aliases: ['洗车液'], specs: { 容量: l }, unit: '桶' });
  for (const ml of ['10ml', '100ml'])
    add({ sku: `OIL-${ml}`, name: '薰衣草精油', aliases: ['精油'], specs: { 容量: ml }, unit: '瓶' });
  return list;
}

const engine = createDialogEngine({ products: packShop(), maxQtyPerLine: 10000 });
const first = (text: string) => lineQtys(talkTo(engine, [text])[0]);

describe('A size word with a pack noun right after the product word', () => {
  it('reads 大瓶 / 小瓶 glued to the product word as that end of its sizes', () => {
    expect(first('槐花蜜大瓶3瓶')).toEqual([['HONEY-1000g', 3]]);
    expect(first('槐花蜜小瓶3瓶')).toEqual([['HONEY-500g', 3]]);
    expect(first('薰衣草精油大瓶5瓶')).toEqual([['OIL-100ml', 5]]);
    expect(first('洗车液小桶 8桶')).toEqual([['WASH-2L', 8]]);
  });

  it('reads 大桶4桶 小桶6桶 after the product as both ends, each with its own quantity', () => {
    expect(first('洗车液 大桶4桶 小桶6桶')).toEqual([
      ['WASH-20L', 4],
      ['WASH-2L', 6],
    ]);
    expect(first('槐花蜜 大瓶2瓶 小瓶10瓶')).toEqual([
      ['HONEY-1000g', 2],
      ['HONEY-500g', 10],
    ]);
    expect(first('精油 小瓶20瓶 大瓶2瓶')).toEqual([
      ['OIL-10ml', 20],
      ['OIL-100ml', 2],
    ]);
  });
});
