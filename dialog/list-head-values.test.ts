import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A list headed by a model and a size with no product word (T100 500ml 黑的10个 白的5个 红的5个): each value after it goes
 * on with the head. A value the head's model does not come in, which alone names another model of the shop, is asked
 * about with the head — never read as that other model. Made-up thermos-cup and helmet counters.
 */
function shops(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const colour of ['黑色', '白色', '酒红'])
    add({
      sku: `T100-500-${colour}`,
      name: '保温杯 T100',
      aliases: ['保温杯'],
      specs: { 款号: 'T100', 容量: '500ml', 颜色: colour },
      unit: '个',
    });
  add({
    sku: 'K8-300-RED',
    name: '儿童保温杯 K8',
    aliases: ['保温杯'],
    specs: { 款号: 'K8', 容量: '300ml', 颜色: '红色' },
    unit: '个',
  });
  for (const colour of ['黄色', '白色', '天蓝'])
    add({
      sku: `H60-L-${colour}`,
      name: '安全帽 H60',
      aliases: ['安全帽'],
      specs: { 款号: 'H60', 尺码: 'L', 颜色: colour },
      unit: '顶',
    });
  add({
    sku: 'H20-M-BLUE',
    name: '安全帽 H20',
    aliases: ['安全帽'],
    specs: { 款号: 'H20', 尺码: 'M', 颜色: '蓝色' },
    unit: '顶',
  });
  return list;
}

const engine = createDialogEngine({ products: shops(), maxQtyPerLine: 100000 });

describe('values in a list headed by a model and a size', () => {
  it('thermos cups: 红的 is not the red K8 cup when the list is of T100 500ml (which comes in 酒红)', () => {
    const [first, second] = talkTo(engine, ['T100 500ml 黑的10个 白的5个 红的5个', '确认']);
    expect(lineQtys(first)).not.toContainEqual(['K8-300-RED', 5]);
    expect(lineQtys(first)).toEqual(
      expect.arrayContaining([
        ['T100-500-黑色', 10],
        ['T100-500-白色', 5],
      ]),
    );
    expect(second!.order?.status).not.toBe('confirmed');
  });

  it('helmets: 蓝的 is not the blue H20 helmet when the list is of H60 L (which comes in 天蓝)', () => {
    const [first, second] = talkTo(engine, ['H60 L码 黄的10顶 白的5顶 蓝的5顶', '确认']);
    expect(lineQtys(first)).not.toContainEqual(['H20-M-BLUE', 5]);
    expect(second!.order?.status).not.toBe('confirmed');
  });

  it('values the head comes in still go on with it', () => {
    expect(lineQtys(talkTo(engine, ['T100 500ml 黑的10个 白的5个'])[0])).toEqual([
      ['T100-500-黑色', 10],
      ['T100-500-白色', 5],
    ]);
  });
});
