import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up electrical and plumbing counter: sizes in 米 and cm, a modifier-only alias, two switch kinds. */
function miniShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const m of ['3', '5'])
    add({
      sku: `PS-${m}`,
      name: '插线板',
      brand: '云桥',
      aliases: ['插排'],
      specs: { 线长: `${m}米` },
      unit: '个',
    });
  for (const [k, len] of [
    ['06', '0.6米'],
    ['12', '1.2米'],
  ] as const)
    add({
      sku: `TUBE-${k}`,
      name: 'T5一体化灯管',
      brand: '光耀',
      aliases: ['灯管'],
      specs: { 长度: len },
      unit: '根',
    });
  for (const w of ['9W', '12W'])
    add({
      sku: `BULB-${w}`,
      name: 'LED球泡',
      brand: '光耀',
      aliases: ['球泡'],
      specs: { 功率: w },
      unit: '个',
    });
  add({
    sku: 'SOCKET-5',
    name: '五孔插座',
    brand: '飞虹',
    aliases: ['插座'],
    specs: { 孔位: '五孔' },
    unit: '个',
  });
  add({ sku: 'SW-1', name: '一开单控开关', brand: '飞虹', aliases: ['单开'], specs: {}, unit: '个' });
  for (const cm of ['40', '60'])
    add({
      sku: `HOSE-${cm}`,
      name: '不锈钢编织软管',
      brand: '净川',
      aliases: ['编织管', '软管'],
      specs: { 长度: `${cm}cm` },
      unit: '条',
    });
  for (const mm of ['6', '8'])
    add({
      sku: `BIT-${mm}`,
      name: '冲击钻头',
      aliases: ['钻头', '水泥钻头'],
      specs: { 直径: `${mm}mm` },
      unit: '支',
    });
  add({ sku: 'CAT6', name: '六类网线', aliases: ['网线'], specs: {}, unit: '米' });
  add({ sku: 'HAT', name: '安全帽', aliases: [], specs: {}, unit: '顶' });
  for (const [size, layers] of [
    ['1号', '5层'],
    ['1号', '3层'],
    ['5号', '3层'],
    ['7号', '3层'],
  ] as const)
    add({
      sku: `BOX-${size}-${layers}`,
      name: '邮政纸箱',
      aliases: ['纸箱'],
      specs: { 型号: size, 层数: layers },
      unit: '个',
    });
  return list;
}

const products = miniShop();
const match = createMatcher(products);
const engine = createDialogEngine({ products, maxQtyPerLine: 10000 });

const talk = (turns: string[]) => talkTo(engine, turns, { name: '李师傅' });
const lines = lineQtys;
const last = <T>(xs: T[]): T => xs[xs.length - 1]!;

