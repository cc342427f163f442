import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters that sell one product in two case sizes, each spelling the pack its own way: a work-glove stall
 * by the 箱 of 120 or 240 pairs (a conversion and a `120双/箱` value), a cosmetics-packaging maker's pump bottles by the 箱 of 100 or 200
 * (a `100个/箱` value), a pesticide dealer's bottles by the 箱 of 20 or 40 (`100ml*40瓶`), and a lamp-parts shop's
 * bulbs by the 件 whose 装量 says `50个` or `100个` with no conversion at all.
 */
function packShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const pairs of [120, 240])
    add({
      sku: `GLOVE-${pairs}`,
      name: '浸胶劳保手套',
      aliases: ['劳保手套', '浸胶手套'],
      specs: { 规格: '均码', 装箱: `${pairs}双/箱` },
      unit: '箱',
      conversions: { 双: 1 / pairs },
    });
  for (const count of [100, 200])
    add({
      sku: `PUMP-${count}`,
      name: '乳液泵头瓶',
      aliases: ['泵头瓶', '乳液瓶'],
      specs: { 容量: '100ml', 包装: `${count}个/箱` },
      unit: '箱',
    });
  for (const bottles of [20, 40])
    add({
      sku: `PEST-${bottles}`,
      name: '吡虫啉',
      aliases: ['吡虫啉杀虫剂'],
      specs: { 规格: `100ml*${bottles}瓶` },
      unit: '箱',
    });
  for (const count of [50, 100])
    add({
      sku: `BULB-${count}`,
      name: 'LED球泡灯',
      aliases: ['球泡灯', '球泡'],
      specs: { 功率: '9W', 装量: `${count}个` },
      unit: '件',
    });
  return list;
}

const engine = createDialogEngine({ products: packShop(), maxQtyPerLine: 10000 });
const first = (text: string) => lineQtys(talkTo(engine, [text])[0]);

describe('a count right before an amount in the unit that holds it', () => {
  it.each([
    ['劳保手套240双 10箱', 'GLOVE-240', 10],
    ['泵头瓶100个 5箱', 'PUMP-100', 5],
    ['吡虫啉40瓶 3箱', 'PEST-40', 3],
    ['球泡灯100个 3件', 'BULB-100', 3],
  ])('is the pack that unit holds, and the amount is the quantity (%s)', (message, sku, quantity) => {
    expect(first(message)).toEqual([[sku, quantity]]);
  });

  it('reads each product of a list its own pack', () => {
    expect(first('劳保手套120双 20箱 吡虫啉20瓶 6箱')).toEqual([
      ['GLOVE-120', 20],
      ['PEST-20', 6],
    ]);
  });

  it('leaves a count no case of the shop holds as a count (手套 100双 is no pack)', () => {
    const [turn] = talkTo(engine, ['劳保手套100双 2箱']);
    expect(lineQtys(turn)).not.toContainEqual(['GLOVE-120', 2]);
    expect(lineQtys(turn)).not.toContainEqual(['GLOVE-240', 2]);
  });
});

describe('a count before 一 / 每 and the unit that holds it', () => {
  it.each([
    ['劳保手套240双一箱那种 10箱', 'GLOVE-240', 10],
    ['吡虫啉 40瓶每箱 3箱', 'PEST-40', 3],
  ])('names the pack with the amount after it (%s)', (message, sku, quantity) => {
    expect(first(message)).toEqual([[sku, quantity]]);
  });

  it('answers which pack, and the amount said in the inner unit becomes cases', () => {
    const turns = talkTo(engine, ['劳保手套要480双', '240双一箱那种', '确认']);
    expect(lineQtys(turns[1])).toEqual([['GLOVE-240', 2]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('reads a count with 的 as the pack, also as an answer', () => {
    expect(first('劳保手套240双的 10箱')).toEqual([['GLOVE-240', 10]]);
    const turns = talkTo(engine, ['吡虫啉 3箱', '40瓶的', '确认']);
    expect(lineQtys(turns[1])).toEqual([['PEST-40', 3]]);
  });

  it('answers which pack for a value with no conversion (球泡灯 装量 100个)', () => {
    const turns = talkTo(engine, ['球泡灯 3件', '100个一件的', '确认']);
    expect(lineQtys(turns[1])).toEqual([['BULB-100', 3]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
