import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up music shop: guitar strings by gauge, gig bags plain or padded, capos. */
function musicShop(): Product[] {
  return [
    ...['010', '012'].map((gauge) =>
      testProduct({
        sku: `STR-${gauge}`,
        name: '民谣吉他弦',
        aliases: ['吉他弦', '琴弦'],
        specs: { 规格: gauge },
        unit: '套',
      }),
    ),
    ...['普通', '加厚'].map((kind) =>
      testProduct({
        sku: `BAG-${kind}`,
        name: '吉他琴包',
        aliases: ['琴包'],
        specs: { 款式: kind },
        unit: '个',
      }),
    ),
    testProduct({ sku: 'CAPO', name: '变调夹', aliases: ['夹子'], unit: '个' }),
  ];
}

/** A made-up sports shop: badminton rackets, shuttles by the tube, grip tape. */
function sportsShop(): Product[] {
  return [
    testProduct({ sku: 'RACKET', name: '碳素羽毛球拍', aliases: ['羽毛球拍', '球拍'], unit: '支' }),
    ...['76速', '77速'].map((speed) =>
      testProduct({
        sku: `SHUTTLE-${speed}`,
        name: '鹅毛羽毛球',
        aliases: ['羽毛球'],
        specs: { 球速: speed },
        unit: '筒',
      }),
    ),
    testProduct({ sku: 'GRIP', name: '龙骨手胶', aliases: ['手胶'], unit: '条' }),
  ];
}

/** A made-up beauty shop: sheet masks by box, serum by bottle. */
function beautyShop(): Product[] {
  return [
    ...['补水', '美白'].map((kind) =>
      testProduct({
        sku: `MASK-${kind}`,
        name: '蚕丝面膜',
        aliases: ['面膜'],
        specs: { 功效: kind },
        unit: '盒',
      }),
    ),
    testProduct({ sku: 'SERUM', name: '玻尿酸精华液', aliases: ['精华液', '精华'], unit: '瓶' }),
  ];
}

const music = createDialogEngine({ products: musicShop() });
const sports = createDialogEngine({ products: sportsShop() });
const beauty = createDialogEngine({ products: beautyShop() });

describe('各 with a bare number over items that each name a product', () => {
  it('gives each product with its value the number, in its own sale unit', () => {
    const turns = talkTo(music, ['琴弦012 琴包加厚 各20', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['STR-012', 20],
      ['BAG-加厚', 20],
    ]);
  });

  it('gives three products the number', () => {
    const turns = talkTo(sports, ['球拍 手胶 羽毛球77速 各10', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['RACKET', 10],
      ['GRIP', 10],
      ['SHUTTLE-77速', 10],
    ]);
  });

  it('reads 各来N the same way', () => {
    const turns = talkTo(beauty, ['补水面膜 精华液 各来30', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['MASK-补水', 30],
      ['SERUM', 30],
    ]);
  });

  it('keeps a number glued to a value after 各 a value, not a count (各20速 is no count)', () => {
    const turns = talkTo(beauty, ['面膜 各30盒']);
    expect(turns[0]!.replies.join()).toContain('30');
  });
});
