import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo } from './dialog-test-kit.js';
import { beddingShop, lensShop, nailShop } from './small-counters-test-kit.js';

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
