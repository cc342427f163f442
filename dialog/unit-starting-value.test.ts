import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 8810米黄 30米: a pattern number right before a value that starts with a unit's character (米黄, 米色, 条纹) is the
 * number and that value — never 8810 metres and a stray 黄 (没有黄的…).
 */
function patterned(sku: string, name: string, code: string, specs: Record<string, string>, unit: string) {
  return testProduct({ sku, name, aliases: [code, name], specs: { 款号: code, ...specs }, unit });
}

/** A made-up fabric counter: patterns by number, each in two colours, sold by the metre. */
function fabricShop(): Product[] {
  return [
    patterned('FB-8810-MH', '雪纺布', '8810', { 颜色: '米黄' }, '米'),
    patterned('FB-8810-H', '雪纺布', '8810', { 颜色: '黄' }, '米'),
    patterned('FB-8810-HUI', '雪纺布', '8810', { 颜色: '灰' }, '米'),
    patterned('FB-7702-MH', '亚麻布', '7702', { 颜色: '米黄' }, '米'),
    testProduct({
      sku: 'GD-3-H',
      name: '窗帘轨道',
      aliases: ['轨道'],
      specs: { 颜色: '黄', 长度: '3米' },
      unit: '根',
    }),
    testProduct({
      sku: 'GD-6-H',
      name: '窗帘轨道',
      aliases: ['轨道'],
      specs: { 颜色: '黄', 长度: '6米' },
      unit: '根',
    }),
  ];
}

/** A made-up tile counter: tiles by design number in two colours, by the box. */
function tileShop(): Product[] {
  return [
    patterned('CZ-6601-MS', '抛釉砖', '6601', { 颜色: '米色' }, '箱'),
    patterned('CZ-6601-HS', '抛釉砖', '6601', { 颜色: '灰色' }, '箱'),
    patterned('CZ-6602-MS', '抛釉砖', '6602', { 颜色: '米色' }, '箱'),
  ];
}

/** A made-up hosiery counter: socks by style number, striped or plain, by the pair. */
function sockShop(): Product[] {
  return [
    patterned('WZ-3301-TW', '棉袜', '3301', { 花型: '条纹' }, '双'),
    patterned('WZ-3301-SS', '棉袜', '3301', { 花型: '素色' }, '双'),
    patterned('WZ-3302-TW', '棉袜', '3302', { 花型: '条纹' }, '双'),
  ];
}

describe('a number right before a value that starts with a unit', () => {
  // (3米黄的轨道: where 3米 is a length the catalog has, the length and 黄, as said)
  const shops = { fabric: fabricShop(), tiles: tileShop(), socks: sockShop() };
  it.each([
    ['8810米黄 30米', 'fabric', [['FB-8810-MH', 30]]],
    ['7702米黄的要12米', 'fabric', [['FB-7702-MH', 12]]],
    ['6601米色 20箱', 'tiles', [['CZ-6601-MS', 20]]],
    ['6602米色来8箱', 'tiles', [['CZ-6602-MS', 8]]],
    ['3301条纹 10双', 'socks', [['WZ-3301-TW', 10]]],
    ['3米黄的轨道 10根', 'fabric', [['GD-3-H', 10]]],
  ] as const)('is the number and the value (%s)', (message, shop, lines) => {
    const engine = createDialogEngine({ products: shops[shop] });
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });
});
