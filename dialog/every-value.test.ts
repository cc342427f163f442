import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 各色一包 / 每个颜色各5个 / 每种口味各一箱: every value of the attribute named (色 for the colour) among the products
 * the other words name, each its own line with the amount said — never a product the shop lacks called 色.
 */
function balloonShop(): Product[] {
  const balloon = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '12寸乳胶气球',
      aliases: ['气球', '乳胶气球'],
      specs: { 颜色: colour },
      unit: '包',
    });
  return [
    balloon('BL-R', '红色'),
    balloon('BL-Y', '黄色'),
    balloon('BL-B', '蓝色'),
    testProduct({ sku: 'PUMP', name: '手动打气筒', aliases: ['打气筒'], unit: '个' }),
  ];
}

function threadShop(): Product[] {
  const thread = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '涤纶缝纫线',
      aliases: ['缝纫线', '宝塔线'],
      specs: { 颜色: colour },
      unit: '个',
    });
  return [
    thread('TH-W', '白色'),
    thread('TH-K', '黑色'),
    testProduct({ sku: 'NDL', name: '机针', aliases: ['缝纫机针'], specs: { 颜色: '银色' }, unit: '包' }),
  ];
}

function snackShop(): Product[] {
  const chips = (sku: string, flavour: string) =>
    testProduct({
      sku,
      name: '乐事薯片',
      aliases: ['薯片'],
      brand: '乐事',
      specs: { 口味: flavour, 规格: '70g' },
      unit: '包',
      conversions: { 箱: 22 },
    });
  return [
    chips('LS-YW', '原味'),
    chips('LS-FQ', '番茄味'),
    chips('LS-HG', '黄瓜味'),
    testProduct({ sku: 'COLA', name: '可口可乐', aliases: ['可乐'], specs: { 规格: '330ml' }, unit: '罐' }),
  ];
}

const said = [
  {
    trade: 'party balloons',
    shop: balloonShop,
    text: '气球 各色一包',
    lines: [
      ['BL-R', 1],
      ['BL-Y', 1],
      ['BL-B', 1],
    ],
  },
  {
    trade: 'party balloons',
    shop: balloonShop,
    text: '乳胶气球 每个颜色各2包',
    lines: [
      ['BL-R', 2],
      ['BL-Y', 2],
      ['BL-B', 2],
    ],
  },
  {
    trade: 'sewing thread',
    shop: threadShop,
    text: '宝塔线 每种颜色各5个',
    lines: [
      ['TH-W', 5],
      ['TH-K', 5],
    ],
  },
  {
    trade: 'snacks',
    shop: snackShop,
    text: '乐事薯片 每种口味各一箱',
    lines: [
      ['LS-YW', 22],
      ['LS-FQ', 22],
      ['LS-HG', 22],
    ],
  },
];

describe('Every value of an attribute named', () => {
  it.each(said)('reads "$text" as a line for each value ($trade)', ({ shop, text, lines }) => {
    const engine = createDialogEngine({ products: shop() });
    const [turn] = talkTo(engine, [text]);
    expect(lineQtys(turn)).toEqual(lines);
    expect(turn!.replies.join('')).not.toContain('没有');
  });
});
