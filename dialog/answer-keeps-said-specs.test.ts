import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of three trades: 3D-printing filament, embroidery thread and essential oils. */
function shops(): Product[] {
  const filament = (sku: string, brand: string, colour: string) =>
    testProduct({
      sku,
      name: `${brand}PLA耗材`,
      brand,
      category: '打印耗材',
      specs: { 颜色: colour, 线径: '1.75mm' },
      unit: '卷',
    });
  const thread = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '涤纶绣花线',
      brand: '金鹿',
      category: '绣花线',
      specs: { 颜色: colour },
      unit: '个',
    });
  const oil = (sku: string, brand: string) =>
    testProduct({ sku, name: '玫瑰精油', brand, category: '精油', specs: { 容量: '10ml' }, unit: '瓶' });
  return [
    filament('PLA-TZ-W', '拓竹', '白(W)'),
    filament('PLA-TZ-B', '拓竹', '黑(B)'),
    filament('PLA-YS-W', '易生', '白(W)'),
    filament('PLA-YS-B', '易生', '黑(B)'),
    thread('XX-R', '红(R)'),
    thread('XX-G', '绿(G)'),
    oil('JY-FXG', '芳香谷'),
    oil('JY-HY', '花语'),
  ];
}

describe('What the customer said before or with an answer is kept through the questions', () => {
  it('keeps a colour said as 黑色 of a value written 黑(B) while the brand is asked (filament)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['PLA耗材 黑色的 5卷', '拓竹的']);
    expect(lineQtys(turns[1])).toEqual([['PLA-TZ-B', 5]]);
  });

  it('reads 绿色 as the colour written 绿(G) (embroidery thread)', () => {
    const engine = createDialogEngine({ products: shops() });
    expect(lineQtys(talkTo(engine, ['绣花线 绿色 20个'])[0])).toEqual([['XX-G', 20]]);
  });

  it('reads a colour said with its code either way round, B黑 or 黑B, as the value written 黑(B) (filament)', () => {
    const engine = createDialogEngine({ products: shops() });
    expect(lineQtys(talkTo(engine, ['拓竹PLA耗材 B黑 2卷'])[0])).toEqual([['PLA-TZ-B', 2]]);
    expect(lineQtys(talkTo(engine, ['易生PLA耗材 白W 3卷'])[0])).toEqual([['PLA-YS-W', 3]]);
  });

  it('takes the amount said with the choice among the products offered (essential oils)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['有精华油吗 10ml的', '要花语的 6瓶', '确认']);
    expect(lineQtys(turns[1])).toEqual([['JY-HY', 6]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
