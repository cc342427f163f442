import { describe, expect, it } from '@jest/globals';
import { fixtureProducts } from './fixture-products.js';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';

const match = createMatcher(fixtureProducts());

function sku(r: MatchResult): string {
  if (r.kind !== 'matched') throw new Error(`expected a match, got ${r.kind}`);
  return r.product.sku;
}

describe('Matcher', () => {
  it('finds one SKU from brand and spec words in any order', () => {
    expect(sku(match('正泰1P 16A 10个'))).toBe('MCB-ZT-1P-16A');
    expect(sku(match('16a 1p 正泰空开'))).toBe('MCB-ZT-1P-16A');
    expect(sku(match('德力西空气开关2p16a'))).toBe('MCB-DLX-2P-16A');
    expect(sku(match('9瓦灯泡'))).toBe('LED-9W');
    expect(sku(match('9W球泡'))).toBe('LED-9W');
  });

  it('learns the attribute names of this catalog (线径, 外径, 尺寸)', () => {
    expect(sku(match('2.5平方红线'))).toBe('WIRE-2.5-R');
    expect(sku(match('2.5方 蓝色'))).toBe('WIRE-2.5-B');
    expect(sku(match('6分PPR管'))).toBe('PIPE-25');
    expect(sku(match('1寸2水管'))).toBe('PIPE-40');
    expect(sku(match('80x80大理石砖 白'))).toBe('TILE-800-W');
  });

  it('asks with the attribute that tells candidates apart', () => {
    const r = match('电线10卷');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates).toHaveLength(6);
    expect(r.distinctions[0]).toEqual({ attr: '线径', values: ['1.5mm²', '2.5mm²', '4mm²'] });
    const brands = match('空开 2P 32A');
    expect(brands.kind === 'ambiguous' && brands.distinctions[0]!.attr).toBe('$brand');
  });

  it('keeps 42.5R apart from 42.5', () => {
    expect(sku(match('425水泥'))).toBe('CEM-JY425');
    expect(sku(match('P.O42.5'))).toBe('CEM-JY425');
    expect(sku(match('42.5R水泥'))).toBe('CEM-JY425R');
  });

  it('tells DN bores from sizes in 分', () => {
    expect(sku(match('4分镀锌管'))).toBe('GAL-DN15');
    expect(sku(match('dn20镀锌管'))).toBe('GAL-DN20');
    expect(sku(match('外丝弯头4分'))).toBe('ELB-WS-20');
  });

  it('never accepts a product whose stated spec disagrees', () => {
    const r = match('6平方电线');
    expect(r).toMatchObject({ kind: 'not_found', reason: 'conflict', what: '6平方' });
    expect(match('正泰3P空开')).toMatchObject({ kind: 'not_found' });
    expect(match('15W灯泡')).toMatchObject({ kind: 'not_found', reason: 'conflict' });
  });

  it('never accepts a product of another brand', () => {
    expect(match('飞利浦灯泡 9W')).toMatchObject({ kind: 'not_found' });
    expect(match('欧普啤酒')).toMatchObject({ kind: 'not_found' });
  });

  it('says not found, with nearest suggestions, for things the shop does not sell', () => {
    const r = match('青岛啤酒 10箱');
    expect(r).toMatchObject({ kind: 'not_found', reason: 'unknown' });
    expect(r.kind === 'not_found' && r.suggestions.map((p) => p.sku)).toContain('BEER-XH');
    expect(match('石膏板 20张')).toMatchObject({ kind: 'not_found', what: '石膏板' });
  });

  it('finds barcodes typed as digits', () => {
    expect(sku(match('6900000000017'))).toBe('BEER-XH');
    expect(sku(match('条码6900000000017 来5箱'))).toBe('BEER-XH');
    expect(match('6900000000024')).toMatchObject({ kind: 'not_found', reason: 'unknown_barcode' });
  });

  it('corrects homophone typos from the catalog words', () => {
    expect(sku(match('内丝湾头 4分'))).toBe('ELB-NS-20');
    expect(sku(match('9瓦灯炮'))).toBe('LED-9W');
    expect(sku(match('9瓦登泡'))).toBe('LED-9W');
    expect(sku(match('外四弯头 4分'))).toBe('ELB-WS-20');
  });

  it('reads part of a catalog word and short brand names', () => {
    expect(sku(match('大理石 800 灰'))).toBe('TILE-800-G');
    expect(sku(match('德力 2P 32A 空开'))).toBe('MCB-DLX-2P-32A');
  });

  it('reads units, aliases and conversions', () => {
    const a = match.analyze('电线 500米 两盒 三千个 十捆 二十五袋 半吨');
    expect(a.quantities.map((q) => [q.value, q.unit])).toEqual([
      [500, '米'],
      [2, '盒'],
      [3000, '个'],
      [10, '捆'],
      [25, '袋'],
      [0.5, '吨'],
    ]);
    expect(sku(match('4平方蓝线 20捆'))).toBe('WIRE-4-B');
  });

  it('takes an attribute name as no product word (外径 / 规格 / 数量)', () => {
    expect(sku(match('外径25的水管'))).toBe('PIPE-25');
    expect(match('规格800*800的白色地砖').kind).not.toBe('not_found');
  });
});

