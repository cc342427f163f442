import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Colours written with the trade's code in brackets (青(C), 红(R), 白(W)): a customer says the colour word alone
 * (青, 黑的, 红色), lists several of them for a 各 with spaces or glued together (红绿蓝 各1000个), or in the trade's
 * own words for the printing colours (蓝 for 青, 红 for 品红). Each is the value it names, never a product the shop
 * lacks, and a 各 over them gives each its own line.
 */
function tonerShop(): Product[] {
  const toner = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '奔图彩色硒鼓',
      aliases: ['硒鼓', '彩色硒鼓'],
      brand: '奔图',
      specs: { 型号: 'CP2500', 颜色: colour },
      unit: '个',
    });
  return [
    toner('TN-C', '青(C)'),
    toner('TN-M', '品红(M)'),
    toner('TN-Y', '黄(Y)'),
    toner('TN-K', '黑(K)'),
    testProduct({ sku: 'A4', name: '复印纸', aliases: ['A4纸'], specs: { 规格: 'A4' }, unit: '包' }),
  ];
}

function ledShop(): Product[] {
  const bead = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '5050灯珠',
      aliases: ['灯珠', '贴片灯珠'],
      specs: { 颜色: colour },
      unit: '个',
    });
  return [
    bead('LB-R', '红(R)'),
    bead('LB-G', '绿(G)'),
    bead('LB-B', '蓝(B)'),
    bead('LB-W', '白(W)'),
    testProduct({ sku: 'PS', name: '开关电源', aliases: ['电源'], specs: { 功率: '60W' }, unit: '个' }),
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
    thread('TH-W', '白(W)'),
    thread('TH-K', '黑(BK)'),
    thread('TH-R', '红(R)'),
    thread('TH-N', '藏青(NV)'),
    testProduct({ sku: 'NDL', name: '机针', aliases: ['缝纫机针'], unit: '包' }),
  ];
}

const said = [
  {
    trade: 'office toner',
    shop: tonerShop,
    text: '硒鼓 青 黑 各2个',
    lines: [
      ['TN-C', 2],
      ['TN-K', 2],
    ],
  },
  { trade: 'office toner', shop: tonerShop, text: '奔图硒鼓 黄色的 3个', lines: [['TN-Y', 3]] },
  {
    trade: 'office toner',
    shop: tonerShop,
    text: '奔图硒鼓 蓝红黄黑 各1个',
    lines: [
      ['TN-C', 1],
      ['TN-M', 1],
      ['TN-Y', 1],
      ['TN-K', 1],
    ],
  },
  {
    trade: 'office toner',
    shop: tonerShop,
    text: '硒鼓 蓝色的2个 红色的1个',
    lines: [
      ['TN-C', 2],
      ['TN-M', 1],
    ],
  },
  {
    trade: 'LED beads',
    shop: ledShop,
    text: '灯珠 红 绿 各1000个',
    lines: [
      ['LB-R', 1000],
      ['LB-G', 1000],
    ],
  },
  {
    trade: 'LED beads',
    shop: ledShop,
    text: '5050灯珠 红绿蓝 各500个',
    lines: [
      ['LB-R', 500],
      ['LB-G', 500],
      ['LB-B', 500],
    ],
  },
  {
    trade: 'sewing thread',
    shop: threadShop,
    text: '缝纫线 白的20个 黑的10个',
    lines: [
      ['TH-W', 20],
      ['TH-K', 10],
    ],
  },
  {
    trade: 'sewing thread',
    shop: threadShop,
    text: '宝塔线 藏青 红 各5个',
    lines: [
      ['TH-N', 5],
      ['TH-R', 5],
    ],
  },
];

describe('Colours written with a code in brackets', () => {
  it.each(said)('reads "$text" as the colours said ($trade)', ({ shop, text, lines }) => {
    const engine = createDialogEngine({ products: shop() });
    const [turn] = talkTo(engine, [text]);
    expect(lineQtys(turn)).toEqual(lines);
  });

  it('never reads 红 of a printing colour set as any other colour than 品红', () => {
    const engine = createDialogEngine({ products: tonerShop() });
    const turns = talkTo(engine, ['奔图硒鼓 红的 1个', '确认']);
    if (turns[1]!.order?.status === 'confirmed') expect(lineQtys(turns[1])).toEqual([['TN-M', 1]]);
  });
});
