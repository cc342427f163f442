import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up counter: wire in two sizes and two colours, bulbs, cola by the can, beer by the case, sockets. */
function shop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const size of ['2.5', '4'])
    for (const [colour, code] of [
      ['红', 'R'],
      ['蓝', 'B'],
    ])
      add({
        sku: `BV${size}-${code}`,
        name: 'BV铜芯线',
        category: '电线',
        brand: '远东',
        aliases: ['电线', '硬线'],
        specs: { 截面: `${size}平方`, 颜色: colour! },
        unit: '卷',
        conversions: { 米: 0.01 },
      });
  for (const w of ['9W', '12W'])
    add({
      sku: `BULB-${w}`,
      name: 'LED球泡',
      category: '照明',
      aliases: ['灯泡'],
      specs: { 功率: w },
      unit: '个',
    });
  add({
    sku: 'COLA-330',
    name: '可口可乐',
    category: '饮料',
    aliases: ['可乐'],
    specs: { 规格: '330ml' },
    unit: '罐',
    conversions: { 箱: 24 },
  });
  add({
    sku: 'BEER-640',
    name: '啤酒大瓶',
    category: '饮料',
    aliases: ['啤酒'],
    specs: { 规格: '640ml' },
    unit: '箱',
  });
  add({ sku: 'STRIP-4', name: '插线板', category: '插排', specs: { 位数: '4位', 线长: '3米' }, unit: '个' });
  add({ sku: 'SOCKET-5', name: '五孔插座', category: '开关插座', aliases: ['插座'], specs: {}, unit: '个' });
  for (const [kind, code] of [
    ['冷水', 'L'],
    ['热水', 'R'],
  ])
    add({
      sku: `VALVE-${code}`,
      name: '三角阀',
      category: '阀门',
      aliases: ['角阀'],
      specs: { 类型: kind! },
      unit: '个',
    });
  return list;
}

const engine = createDialogEngine({ products: shop(), maxQtyPerLine: 10000 });
const talk = (turns: string[], history: { lines: { sku: string; qty: number }[] }[] = []) =>
  talkTo(engine, turns, { history });
const lines = lineQtys;
const last = <T>(xs: T[]): T => xs[xs.length - 1]!;

