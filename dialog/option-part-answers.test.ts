import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up curtain-fabric counter: blackout cloth by 颜色 (names of colours the catalog spells its own way). */
function curtainShop(): Product[] {
  const cloth = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '遮光窗帘布',
      brand: '金蝉',
      category: '窗帘布',
      aliases: ['遮光布'],
      specs: { 颜色: colour, 门幅: '2.8米' },
      unit: '米',
    });
  const rod = (sku: string, length: string) =>
    testProduct({ sku, name: '罗马杆', category: '窗帘杆', specs: { 长度: length }, unit: '根' });
  return [
    cloth('ZG-XYB', '象牙白'),
    cloth('ZG-KFZ', '咖啡棕'),
    cloth('ZG-ZZB', '珍珠白'),
    cloth('ZG-MLH', '墨绿'),
    rod('LMG-15', '1.5米'),
    rod('LMG-24', '2.4米'),
    testProduct({ sku: 'WB-BS', name: '白色纱帘', category: '纱帘', specs: { 颜色: '白色' }, unit: '米' }),
  ];
}

/** A made-up musical-instrument counter: guitar strings loose or boxed, the pack only in the specs. */
function instrumentShop(): Product[] {
  return [
    testProduct({
      sku: 'XX-SZ',
      name: '民谣吉他弦散装',
      category: '吉他弦',
      aliases: ['吉他弦'],
      specs: { 规格: '单根散称' },
      unit: '根',
    }),
    testProduct({
      sku: 'XX-HZ',
      name: '民谣吉他弦',
      category: '吉他弦',
      aliases: ['吉他弦'],
      specs: { 规格: '6根盒装' },
      unit: '盒',
      conversions: { 箱: 20 },
    }),
    testProduct({ sku: 'BP-1', name: '拨片', category: '配件', specs: { 包装: '盒装' }, unit: '盒' }),
  ];
}

/** A made-up bicycle-parts counter: inner tubes by wheel size, spoken the way a mechanic says them. */
function bicycleShop(): Product[] {
  const tube = (sku: string, size: string) =>
    testProduct({ sku, name: '自行车内胎', category: '内胎', specs: { 尺寸: size }, unit: '条' });
  return [tube('NT-26', '26*1.95'), tube('NT-275', '27.5*1.95'), tube('NT-700', '700*25C')];
}

describe('An answer that names one option by a part of it', () => {
  it('picks the one colour whose name holds the character said (白的 → 象牙白 when only one holds 白)', () => {
    const engine = createDialogEngine({ products: curtainShop().filter((p) => p.sku !== 'ZG-ZZB') });
    const turns = talkTo(engine, ['遮光布 20米', '白的']);
    expect(turns[0]!.replies.join('')).toContain('颜色');
    expect(lineQtys(turns[1])).toEqual([['ZG-XYB', 20]]);
  });

  it('asks again when two options hold the part said (象牙白 / 珍珠白)', () => {
    const engine = createDialogEngine({ products: curtainShop() });
    const turns = talkTo(engine, ['遮光布 20米', '白的']);
    expect(lineQtys(turns[1])).toEqual([]);
    expect(turns[1]!.replies.join('')).toContain('珍珠白');
  });

  it('reads a length said in words (一米五) as the option it writes, never as a quantity', () => {
    const engine = createDialogEngine({ products: curtainShop() });
    const turns = talkTo(engine, ['罗马杆来6根', '一米五']);
    expect(lineQtys(turns[1])).toEqual([['LMG-15', 6]]);
  });

  it('picks the boxed strings by a part of their spec, with the amount said after it (盒装的拿30)', () => {
    const engine = createDialogEngine({ products: instrumentShop() });
    const turns = talkTo(engine, ['吉他弦有吗', '盒装的拿30']);
    expect(lineQtys(turns[1])).toEqual([['XX-HZ', 30]]);
  });

  it('keeps the quantity of the question when the answer names only the option (散装的)', () => {
    const engine = createDialogEngine({ products: instrumentShop() });
    const turns = talkTo(engine, ['吉他弦 50根', '散装的']);
    expect(lineQtys(turns[1])).toEqual([['XX-SZ', 50]]);
  });

  it('never cuts a number: 27.5 picks the 27.5 tube, 5 alone picks nothing', () => {
    const engine = createDialogEngine({ products: bicycleShop() });
    expect(lineQtys(talkTo(engine, ['内胎 10条', '27.5的'])[1])).toEqual([['NT-275', 10]]);
    expect(lineQtys(talkTo(engine, ['内胎 10条', '700的'])[1])).toEqual([['NT-700', 10]]);
  });
});
