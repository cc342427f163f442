import { describe, expect, it } from '@jest/globals';
import { testProduct } from '../dialog/dialog-test-kit.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { lineQtys, talkTo } from '../dialog/dialog-test-kit.js';
import { buildCatalogIndex } from './catalog-index.js';
import { createMatcher, type MatchResult } from './matcher.js';
import type { Product } from './product.js';
import { TRADE_LEXICON } from './trade-lexicon-groups.js';
import { tradeWordsOf } from './trade-lexicon.js';

function sku(r: MatchResult): string {
  if (r.kind !== 'matched') throw new Error(`expected a match, got ${r.kind}`);
  return r.product.sku;
}

/** A made-up fastener and plumbing counter that spells each thing one way only. */
function hardwareShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const size of ['M8*80', 'M10*100', 'M12*100', 'M12*120'])
    add({ sku: `EXP-${size}`, name: '膨胀螺丝', specs: { 规格: size, 材质: '镀锌' }, unit: '个' });
  add({ sku: 'EXP-SS-M12*100', name: '膨胀螺丝', specs: { 规格: 'M12*100', 材质: '不锈钢' }, unit: '个' });
  for (const size of ['M8', 'M10'])
    add({ sku: `NUT-${size}`, name: '螺母', specs: { 规格: size }, unit: '个' });
  add({ sku: 'TAP-BASIN', name: '面盆龙头', category: '龙头', specs: {}, unit: '个' });
  add({ sku: 'TAP-KITCHEN', name: '菜盆龙头', category: '龙头', specs: {}, unit: '个' });
  add({ sku: 'MOP-SINK', name: '拖把池', specs: {}, unit: '个' });
  add({ sku: 'HOSE', name: '编织管', specs: { 长度: '60cm' }, unit: '根' });
  return list;
}

/** A made-up electrical counter: wires by colour, a ground wire of its own, switches by gang. */
function electricalShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const colour of ['红', '蓝'])
    add({ sku: `WIRE-${colour}`, name: '电线', specs: { 截面: '2.5平方', 颜色: colour }, unit: '卷' });
  add({ sku: 'EARTH', name: '地线', category: '电线', specs: { 截面: '2.5平方' }, unit: '卷' });
  for (const gang of ['单开', '双开'])
    add({ sku: `SW-${gang}`, name: '开关面板', specs: { 开关: gang }, unit: '个' });
  add({ sku: 'SOCKET', name: '五孔插座', specs: {}, unit: '个' });
  add({ sku: 'MCB', name: '空气开关', specs: { 电流: '32A' }, unit: '个' });
  return list;
}

/** A made-up drinks and grocery counter: liquor, a white towel, a mineral water the catalog calls 矿泉水. */
function groceryShop(): Product[] {
  return [
    testProduct({ sku: 'BAIJIU', name: '白酒', brand: '牛栏山', specs: { 度数: '42度' }, unit: '瓶' }),
    testProduct({ sku: 'BEER', name: '啤酒', brand: '雪花', specs: {}, unit: '箱' }),
    testProduct({ sku: 'TOWEL', name: '毛巾', specs: { 颜色: '白' }, unit: '条' }),
    testProduct({ sku: 'WATER', name: '矿泉水', brand: '怡宝', specs: {}, unit: '箱' }),
    testProduct({ sku: 'HOSE-GARDEN', name: '软管', category: '园艺', specs: {}, unit: '根' }),
  ];
}

