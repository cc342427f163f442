import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters whose products number one attribute's values: an art-supply shop's brushes (笔宽 asked, 号数
 * numbered the other way round), a hair salon supplier's dyes (色号 "5 浅棕"), an embroidery-thread stall (色号
 * "01 白"), and guitar picks whose thickness is no numbered value.
 */
function numberedShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [width, number] of [
    ['4mm', '3号'],
    ['8mm', '2号'],
    ['12mm', '1号'],
  ] as const)
    add({
      sku: `BRUSH-${number}`,
      name: '猪鬃油画笔',
      aliases: ['油画笔'],
      specs: { 笔宽: width, 号数: number },
      unit: '支',
    });
  for (const shade of ['3 深棕', '5 浅棕', '7 金棕'])
    add({
      sku: `DYE-${shade[0]}`,
      name: '植物染发膏',
      aliases: ['染发膏'],
      specs: { 色号: shade },
      unit: '支',
    });
  for (const shade of ['01 白', '12 大红', '21 墨绿'])
    add({
      sku: `SILK-${shade.slice(0, 2)}`,
      name: '真丝绣花线',
      aliases: ['绣花线', '绣线'],
      specs: { 色号: shade },
      unit: '支',
    });
  for (const mm of ['0.46mm', '0.71mm', '0.96mm'])
    add({ sku: `PICK-${mm}`, name: '吉他拨片', aliases: ['拨片'], specs: { 厚度: mm }, unit: '片' });
  return list;
}

const engine = createDialogEngine({ products: numberedShop(), maxQtyPerLine: 10000 });
const after = (turns: string[]) => lineQtys(talkTo(engine, turns).at(-1));

describe('A value named by its number', () => {
  it('reads 一号 as the value numbered 1 of another attribute, never the first option offered', () => {
    expect(after(['油画笔 10支', '一号'])).toEqual([['BRUSH-1号', 10]]);
    expect(after(['油画笔 10支', '要3号的'])).toEqual([['BRUSH-3号', 10]]);
  });

  it('reads a number said with the attribute word (5号色, 色号7) as the value it leads', () => {
    expect(after(['染发膏 6支', '5号色'])).toEqual([['DYE-5', 6]]);
    expect(after(['染发膏 6支', '色号7的'])).toEqual([['DYE-7', 6]]);
    expect(after(['染发膏 6支', '3号'])).toEqual([['DYE-3', 6]]);
  });

  it('reads a leading zero as no part of the number (1号 is 01 白, 12号 is 12 大红)', () => {
    expect(after(['绣花线 20支', '1号'])).toEqual([['SILK-01', 20]]);
    expect(after(['绣花线 20支', '12号的'])).toEqual([['SILK-12', 20]]);
  });

  it('leaves a number with no numbered value as the option it places', () => {
    expect(after(['拨片 50片', '二号'])).toEqual([['PICK-0.71mm', 50]]);
    expect(after(['油画笔 10支', '第一个'])).toEqual([['BRUSH-3号', 10]]);
  });
});
