import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import type { DialogEngine } from './dialog-types.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A product sold by the case of `count` of `inner`, the count written as a value too. */
function cased(
  sku: string,
  name: string,
  family: string,
  grade: string,
  count: number,
  inner: string,
): Product {
  return testProduct({
    sku,
    name,
    aliases: [family],
    category: family,
    specs: { 规格: grade, 装箱: `${count}${inner}/箱` },
    unit: '箱',
    conversions: { [inner]: 1 / count },
  });
}

/**
 * Made-up counters where one family's case holds twice what another's does: a temple-supplies shop's red candles
 * (大号 50支/箱, 小号 100支/箱) beside joss sticks of 100支/箱, a fireworks shop's strings of crackers (2000响 20盘/箱,
 * 5000响 10盘/箱) beside flash crackers of 40盘/箱.
 */
const candles = [
  cased('LZ-DA', '红蜡烛 大号', '红蜡烛', '大号', 50, '支'),
  cased('LZ-XIAO', '红蜡烛 小号', '红蜡烛', '小号', 100, '支'),
  cased('GX-100', '檀香供香', '供香', '檀香', 100, '支'),
];
const crackers = [
  cased('BP-2000', '鞭炮 2000响', '鞭炮', '2000响', 20, '盘'),
  cased('BP-5000', '鞭炮 5000响', '鞭炮', '5000响', 10, '盘'),
  cased('DGP-40', '电光炮', '电光炮', '普通', 40, '盘'),
];
const shops: Record<string, DialogEngine> = {
  candles: createDialogEngine({ products: candles }),
  crackers: createDialogEngine({ products: crackers }),
};

describe('a count before an amount that is that amount of the product restated', () => {
  it.each([
    ['candles', ['大号红蜡烛 拿60支', '那拿100支 两箱', '确认'], 'LZ-DA'],
    ['crackers', ['2000响鞭炮 拿30盘', '那拿40盘 两箱', '确认'], 'BP-2000'],
  ])('answers the amount asked about, in cases of the product asked (%s: %j)', (shop, turns, sku) => {
    const said = talkTo(shops[shop]!, turns);
    expect(lineQtys(said[1])).toEqual([[sku, 2]]);
    expect(said[2]!.order?.status).toBe('confirmed');
  });

  it.each([
    ['candles', '大号红蜡烛100支 两箱', 'LZ-DA'],
    ['crackers', '5000响鞭炮20盘 两箱', 'BP-5000'],
  ])('is the named product’s amount, not another case size (%s: %s)', (shop, message, sku) => {
    const said = talkTo(shops[shop]!, [message, '确认']);
    expect(lineQtys(said[0])).toEqual([[sku, 2]]);
    expect(said[1]!.order?.status).toBe('confirmed');
  });

  it.each([
    ['candles', ['红蜡烛100支 两箱', '大号的', '确认'], 'LZ-DA'],
    ['crackers', ['鞭炮20盘 两箱', '5000响的', '确认'], 'BP-5000'],
  ])('is asked about where a sibling’s case holds the count itself (%s: %j)', (shop, turns, sku) => {
    const said = talkTo(shops[shop]!, turns);
    expect(said[0]!.order?.lines ?? []).toEqual([]);
    expect(lineQtys(said[1])).toEqual([[sku, 2]]);
    expect(said[2]!.order?.status).toBe('confirmed');
  });

  it.each([
    ['candles', '红蜡烛100支 3箱', 'LZ-XIAO', 3],
    ['crackers', '鞭炮20盘 3箱', 'BP-2000', 3],
  ])('stays the pack where the amount does not restate it (%s: %s)', (shop, message, sku, quantity) => {
    expect(lineQtys(talkTo(shops[shop]!, [message])[0])).toEqual([[sku, quantity]]);
  });
});
