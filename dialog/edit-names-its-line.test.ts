import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up yarn counter: worsted yarn by 型号 from two mills, and cotton yarn by 支数 from the same two. */
function yarnShop(): Product[] {
  const wool = (sku: string, mill: string) =>
    testProduct({
      sku,
      name: '精纺毛纱 W48',
      brand: mill,
      category: '毛纱',
      aliases: ['毛纱', 'W48'],
      specs: { 型号: 'W48', 产地: mill },
      unit: '公斤',
    });
  return [
    wool('W48-NS', '南山'),
    wool('W48-RY', '如意'),
    ...['南山', '如意'].map((mill, at) =>
      testProduct({
        sku: `C32-${at}`,
        name: '精梳棉纱 C32',
        brand: mill,
        category: '棉纱',
        aliases: ['棉纱', 'C32'],
        specs: { 支数: 'C32', 产地: mill },
        unit: '公斤',
      }),
    ),
  ];
}

/** A made-up seafood counter: frozen shrimp by 规格 from two packers, squid rings. */
function seafoodShop(): Product[] {
  const shrimp = (sku: string, packer: string) =>
    testProduct({
      sku,
      name: '南美白虾 40/50',
      brand: packer,
      category: '冻虾',
      aliases: ['白虾', '南美虾'],
      specs: { 规格: '40/50', 厂家: packer },
      unit: '箱',
    });
  return [
    shrimp('SHR-GL', '国联'),
    shrimp('SHR-ZS', '正顺'),
    testProduct({
      sku: 'SQD-RING',
      name: '鱿鱼圈',
      brand: '国联',
      category: '冻鱿鱼',
      aliases: ['鱿鱼圈'],
      specs: { 规格: '1kg' },
      unit: '箱',
    }),
  ];
}

/** A made-up flower wholesaler: roses by 品种 from two growers, and eucalyptus. */
function flowerShop(): Product[] {
  const rose = (sku: string, grower: string) =>
    testProduct({
      sku,
      name: '卡罗拉玫瑰',
      brand: grower,
      category: '玫瑰',
      aliases: ['卡罗拉', '红玫瑰'],
      specs: { 品种: '卡罗拉', 产地: grower },
      unit: '扎',
    });
  return [
    rose('ROSE-KM', '昆明斗南'),
    rose('ROSE-YX', '玉溪'),
    testProduct({
      sku: 'EUC-YX',
      name: '尤加利叶',
      brand: '玉溪',
      category: '配叶',
      aliases: ['尤加利'],
      specs: {},
      unit: '扎',
    }),
    testProduct({
      sku: 'EUC',
      name: '尤加利叶',
      brand: '昆明斗南',
      category: '配叶',
      aliases: ['尤加利'],
      specs: {},
      unit: '扎',
    }),
  ];
}

describe('An edit names its line by the line’s own words', () => {
  it('changes the maker of the line whose model the correction names, not the line said last', () => {
    const turns = talkTo(createDialogEngine({ products: yarnShop() }), [
      'W48南山 20公斤 C32南山 30公斤',
      '不对 W48要如意的',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['W48-RY', 20],
      ['C32-0', 30],
    ]);
    expect(turns[1]!.replies.join('\n')).toContain('改为');
  });

  it('changes the maker of the line whose product word the correction says, not the line said last', () => {
    const turns = talkTo(createDialogEngine({ products: yarnShop() }), [
      'W48南山 20公斤 C32南山 30公斤',
      '不对 毛纱要如意的',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['W48-RY', 20],
      ['C32-0', 30],
    ]);
  });

  it('changes the packer of the shrimp line when the squid was said last', () => {
    const turns = talkTo(createDialogEngine({ products: seafoodShop() }), [
      '白虾国联 5箱 鱿鱼圈 3箱',
      '不对 白虾要正顺的',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['SHR-ZS', 5],
      ['SQD-RING', 3],
    ]);
  });

  it('changes the grower of the rose line named by its kind and keeps the eucalyptus as it was', () => {
    const turns = talkTo(createDialogEngine({ products: flowerShop() }), [
      '卡罗拉 玉溪 10扎 尤加利 玉溪 4扎',
      '不对 玫瑰要昆明斗南的',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['ROSE-KM', 10],
      ['EUC-YX', 4],
    ]);
  });

  it('changes the grower of the rose line and keeps the eucalyptus as it was', () => {
    const turns = talkTo(createDialogEngine({ products: flowerShop() }), [
      '卡罗拉 玉溪 10扎 尤加利 玉溪 4扎',
      '不对 卡罗拉要昆明斗南的',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['ROSE-KM', 10],
      ['EUC-YX', 4],
    ]);
  });
});
