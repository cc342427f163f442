import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 汽车美容 supplier: car wash liquid of two brands (龟牌 short in stock), a pressure washer, car wax of the
 * brand 三好 and a glass cleaner of the brand 十全 (numerals inside brand names).
 */
function carCareShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  add({ sku: 'WASH-龟牌', name: '洗车液', brand: '龟牌', specs: { 容量: '2L' }, unit: '瓶', stock: 20 });
  add({ sku: 'WASH-车仆', name: '洗车液', brand: '车仆', specs: { 容量: '2L' }, unit: '瓶' });
  add({ sku: 'WASHER', name: '高压洗车机', aliases: ['洗车机'], specs: { 功率: '1800W' }, unit: '台' });
  for (const grade of ['普通', '镀膜'])
    add({
      sku: `WAX-${grade}`,
      name: `${grade}车蜡`,
      brand: '三好',
      aliases: ['车蜡'],
      specs: { 类型: grade },
      unit: '瓶',
    });
  add({ sku: 'GLASS-十全', name: '玻璃清洁剂', brand: '十全', aliases: ['玻璃清洁剂'], unit: '瓶' });
  return list;
}

const carCare = createDialogEngine({ products: carCareShop(), maxQtyPerLine: 10000 });
const last = (turns: string[]) => lineQtys(talkTo(carCare, turns).at(-1));

describe('The rest of a short amount taken from another product', () => {
  it('takes what is in stock and the rest from the product named', () => {
    for (const answer of [
      '不够的话 剩下的拿车仆的',
      '剩下的要车仆的',
      '剩下的用车仆的补上',
      '先拿20瓶 剩下的用车仆补齐',
    ])
      expect(last(['龟牌洗车液 30瓶', answer])).toEqual([
        ['WASH-龟牌', 20],
        ['WASH-车仆', 10],
      ]);
  });
});

describe('What a product is for', () => {
  it('is no item of its own while a question is open', () => {
    for (const answer of ['洗车机用的', '配洗车机的']) {
      expect(last(['洗车液 10瓶', answer])).toEqual([]);
      const confirmed = talkTo(carCare, ['洗车液 10瓶', answer, '车仆的', '确认']).at(-1);
      expect(confirmed?.order?.status).toBe('confirmed');
      expect(lineQtys(confirmed)).toEqual([['WASH-车仆', 10]]);
    }
  });

  it('still orders the product said with a quantity', () => {
    expect(last(['洗车机 1台'])).toEqual([['WASHER', 1]]);
  });
});

describe('A numeral inside a brand written in digits', () => {
  it('reads 3好 / 10全 as the brands 三好 / 十全', () => {
    expect(last(['3好镀膜车蜡 6瓶'])).toEqual([['WAX-镀膜', 6]]);
    expect(last(['10全玻璃清洁剂 12瓶'])).toEqual([['GLASS-十全', 12]]);
  });

  it('keeps a number that is a quantity or a size as it is', () => {
    expect(last(['车蜡 镀膜 3瓶'])).toEqual([['WAX-镀膜', 3]]);
  });
});
