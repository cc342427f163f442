import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up curtain-track counter: track sold by the 米, which the trade also calls 延米. */
function curtainTrackShop(): Product[] {
  return [
    testProduct({
      sku: 'GD-LH',
      name: '铝合金静音轨道',
      category: '窗帘轨道',
      aliases: ['轨道', '静音轨道'],
      specs: { 颜色: '白色' },
      unit: '米',
      unitAliases: ['延米'],
    }),
    testProduct({
      sku: 'GD-HL',
      name: '轨道滑轮',
      category: '配件',
      aliases: ['滑轮'],
      specs: {},
      unit: '个',
    }),
  ];
}

/** A made-up stair-rail counter: handrail sold by the 米, said as 米长. */
function stairRailShop(): Product[] {
  return [
    testProduct({
      sku: 'FS-SM',
      name: '实木楼梯扶手',
      category: '楼梯扶手',
      aliases: ['扶手', '楼梯扶手'],
      specs: { 材质: '橡木' },
      unit: '米',
      unitAliases: ['米长', '延米'],
    }),
    testProduct({
      sku: 'LZ-1',
      name: '楼梯立柱',
      category: '立柱',
      aliases: ['立柱'],
      specs: {},
      unit: '根',
    }),
  ];
}

/** A made-up fencing counter: wire fence sold by the 米, posts sold by the 根. */
function fencingShop(): Product[] {
  return [
    testProduct({
      sku: 'HLW-18',
      name: '双边丝护栏网',
      category: '护栏网',
      aliases: ['护栏网', '围栏'],
      specs: { 高度: '1.8米' },
      unit: '米',
      unitAliases: ['延米'],
    }),
    testProduct({
      sku: 'LZ-48',
      name: '护栏立柱',
      category: '立柱',
      aliases: ['立柱'],
      specs: { 直径: '48mm' },
      unit: '根',
    }),
  ];
}

describe('个 between a number and a name of the unit of measure is a filler', () => {
  it('reads 8个延米 of track sold by the 米 as 8 米', () => {
    const engine = createDialogEngine({ products: curtainTrackShop() });
    expect(lineQtys(talkTo(engine, ['静音轨道 8个延米'])[0])).toEqual([['GD-LH', 8]]);
  });

  it('reads 12个米长 and 12个延米 of handrail the same', () => {
    const engine = createDialogEngine({ products: stairRailShop() });
    expect(lineQtys(talkTo(engine, ['楼梯扶手 12个米长'])[0])).toEqual([['FS-SM', 12]]);
    expect(lineQtys(talkTo(engine, ['扶手做12个延米'])[0])).toEqual([['FS-SM', 12]]);
  });

  it('reads 50个延米 of fence beside posts counted in 根', () => {
    const engine = createDialogEngine({ products: fencingShop() });
    expect(lineQtys(talkTo(engine, ['护栏网 50个延米 立柱20根'])[0])).toEqual([
      ['HLW-18', 50],
      ['LZ-48', 20],
    ]);
  });
});
