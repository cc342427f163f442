import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Trade words no catalog spells (catalog/trade-lexicon-groups.ts): 调羹 for 汤勺, 大飞 / 小飞 for a motorbike's rear
 * and front sprockets, 雨刷精 for 玻璃水, 机制沙 for 机制砂 — said, they were "我们店里没有" and the order confirmed without
 * them. Made-up counters: a restaurant-supply stall, a scooter-parts stall, a car-wash supplier with a sand corner.
 */
function counters(): Product[] {
  return [
    testProduct({
      sku: 'SPOON',
      name: '不锈钢汤勺',
      aliases: ['汤勺'],
      specs: { 长度: '15cm' },
      unit: '个',
      conversions: { 打: 12 },
    }),
    testProduct({ sku: 'PLATE', name: '密胺圆盘', specs: { 尺寸: '8寸' }, unit: '个' }),
    ...['37T', '41T'].map((teeth) =>
      testProduct({
        sku: `REAR-${teeth}`,
        name: '420后链轮',
        aliases: ['后链轮'],
        specs: { 齿数: teeth },
        unit: '个',
      }),
    ),
    ...['14T', '15T'].map((teeth) =>
      testProduct({
        sku: `FRONT-${teeth}`,
        name: '420前链轮',
        aliases: ['前链轮'],
        specs: { 齿数: teeth },
        unit: '个',
      }),
    ),
    testProduct({
      sku: 'WASHER-FLUID',
      name: '冬季玻璃水',
      aliases: ['玻璃水'],
      specs: { 冰点: '-30°C' },
      unit: '瓶',
      conversions: { 箱: 6 },
    }),
    testProduct({ sku: 'SAND', name: '机制砂', specs: { 粒度: '中砂' }, unit: '吨' }),
  ];
}

const engine = createDialogEngine({ products: counters() });

describe('Trade words of more trades', () => {
  it('reads 调羹 as the shop’s 汤勺', () => {
    const turns = talkTo(engine, ['调羹来2打 8寸圆盘20个', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['SPOON', 24],
      ['PLATE', 20],
    ]);
  });

  it('reads 大飞 as the rear sprocket and 小飞 as the front one', () => {
    const turns = talkTo(engine, ['大飞41齿的5个 小飞15齿5个', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['REAR-41T', 5],
      ['FRONT-15T', 5],
    ]);
  });

  it('reads 雨刷精 and 机制沙', () => {
    const turns = talkTo(engine, ['雨刷精两箱 机制沙10吨', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['WASHER-FLUID', 12],
      ['SAND', 10],
    ]);
  });
});
