import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tea counter: loose tea by the 斤, cakes by the 饼 (7 to a 提), cups by the 盒 of 6, cutting discs. */
function teaShop(): Product[] {
  const loose = { unit: '斤', conversions: { 两: 0.1, 公斤: 2 } };
  return [
    testProduct({ sku: 'DHP', name: '武夷大红袍', aliases: ['大红袍'], ...loose }),
    testProduct({ sku: 'ZSXZ', name: '正山小种', aliases: ['小种'], ...loose }),
    testProduct({
      sku: 'PE-7572',
      name: '大益7572熟饼',
      aliases: ['熟饼'],
      unit: '饼',
      conversions: { 提: 7 },
      barcode: '6970000100011',
    }),
    testProduct({
      sku: 'PMB-6',
      name: '白瓷品茗杯',
      aliases: ['品茗杯'],
      specs: { 规格: '6只装' },
      unit: '盒',
      conversions: { 个: 1 / 6 },
    }),
    testProduct({ sku: 'CP-60', name: '竹茶盘', aliases: ['茶盘'], specs: { 尺寸: '60cm' }, unit: '个' }),
  ];
}

const engine = createDialogEngine({ products: teaShop() });

describe('what a message said that no line took', () => {
  it('asks about a quantity it could not place when the customer confirms, naming it, instead of confirming', () => {
    const turns = talkTo(engine, ['来3斤大红袍 再来点那个滇红 2斤', '确认']);
    expect(lineQtys(turns[0])).toEqual([['DHP', 3]]);
    expect(turns[0]!.replies[0]).toContain('是要哪个商品');
    expect(turns[1]!.order?.status).toBe('draft');
    expect(turns[1]!.events).toEqual([]);
    expect(turns[1]!.replies[0]).toMatch(/确认之前还有一项没对上：“.*2斤”/);
  });

  it('confirms the rest once the customer lets the unplaced item go', () => {
    const turns = talkTo(engine, ['来3斤大红袍 再来点那个滇红 2斤', '确认', '那个不要了', '确认']);
    expect(turns[2]!.replies[0]).toContain('不要了');
    expect(turns[3]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[3])).toEqual([['DHP', 3]]);
  });

  it('lets the unplaced item go when the customer removes it by name', () => {
    const turns = talkTo(engine, ['来3斤大红袍 再来点那个滇红 2斤', '确认', '滇红不要了', '确认']);
    expect(turns[2]!.replies[0]).not.toContain('订单里没有');
    expect(turns[3]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[3])).toEqual([['DHP', 3]]);
  });

  it('gives the quantity to the product the customer names in answer', () => {
    const turns = talkTo(engine, ['来3斤大红袍 再来点那个滇红 2斤', '确认', '正山小种', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['DHP', 3],
      ['ZSXZ', 2],
    ]);
    expect(turns[3]!.order?.status).toBe('confirmed');
  });

  it('keeps an unknown barcode open until it is let go, and 就算了 lets it go', () => {
    const turns = talkTo(engine, ['6901234567890 5盒 茶盘 2个', '确认', '那个码不对就算了', '确认']);
    expect(turns[0]!.replies[0]).toContain('没查到');
    expect(turns[1]!.order?.status).toBe('draft');
    expect(turns[1]!.replies[0]).toContain('条码6901234567890');
    expect(turns[3]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[3])).toEqual([['CP-60', 2]]);
  });

  it('asks differently the second time, and confirms without it only after saying so twice', () => {
    const turns = talkTo(engine, ['来3斤大红袍 再来点那个滇红 2斤', '确认', '确认', '确认']);
    expect(turns[1]!.replies[0]).not.toEqual(turns[2]!.replies[0]);
    expect(turns[2]!.order?.status).toBe('draft');
    expect(turns[3]!.order?.status).toBe('confirmed');
    expect(turns[3]!.replies[0]).toContain('没有加在单子里');
  });

  it('takes a quantity that only restates the amount just placed as accounted for', () => {
    const turns = talkTo(engine, ['品茗杯 10个', '12个吧 凑2盒', '确认']);
    expect(lineQtys(turns[1])).toEqual([['PMB-6', 2]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});

describe('the same amount said again for another item', () => {
  // a made-up stationery counter: utility blades by the 盒, 10 or 50 to a box (片 is also a count word)
  const blades = createDialogEngine({
    products: [
      testProduct({ sku: 'DP-10', name: '美工刀片', aliases: ['刀片'], specs: { 片数: '10片' }, unit: '盒' }),
      testProduct({ sku: 'DP-50', name: '美工刀片', aliases: ['刀片'], specs: { 片数: '50片' }, unit: '盒' }),
    ],
  });

  it("is that item's when words were said with it, not a restatement of the line placed with the same amount", () => {
    const turns = talkTo(blades, ['刀片10片20盒 50片20盒', '确认']);
    expect(lineQtys(turns[0])).toEqual([['DP-10', 20]]);
    expect(turns[1]!.order?.status).toBe('draft');
    expect(turns[1]!.replies[0]).toContain('20盒');
  });
});

describe('a quantity after an item the shop lacks', () => {
  it("is that item's, never an edit of a line already there", () => {
    const turns = talkTo(engine, ['大红袍 2斤', '金骏眉二 3斤', '确认']);
    expect(turns[1]!.replies[0]).toContain('没有');
    expect(lineQtys(turns[1])).toEqual([['DHP', 2]]);
    expect(turns[2]!.order?.status).toBe('draft');
  });
});

describe('a second bare quantity in the message that just added a line', () => {
  it('is an item the engine could not read, asked about, not a new quantity for that line', () => {
    const turns = talkTo(engine, ['大红袍两斤 小种三斤 还有五斤那个', '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['DHP', 2],
      ['ZSXZ', 3],
    ]);
    expect(turns[1]!.order?.status).toBe('draft');
    expect(turns[1]!.replies[0]).toContain('五斤');
  });
});

describe('an offer the customer has not answered', () => {
  it('is asked again, not dropped, when the customer only confirms', () => {
    const shop = [
      testProduct({
        sku: 'DISC-105',
        name: '树脂切割片',
        aliases: ['切割片'],
        specs: { 规格: '105*1.2*16' },
        unit: '片',
      }),
      testProduct({ sku: 'GLOVE', name: '棉纱手套', aliases: ['手套'], unit: '双' }),
    ];
    const turns = talkTo(createDialogEngine({ products: shop }), ['手套 10双', '6寸切割片 100片', '确认']);
    expect(turns[1]!.replies[0]).toContain('要这个吗');
    expect(turns[2]!.order?.status).toBe('draft');
    expect(turns[2]!.replies[0]).toContain('还没定');
  });
});
