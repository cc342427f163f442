import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up filter-cloth shop: nylon mesh by the count of holes per inch (目), and bolting cloth by width. */
function filterShop(): Product[] {
  return [
    ...['80目', '200目', '400目'].map((mesh) =>
      testProduct({
        sku: `NYLON-${mesh}`,
        name: '尼龙滤网',
        aliases: ['滤网', '过滤网'],
        specs: { 目数: mesh },
        unit: '米',
      }),
    ),
    ...['1米', '1.6米'].map((width) =>
      testProduct({
        sku: `CLOTH-${width}`,
        name: '筛绢布',
        aliases: ['筛绢'],
        specs: { 幅宽: width },
        unit: '米',
      }),
    ),
  ];
}

/** A made-up nail-salon supply shop: nail files by grit (粒度 80# / 100# / 180#), and polish bottles by volume. */
function nailShop(): Product[] {
  return [
    ...['80#', '100#', '180#'].map((grit) =>
      testProduct({
        sku: `FILE-${grit.slice(0, -1)}`,
        name: '海绵指甲锉',
        aliases: ['指甲锉', '搓条'],
        specs: { 粒度: grit },
        unit: '包',
      }),
    ),
    ...['8ml', '15ml'].map((volume) =>
      testProduct({
        sku: `POLISH-${volume}`,
        name: '甲油胶',
        aliases: ['甲油'],
        specs: { 容量: volume },
        unit: '瓶',
      }),
    ),
  ];
}

/** A made-up herbal medicine shop: 三七 graded by heads to the 斤 (20头 are larger than 60头), and 枸杞子 by grains. */
function herbShop(): Product[] {
  return [
    ...['20头', '40头', '60头'].map((heads) =>
      testProduct({
        sku: `SANQI-${heads}`,
        name: '文山三七',
        aliases: ['三七', '田七'],
        specs: { 规格: heads },
        unit: '斤',
      }),
    ),
    ...['180粒', '250粒'].map((grains) =>
      testProduct({
        sku: `GOJI-${grains}`,
        name: '枸杞子',
        aliases: ['枸杞子'],
        specs: { 规格: grains },
        unit: '斤',
      }),
    ),
  ];
}

const filters = createDialogEngine({ products: filterShop() });
const nails = createDialogEngine({ products: nailShop() });
const herbs = createDialogEngine({ products: herbShop() });

describe('A count per measure orders the other way: more of them, each smaller', () => {
  it.each([
    // 粗 / 细 of a mesh count or a grit: the coarsest is the smallest number
    [filters, ['滤网 10米', '最粗的'], [['NYLON-80目', 10]]],
    [filters, ['滤网 10米', '细的'], [['NYLON-400目', 10]]],
    [nails, ['指甲锉 5包', '最粗的那个'], [['FILE-80', 5]]],
    [nails, ['指甲锉 5包', '最细的'], [['FILE-180', 5]]],
    // 大 / 小 of pieces counted to a weight: the largest is the fewest to the 斤
    [herbs, ['三七 2斤', '最大的'], [['SANQI-20头', 2]]],
    [herbs, ['三七 2斤', '小的'], [['SANQI-60头', 2]]],
    [herbs, ['枸杞子 3斤', '大粒的'], [['GOJI-180粒', 3]]],
  ] as const)('answers a question with the end said (%#)', (engine, turns, lines) => {
    const said = talkTo(engine, [...turns, '确认']);
    expect(lineQtys(said[1])).toEqual(lines);
    expect(said[2]!.order?.status).toBe('confirmed');
  });

  it.each([
    [filters, '滤网最细的 20米', [['NYLON-400目', 20]]],
    [nails, '指甲锉 粗的 3包', [['FILE-80', 3]]],
    [herbs, '三七大的5斤', [['SANQI-20头', 5]]],
    [herbs, '枸杞子 大粒的 2斤', [['GOJI-180粒', 2]]],
  ] as const)('reads the end said with the item (%#)', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it.each([
    // the count named with its attribute is the number as it is
    [filters, ['滤网 10米', '目数大的'], [['NYLON-400目', 10]]],
    [filters, ['滤网 10米', '目数最小的'], [['NYLON-80目', 10]]],
  ] as const)('reads 目数大的 as the higher number (%#)', (engine, turns, lines) => {
    expect(lineQtys(talkTo(engine, [...turns])[1])).toEqual(lines);
  });

  it.each([
    // 大 / 小 of a grit, 粗 / 细 of heads to the 斤: no order the word says — asked again, never one picked
    [nails, ['指甲锉 5包', '大的', '确认']],
    [herbs, ['三七 2斤', '细的', '确认']],
  ] as const)('asks again when the word says no order of the count (%#)', (engine, turns) => {
    const said = talkTo(engine, [...turns]);
    expect(lineQtys(said[1])).toEqual([]);
    expect(said[2]!.order?.status).not.toBe('confirmed');
  });
});
