import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: socket timers by their longest setting, heat packs by how long they keep warm. */
function shops(): Product[] {
  return [
    testProduct({
      sku: 'DS-4',
      name: '机械定时器',
      aliases: ['定时器'],
      specs: { 定时: '4小时' },
      unit: '个',
    }),
    testProduct({
      sku: 'DS-24',
      name: '机械定时器',
      aliases: ['定时器'],
      specs: { 定时: '24小时' },
      unit: '个',
    }),
    testProduct({ sku: 'NBB-8', name: '暖宝宝', specs: { 发热时间: '8小时' }, unit: '盒' }),
    testProduct({ sku: 'NBB-12', name: '暖宝宝', specs: { 发热时间: '12小时' }, unit: '盒' }),
  ];
}

describe('A number of hours said with 个 (4个小时) is the value the catalog writes as 4小时', () => {
  it('reads it in the order (timers)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['24个小时的定时器 6个']);
    expect(lineQtys(turns[0])).toEqual([['DS-24', 6]]);
  });

  it('reads it as the answer to the question of which (heat packs)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['暖宝宝 10盒', '12个小时的']);
    expect(lineQtys(turns[1])).toEqual([['NBB-12', 10]]);
  });
});
