import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of three trades: aquarium supplies, calligraphy supplies, camping gear. */
function shops(): Product[] {
  const tank = (sku: string, glass: string, length: string) =>
    testProduct({
      sku,
      name: `${glass.slice(0, 2)}鱼缸`,
      category: '鱼缸',
      aliases: ['鱼缸'],
      specs: { 材质: glass, 长度: length },
      unit: '个',
    });
  return [
    tank('YG-CB-60', '超白玻璃', '60cm'),
    tank('YG-CB-80', '超白玻璃', '80cm'),
    tank('YG-PT-60', '普通玻璃', '60cm'),
    tank('YG-PT-80', '普通玻璃', '80cm'),
    testProduct({ sku: 'DENG-60', name: '水族灯', specs: { 外壳: '亚克力', 长度: '60cm' }, unit: '个' }),
    testProduct({ sku: 'DENG-80', name: '水族灯', specs: { 外壳: '铝合金', 长度: '80cm' }, unit: '个' }),
    testProduct({
      sku: 'JRB-100',
      name: '石英加热棒',
      category: '加热棒',
      specs: { 功率: '100W' },
      unit: '根',
    }),
    testProduct({ sku: 'XZ-4', name: '生宣纸', aliases: ['宣纸'], specs: { 尺寸: '四尺' }, unit: '刀' }),
    testProduct({
      sku: 'YT-DS',
      name: '端砚',
      category: '砚台',
      aliases: ['砚台'],
      specs: { 材质: '端石' },
      unit: '方',
    }),
    testProduct({
      sku: 'YT-SS',
      name: '歙砚',
      category: '砚台',
      aliases: ['砚台'],
      specs: { 材质: '歙石' },
      unit: '方',
    }),
    testProduct({ sku: 'ZZ-T', name: '镇纸', specs: { 材质: '铜' }, unit: '对' }),
    testProduct({ sku: 'ZZ-M', name: '镇纸', specs: { 材质: '红木' }, unit: '对' }),
    testProduct({
      sku: 'ZP-3',
      name: '三人帐篷',
      category: '帐篷',
      specs: { 面料: '牛津布', 人数: '3人' },
      unit: '顶',
    }),
    testProduct({
      sku: 'DC-SL',
      name: '防潮垫',
      category: '地垫',
      specs: { 材质: '铝膜' },
      unit: '张',
      conversions: { 箱: 20 },
    }),
  ];
}

describe('An item refused as not sold in the spec said, then let go in words with a confirmation', () => {
  it('confirms the rest when 没有X的就算了 就这样 names the refused spec (aquarium)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['石英加热棒3根 亚克力鱼缸 2个', '没有亚克力的就算了 就这样']);
    expect(turns[0]!.replies.join('')).toContain('没有亚克力的鱼缸');
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['JRB-100', 3]]);
  });

  it('confirms the rest when 没有X的就不要了 发吧 names the refused spec (calligraphy)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['四尺宣纸5刀 铜砚台 2方', '没有铜的就不要了 发吧']);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['XZ-4', 5]]);
  });

  it('keeps asking when 没有就算了 comes with nothing that confirms (aquarium)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['石英加热棒3根 亚克力鱼缸 2个', '没有亚克力的就算了']);
    expect(turns[1]!.order?.status).toBe('draft');
    expect(lineQtys(turns[1])).toEqual([['JRB-100', 3]]);
  });
});

describe('A quantity said with a product the shop does not sell, then given to the item ordered instead', () => {
  it('is closed by the next item said with that quantity, so 确认 confirms (camping)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['吊床还有吗 给我来两箱', '没有就算了 那铝膜的来两箱', '确认']);
    expect(turns[0]!.order).toBeNull();
    expect(turns[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[2])).toEqual([['DC-SL', 40]]);
  });

  it('is closed by the next item said with that quantity by its name (camping)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['睡袋有没有 拿3顶', '没有就算了 那三人帐篷来3顶', '确认']);
    expect(turns[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[2])).toEqual([['ZP-3', 3]]);
  });

  it('is still asked about when the next item comes with another quantity (camping)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['吊床还有吗 给我来两箱', '那铝膜的来一箱', '确认']);
    expect(turns[2]!.order?.status).toBe('draft');
    expect(turns[2]!.replies.join('')).toContain('两箱');
  });
});
