import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 防冻液-35度10箱 / 水泵1.5千瓦3台: a value's unit said the everyday way (度, 千瓦) is written the catalog's way (°C,
 * kW), and the amount glued right after it stayed glued to the letters (-35°c10箱), so no amount was read: the item
 * was asked about or, beside other items, lost. Two made-up shops: antifreeze by 冰点 (箱 of 4) and pumps by 功率.
 */
function shops(): Product[] {
  return [
    ...['-25°C', '-35°C'].map((point) =>
      testProduct({
        sku: `COOLANT${point}`,
        name: '长效防冻液',
        aliases: ['防冻液'],
        specs: { 冰点: point },
        unit: '桶',
        conversions: { 箱: 4 },
      }),
    ),
    ...['0.75kW', '1.5kW'].map((power) =>
      testProduct({
        sku: `PUMP-${power}`,
        name: '自吸水泵',
        aliases: ['水泵'],
        specs: { 功率: power },
        unit: '台',
      }),
    ),
    testProduct({ sku: 'HOSE', name: '水泵软管', aliases: ['软管'], specs: {}, unit: '米' }),
  ];
}

const engine = createDialogEngine({ products: shops() });

describe('An amount glued after a unit written the catalog’s way', () => {
  it('reads 防冻液-35度10箱 as 10 cases of the -35°C one', () => {
    const turns = talkTo(engine, ['防冻液-35度10箱', '确认']);
    expect(lineQtys(turns[1])).toEqual([['COOLANT-35°C', 40]]);
  });

  it('reads 水泵1.5千瓦3台 beside another item', () => {
    const turns = talkTo(engine, ['水泵1.5千瓦3台 软管20米', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['PUMP-1.5kW', 3],
      ['HOSE', 20],
    ]);
  });
});
