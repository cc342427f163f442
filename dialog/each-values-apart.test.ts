import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters whose goods come in sizes a*b where one size's second side is another's first side (140 of
 * 100*140 and 140*180): a 各 over sizes said short, each with its 的, must give every size said its own line (or a
 * question), never one line for two sizes.
 */
function tableclothShop(): Product[] {
  const cloth = (sku: string, size: string) =>
    testProduct({
      sku,
      name: '棉麻桌布',
      aliases: ['桌布', '台布'],
      specs: { 尺寸: size, 颜色: '米色' },
      unit: '条',
    });
  return [
    cloth('TB-100', '100*140'),
    cloth('TB-140', '140*180'),
    testProduct({ sku: 'NAP', name: '餐巾布', aliases: ['餐巾'], unit: '包' }),
  ];
}

function frameShop(): Product[] {
  const frame = (sku: string, size: string) =>
    testProduct({
      sku,
      name: '实木相框',
      aliases: ['相框', '画框'],
      specs: { 尺寸: size },
      unit: '个',
    });
  return [
    frame('FR-20', '20*25'),
    frame('FR-25', '25*30'),
    testProduct({ sku: 'HOOK', name: '无痕挂钩', aliases: ['挂钩'], unit: '包' }),
  ];
}

function canvasShop(): Product[] {
  const canvas = (sku: string, size: string) =>
    testProduct({
      sku,
      name: '油画布框',
      aliases: ['油画布', '画布'],
      specs: { 规格: size },
      unit: '张',
    });
  return [
    canvas('CV-30', '30*40'),
    canvas('CV-40', '40*50'),
    testProduct({ sku: 'BRUSH', name: '猪鬃油画笔', aliases: ['油画笔'], unit: '支' }),
  ];
}

const trades = [
  { trade: 'table linen', shop: tableclothShop, said: '桌布 100的 140的各10条', skus: ['TB-100', 'TB-140'] },
  { trade: 'picture frames', shop: frameShop, said: '相框 20的 25的各50个', skus: ['FR-20', 'FR-25'] },
  { trade: 'art canvas', shop: canvasShop, said: '油画布 30的 40的各20张', skus: ['CV-30', 'CV-40'] },
];

describe('各 over sizes said apart, each with its 的', () => {
  it.each(trades)('gives every size its own line ($trade)', ({ shop, said, skus }) => {
    const engine = createDialogEngine({ products: shop() });
    const [turn] = talkTo(engine, [said]);
    const quantity = Number(/(\d+)\D*$/.exec(said)![1]);
    expect(lineQtys(turn)).toEqual(skus.map((sku) => [sku, quantity]));
  });

  it.each(trades)('never confirms one line for two sizes said ($trade)', ({ shop, said, skus }) => {
    const engine = createDialogEngine({ products: shop() });
    const turns = talkTo(engine, [said, '确认']);
    const placed = lineQtys(turns[1]).map(([sku]) => sku);
    // every size said is on the order, or the order is not confirmed
    if (turns[1]!.order?.status === 'confirmed') expect(placed).toEqual(expect.arrayContaining(skus));
  });

  it('leaves a 各 over one attribute said without 的 as it was (红 蓝 各10条)', () => {
    const engine = createDialogEngine({
      products: [
        testProduct({ sku: 'R', name: '纯棉毛巾', aliases: ['毛巾'], specs: { 颜色: '红' }, unit: '条' }),
        testProduct({ sku: 'B', name: '纯棉毛巾', aliases: ['毛巾'], specs: { 颜色: '蓝' }, unit: '条' }),
      ],
    });
    const [turn] = talkTo(engine, ['毛巾 红 蓝 各10条']);
    expect(lineQtys(turn)).toEqual([
      ['R', 10],
      ['B', 10],
    ]);
  });
});
