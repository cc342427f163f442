import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Chemicals, drugs and vaccines said by the short names of the trade (火碱 for 氢氧化钠, 碘伏 for 聚维酮碘, 强力霉素 for
 * 多西环素, 新支二联 and 法氏囊 for the poultry vaccines), and a product named with another name in brackets
 * (硫酸亚铁(黑矾)) by either name: each is the product, never "没有".
 */
function labShop(): Product[] {
  return [
    testProduct({
      sku: 'NAOH',
      name: '氢氧化钠',
      aliases: [],
      specs: { 纯度: '分析纯', 规格: '500g' },
      unit: '瓶',
    }),
    testProduct({
      sku: 'HCL',
      name: '盐酸',
      aliases: [],
      specs: { 纯度: '分析纯', 规格: '500ml' },
      unit: '瓶',
    }),
  ];
}

function clinicShop(): Product[] {
  return [
    testProduct({ sku: 'PVPI', name: '聚维酮碘消毒液', aliases: [], specs: { 容量: '500ml' }, unit: '瓶' }),
    testProduct({
      sku: 'DOXY',
      name: '盐酸多西环素片',
      aliases: [],
      specs: { 规格: '0.1g*12片' },
      unit: '盒',
    }),
    testProduct({ sku: 'GAUZE', name: '医用纱布块', aliases: ['纱布'], unit: '包' }),
  ];
}

function gardenShop(): Product[] {
  return [
    testProduct({ sku: 'FESO4', name: '硫酸亚铁(黑矾)', aliases: [], specs: { 规格: '1kg' }, unit: '袋' }),
    testProduct({ sku: 'SOIL', name: '营养土', aliases: [], specs: { 规格: '50L' }, unit: '袋' }),
  ];
}

function hatcheryShop(): Product[] {
  return [
    testProduct({
      sku: 'NDIB',
      name: '新城疫传染性支气管炎二联活疫苗',
      aliases: [],
      specs: { 头份: '1000头份' },
      unit: '瓶',
    }),
    testProduct({
      sku: 'IBD',
      name: '传染性法氏囊病活疫苗',
      aliases: [],
      specs: { 头份: '1000头份' },
      unit: '瓶',
    }),
    testProduct({ sku: 'TRAY', name: '孵化蛋盘', aliases: ['蛋盘'], unit: '个' }),
  ];
}

const said = [
  { trade: 'lab reagents', shop: labShop, text: '火碱 2瓶', lines: [['NAOH', 2]] },
  {
    trade: 'lab reagents',
    shop: labShop,
    text: '烧碱来3瓶 盐酸2瓶',
    lines: [
      ['NAOH', 3],
      ['HCL', 2],
    ],
  },
  { trade: 'clinic supplies', shop: clinicShop, text: '碘伏 5瓶', lines: [['PVPI', 5]] },
  {
    trade: 'clinic supplies',
    shop: clinicShop,
    text: '强力霉素 10盒 纱布2包',
    lines: [
      ['DOXY', 10],
      ['GAUZE', 2],
    ],
  },
  { trade: 'garden supplies', shop: gardenShop, text: '黑矾 4袋', lines: [['FESO4', 4]] },
  {
    trade: 'garden supplies',
    shop: gardenShop,
    text: '硫酸亚铁 2袋 营养土1袋',
    lines: [
      ['FESO4', 2],
      ['SOIL', 1],
    ],
  },
  { trade: 'hatchery supplies', shop: hatcheryShop, text: '新支二联 10瓶', lines: [['NDIB', 10]] },
  {
    trade: 'hatchery supplies',
    shop: hatcheryShop,
    text: '新支二联和法氏囊 各5瓶',
    lines: [
      ['NDIB', 5],
      ['IBD', 5],
    ],
  },
];

describe('Trade names of chemicals, drugs and vaccines', () => {
  it.each(said)('reads "$text" ($trade)', ({ shop, text, lines }) => {
    const engine = createDialogEngine({ products: shop() });
    const [turn] = talkTo(engine, [text]);
    expect(lineQtys(turn)).toEqual(lines);
    expect(turn!.replies.join('')).not.toContain('没有');
  });
});

describe('Words joined by 和 before a 各, one of them unread', () => {
  it('says back the one the shop lacks, never folding it into the other (hatchery supplies)', () => {
    const engine = createDialogEngine({ products: hatcheryShop().filter((p) => p.sku !== 'IBD') });
    const [turn] = talkTo(engine, ['新支二联和法氏囊 各5瓶']);
    expect(lineQtys(turn)).toEqual([['NDIB', 5]]);
    expect(turn!.replies.join('')).toContain('法氏囊');
  });
});

describe('A name written with a kind of it in brackets', () => {
  it('reads the plain name as the plain product, not the bracketed kind (bakery)', () => {
    const engine = createDialogEngine({
      products: [
        testProduct({ sku: 'BREAD', name: '全麦面包', aliases: [], unit: '个' }),
        testProduct({ sku: 'BREAD-OLD', name: '全麦面包(临期特价)', aliases: [], unit: '个' }),
      ],
    });
    const [turn] = talkTo(engine, ['全麦面包 5个']);
    expect(lineQtys(turn)).toEqual([['BREAD', 5]]);
  });
});
