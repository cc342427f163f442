import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters short of one product: a rose nursery with 30 red seedlings left (pink and white in plenty), and
 * a guitar-string stall with 10 sets of one brand left. Asked "only 30, take 30?", the customer says the rest comes
 * from another product in their own words (不够的用白的补, 缺的拿马丁的凑够20套), or names the short product with the
 * amount they take.
 */
function shortCounters(): Product[] {
  return [
    ...(
      [
        ['RED', '大红', 30],
        ['PINK', '粉红', 500],
        ['WHITE', '纯白', 500],
      ] as const
    ).map(([code, colour, stock]) =>
      testProduct({
        sku: `ROSE-${code}`,
        name: '月季苗',
        specs: { 颜色: colour },
        unit: '棵',
        stock,
      }),
    ),
    testProduct({
      sku: 'STR-DA',
      name: '吉他弦',
      brand: '达达里奥',
      specs: { 规格: '细弦' },
      unit: '套',
      stock: 10,
    }),
    testProduct({ sku: 'STR-DA-H', name: '吉他弦', brand: '达达里奥', specs: { 规格: '粗弦' }, unit: '套' }),
    testProduct({
      sku: 'STR-MA',
      name: '吉他弦',
      brand: '马丁',
      specs: { 规格: '细弦' },
      unit: '套',
      stock: 100,
    }),
  ];
}

const engine = createDialogEngine({ products: shortCounters() });

describe('an answer to "only so many left" that fills up the rest', () => {
  it('takes what there is and the rest of another colour (不够的用白的补)', () => {
    const turns = talkTo(engine, ['大红月季苗 50棵', '有多少要多少 不够的用白的补', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['ROSE-RED', 30],
      ['ROSE-WHITE', 20],
    ]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('reads 剩几棵都拿上 差的用粉红的补齐50棵 the same way', () => {
    const turns = talkTo(engine, ['大红月季苗 50棵', '剩几棵都拿上 差的用粉红的补齐50棵']);
    expect(lineQtys(turns[1])).toEqual([
      ['ROSE-RED', 30],
      ['ROSE-PINK', 20],
    ]);
  });

  it('takes the rest from another brand (缺的拿马丁的凑够20套)', () => {
    const turns = talkTo(engine, ['达达里奥细弦吉他弦 20套', '缺的拿马丁的凑够20套', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['STR-DA', 10],
      ['STR-MA', 10],
    ]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('takes the amount said with the short product’s own name, and asks nothing more', () => {
    const turns = talkTo(engine, ['达达里奥细弦吉他弦 20套', '达达里奥那就10套吧', '确认']);
    expect(lineQtys(turns[1])).toEqual([['STR-DA', 10]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
