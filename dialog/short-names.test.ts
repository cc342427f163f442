import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up bedding shop: 被芯 for winter (冬季) and summer (夏季), and 枕芯. */
function beddingShop(): Product[] {
  return [
    testProduct({
      sku: 'BX-DJ',
      name: '羽丝绒被芯',
      aliases: ['被芯', '被子'],
      specs: { 季节: '冬季' },
      unit: '条',
    }),
    testProduct({
      sku: 'BX-XJ',
      name: '羽丝绒被芯',
      aliases: ['被芯', '被子'],
      specs: { 季节: '夏季' },
      unit: '条',
    }),
    testProduct({ sku: 'ZX', name: '荞麦枕芯', aliases: ['枕芯', '枕头'], unit: '个' }),
  ];
}

/** A made-up hat wholesaler: 棒球帽 in 男款 and 女款, each in 黑色 and 白色. */
function capShop(): Product[] {
  const cap = (sku: string, cut: string, colour: string) =>
    testProduct({ sku, name: '棒球帽', aliases: ['帽子'], specs: { 款式: cut, 颜色: colour }, unit: '顶' });
  return [
    cap('M-HS', '男款', '黑色'),
    cap('M-BS', '男款', '白色'),
    cap('W-HS', '女款', '黑色'),
    cap('W-BS', '女款', '白色'),
  ];
}

/** A made-up lamp shop: 天花灯 fitted on the surface (明装) or recessed (暗装). */
function lampShop(): Product[] {
  return [
    testProduct({
      sku: 'THD-MZ',
      name: 'LED天花灯',
      aliases: ['天花灯'],
      specs: { 安装: '明装' },
      unit: '个',
    }),
    testProduct({
      sku: 'THD-AZ',
      name: 'LED天花灯',
      aliases: ['天花灯'],
      specs: { 安装: '暗装' },
      unit: '个',
    }),
  ];
}

describe('a short name: a value’s first character and the product word’s first character', () => {
  const bedding = createDialogEngine({ products: beddingShop() });
  const caps = createDialogEngine({ products: capShop() });
  const lamps = createDialogEngine({ products: lampShop() });

  it('is that product in that value, never "没有"', () => {
    const turns = talkTo(bedding, ['冬被 10条', '确认']);
    expect(turns[0]!.replies.join('\n')).not.toMatch(/没有/);
    expect(lineQtys(turns[0])).toEqual([['BX-DJ', 10]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('holds in another trade, with the other values said beside it', () => {
    expect(lineQtys(talkTo(caps, ['黑色男帽20顶'])[0])).toEqual([['M-HS', 20]]);
    expect(lineQtys(talkTo(caps, ['女帽 白色 15顶'])[0])).toEqual([['W-BS', 15]]);
  });

  it('asks what it leaves open', () => {
    const turns = talkTo(caps, ['男帽 20顶', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[0]!.replies.join('\n')).toMatch(/黑色[\s\S]*白色/);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('is no short name where the product word is said in full beside it', () => {
    const turns = talkTo(lamps, ['明天要 天花灯 暗装 10个']);
    expect(lineQtys(turns[0])).toEqual([['THD-AZ', 10]]);
  });
});

describe('a word that only looks like a short name', () => {
  const lamps = createDialogEngine({ products: lampShop() });

  it('orders nothing when no amount is said after it', () => {
    const turns = talkTo(lamps, ['明天送过来吧', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});