describe('Edits in the chat', () => {
  it('replaces the line a correction is about, keeping what was not corrected, and says what changed', () => {
    const t = talk(['远东4平方红线 10卷', '不对 是2.5平方的', '确认']);
    expect(t[1]!.replies[0]).toContain('已改：');
    expect(t[1]!.replies[0]).toContain('2.5平方 红 10卷');
    expect(lines(last(t))).toEqual([['BV2.5-R', 10]]);
    expect(last(t).order?.status).toBe('confirmed');
  });

  it('asks which line 这个不要了 means when there are two, and never cancels the order for it', () => {
    const t = talk(['9W灯泡 20个 12W灯泡 20个', '这个不要了', '9W的', '确认']);
    expect(t[1]!.order?.status).toBe('draft');
    expect(t[1]!.replies[0]).toContain('要去掉哪一个？');
    expect(t[1]!.replies[0]).toMatch(/1\. .*9W/);
    expect(lines(last(t))).toEqual([['BULB-12W', 20]]);
  });

  it('asks which line a removal means when its words fit two, and takes 两个都', () => {
    const t = talk(['远东2.5 红 蓝 各5卷', '电线不要了', '两个都不要', '9W灯泡 10个', '确认']);
    expect(t[1]!.replies[0]).toContain('要去掉哪一个？');
    expect(lines(last(t))).toEqual([['BULB-9W', 10]]);
  });

  it('gives a colour answered for one line to that line only', () => {
    const t = talk(['电线 2.5平方 10卷', '红的', '4平方 蓝色 5卷', '确认']);
    expect(lines(last(t))).toEqual([
      ['BV2.5-R', 10],
      ['BV4-B', 5],
    ]);
  });

  it('gives the quantity of a product not sold to no other line', () => {
    const t = talk(['可乐 3箱 茅台两瓶', '确认']);
    expect(t[0]!.replies[0]).toContain('茅台我们店里没有');
    expect(lines(last(t))).toEqual([['COLA-330', 72]]);
  });

  it('lets a question go without touching the other lines (算了电线先不要了)', () => {
    const t = talk(['电线 10卷 9W灯泡 20个', '算了电线先不要了', '确认']);
    expect(t[1]!.replies[0]).toContain('不要了');
    expect(lines(last(t))).toEqual([['BULB-9W', 20]]);
    expect(last(t).order?.status).toBe('confirmed');
  });

  it('never asks the same question the same way three times in a row', () => {
    const t = talk(['电线 10卷', '要好的', '好一点的', '最好的那种']);
    const asked = t.map((x) => x.replies[0]!);
    expect(new Set(asked.slice(0, 3)).size).toBe(3);
    expect(asked[1]).toMatch(/回个序号/);
    expect(asked[2]).toMatch(/最接近/);
    expect(lines(last(talk(['电线 10卷', '要好的', '好一点的', '1'])))).toHaveLength(1);
  });

  it('stops asking after three rounds, says the item is not added, and still takes a late answer', () => {
    const t = talk(['电线 10卷 9W灯泡 20个', '要好的', '好一点的', '最好的那种']);
    expect(t[3]!.replies.join('\n')).toMatch(/先放着没加/);
    expect(t[3]!.replies.join('\n')).not.toMatch(/回个序号/);
    const confirmed = talk(['电线 10卷 9W灯泡 20个', '要好的', '好一点的', '最好的那种', '确认']);
    expect(last(confirmed).order?.status).toBe('confirmed');
    expect(lines(last(confirmed))).toEqual([['BULB-9W', 20]]);
    expect(last(confirmed).replies.join('\n')).toMatch(/没有加在单子里/);
    const late = talk(['电线 10卷', '要好的', '好一点的', '最好的那种', '1']);
    expect(lines(last(late))).toHaveLength(1);
  });

  it('takes 最大的 / 大的 as the end of the sizes offered, but not a measure the options do not have', () => {
    expect(lines(last(talk(['电线 红的 10卷', '大的那个'])))).toEqual([['BV4-R', 10]]);
    expect(lines(last(talk(['灯泡 20个', '最小的'])))).toEqual([['BULB-9W', 20]]);
    expect(lines(last(talk(['电线 红的 10卷', '长的'])))).toEqual([]);
  });

  it('answers a held-off message with the question still open and says nothing is ordered yet', () => {
    const t = talk(['灯泡 20个', '我问问工地再说 先别下单']);
    expect(t[1]!.replies[0]).toMatch(/先不下单/);
    expect(t[1]!.replies[0]).not.toMatch(/没有/);
  });

  it('hands a question about a placed order out as an event and leaves the draft as it was', () => {
    const t = talk(['9W灯泡 20个', '订单2发货了吗', '确认']);
    expect(t[1]!.events).toEqual([
      {
        type: 'order_question',
        inquiry: { topic: 'shipping', order: { kind: 'number', number: '2' }, text: '订单2发货了吗' },
      },
    ]);
    expect(lines(t[1])).toEqual([['BULB-9W', 20]]);
    expect(t[1]!.order?.status).toBe('draft');
    expect(last(t).order?.status).toBe('confirmed');
    expect(talk(['我的订单到哪了'])[0]!.order).toBeNull();
  });
});

describe('Quantities', () => {
  it('reads half a case and a case and some pieces (两箱半, 一箱零6罐), and 件 as 箱', () => {
    expect(lines(talk(['可乐 两箱半'])[0])).toEqual([['COLA-330', 60]]);
    expect(lines(talk(['可乐 一箱零6罐'])[0])).toEqual([['COLA-330', 30]]);
    expect(lines(talk(['可乐 3件'])[0])).toEqual([['COLA-330', 72]]);
  });

  it('asks when pieces of a case-sold product are no whole case (30瓶 of beer by the 箱)', () => {
    const t = talk(['啤酒 30瓶', '那就2箱', '确认']);
    expect(t[0]!.replies[0]).toContain('换算不成整箱');
    expect(lines(last(t))).toEqual([['BEER-640', 2]]);
  });
});