describe('Order understanding on a shop of its own', () => {
  it('reads a length in 米 followed by a count as the spec, not the quantity', () => {
    const a = match.analyze('插排5米 10个');
    expect(a.mentions.filter((m) => m.kind === 'spec').map((m) => m.text)).toEqual(['5米']);
    expect(a.quantities.map((q) => q.value)).toEqual([10]);
    // with no count after it: a size of the product named, when that product is not sold by the 米
    expect(match.analyze('插排 5米').quantities).toEqual([]);
    expect(match.analyze('网线 5米').quantities.map((q) => [q.value, q.unit])).toEqual([[5, '米']]);
    expect(lines(last(talk(['插排 5米', '10个'])))).toEqual([['PS-5', 10]]);
    expect(lines(talk(['5米插排 10个'])[0])).toEqual([['PS-5', 10]]);
    const t = talk(['插排5米 10个', '确认']);
    expect(t[0]!.replies.join('')).not.toContain('哪个商品');
    expect(last(t).order?.status).toBe('confirmed');
    expect(lines(last(t))).toEqual([['PS-5', 10]]);
  });

  it('keeps the lines named beside a missing thing that is let go (没有就算了 灯管照拿)', () => {
    const t = talk(['光耀球泡 5瓦 50个 还有T5灯管1.2米 20根', '没有就算了 灯管照拿', '确认']);
    expect(t[0]!.replies[0]).toContain('没有5瓦');
    expect(t[0]!.replies[0]).not.toContain('哪个商品');
    expect(t[0]!.replies[0]).not.toContain('哪个长度');
    expect(last(t).order?.status).toBe('confirmed');
    expect(lines(last(t))).toEqual([['TUBE-12', 20]]);
  });

  it('does not share leading words that already name one product with the next item', () => {
    const t = talk(['飞虹五孔 50个 单开 20个', '确认']);
    expect(last(t).order?.status).toBe('confirmed');
    expect(lines(last(t))).toEqual([
      ['SOCKET-5', 50],
      ['SW-1', 20],
    ]);
    expect(lines(talk(['飞虹五孔 单开 各30个'])[0])).toEqual([
      ['SOCKET-5', 30],
      ['SW-1', 30],
    ]);
  });

  it('corrects a homophone typo inside a longer catalog word (编制软管 → 编织软管)', () => {
    expect(match.analyze('净川编制软管 60公分').text).toContain('编织软管');
    expect(match('净川编制软管 60公分 30条')).toMatchObject({ kind: 'matched', product: { sku: 'HOSE-60' } });
  });

  it('answers a hold that names no product without a not-found', () => {
    const t = talk(['安全帽 20顶', '先别下 我问问工地要几个']);
    expect(t[1]!.replies.join('')).not.toContain('没有');
    expect(t[1]!.order?.status).toBe('draft');
    expect(lines(t[1])).toEqual([['HAT', 20]]);
    // a hold with a quantity edit still makes the edit
    expect(lines(last(talk(['安全帽 20顶', '等下 再加10顶'])))).toEqual([['HAT', 30]]);
  });

  it('does not make a product the subject through a modifier of its alias (水泥 of 水泥钻头)', () => {
    expect(match('水泥有吗 425的')).toMatchObject({ kind: 'not_found', what: '水泥', suggestions: [] });
    expect(talk(['水泥有吗 425的'])[0]!.replies.join('')).not.toContain('钻头');
    expect(match('水泥钻头 8mm')).toMatchObject({ kind: 'matched', product: { sku: 'BIT-8' } });
  });

  it('reads 5号 answering a question that offers 1号 / 5号 / 7号 as that size, not as the fifth option', () => {
    const t = talk(['纸箱 200个', '5号', '确认']);
    expect(t[0]!.replies.join('')).toContain('5号');
    expect(last(t).order?.status).toBe('confirmed');
    expect(lines(last(t))).toEqual([['BOX-5号-3层', 200]]);
  });

  it('reads a count of layers said in words (三层) as the layers', () => {
    expect(lines(talk(['1号纸箱 三层的 50个'])[0])).toEqual([['BOX-1号-3层', 50]]);
  });

  it('lets the how-many question after 有X吗 go when the customer orders something else', () => {
    const t = talk(['有安全帽吗', '网线 100米', '确认']);
    expect(t[0]!.replies.join('')).toContain('要多少');
    expect(last(t).order?.status).toBe('confirmed');
    expect(lines(last(t))).toEqual([['CAT6', 100]]);
  });

  it('changes the line whose product the correction names, not the line talked about last', () => {
    const t = talk(['冲击钻头 6mm 10支 安全帽 5顶', '不对 钻头要8mm的', '确认']);
    expect(last(t).order?.status).toBe('confirmed');
    expect(lines(last(t))).toEqual([
      ['BIT-8', 10],
      ['HAT', 5],
    ]);
  });

  it('picks the product asked about whose own alias holds a word read as chat (普通的)', () => {
    const shop = [
      testProduct({ sku: 'PLUG-N', name: '镍合金火花塞', aliases: ['火花塞', '普通火花塞'], unit: '支' }),
      testProduct({ sku: 'PLUG-I', name: '铱金火花塞', aliases: ['火花塞'], unit: '支' }),
    ];
    const plugs = createDialogEngine({ products: shop, maxQtyPerLine: 1000 });
    const t = talkTo(plugs, ['火花塞 6支', '普通的', '确认']);
    expect(lines(last(t))).toEqual([['PLUG-N', 6]]);
  });

  it('answers 袋的 with the product whose pack size is counted in 袋, beside products sold by the 袋', () => {
    const noodles = (sku: string, pack: string) =>
      testProduct({ sku, name: '红烧牛肉面', aliases: ['方便面'], specs: { 规格: pack }, unit: '箱' });
    const rice = testProduct({ sku: 'RICE', name: '东北大米', aliases: ['大米'], unit: '袋' });
    const grocery = createDialogEngine({
      products: [noodles('BAG', '24袋/箱'), noodles('CUP', '12桶/箱'), rice],
      maxQtyPerLine: 1000,
    });
    const t = talkTo(grocery, ['方便面 5箱', '袋的', '确认']);
    expect(lines(last(t))).toEqual([['BAG', 5]]);
  });

  it('never gives a bare second quantity to the line just ordered in the same message (普通的2盒)', () => {
    const plugs = createDialogEngine({
      products: [
        testProduct({
          sku: 'N',
          name: '镍合金火花塞',
          category: '火花塞',
          aliases: ['普通火花塞'],
          unit: '支',
          conversions: { 盒: 4 },
        }),
        testProduct({ sku: 'I', name: '铱金火花塞', category: '火花塞', unit: '支', conversions: { 盒: 4 } }),
      ],
      maxQtyPerLine: 1000,
    });
    expect(lines(talkTo(plugs, ['铱金火花塞 3盒 普通的2盒'])[0])).toEqual([
      ['I', 12],
      ['N', 8],
    ]);
    const unknown = talkTo(plugs, ['铱金火花塞 3盒 紫色的2盒'])[0]!;
    expect(lines(unknown)).toEqual([['I', 12]]);
    expect(unknown.replies.join('')).toContain('紫色');
  });

  it('parts words after a leading quantity at a space between two product words (来10个插座 安全帽拿5顶)', () => {
    expect(lines(talk(['老板 来10个五孔插座 安全帽拿5顶'])[0])).toEqual([
      ['SOCKET-5', 10],
      ['HAT', 5],
    ]);
  });
});
