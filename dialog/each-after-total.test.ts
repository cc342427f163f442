import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 拼一箱 各8支: values listed, a total for them mixed in one pack, then the amount of each — each value is a line of
 * the amount each, when the amounts make up the total; a value said by part of its name (香草 of 经典香草, 松露 of
 * 松露巧克力) is that value among the products named.
 */
function chocolateShop(): Product[] {
  const bar = (sku: string, flavour: string) =>
    testProduct({
      sku,
      name: '德芙巧克力',
      aliases: ['德芙'],
      specs: { 口味: flavour, 规格: '43g' },
      unit: '条',
      conversions: { 盒: 12 },
    });
  return [
    bar('DV-SN', '丝滑牛奶'),
    bar('DV-KH', '醇黑榛仁'),
    bar('DV-BX', '香浓黑巧'),
    testProduct({ sku: 'KK', name: '士力架', aliases: [], specs: { 口味: '花生', 规格: '51g' }, unit: '条' }),
  ];
}

function teaShop(): Product[] {
  const tea = (sku: string, kind: string) =>
    testProduct({
      sku,
      name: '立顿袋泡茶',
      aliases: ['立顿'],
      specs: { 品种: kind },
      unit: '盒',
      conversions: { 箱: 20 },
    });
  return [
    tea('LP-HC', '经典红茶'),
    tea('LP-LC', '清香绿茶'),
    tea('LP-MH', '茉莉花茶'),
    testProduct({ sku: 'CUP', name: '纸杯', aliases: [], unit: '包' }),
  ];
}

const said = [
  {
    trade: 'chocolate',
    shop: chocolateShop,
    text: '德芙 牛奶 榛仁 黑巧 拼一盒 各4条',
    lines: [
      ['DV-SN', 4],
      ['DV-KH', 4],
      ['DV-BX', 4],
    ],
  },
  {
    trade: 'tea bags',
    shop: teaShop,
    text: '立顿 红茶 绿茶 拼一箱 各10盒',
    lines: [
      ['LP-HC', 10],
      ['LP-LC', 10],
    ],
  },
  {
    trade: 'tea bags',
    shop: teaShop,
    text: '立顿 红茶 绿茶 茉莉 各2箱',
    lines: [
      ['LP-HC', 40],
      ['LP-LC', 40],
      ['LP-MH', 40],
    ],
  },
];

describe('各 after a total of values mixed in one pack', () => {
  it.each(said)('reads "$text" as a line for each value ($trade)', ({ shop, text, lines }) => {
    const engine = createDialogEngine({ products: shop() });
    const [turn] = talkTo(engine, [text]);
    expect(lineQtys(turn)).toEqual(lines);
  });

  it('never confirms a total that the amounts each do not make up (chocolate)', () => {
    const engine = createDialogEngine({ products: chocolateShop() });
    const turns = talkTo(engine, ['德芙 牛奶 榛仁 拼一盒 各4条', '确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});
