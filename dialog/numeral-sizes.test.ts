import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up hardware counter: sizes in 米, 公分, 平方 and 瓦, a wire sold both by the roll and by the 米. */
function sizeShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const m of ['1.5', '3', '5'])
    add({
      sku: `STRIP-${m}`,
      name: '延长线插座',
      aliases: ['插排', '拖线板'],
      specs: { 线长: `${m}米` },
      unit: '个',
    });
  for (const cm of ['40', '60'])
    add({ sku: `HOSE-${cm}`, name: '编织软管', aliases: ['软管'], specs: { 长度: `${cm}公分` }, unit: '条' });
  for (const sq of ['1.5', '2.5'])
    add({
      sku: `BV-${sq}`,
      name: 'BV单芯线',
      aliases: ['电线'],
      specs: { 截面: `${sq}平方` },
      unit: '卷',
      conversions: { 米: 0.01 },
    });
  for (const w of ['9', '12'])
    add({ sku: `BULB-${w}`, name: 'LED球泡', aliases: ['球泡'], specs: { 功率: `${w}W` }, unit: '个' });
  add({ sku: 'CAT6', name: '六类网线', aliases: ['网线'], unit: '米' });
  add({ sku: 'SOCKET-5', name: '五孔插座', specs: { 孔位: '五孔' }, unit: '个' });
  return list;
}

const products = sizeShop();
const match = createMatcher(products);
const engine = createDialogEngine({ products, maxQtyPerLine: 10000 });

const talk = (turns: string[]) => talkTo(engine, turns, { name: '王老板' });
const lines = lineQtys;
const specs = (text: string) =>
  match
    .analyze(text)
    .mentions.filter((m) => m.kind === 'spec')
    .map((m) => m.text);
const quantities = (text: string) => match.analyze(text).quantities.map((q) => [q.value, q.unit ?? '']);

describe('Sizes written in Chinese numerals', () => {
  it('reads a Chinese-numeral length followed by a count as the spec, as it reads 5米', () => {
    expect(specs('插排五米 10个')).toEqual(['5米']);
    expect(quantities('插排五米 10个')).toEqual([[10, '个']]);
    const t = talk(['插排五米 10个']);
    expect(t[0]!.replies.join('')).not.toContain('哪个商品');
    expect(lines(t[0])).toEqual([['STRIP-5', 10]]);
    expect(lines(talk(['插排五米 十个'])[0])).toEqual([['STRIP-5', 10]]);
    expect(lines(talk(['三米插排 20个'])[0])).toEqual([['STRIP-3', 20]]);
  });

  it('reads 一点五米 as 1.5米 and 两米-style sizes without a count when the product is not sold by the 米', () => {
    expect(lines(talk(['拖线板一点五米 6个'])[0])).toEqual([['STRIP-1.5', 6]]);
    expect(quantities('插排 三米')).toEqual([]);
    expect(lines(talk(['插排 三米', '8个'])[1])).toEqual([['STRIP-3', 8]]);
  });

  it('reads a tenth said after 米 as a decimal (一米五 → 1.5米) but not a count glued to it (5米2个)', () => {
    expect(match.analyze('插排一米五 6个').text).toContain('1.5米');
    expect(lines(talk(['插排一米五 6个'])[0])).toEqual([['STRIP-1.5', 6]]);
    expect(lines(talk(['插排1米5 六个'])[0])).toEqual([['STRIP-1.5', 6]]);
    // a count glued to the 米 is still a count
    expect(match.analyze('插排5米2个').text).not.toContain('5.2');
    expect(lines(talk(['插排5米2个'])[0])).toEqual([['STRIP-5', 2]]);
  });

  it('reads other spec units the same way: 公分, 平方, 瓦', () => {
    expect(lines(talk(['软管六十公分 30条'])[0])).toEqual([['HOSE-60', 30]]);
    expect(lines(talk(['电线二点五平方 5卷'])[0])).toEqual([['BV-2.5', 5]]);
    expect(lines(talk(['球泡九瓦 50个'])[0])).toEqual([['BULB-9', 50]]);
  });

  it('keeps a Chinese-numeral length as the quantity of a product sold by the 米', () => {
    expect(quantities('网线两百米')).toEqual([[200, '米']]);
    expect(lines(talk(['网线两百米'])[0])).toEqual([['CAT6', 200]]);
    expect(lines(talk(['电线二点五平方 三百米'])[0])).toEqual([['BV-2.5', 3]]);
  });

  it('leaves a catalog word that starts with a numeral alone (五孔插座)', () => {
    expect(match.analyze('五孔插座 20个').text).toContain('五孔插座');
    expect(lines(talk(['五孔插座 20个'])[0])).toEqual([['SOCKET-5', 20]]);
  });
});
