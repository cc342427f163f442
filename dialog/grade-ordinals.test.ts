import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

type Spec = Parameters<typeof testProduct>[0];

/** A made-up herbal-medicine stall: goji graded by letter (A级 / B级 / C级). */
const gojiStall: Spec[] = ['A', 'B', 'C'].map((grade) => ({
  sku: `GOJI-${grade}`,
  name: '宁夏枸杞',
  aliases: ['枸杞'],
  specs: { 等级: `${grade}级` },
  unit: '斤',
}));

/** A made-up leather trader: hides graded by number (一级 / 二级 / 三级). */
const hideTrader: Spec[] = ['一级', '二级', '三级'].map((grade, k) => ({
  sku: `HIDE-${k + 1}`,
  name: '头层黄牛皮',
  aliases: ['牛皮'],
  specs: { 等级: grade },
  unit: '张',
}));

/** A made-up pearl dealer: strands graded by letter, two ranks only, beside clasps graded by number. */
const pearlDealer: Spec[] = ['A', 'B'].map((grade) => ({
  sku: `PEARL-${grade}`,
  name: '淡水珍珠串',
  aliases: ['珍珠'],
  specs: { 品级: `${grade}级` },
  unit: '条',
}));

const shop = (specs: Spec[]) =>
  createDialogEngine({ products: specs.map(testProduct), maxQtyPerLine: 10000 });
const [goji, hides, pearls] = [shop(gojiStall), shop(hideTrader), shop(pearlDealer)];
const mixed = shop([...gojiStall, ...hideTrader]);
const after = (engine: ReturnType<typeof shop>, turns: string[]) => lineQtys(talkTo(engine, turns).at(-1));

describe('A grade said by its rank the other way from the catalog', () => {
  it('reads 一级 / 二级 as A级 / B级 where the catalog grades by letter', () => {
    expect(after(goji, ['枸杞一级的 10斤'])).toEqual([['GOJI-A', 10]]);
    expect(after(goji, ['枸杞 三级 20斤'])).toEqual([['GOJI-C', 20]]);
  });

  it('reads A级 / B级 as 一级 / 二级 where the catalog grades by number', () => {
    expect(after(hides, ['牛皮 A级 5张'])).toEqual([['HIDE-1', 5]]);
    expect(after(hides, ['牛皮 8张', 'B级的'])).toEqual([['HIDE-2', 8]]);
  });

  it('answers a grade question with the rank said either way', () => {
    expect(after(pearls, ['珍珠 3条', '一级的'])).toEqual([['PEARL-A', 3]]);
    expect(after(goji, ['枸杞 10斤', '要2级的'])).toEqual([['GOJI-B', 10]]);
  });

  it('never reads a rank the catalog lacks, or a grade word it writes both ways, as another', () => {
    expect(after(pearls, ['珍珠 3条', '三级的'])).toEqual([]);
    expect(after(mixed, ['枸杞一级的 10斤'])).toEqual([]);
  });
});