describe('Matcher on words customers shorten or get wrong', () => {
  const shop = createMatcher([
    ...fixtureProducts(),
    {
      ...fixtureProducts()[0]!,
      sku: 'DRAIN-110',
      name: 'PVC排水管',
      brand: undefined,
      category: '排水',
      aliases: ['排水管'],
      specs: { 管径: '110mm' },
      unit: '根',
    },
    {
      ...fixtureProducts()[0]!,
      sku: 'PPR-ELB-20',
      name: 'PPR弯头',
      brand: undefined,
      category: '管件',
      aliases: ['弯头'],
      specs: { 外径: '20' },
      unit: '个',
    },
    {
      ...fixtureProducts()[0]!,
      sku: 'DRAIN-ELB-110',
      name: 'PVC排水弯头',
      brand: undefined,
      category: '排水',
      aliases: [],
      specs: { 管径: '110mm' },
      unit: '个',
    },
  ]);

  it('reads 管子 as the products whose word ends in 管, and lets a size settle the family', () => {
    expect(sku(shop('110的管子'))).toBe('DRAIN-110');
  });

  it('reads a product word inside a longer name when the spec fits nothing else (110弯头 → 排水弯头)', () => {
    expect(sku(shop('20弯头'))).toBe('PPR-ELB-20');
    expect(sku(shop('110弯头'))).toBe('DRAIN-ELB-110');
  });

  it('reads compound quantities: 两箱半, 一箱零6个, 1箱 加12个', () => {
    const q = (t: string) => shop.analyze(t).quantities.map((x) => [x.value, x.unit, x.plus]);
    expect(q('灯泡两箱半')).toEqual([[2.5, '箱', undefined]]);
    expect(q('灯泡一箱零6个')).toEqual([[1, '箱', { value: 6, unit: '个' }]]);
    expect(q('灯泡 1箱 加12个')).toEqual([[1, '箱', { value: 12, unit: '个' }]]);
    expect(q('插排5米2个').map((x) => x[2])).toEqual([undefined]);
  });

  it('never lets a size in one unit answer a value in another through its number (16平方 is no 16mm)', () => {
    expect(shop.resolve(shop.analyze('110平方 排水管'), {}).result.kind).toBe('not_found');
    expect(sku(shop('110mm 排水管'))).toBe('DRAIN-110');
  });

  it('reads an unknown word right after part of a catalog word as a product not sold (PVC吸顶灯)', () => {
    const r = shop.resolve(shop.analyze('PVC吸顶灯'), {});
    expect(r.result.kind).toBe('not_found');
  });

  it('reads a unit typed as a character of the same sound (3保 → 3包) but never a spec unit', () => {
    expect(shop.analyze('膨胀螺栓 3保').quantities.map((x) => x.unit)).toEqual(['包']);
    expect(shop.analyze('4平方 红线').quantities).toEqual([]);
  });
});
