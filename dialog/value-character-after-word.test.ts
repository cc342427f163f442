import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters whose products differ by a short value, said by one of its characters right after the product
 * word: a tofu workshop (老豆腐 / 嫩豆腐 by the 斤), a packing-supplies shop's twine (麻绳 / 棉绳 by the 卷, the 棉绳 also by the 米), a drinks
 * wholesaler's coconut milk in two cartons (利乐砖 24盒 / 利乐枕 16袋 to the 箱), a gift shop's flasks (男士 / 女士) and
 * a workwear stall's raincoats (男式 / 女式), said as a style (男款).
 */
function gluedShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [sku, kind] of [
    ['TOFU-LAO', '老豆腐'],
    ['TOFU-NEN', '嫩豆腐'],
  ] as const)
    add({ sku, name: '卤水豆腐', aliases: ['豆腐'], category: '豆腐', specs: { 品种: kind }, unit: '斤' });
  add({ sku: 'TWINE-MA', name: '捆扎绳', category: '捆扎绳', specs: { 材质: '麻绳' }, unit: '卷' });
  add({
    sku: 'TWINE-MIAN',
    name: '捆扎绳',
    category: '捆扎绳',
    specs: { 材质: '棉绳' },
    unit: '卷',
    conversions: { 米: 1 / 100 },
  });
  add({
    sku: 'COCO-BRICK',
    name: '椰汁',
    category: '椰汁',
    specs: { 包装: '利乐砖', 装箱: '24盒/箱' },
    unit: '箱',
    conversions: { 盒: 1 / 24 },
  });
  add({
    sku: 'COCO-PILLOW',
    name: '椰汁',
    category: '椰汁',
    specs: { 包装: '利乐枕', 装箱: '16袋/箱' },
    unit: '箱',
    conversions: { 袋: 1 / 16 },
  });
  for (const [sku, fit] of [
    ['CUP-M', '男士'],
    ['CUP-F', '女士'],
  ] as const)
    add({
      sku,
      name: '不锈钢保温杯',
      aliases: ['保温杯'],
      category: '保温杯',
      specs: { 适用: fit },
      unit: '个',
    });
  for (const [sku, fit] of [
    ['COAT-M', '男式'],
    ['COAT-F', '女式'],
  ] as const)
    add({ sku, name: '分体雨衣', aliases: ['雨衣'], category: '雨衣', specs: { 款式: fit }, unit: '件' });
  return list;
}

const engine = createDialogEngine({ products: gluedShop(), maxQtyPerLine: 10000 });

describe("A value's character glued after the product word, with 的", () => {
  it.each([
    ['豆腐老的5斤', [['TOFU-LAO', 5]]],
    ['捆扎绳麻的20卷', [['TWINE-MA', 20]]],
    ['椰汁枕的20箱', [['COCO-PILLOW', 20]]],
    [
      '豆腐嫩的5斤 老的3斤',
      [
        ['TOFU-NEN', 5],
        ['TOFU-LAO', 3],
      ],
    ],
    [
      '椰汁砖的20箱 枕的10箱',
      [
        ['COCO-BRICK', 20],
        ['COCO-PILLOW', 10],
      ],
    ],
  ])('is the value of the word’s products that holds it (%s)', (message, lines) => {
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('is no value where none of the word’s products holds it (豆腐酸的 is asked about, never confirmed)', () => {
    const turns = talkTo(engine, ['豆腐酸的5斤', '确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it.each([
    [['椰汁30盒', '砖的 那就一箱', '好的'], 'COCO-BRICK', 1],
    [['捆扎绳150米', '棉的 那就两卷', '好的'], 'TWINE-MIAN', 2],
  ])(
    'said alone with an amount, answers how many of the product asked about (%j)',
    (turns, sku, quantity) => {
      const said = talkTo(engine, turns);
      expect(lineQtys(said[1])).toEqual([[sku, quantity]]);
      expect(said[2]!.order?.status).toBe('confirmed');
    },
  );

  it.each([
    [
      '保温杯男款 女款各两个',
      [
        ['CUP-M', 2],
        ['CUP-F', 2],
      ],
    ],
    ['雨衣男款10件', [['COAT-M', 10]]],
  ])('said as a style (款) is that value too (%s)', (message, lines) => {
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });
});
