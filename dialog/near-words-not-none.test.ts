import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * "没有" is a claim about the catalog: a word the shop lacks that is near one of its words, by sound or by one
 * character, is asked about instead, and the item stays open for 确认. Made-up shops of three trades.
 */
const herbs = createDialogEngine({
  products: [
    testProduct({ sku: 'FULING', name: '茯苓', category: '中药材', unit: '斤' }),
    testProduct({ sku: 'CHENPI', name: '陈皮', category: '中药材', unit: '斤' }),
    testProduct({ sku: 'HUANGQI', name: '黄芪', category: '中药材', unit: '斤' }),
    testProduct({ sku: 'DANGSHEN', name: '党参', category: '中药材', unit: '斤' }),
  ],
});
const bakery = createDialogEngine({
  products: [
    testProduct({ sku: 'GELATIN', name: '吉利丁片', category: '凝固剂', unit: '盒' }),
    testProduct({ sku: 'PIPING', name: '裱花袋', category: '工具', unit: '包' }),
    testProduct({ sku: 'COCOA', name: '可可脂', category: '原料', unit: '包' }),
    testProduct({ sku: 'CREAM', name: '淡奶油', brand: '安佳', specs: { 容量: '1L' }, unit: '盒' }),
  ],
});
const aquarium = createDialogEngine({
  products: [
    testProduct({ sku: 'HEAT-100', name: '加热棒', specs: { 功率: '100W' }, unit: '个' }),
    testProduct({ sku: 'HEAT-200', name: '加热棒', specs: { 功率: '200W' }, unit: '个' }),
    testProduct({ sku: 'FOAM', name: '过滤棉', unit: '片' }),
    testProduct({ sku: 'BACTERIA-S', name: '硝化细菌', specs: { 容量: '250ml' }, unit: '瓶' }),
    testProduct({ sku: 'BACTERIA-L', name: '硝化细菌', specs: { 容量: '500ml' }, unit: '瓶' }),
    testProduct({ sku: 'PUMP', name: '增氧泵', brand: '森森', unit: '台' }),
  ],
});

describe('A word near a catalog word is asked about, never 没有', () => {
  it('offers the product a word sounds near and takes it at 确认 (h / f of an herb shop)', () => {
    const turns = talkTo(herbs, ['胡苓5斤 黄芪2斤', '确认']);
    expect(turns[0]!.replies.join('')).toContain('茯苓');
    expect(turns[0]!.replies.join('')).not.toContain('店里没有');
    expect(lineQtys(turns[0])).toEqual([['HUANGQI', 2]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([
      ['HUANGQI', 2],
      ['FULING', 5],
    ]);
  });

  it('offers by a sibilant said for another (sh / ch) and lets 不要了 go of it', () => {
    const turns = talkTo(herbs, ['神皮3斤', '不要了']);
    expect(turns[0]!.replies.join('')).toContain('陈皮');
    expect(lineQtys(turns[1])).toEqual([]);
  });

  it('offers the product a word one character off by its generic end names, and 确认 takes it', () => {
    const turns = talkTo(bakery, ['吉利丁粉 2盒', '确认']);
    expect(turns[0]!.replies.join('')).toContain('吉利丁片');
    expect(turns[0]!.replies.join('')).not.toContain('店里没有');
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['GELATIN', 2]]);
  });

  it('reads the product word at the end of a longer word the catalog lacks (消防逃生面罩 of a 逃生面具)', () => {
    const shop = createDialogEngine({
      products: [
        testProduct({ sku: 'MASK', name: '过滤式自救呼吸器', aliases: ['逃生面具'], unit: '个' }),
        testProduct({ sku: 'ROPE', name: '逃生绳', specs: { 长度: '20米' }, unit: '根' }),
      ],
    });
    const turns = talkTo(shop, ['消防逃生面罩 有没有 要30个', '确认']);
    expect(turns[0]!.replies.join('')).toContain('过滤式自救呼吸器');
    expect(lineQtys(turns[1])).toEqual([['MASK', 30]]);
  });

  it('offers by an aspirated initial said for the plain one (丁晴 for 丁腈 of a glove)', () => {
    const shop = createDialogEngine({
      products: [
        testProduct({ sku: 'NBR-M', name: '丁腈手套', specs: { 尺码: 'M' }, unit: '盒' }),
        testProduct({ sku: 'LATEX-M', name: '乳胶手套', specs: { 尺码: 'M' }, unit: '盒' }),
      ],
    });
    const turns = talkTo(shop, ['丁晴手套 M码 3盒', '确认']);
    expect(lineQtys(turns[1])).toEqual([['NBR-M', 3]]);
  });

  it('takes a sound-near word with a brand and spec that fit it at 确认', () => {
    const turns = talkTo(bakery, ['安佳 淡乃由 1L 6盒', '确认']);
    expect(lineQtys(turns[1])).toEqual([['CREAM', 6]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('asks which product when the near word names several (硝化细苗 of two bottle sizes)', () => {
    const turns = talkTo(aquarium, ['硝化细苗 3瓶', '500ml的']);
    expect(turns[0]!.replies.join('')).toContain('250ml');
    expect(turns[0]!.replies.join('')).not.toContain('店里没有');
    expect(lineQtys(turns[1])).toEqual([['BACTERIA-L', 3]]);
  });

  it('lets the question about the near word go when the word said is let go (X没有就算了)', () => {
    const turns = talkTo(aquarium, ['硝化细苗 3瓶 过滤棉 10片', '硝化细苗没有就算了 确认']);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['FOAM', 10]]);
  });

  it('reads the stop characters split off a word as its own (可可 of 可可脂 said 可可白脂)', () => {
    const turns = talkTo(bakery, ['可可白脂 2包', '要']);
    expect(turns[0]!.replies.join('')).toContain('可可脂');
    expect(lineQtys(turns[1])).toEqual([['COCOA', 2]]);
  });

  it('reads a character put in (过滤白棉) as the catalog word without it', () => {
    const turns = talkTo(aquarium, ['过滤白棉 10片', '要']);
    expect(turns[0]!.replies.join('')).toContain('过滤棉');
    expect(lineQtys(turns[1])).toEqual([['FOAM', 10]]);
  });

  it('still says 没有 for a word near nothing the shop sells', () => {
    expect(talkTo(aquarium, ['鱼食 2袋'])[0]!.replies.join('')).toContain('没有');
    expect(talkTo(herbs, ['人参 1斤'])[0]!.replies.join('')).toContain('没有');
  });
});
