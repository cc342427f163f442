import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up greenhouse and grain counter: film by 宽度 and 厚度 in mm, flour in 25kg bags sold by the 袋 and the
 * 吨, bottled water by the 箱 of 24瓶 (sold by the 瓶 too), a pack of seeds sold by the 袋.
 */
function greenhouseShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [width, thickness] of [
    ['8米', '0.08mm'],
    ['8米', '0.12mm'],
    ['10米', '0.12mm'],
  ] as const)
    add({
      sku: `FILM-${width}-${thickness}`,
      name: '大棚膜',
      brand: '天盛',
      aliases: ['棚膜', '农膜'],
      specs: { 宽度: width, 厚度: thickness },
      unit: '卷',
    });
  for (const pack of ['25kg', '10kg'])
    add({
      sku: `FLOUR-${pack}`,
      name: '特一粉',
      brand: '五得利',
      aliases: ['面粉'],
      specs: { 包装: pack },
      unit: '袋',
      conversions: pack === '25kg' ? { 吨: 40 } : {},
    });
  add({
    sku: 'WATER',
    name: '饮用天然水',
    brand: '农夫山泉',
    aliases: ['矿泉水'],
    specs: { 容量: '550ml' },
    unit: '箱',
    conversions: { 瓶: 1 / 24 },
  });
  for (const nutrients of ['16-16-16', '20-10-10'])
    add({
      sku: `NPK-${nutrients}`,
      name: '复合肥',
      brand: '洋丰',
      aliases: ['三元复合肥'],
      specs: { 养分: nutrients },
      unit: '袋',
      conversions: { 吨: 25 },
    });
  add({ sku: 'SEED', name: '菠菜种子', aliases: ['菠菜籽'], specs: {}, unit: '袋' });
  add({ sku: 'SPRAYER', name: '电动喷雾器', aliases: ['喷雾器', '打药机'], specs: {}, unit: '台' });
  add({ sku: 'FUNGICIDE', name: '多菌灵可湿性粉剂', aliases: ['多菌灵'], specs: {}, unit: '袋' });
  return list;
}

const engine = createDialogEngine({ products: greenhouseShop(), maxQtyPerLine: 10000 });
const talk = (turns: string[]) => talkTo(engine, turns, { name: '赵老板' });
const last = <T>(xs: T[]): T => xs[xs.length - 1]!;

describe('Trade words on a greenhouse and grain counter', () => {
  it('reads a film thickness in 丝 (1丝 = 0.01 mm), in digits or in words', () => {
    expect(lineQtys(talk(['棚膜 8米宽 8丝的 3卷'])[0])).toEqual([['FILM-8米-0.08mm', 3]]);
    expect(lineQtys(talk(['十米的棚膜 十二丝 2卷'])[0])).toEqual([['FILM-10米-0.12mm', 2]]);
    const none = talk(['棚膜 8米 10丝的 1卷'])[0]!;
    expect(lineQtys(none)).toEqual([]);
    expect(none.replies.join('')).toContain('没有');
  });

  it('reads a unit typed by its sound when a product or brand word follows it (五代面粉, 两香农夫山泉)', () => {
    const t = talk(['五代面粉 25公斤的', '确认']);
    expect(last(t).order?.status).toBe('confirmed');
    expect(lineQtys(last(t))).toEqual([['FLOUR-25kg', 5]]);
    expect(lineQtys(talk(['两香农夫山泉'])[0])).toEqual([['WATER', 2]]);
    // a generation (第二代) is no quantity, and a sound glued to a word that names nothing is left alone
    expect(lineQtys(talk(['第五代面粉 25公斤的'])[0])).toEqual([]);
  });

  it('corrects a product word said by voice with two of three characters wrong but every sound the same', () => {
    expect(lineQtys(talk(['夺军灵 10袋'])[0])).toEqual([['FUNGICIDE', 10]]);
    // a sound that is only close (duo jun ning) is no correction
    expect(lineQtys(talk(['夺军宁 10袋'])[0])).toEqual([]);
  });

  it('reads 三个16 as the fertiliser value 16-16-16 the catalog has, and a weight with 一袋的 as the pack size', () => {
    const t = talk(['三个16的复合肥 来2吨', '确认']);
    expect(last(t).order?.status).toBe('confirmed');
    expect(lineQtys(last(t))).toEqual([['NPK-16-16-16', 50]]);
    // an answer saying what one bag holds (50斤一袋的) keeps the 1吨 asked for
    const flour = talk(['五得利面粉 1吨', '50斤一袋的', '确认']);
    expect(last(flour).order?.status).toBe('confirmed');
    expect(lineQtys(last(flour))).toEqual([['FLOUR-25kg', 40]]);
    // one bag of a size said the other way round is still a quantity
    expect(lineQtys(talk(['面粉 来一袋25kg的'])[0])).toEqual([['FLOUR-25kg', 1]]);
  });

  it('reads chat around an order as chat: a part of a product word with 了 (要打药了), a complaint (太贵了)', () => {
    const t = talk(['老板好 棚里要打药了 多菌灵来5袋', '确认']);
    expect(last(t).order?.status).toBe('confirmed');
    expect(lineQtys(last(t))).toEqual([['FUNGICIDE', 5]]);
    expect(lineQtys(talk(['打药机 2台'])[0])).toEqual([['SPRAYER', 2]]);
    const off = talk(['菠菜种子 20袋', '太贵了 算了 取消吧']);
    expect(last(off).order?.status).toBe('cancelled');
    expect(last(off).replies.join('')).not.toContain('没有');
  });

  it('offers the product close to a word the catalog lacks instead of saying 没有, and says 没有 when none is', () => {
    const t = talk(['充电喷雾器 2台', '好', '确认']);
    expect(t[0]!.replies.join('')).not.toContain('没有充电');
    expect(t[0]!.replies.join('')).toContain('电动喷雾器');
    expect(last(t).order?.status).toBe('confirmed');
    expect(lineQtys(last(t))).toEqual([['SPRAYER', 2]]);
    // a confirmation while the offer is open does not take it
    expect(last(talk(['充电喷雾器 2台', '确认'])).order?.status).not.toBe('confirmed');
    const none = talk(['背负喷雾器 2台'])[0]!;
    expect(none.replies.join('')).toContain('没有');
    expect(lineQtys(none)).toEqual([]);
  });
});
