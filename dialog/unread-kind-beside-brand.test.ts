import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** One product of `brand` in the family `kind`, the brand part of its name. */
function branded(sku: string, brand: string, kind: string, unit: string): Product {
  return testProduct({ sku, name: `${brand}${kind}`, brand, category: kind, aliases: [kind], unit });
}

/** A made-up work-glove counter: 星宇 sells three kinds of gloves, 登升 only nitrile ones. */
function gloveShop(): Product[] {
  return [
    branded('XY-DJ', '星宇', '丁腈手套', '双'),
    branded('XY-FB', '星宇', '帆布手套', '双'),
    branded('XY-MS', '星宇', '棉纱手套', '双'),
    branded('DS-DJ', '登升', '丁腈手套', '双'),
  ];
}

/** A made-up lighting-parts counter: 雷士 sells downlights, light strips and drivers, 欧普 downlights. */
function lightingShop(): Product[] {
  return [
    branded('NVC-TD', '雷士', '筒灯', '个'),
    branded('NVC-DD', '雷士', '灯带', '个'),
    branded('NVC-QD', '雷士', '驱动电源', '个'),
    branded('OP-TD', '欧普', '筒灯', '个'),
  ];
}

/** A made-up drinks counter: 农夫山泉 sells water, tea and juice, 怡宝 water. */
function drinksShop(): Product[] {
  return [
    branded('NF-KQS', '农夫山泉', '矿泉水', '箱'),
    branded('NF-CHA', '农夫山泉', '东方树叶', '箱'),
    branded('NF-GZ', '农夫山泉', '果汁', '箱'),
    branded('YB-KQS', '怡宝', '矿泉水', '箱'),
  ];
}

const trades = [
  {
    trade: 'work gloves',
    shop: gloveShop,
    lacking: '星宇护膝',
    other: '登升丁腈手套',
    sku: 'DS-DJ',
    unit: '双',
  },
  {
    trade: 'lighting parts',
    shop: lightingShop,
    lacking: '雷士浴霸',
    other: '欧普筒灯',
    sku: 'OP-TD',
    unit: '个',
  },
  {
    trade: 'drinks',
    shop: drinksShop,
    lacking: '农夫山泉咖啡',
    other: '怡宝矿泉水',
    sku: 'YB-KQS',
    unit: '箱',
  },
];

describe('A brand said with a kind word the shop does not sell', () => {
  for (const { trade, shop, lacking, other, sku, unit } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products: shop() });

      it('lends its amount to no family the brand has because another line of the message is of it', () => {
        const [turn] = talkTo(engine, [`${lacking}要5${unit} ${other} 4${unit}`]);
        expect(lineQtys(turn)).toEqual([[sku, 4]]);
        expect(turn!.replies.join('')).toContain(lacking.slice(-2));
      });

      it('lends it to none said after it either', () => {
        const [turn] = talkTo(engine, [`${other} 4${unit} ${lacking}要5${unit}`]);
        expect(lineQtys(turn)).toEqual([[sku, 4]]);
      });

      it('is confirmed without it: the item is never placed by the confirmation', () => {
        const turns = talkTo(engine, [`${lacking}要5${unit} ${other} 4${unit}`, '确认', '确认']);
        for (const t of turns) expect(lineQtys(t)).toEqual([[sku, 4]]);
      });
    });
  }
});