describe('Saying 没有', () => {
  it('says 没有 only for what nothing in the catalog is close to', () => {
    expect(talk(['茅台 2瓶'])[0]!.replies[0]).toContain('我们店里没有');
  });

  it('offers the one product the specs fit when the product word said is another (插座 4位 3米)', () => {
    const t = talk(['插座 4位 3米 5个', '确认']);
    expect(t[0]!.replies[0]).not.toContain('没有4位');
    expect(t[0]!.replies[0]).toContain('插线板');
    expect(lines(last(t))).toEqual([['STRIP-4', 5]]);
  });

  it('spreads 各 over values glued together (冷热各20个) and follows a sibling named by its value', () => {
    expect(lines(talk(['角阀 冷热各20个'])[0])).toEqual([
      ['VALVE-L', 20],
      ['VALVE-R', 20],
    ]);
    expect(lines(last(talk(['远东2.5 红 10卷', '蓝的也要5卷'])))).toEqual([
      ['BV2.5-R', 10],
      ['BV2.5-B', 5],
    ]);
  });

  it('reorders with the changes said in the same message', () => {
    const history = [
      {
        lines: [
          { sku: 'BULB-9W', qty: 100 },
          { sku: 'COLA-330', qty: 48 },
        ],
      },
    ];
    expect(lines(talk(['跟上次一样 可乐不要了 灯泡加20个'], history)[0])).toEqual([['BULB-9W', 120]]);
  });

  it('gives a sibling said to be the same (蓝的也一样) the amount of the line talked about', () => {
    const t = talk(['远东2.5平方 红 10卷', '蓝的也一样', '确认']);
    expect(lines(last(t))).toEqual([
      ['BV2.5-R', 10],
      ['BV2.5-B', 10],
    ]);
  });

  it('adds to every line for 各加一箱, and leaves a line said to stay (红的不变) as it is', () => {
    expect(lines(last(talk(['可乐 1箱 灯泡 9W 24个', '各加一箱'])))).toEqual([
      ['COLA-330', 48],
      ['BULB-9W', 24],
    ]);
    const t = talk(['远东2.5平方 红 10卷 蓝 10卷', '蓝的改成15卷 红的不变', '确认']);
    expect(t[1]!.replies.join('')).not.toContain('没有');
    expect(lines(last(t))).toEqual([
      ['BV2.5-R', 10],
      ['BV2.5-B', 15],
    ]);
  });

  it('converts an inner unit the pack size names (20包 of 10包/提 is 2提) and asks when it is not whole', () => {
    const tissue = testProduct({
      sku: 'TISSUE',
      name: '抽纸',
      specs: { 包装: '10包/提' },
      unit: '提',
      conversions: { 箱: 6 },
    });
    const beer = testProduct({ sku: 'BEER', name: '啤酒', specs: { 规格: '500ml*12瓶' }, unit: '箱' });
    const packs = createDialogEngine({ products: [tissue, beer], maxQtyPerLine: 1000 });
    expect(lines(talkTo(packs, ['抽纸 20包'])[0])).toEqual([['TISSUE', 2]]);
    expect(lines(talkTo(packs, ['啤酒 36瓶'])[0])).toEqual([['BEER', 3]]);
    const t = talkTo(packs, ['抽纸 25包', '那就3提', '确认']);
    expect(t[0]!.replies.join('')).toContain('多少提');
    expect(lines(last(t))).toEqual([['TISSUE', 3]]);
    expect(t[0]!.order?.lines ?? []).toEqual([]);
  });

  it('changes every line the words name when they say 都 (电线都改成4平方), and no other line', () => {
    const t = talk(['远东2.5平方 红 蓝 各10卷 灯泡 9W 5个', '电线都改成4平方', '确认']);
    expect(lines(last(t))).toEqual([
      ['BV4-R', 10],
      ['BV4-B', 10],
      ['BULB-9W', 5],
    ]);
  });

  it('takes a word two families share in the family of another line of the same message (东鹏 2箱 红牛 1箱)', () => {
    const tile = testProduct({
      sku: 'TILE',
      name: '抛光砖',
      brand: '东鹏',
      unit: '片',
      conversions: { 箱: 4 },
    });
    const drink = testProduct({
      sku: 'DP',
      name: '东鹏特饮',
      category: '饮料',
      aliases: ['东鹏'],
      unit: '瓶',
      conversions: { 箱: 24 },
    });
    const bull = testProduct({
      sku: 'RB',
      name: '红牛',
      category: '饮料',
      unit: '罐',
      conversions: { 箱: 24 },
    });
    const mixed = createDialogEngine({ products: [tile, drink, bull], maxQtyPerLine: 1000 });
    expect(lines(talkTo(mixed, ['东鹏 2箱 红牛 1箱'])[0])).toEqual([
      ['RB', 24],
      ['DP', 48],
    ]);
    // alone it is asked about
    expect(talkTo(mixed, ['东鹏 2箱'])[0]!.order?.lines ?? []).toEqual([]);
  });

  it('joins a line changed into a product already on the draft with that line, losing neither quantity', () => {
    const t = talk(['远东2.5平方 红 10卷 蓝 5卷', '红的换成蓝的', '确认']);
    expect(t[1]!.replies.join('')).toContain('15卷');
    expect(lines(last(t))).toEqual([['BV2.5-B', 15]]);
  });
});
