import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A value said after a line's quantity and before the next product word (老板椅一把要棕色 再来个沙发黑的) belongs to
 * the line before where its product comes in it; per-line values never cross lines. Made-up bicycle, kitchen and
 * clothing counters.
 */
function shops(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const colour of ['红色', '黑色']) {
    add({ sku: `SD-${colour}`, name: '山地自行车', specs: { 颜色: colour }, unit: '辆' });
    add({ sku: `ET-${colour}`, name: '儿童自行车', specs: { 颜色: colour }, unit: '辆' });
  }
  add({ sku: 'DQ-1', name: '打气筒', unit: '个' });
  for (const colour of ['白色', '黑色']) {
    add({ sku: `DFB-${colour}`, name: '电饭煲', specs: { 颜色: colour }, unit: '台' });
    add({ sku: `SH-${colour}`, name: '电水壶', specs: { 颜色: colour }, unit: '个' });
    for (const layers of ['双层', '三层'])
      add({
        sku: `ZG-${layers}-${colour}`,
        name: '不锈钢蒸锅',
        specs: { 层数: layers, 颜色: colour },
        unit: '个',
      });
  }
  add({ sku: 'ZB-1', name: '竹砧板', unit: '块' });
  for (const colour of ['白色', '藏青色']) {
    add({ sku: `TX-${colour}`, name: '纯棉T恤', specs: { 颜色: colour }, unit: '件' });
    add({ sku: `WY-${colour}`, name: '连帽卫衣', specs: { 颜色: colour }, unit: '件' });
  }
  add({ sku: 'PD-1', name: '牛皮腰带', unit: '条' });
  return list;
}

const engine = createDialogEngine({ products: shops(), maxQtyPerLine: 100000 });

describe('a value said after a quantity and before the next product', () => {
  it('bicycles: 要红色 is the mountain bike’s, 黑的 the child’s bike’s', () => {
    const [said] = talkTo(engine, ['山地自行车一辆要红色 再来辆儿童自行车黑的 打气筒一个']);
    expect(lineQtys(said)).toEqual([
      ['SD-红色', 1],
      ['ET-黑色', 1],
      ['DQ-1', 1],
    ]);
  });

  it('kitchen: 要白色 is the rice cooker’s, never the steamer’s', () => {
    const [said] = talkTo(engine, ['电饭煲两台要白色 再来个三层蒸锅黑的 竹砧板3块']);
    expect(lineQtys(said)).toEqual([
      ['DFB-白色', 2],
      ['ZG-三层-黑色', 1],
      ['ZB-1', 3],
    ]);
  });

  it('clothing: a line named after 再来 with no amount is asked about, its colour kept', () => {
    const [said, confirmed] = talkTo(engine, ['纯棉T恤5件要白色 再来连帽卫衣藏青色的 牛皮腰带2条', '确认']);
    expect(lineQtys(said)).toEqual(
      expect.arrayContaining([
        ['TX-白色', 5],
        ['PD-1', 2],
      ]),
    );
    expect(lineQtys(said)).not.toContainEqual(['WY-白色', expect.anything()]);
    expect(confirmed!.order?.status).not.toBe('confirmed');
  });
});
