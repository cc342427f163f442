import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo } from './dialog-test-kit.js';
import { beddingShop, lensShop, nailShop } from './small-counters-test-kit.js';

describe('a correction by a value that more than one line holds', () => {
  const cases: [() => Product[], string, string, string, [string, number][]][] = [
    [
      nailShop,
      '红色甲油胶 15ml 10瓶 粉色甲油胶 15ml 5瓶',
      '不对 15ml的要20瓶',
      '粉色的',
      [
        ['N-R-15', 10],
        ['N-P-15', 20],
      ],
    ],
    [
      beddingShop,
      '四件套 1.5米 灰色 2套 四件套 1.8米 灰色 3套',
      '不对 灰色的要5套',
      '2',
      [
        ['S-15-GR', 2],
        ['S-18-GR', 5],
      ],
    ],
    [
      lensShop,
      '镜片 1.56 绿膜 10副 镜片 1.60 绿膜 5副',
      '不对 绿膜的要8副',
      '第一个',
      [
        ['L-156-G', 8],
        ['L-160-G', 5],
      ],
    ],
  ];

  it('asks which line it means, and changes neither until told', () => {
    for (const [shop, order, correction] of cases) {
      const turns = talkTo(createDialogEngine({ products: shop() }), [order, correction, '确认']);
      expect([correction, turns[1]!.replies.join('')]).toEqual([
        correction,
        expect.stringContaining('改哪一个'),
      ]);
      expect(lineQtys(turns[1])).toEqual(lineQtys(turns[0]));
      expect([correction, turns[2]!.order?.status]).toEqual([correction, 'draft']);
    }
  });

  it('changes the amount of the line the customer picks, and only that', () => {
    for (const [shop, order, correction, pick, lines] of cases) {
      const turns = talkTo(createDialogEngine({ products: shop() }), [order, correction, pick, '确认']);
      expect([pick, turns[3]!.order?.status]).toEqual([pick, 'confirmed']);
      expect(lineQtys(turns[3])).toEqual(lines);
    }
  });

  it('changes the one line holding the value when only one does', () => {
    const turns = talkTo(createDialogEngine({ products: beddingShop() }), [
      '四件套 1.5米 灰色 2套 四件套 2.0米 蓝色 3套',
      '不对 灰色的要5套',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['S-15-GR', 5],
      ['S-20-BL', 3],
    ]);
  });
});
