import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up peanut stall: 花生米 this year's crop (新货) and last year's (陈货), and 瓜子 in 新货 only. */
function peanutShop(): Product[] {
  const nut = (sku: string, name: string, crop: string, alias: string) =>
    testProduct({ sku, name, aliases: [alias], specs: { 货期: crop, 产地: '河南' }, unit: '斤' });
  return [
    nut('HS-XH', '红皮花生米', '新货', '花生米'),
    nut('HS-CH', '红皮花生米', '陈货', '花生米'),
    nut('GZ-XH', '五香瓜子', '新货', '瓜子'),
  ];
}

/** A made-up yarn counter: 棉纱 combed (精梳) or carded (普梳), and 涤纶纱 by 特级 and 特选 — two values with 特. */
function yarnShop(): Product[] {
  return [
    testProduct({ sku: 'MS-JS', name: '棉纱', specs: { 工艺: '精梳', 支数: '32S' }, unit: '包' }),
    testProduct({ sku: 'MS-PS', name: '棉纱', specs: { 工艺: '普梳', 支数: '32S' }, unit: '包' }),
    testProduct({ sku: 'DL-TJ', name: '涤纶纱', specs: { 等级: '特级' }, unit: '包' }),
    testProduct({ sku: 'DL-TX', name: '涤纶纱', specs: { 等级: '特选' }, unit: '包' }),
  ];
}

describe('a value said by its first character glued to the product word, with 的', () => {
  const peanuts = createDialogEngine({ products: peanutShop() });
  const yarn = createDialogEngine({ products: yarnShop() });

  it.each([
    ['花生米陈的20斤', 'HS-CH', 20],
    ['花生米新的 20斤', 'HS-XH', 20],
    ['来点花生米陈的 30斤 瓜子10斤', 'HS-CH', 30],
  ])('is the one value of the product word that starts with it (%s)', (message, sku, qty) => {
    expect(lineQtys(talkTo(peanuts, [message])[0])[0]).toEqual([sku, qty]);
  });

  it('holds in another trade', () => {
    expect(lineQtys(talkTo(yarn, ['棉纱精的5包'])[0])).toEqual([['MS-JS', 5]]);
    expect(lineQtys(talkTo(yarn, ['棉纱普的 5包'])[0])).toEqual([['MS-PS', 5]]);
  });

  it('confirms what was said and nothing else', () => {
    const turns = talkTo(peanuts, ['花生米陈的20斤', '确认']);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['HS-CH', 20]]);
  });

  it('asks when two values of the product word start with the character', () => {
    const turns = talkTo(yarn, ['涤纶纱特的 5包', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[0]!.replies.join('\n')).toMatch(/特级[\s\S]*特选|特选[\s\S]*特级/);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});

/**
 * A made-up dried-goods shop: 香菇 sliced (切片) or whole (整朵), and 银耳 whose 规格 is written 片 or 朵 — so 片 alone
 * is a value the catalog spells, but not the mushrooms'.
 */
function driedGoodsShop(): Product[] {
  return [
    testProduct({ sku: 'XG-QP', name: '香菇', specs: { 规格: '切片', 等级: '统货' }, unit: '斤' }),
    testProduct({ sku: 'XG-ZD', name: '香菇', specs: { 规格: '整朵', 等级: '统货' }, unit: '斤' }),
    testProduct({ sku: 'YE-P', name: '银耳', specs: { 规格: '片' }, unit: '斤' }),
    testProduct({ sku: 'YE-D', name: '银耳', specs: { 规格: '朵' }, unit: '斤' }),
  ];
}

/** A made-up frozen-potato counter: 土豆 cut in strips (切条) or diced (切丁); 红薯 written 条 and 块. */
function potatoShop(): Product[] {
  return [
    testProduct({ sku: 'TD-QT', name: '冷冻土豆', aliases: ['土豆'], specs: { 规格: '切条' }, unit: '箱' }),
    testProduct({ sku: 'TD-QD', name: '冷冻土豆', aliases: ['土豆'], specs: { 规格: '切丁' }, unit: '箱' }),
    testProduct({ sku: 'HS-T', name: '冷冻红薯', aliases: ['红薯'], specs: { 规格: '条' }, unit: '箱' }),
    testProduct({ sku: 'HS-K', name: '冷冻红薯', aliases: ['红薯'], specs: { 规格: '块' }, unit: '箱' }),
  ];
}

describe('a value character glued to the product word where the catalog spells it alone for another product', () => {
  const dried = createDialogEngine({ products: driedGoodsShop() });
  const potatoes = createDialogEngine({ products: potatoShop() });

  it('is the value of the word that ends in it, never "没有"', () => {
    const turns = talkTo(dried, ['香菇片10斤', '确认']);
    expect(turns[0]!.replies.join('\n')).not.toMatch(/没有/);
    expect(lineQtys(turns[0])).toEqual([['XG-QP', 10]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('keeps the value the catalog spells alone for the products that have it', () => {
    expect(lineQtys(talkTo(dried, ['银耳片 3斤'])[0])).toEqual([['YE-P', 3]]);
  });

  it('holds in another trade', () => {
    expect(lineQtys(talkTo(potatoes, ['土豆条 5箱'])[0])).toEqual([['TD-QT', 5]]);
    expect(lineQtys(talkTo(potatoes, ['红薯条 5箱'])[0])).toEqual([['HS-T', 5]]);
  });
});