describe('Trade lexicon', () => {
  it('finds a product by the trade word the catalog does not spell', () => {
    const match = createMatcher(hardwareShop());
    expect(sku(match('壁虎 M12*120'))).toBe('EXP-M12*120');
    expect(sku(match('螺帽 M10'))).toBe('NUT-M10');
    expect(sku(match('墩布池'))).toBe('MOP-SINK');
    expect(sku(match('进水软管 60cm'))).toBe('HOSE');
    // a product word inside a longer catalog word: 台盆 for 面盆 in 面盆龙头
    expect(sku(match('台盆龙头'))).toBe('TAP-BASIN');
    // and a value said the trade's way: 白钢 for 不锈钢
    expect(sku(match('白钢壁虎 M12*100'))).toBe('EXP-SS-M12*100');
  });

  it('keeps the catalog own words: a word of the catalog is never given to other products', () => {
    const electrical = createMatcher(electricalShop());
    // 地线 is this catalog's own product; 双色线 (a group word) joins it, never the coloured wires
    expect(sku(electrical('地线 2.5平方'))).toBe('EARTH');
    expect(sku(electrical('双色线 2.5平方'))).toBe('EARTH');
    const index = buildCatalogIndex(electricalShop());
    // 开关 is a loose word of 开关面板, but 空气开关 holds it only inside a longer word: it names both panels
    expect(index.terms.get('开关')?.head).toEqual([3, 4]);
    expect(index.terms.get('空开')?.head).toEqual([6]);
    // two words of one group on different products of the catalog stay each its own
    const nuts = buildCatalogIndex([
      testProduct({ sku: 'A', name: '螺母', specs: {}, unit: '个' }),
      testProduct({ sku: 'B', name: '螺帽', specs: {}, unit: '个' }),
    ]);
    expect(nuts.terms.get('螺母')?.head).toEqual([0]);
    expect(nuts.terms.get('螺帽')?.head).toEqual([1]);
    expect(nuts.terms.get('螺丝帽')?.head).toEqual([0, 1]);
  });

  it('adds no word another product already has, nor 白的 where 白 is a colour', () => {
    const index = buildCatalogIndex(groceryShop());
    // 白的 would read as the towel's colour: it stays the catalog's
    expect(index.terms.get('白的')).toBeUndefined();
    expect(index.terms.get('啤的')?.head).toEqual([1]);
    // 软管 is the garden hose of this catalog, never a word of anything else
    expect(index.terms.get('软管')?.head).toEqual([4]);
    const match = createMatcher(groceryShop());
    expect(sku(match('天然水 5箱'))).toBe('WATER');
    expect(sku(match('啤的 3箱'))).toBe('BEER');
  });

  it('never applies a group to a family it is not tagged for, nor adds single characters or sizes', () => {
    // 零线 / 中性线 are wire words only: a product named 零线 that is no wire gets nothing
    const notWire = buildCatalogIndex([
      testProduct({ sku: 'N', name: '零线', category: '配件', specs: {}, unit: '个' }),
    ]);
    expect(notWire.terms.get('中性线')).toBeUndefined();
    const wire = buildCatalogIndex([
      testProduct({ sku: 'N', name: '零线', category: '电线', specs: {}, unit: '卷' }),
    ]);
    expect(wire.terms.get('中性线')?.head).toEqual([0]);
    // 啤的 is said of liquor only: a catalog word 啤酒 on a product of no 酒 family (made up) gets nothing
    const words = tradeWordsOf(new Map([['啤酒', { head: [0], spec: new Map() }]]), [
      testProduct({ sku: 'X', name: '姜汁', category: '调料', aliases: [], specs: {}, unit: '瓶' }),
    ]);
    expect(words).toEqual([]);
    // 5孔 is a size spelling (read through the spec keys) and 米 a single character: neither is added
    const socket = buildCatalogIndex([
      testProduct({ sku: 'S', name: '插座', specs: { 孔位: '五孔' }, unit: '个' }),
    ]);
    expect(socket.terms.get('五眼')?.spec.get('孔位')).toEqual([0]);
    expect(socket.terms.get('5孔')).toBeUndefined();
  });

  // (a word may be in two groups limited to families apart: 红色 is 火线 among wires, 品红 among inks; and a loose
  // word is loose in every group it may name: 刹车皮 of a car's pads, a drum brake's shoes and a rim brake's pads)
  it('lists true synonyms only once: no word is in two groups of the same role and family', () => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const group of TRADE_LEXICON)
      for (const word of group.words) {
        const role = group.names === 'product' ? 'product' : 'value';
        const key = `${role} ${(group.family ?? []).join(',')} ${word.toLowerCase()}`;
        if (seen.has(key)) twice.push(key);
        seen.add(key);
      }
    expect(twice).toEqual([]);
  });
});

describe('Trade lexicon in a conversation', () => {
  const engine = createDialogEngine({ products: hardwareShop(), maxQtyPerLine: 10000 });

  it('orders 壁虎 from a catalog that only says 膨胀螺丝', () => {
    const turns = talkTo(engine, ['壁虎 M12*100 200个', '镀锌的', '确认']);
    expect(lineQtys(turns[turns.length - 1])).toEqual([['EXP-M12*100', 200]]);
    expect(turns[turns.length - 1]!.order?.status).toBe('confirmed');
    expect(turns.flatMap((t) => t.replies).join('')).not.toContain('没有');
  });

  it('finds the 面盆龙头 when the customer says 台盆龙头', () => {
    const turns = talkTo(engine, ['台盆龙头 5个']);
    expect(lineQtys(turns[0])).toEqual([['TAP-BASIN', 5]]);
  });
});
