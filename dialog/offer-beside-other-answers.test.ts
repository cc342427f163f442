import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up yoga counter: mats and resistance bands in colours. */
function yogaShop(): Product[] {
  const mat = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '加厚瑜伽垫',
      category: '瑜伽垫',
      aliases: ['健身垫'],
      specs: { 厚度: '10mm', 颜色: colour },
      unit: '张',
    });
  const band = (sku: string, pull: string, colour: string) =>
    testProduct({
      sku,
      name: '弹力带',
      category: '瑜伽配件',
      specs: { 阻力: pull, 颜色: colour },
      unit: '根',
    });
  return [mat('YM-P', '紫色'), mat('YM-B', '蓝色'), band('RP-1', '轻', '黄色'), band('RP-2', '重', '黑色')];
}

/** A made-up toy counter: scooters and knee pads in colours. */
function scooterShop(): Product[] {
  const scooter = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '儿童滑板车',
      category: '滑板车',
      specs: { 轮子: '闪光轮', 颜色: colour },
      unit: '台',
    });
  const pads = (sku: string, colour: string) =>
    testProduct({ sku, name: '护膝套装', category: '护具', specs: { 颜色: colour }, unit: '套' });
  return [scooter('SC-R', '红色'), scooter('SC-B', '蓝色'), pads('KN-1', '黑色'), pads('KN-2', '粉色')];
}

/**
 * An offer of the closest product (没有完全对得上…要这个吗？) waits for its own answer: the customer answering another
 * line's question, or asking for a sibling of the offered product "too" (蓝色的也来10张), never lets it go silently.
 * 也 of the offered product's sibling takes the offer at its amount, and the reply says so.
 */
describe('An offer stays until it is answered', () => {
  it.each([
    {
      shop: yogaShop,
      said: ['健身毯 紫色20张', '蓝色的也来10张'],
      lines: [
        ['YM-P', 20],
        ['YM-B', 10],
      ],
      told: '紫色 20张',
    },
    {
      shop: scooterShop,
      said: ['闪光滑板 红色2台', '蓝色的也来3台'],
      lines: [
        ['SC-R', 2],
        ['SC-B', 3],
      ],
      told: '红色 2台',
    },
  ])('takes the offer when a sibling of it is asked for too ($said)', ({ shop, said, lines, told }) => {
    const turns = talkTo(createDialogEngine({ products: shop() }), said);
    expect(turns[0]!.replies.join('')).toContain('要这个吗');
    expect(lineQtys(turns[1])).toEqual(expect.arrayContaining(lines));
    expect(lineQtys(turns[1])).toHaveLength(2);
    expect(turns[1]!.replies.join('')).toContain(told);
  });

  it.each([
    { shop: yogaShop, said: ['健身毯 紫色20张 弹力带10根', '黄色', '确认'], offered: '健身毯' },
    { shop: scooterShop, said: ['闪光滑板 红色2台 护膝10套', '黑色', '确认'], offered: '闪光滑板' },
  ])('asks the offer again after an answer to another question ($said)', ({ shop, said, offered }) => {
    const turns = talkTo(createDialogEngine({ products: shop() }), said);
    expect(turns[1]!.replies.join('')).toContain(offered);
    expect(turns[2]!.order?.status).not.toBe('confirmed');
  });
});
