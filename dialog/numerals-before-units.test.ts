import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up lifting-gear shop: slings and chain hoists by rated load in T and length in 米, shackles by load. */
function liftingGear(): Product[] {
  const list: Product[] = [];
  for (const load of ['1T', '2T', '3T'])
    for (const length of ['3米', '6米'])
      list.push(
        testProduct({
          sku: `SLING-${load}-${length}`,
          name: '扁平吊装带',
          aliases: ['吊装带', '吊带'],
          specs: { 吨位: load, 长度: length },
          unit: '条',
        }),
      );
  for (const load of ['2T', '3.25T'])
    list.push(
      testProduct({
        sku: `SHACKLE-${load}`,
        name: '弓形卸扣',
        aliases: ['卸扣'],
        specs: { 吨位: load },
        unit: '个',
      }),
    );
  return list;
}

/** A made-up instrument counter: pressure gauges by range in MPa, sold by the 个. */
function gauges(): Product[] {
  return ['1MPa', '1.6MPa', '2.5MPa'].map((range) =>
    testProduct({
      sku: `GAUGE-${range}`,
      name: '不锈钢压力表',
      aliases: ['压力表'],
      specs: { 量程: range },
      unit: '个',
    }),
  );
}

/** A made-up grain stall: rice in 5kg and 10kg bags, and loose rice sold by the 公斤. */
function grain(): Product[] {
  return [
    testProduct({ sku: 'RICE-5', name: '东北大米', aliases: ['大米'], specs: { 规格: '5kg' }, unit: '袋' }),
    testProduct({ sku: 'RICE-10', name: '东北大米', aliases: ['大米'], specs: { 规格: '10kg' }, unit: '袋' }),
    testProduct({
      sku: 'MILLET',
      name: '散装小米',
      aliases: ['小米'],
      specs: { 产地: '山西' },
      unit: '公斤',
    }),
  ];
}

const first = (products: Product[], message: string) =>
  lineQtys(talkTo(createDialogEngine({ products, matcher: createMatcher(products) }), [message])[0]);

describe('A Chinese numeral before a unit the catalog writes another way', () => {
  it('reads 两吨 / 三吨 as the 2T / 3T load, and 3.25吨 as 3.25T', () => {
    expect(first(liftingGear(), '吊装带 两吨三米 10条')).toEqual([['SLING-2T-3米', 10]]);
    expect(first(liftingGear(), '吊带三吨六米的 4条')).toEqual([['SLING-3T-6米', 4]]);
    expect(first(liftingGear(), '3.25吨卸扣 20个')).toEqual([['SHACKLE-3.25T', 20]]);
  });

  it('reads 一点六兆帕 / 两点五兆帕 as the 1.6MPa / 2.5MPa gauge', () => {
    expect(first(gauges(), '压力表 一点六兆帕 5个')).toEqual([['GAUGE-1.6MPa', 5]]);
    expect(first(gauges(), '两点五兆帕的压力表 2个')).toEqual([['GAUGE-2.5MPa', 2]]);
  });

  it('leaves a numeral before a unit the shop sells in a quantity (小米 两公斤)', () => {
    expect(first(grain(), '小米 两公斤')).toEqual([['MILLET', 2]]);
    expect(first(grain(), '十公斤的大米 3袋')).toEqual([['RICE-10', 3]]);
  });
});
