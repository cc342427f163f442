import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of three trades: curtains, bicycles, musical instruments. */
function shops(): Product[] {
  return [
    testProduct({
      sku: 'ZG-XYB',
      name: '遮光窗帘布',
      category: '窗帘布',
      specs: { 颜色: '象牙白' },
      unit: '米',
    }),
    testProduct({ sku: 'LMG-15', name: '罗马杆', category: '窗帘杆', specs: { 长度: '1.5米' }, unit: '根' }),
    testProduct({ sku: 'NT-26', name: '自行车内胎', category: '内胎', specs: { 尺寸: '26寸' }, unit: '条' }),
    testProduct({
      sku: 'LT-26-ZX',
      name: '正新外胎',
      brand: '正新',
      category: '外胎',
      specs: { 尺寸: '26寸' },
      unit: '条',
    }),
    testProduct({
      sku: 'LT-26-JD',
      name: '建大外胎',
      brand: '建大',
      category: '外胎',
      specs: { 尺寸: '26寸' },
      unit: '条',
    }),
    testProduct({ sku: 'XX-1', name: '吉他弦', category: '琴弦', unit: '套' }),
  ];
}

const history = (lines: [string, number][]) => [{ lines: lines.map(([sku, qty]) => ({ sku, qty })) }];

describe('A reorder said as the goods of the last order (还是上次那些), with changes against its lines', () => {
  it('adds to the line of the last order the words name (curtains)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['还是上次那些 罗马杆多拿2根'], {
      history: history([
        ['ZG-XYB', 30],
        ['LMG-15', 4],
      ]),
    });
    expect(lineQtys(turns[0])).toEqual([
      ['ZG-XYB', 30],
      ['LMG-15', 6],
    ]);
  });

  it('replaces a line by its kind and keeps its quantity and the other lines (bicycles)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['就按上回那批 外胎换成建大的'], {
      history: history([
        ['NT-26', 20],
        ['LT-26-ZX', 10],
      ]),
    });
    expect(lineQtys(turns[0])).toEqual([
      ['NT-26', 20],
      ['LT-26-JD', 10],
    ]);
  });

  it('reads 上次那些 asked about as a question, never a reorder (music)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['还是上次那些到了吗'], { history: history([['XX-1', 10]]) });
    expect(lineQtys(turns[0])).toEqual([]);
  });

  it.each([
    {
      said: '上次那些再来一遍 罗马杆少拿1根',
      lines: [
        ['ZG-XYB', 30],
        ['LMG-15', 3],
      ] as [string, number][],
    },
    {
      said: '上回的再来一回',
      lines: [
        ['ZG-XYB', 30],
        ['LMG-15', 4],
      ] as [string, number][],
    },
    {
      said: '上一次那几样再来 窗帘布多要10米',
      lines: [
        ['ZG-XYB', 40],
        ['LMG-15', 4],
      ] as [string, number][],
    },
  ])('reads 再来一遍 / 再来一回 / 那几样再来 as the last order again ($said)', ({ said, lines }) => {
    const engine = createDialogEngine({ products: shops() });
    const [turn] = talkTo(engine, [said], {
      history: history([
        ['ZG-XYB', 30],
        ['LMG-15', 4],
      ]),
    });
    expect(turn!.replies.join('')).not.toMatch(/没有/);
    expect(lineQtys(turn)).toEqual(lines);
  });
});
