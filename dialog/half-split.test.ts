import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';
import { splitHalves } from './half-split.js';

/** A made-up 茶叶 and 香料 counter: peppercorns by 产地, tea by 等级, sold by the 斤 and the 箱. */
function spiceShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const origin of ['汉源', '茂县'])
    add({
      sku: `PEPPER-${origin}`,
      name: '大红袍花椒',
      aliases: ['花椒'],
      specs: { 产地: origin },
      unit: '斤',
    });
  for (const grade of ['特级', '一级'])
    add({
      sku: `TEA-${grade}`,
      name: '茉莉花茶',
      aliases: ['花茶'],
      specs: { 等级: grade },
      unit: '斤',
      conversions: { 箱: 20 },
    });
  return list;
}

const engine = createDialogEngine({ products: spiceShop(), maxQtyPerLine: 10000 });
const first = (text: string) => lineQtys(talkTo(engine, [text])[0]);

describe('One amount split in halves', () => {
  it('writes 一半X 一半Y as two items of half the amount', () => {
    expect(splitHalves('花椒 20斤 一半汉源 一半茂县')).toBe('花椒 汉源 10斤\n花椒 茂县 10斤');
    expect(splitHalves('花椒20斤 汉源的一半 茂县的一半')).toBe('花椒 汉源 10斤\n花椒 茂县 10斤');
    expect(splitHalves('花茶 4箱 一半特级 另一半一级')).toBe('花茶 特级 2箱\n花茶 一级 2箱');
  });

  it('leaves the text as it is when half is no whole number or nothing is split', () => {
    expect(splitHalves('花茶 3箱 一半特级 一半一级')).toBe('花茶 3箱 一半特级 一半一级');
    expect(splitHalves('花椒 20斤 汉源的')).toBe('花椒 20斤 汉源的');
  });

  it('orders both halves', () => {
    expect(first('花椒 20斤 一半汉源 一半茂县')).toEqual([
      ['PEPPER-汉源', 10],
      ['PEPPER-茂县', 10],
    ]);
    expect(first('花茶 十斤 特级一半 一级一半')).toEqual([
      ['TEA-特级', 5],
      ['TEA-一级', 5],
    ]);
  });
});
