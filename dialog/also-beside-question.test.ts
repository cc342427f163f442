import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up nail-salon counter: gel polish by colour and bottle size. */
function nailShop(): Product[] {
  const gel = (sku: string, colour: string, size: string) =>
    testProduct({
      sku,
      name: '美甲甲油胶',
      aliases: ['甲油胶'],
      specs: { 颜色: colour, 容量: size },
      unit: '瓶',
    });
  return [gel('N-R-15', '红色', '15ml'), gel('N-P-15', '粉色', '15ml'), gel('N-W-8', '白色', '8ml')];
}

/** A made-up optician's counter: resin lenses by index and coating. */
function lensShop(): Product[] {
  const lens = (sku: string, index: string, coat: string) =>
    testProduct({
      sku,
      name: '树脂镜片',
      aliases: ['镜片'],
      specs: { 折射率: index, 膜层: coat },
      unit: '副',
    });
  return [lens('L-156-G', '1.56', '绿膜'), lens('L-160-G', '1.60', '绿膜'), lens('L-167-B', '1.67', '蓝膜')];
}

/** A made-up bedding counter: cotton bed sets by width and colour. */
function beddingShop(): Product[] {
  const set = (sku: string, size: string, colour: string) =>
    testProduct({
      sku,
      name: '纯棉四件套',
      aliases: ['四件套'],
      specs: { 尺寸: size, 颜色: colour },
      unit: '套',
    });
  return [set('S-15-GR', '1.5米', '灰色'), set('S-18-GR', '1.8米', '灰色'), set('S-20-BL', '2.0米', '蓝色')];
}

describe('a sibling said with 也 and its own amount while a product question waits', () => {
  const cases: [() => Product[], string[], [string, number][], [string, number][]][] = [
    [
      nailShop,
      ['甲油胶 15ml 10瓶', '粉色的也来5瓶', '红色', '确认'],
      [['N-P-15', 5]],
      [
        ['N-P-15', 5],
        ['N-R-15', 10],
      ],
    ],
    [
      beddingShop,
      ['四件套 灰色 2套', '1.8米的也来3套', '1.5米', '确认'],
      [['S-18-GR', 3]],
      [
        ['S-18-GR', 3],
        ['S-15-GR', 2],
      ],
    ],
    [
      lensShop,
      ['镜片 绿膜 10副', '1.60的也来5副', '1.56', '确认'],
      [['L-160-G', 5]],
      [
        ['L-160-G', 5],
        ['L-156-G', 10],
      ],
    ],
  ];

  it('is one more line: the question keeps its own amount and is asked again', () => {
    for (const [shop, said, afterSibling, confirmed] of cases) {
      const turns = talkTo(createDialogEngine({ products: shop() }), said);
      expect([said[1], lineQtys(turns[1])]).toEqual([said[1], afterSibling]);
      expect(turns[1]!.replies.join('')).toMatch(/要(哪个|什么)/);
      expect([said[2], turns[3]!.order?.status]).toEqual([said[2], 'confirmed']);
      expect(lineQtys(turns[3])).toEqual(confirmed);
    }
  });
});
