import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up shoe shop: men's casual shoes, men's and women's leather shoes, by 颜色, by the 双. */
function shoeShop(): Product[] {
  const shoe = (sku: string, brand: string, name: string, aliases: string[], colour: string) =>
    testProduct({ sku, brand, name, aliases, specs: { 颜色: colour }, unit: '双' });
  return [
    shoe('M-CASUAL-BK', '奥康', '奥康男士休闲鞋', ['休闲鞋'], '黑色'),
    shoe('M-CASUAL-WH', '奥康', '奥康男士休闲鞋', ['休闲鞋'], '白色'),
    shoe('M-LEATHER-BK', '奥康', '奥康男士头层牛皮皮鞋', ['皮鞋'], '黑色'),
    shoe('M-LEATHER-BR', '奥康', '奥康男士头层牛皮皮鞋', ['皮鞋'], '棕色'),
    shoe('W-LEATHER-BK', '红蜻蜓', '红蜻蜓女士小羊皮皮鞋', ['皮鞋'], '黑色'),
  ];
}

/** A made-up cup shop: children's straw cups, children's and adults' vacuum flasks, by 颜色, by the 个. */
function cupShop(): Product[] {
  const cup = (sku: string, name: string, aliases: string[], colour: string) =>
    testProduct({ sku, brand: '富光', name, aliases, specs: { 颜色: colour }, unit: '个' });
  return [
    cup('KID-STRAW-BL', '富光儿童吸管杯', ['吸管杯'], '蓝色'),
    cup('KID-FLASK-BL', '富光儿童不锈钢保温杯', ['保温杯'], '蓝色'),
    cup('KID-FLASK-PK', '富光儿童不锈钢保温杯', ['保温杯'], '粉色'),
    cup('ADULT-FLASK-BL', '富光商务不锈钢真空保温杯', ['保温杯'], '蓝色'),
    cup('ADULT-FLASK-BK', '富光商务不锈钢真空保温杯', ['保温杯'], '黑色'),
  ];
}

describe('product words that are all in one product name are never answered "没有"', () => {
  it('offers the men’s leather shoe of the colour said, and 好的 takes it', () => {
    const engine = createDialogEngine({ products: shoeShop() });
    const turns = talkTo(engine, ['男士皮鞋 黑色 10双', '好的', '确认']);
    expect(turns[0]!.replies.join('')).not.toContain('店里没有');
    expect(lineQtys(turns[2])).toEqual([['M-LEATHER-BK', 10]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('offers the children’s flask of the colour said', () => {
    const engine = createDialogEngine({ products: cupShop() });
    const turns = talkTo(engine, ['儿童保温杯 蓝色 6个', '好的']);
    expect(turns[0]!.replies.join('')).not.toContain('店里没有');
    expect(lineQtys(turns[1])).toEqual([['KID-FLASK-BL', 6]]);
  });

  it('offers the two colours of the children’s flask, and an answer by colour picks one', () => {
    const engine = createDialogEngine({ products: cupShop() });
    const turns = talkTo(engine, ['儿童保温杯 10个', '粉色的']);
    expect(turns[0]!.replies.join('')).not.toContain('店里没有');
    expect(lineQtys(turns[1])).toEqual([['KID-FLASK-PK', 10]]);
  });
});
