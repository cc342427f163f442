import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tea counter: one tea in two aromas, another in one grade, a third in two aromas later; all in one category. */
function teaShop(): Product[] {
  const tea = { category: '茶叶', unit: '斤' };
  return [
    testProduct({ sku: 'TG-QX', name: '安溪铁观音', aliases: ['铁观音'], specs: { 香型: '清香型' }, ...tea }),
    testProduct({ sku: 'TG-NX', name: '安溪铁观音', aliases: ['铁观音'], specs: { 香型: '浓香型' }, ...tea }),
    testProduct({ sku: 'DHP', name: '武夷大红袍', aliases: ['大红袍'], specs: { 等级: '一级' }, ...tea }),
    testProduct({ sku: 'SJC', name: '四季春', aliases: ['四季春乌龙'], specs: { 香型: '清香型' }, ...tea }),
  ];
}

const engine = createDialogEngine({ products: teaShop() });

describe('a correction that names no product', () => {
  it('changes the line whose spec it names, not the line talked about last when that would become another product', () => {
    const turns = talkTo(engine, ['铁观音 清香 2斤 大红袍 3斤', '不对 是浓香的', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['TG-NX', 2],
      ['DHP', 3],
    ]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('asks which line when the spec could change several of them', () => {
    const shop = [
      ...teaShop(),
      testProduct({ sku: 'SJC-NX', name: '四季春', specs: { 香型: '浓香型' }, category: '茶叶', unit: '斤' }),
    ];
    const turns = talkTo(createDialogEngine({ products: shop }), [
      '铁观音 清香 2斤 四季春 清香 1斤 大红袍 3斤',
      '不对 是浓香的',
    ]);
    expect(lineQtys(turns[1])).toEqual(lineQtys(turns[0]));
    expect(turns[1]!.replies[0]).toContain('改哪一个');
  });

  it('still changes the one line there is', () => {
    const turns = talkTo(engine, ['铁观音 清香 2斤', '不对 是浓香的']);
    expect(lineQtys(turns[1])).toEqual([['TG-NX', 2]]);
  });
});

describe('a change that names a product not on the draft', () => {
  const shop = [
    testProduct({
      sku: 'CEM-50',
      name: '普通硅酸盐水泥',
      aliases: ['水泥'],
      specs: { 包装: '50kg' },
      unit: '袋',
    }),
    testProduct({
      sku: 'CEM-25',
      name: '普通硅酸盐水泥',
      aliases: ['水泥'],
      specs: { 包装: '25kg' },
      unit: '袋',
    }),
    testProduct({ sku: 'PUTTY', name: '耐水腻子粉', aliases: ['腻子粉', '腻子'], unit: '袋' }),
  ];
  const cementShop = createDialogEngine({ products: shop });

  it('sets the quantity of the product still asked about, never that of the line talked about', () => {
    const turns = talkTo(cementShop, ['水泥 50袋 腻子粉 20袋', '水泥改成30袋', '50kg的', '确认']);
    expect(lineQtys(turns[1])).toEqual([['PUTTY', 20]]);
    expect(lineQtys(turns[3])).toEqual([
      ['PUTTY', 20],
      ['CEM-50', 30],
    ]);
    expect(turns[3]!.order?.status).toBe('confirmed');
  });

  it('says the product is not on the order when nothing asked about fits the words', () => {
    const turns = talkTo(cementShop, ['腻子粉 20袋', '沙子改成5袋']);
    expect(lineQtys(turns[1])).toEqual([['PUTTY', 20]]);
  });
});
