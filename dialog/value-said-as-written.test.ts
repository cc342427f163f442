import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A value the family has (装数 8节, 100只, 5双), said word for word before an amount in the unit the family is sold
 * in, is that value: never the end of another family's model value (卡装8节, 盒装100只, 礼盒5双), nor a count of
 * the loose goods sold in that very character (8节 of loose cells, 100只 of loose gloves), nor the pack of another
 * family whose case holds that many (button cells, 4节 to the 箱).
 */
function batteryShop(): Product[] {
  const branded = (sku: string, brand: string, count: string, perCase: number) =>
    testProduct({
      sku,
      name: `${brand}碱性电池`,
      brand,
      aliases: [`${brand}电池`, '碱性电池'],
      specs: { 装数: count },
      unit: '卡',
      conversions: { 箱: perCase },
    });
  return [
    branded('NF-4', '南孚', '4节', 40),
    branded('NF-8', '南孚', '8节', 20),
    branded('SL-4', '双鹿', '4节', 40),
    branded('SL-8', '双鹿', '8节', 20),
    testProduct({
      sku: 'CD-4',
      name: '镍氢充电电池',
      aliases: ['充电电池'],
      specs: { 包装: '卡装4节' },
      unit: '卡',
    }),
    testProduct({ sku: 'NK-1', name: '纽扣电池', aliases: ['纽扣电池'], unit: '节', conversions: { 箱: 4 } }),
    testProduct({
      sku: 'SZ-5',
      name: '5号电池散装',
      aliases: ['散装电池', '5号电池'],
      specs: { 装数: '8节/盒' },
      unit: '节',
      conversions: { 盒: 8 },
    }),
  ];
}

/** A made-up cleaning-supplies counter: branded gloves by the box, loose gloves by the piece. */
function gloveShop(): Product[] {
  const boxed = (sku: string, brand: string, count: string, perCase: number) =>
    testProduct({
      sku,
      name: `${brand}丁腈手套`,
      brand,
      aliases: [`${brand}手套`, '丁腈手套'],
      specs: { 装数: count },
      unit: '盒',
      conversions: { 箱: perCase },
    });
  return [
    boxed('YK-50', '英科', '50只', 20),
    boxed('YK-100', '英科', '100只', 10),
    boxed('ZH-50', '中红', '50只', 20),
    boxed('ZH-100', '中红', '100只', 10),
    testProduct({
      sku: 'PE-H',
      name: 'PE薄膜手套',
      aliases: ['薄膜手套'],
      specs: { 包装: '盒装100只' },
      unit: '盒',
    }),
    testProduct({
      sku: 'PE-S',
      name: 'PE手套散装',
      aliases: ['散装手套'],
      specs: { 装数: '100只/包' },
      unit: '只',
      conversions: { 包: 100 },
    }),
  ];
}

/** A made-up hosiery counter: boat socks by the pack of 5 or 10 pairs, gift boxes of 5 pairs. */
function sockShop(): Product[] {
  const pack = (sku: string, brand: string, count: string, perCase: number) =>
    testProduct({
      sku,
      name: `${brand}船袜`,
      brand,
      aliases: [`${brand}袜子`, '船袜'],
      specs: { 装数: count },
      unit: '包',
      conversions: { 箱: perCase },
    });
  return [
    pack('LS-5', '浪莎', '5双', 40),
    pack('LS-10', '浪莎', '10双', 20),
    pack('MR-5', '梦娜', '5双', 40),
    testProduct({
      sku: 'LH-5',
      name: '礼盒袜',
      aliases: ['袜子礼盒'],
      specs: { 包装: '礼盒5双' },
      unit: '盒',
    }),
    testProduct({
      sku: 'SW-1',
      name: '散装棉袜',
      aliases: ['散袜'],
      specs: { 装数: '5双/包' },
      unit: '双',
      conversions: { 包: 5 },
    }),
  ];
}

describe('a value the family has, said as the catalog writes it before an amount', () => {
  const shops = { batteries: batteryShop(), gloves: gloveShop(), socks: sockShop() };
  it.each([
    ['南孚8节 1箱', 'batteries', [['NF-8', 20]]],
    ['双鹿4节 来2箱', 'batteries', [['SL-4', 80]]],
    [
      '南孚4节 3箱 双鹿8节 2箱',
      'batteries',
      [
        ['NF-4', 120],
        ['SL-8', 40],
      ],
    ],
    ['英科100只 来3箱', 'gloves', [['YK-100', 30]]],
    ['中红50只 2箱', 'gloves', [['ZH-50', 40]]],
    ['浪莎5双 1箱', 'socks', [['LS-5', 40]]],
    ['梦娜5双 来两箱', 'socks', [['MR-5', 80]]],
  ] as const)('is that value of the brand said (%s)', (message, shop, lines) => {
    const engine = createDialogEngine({ products: shops[shop] });
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('still reads the count of the loose goods sold in that character', () => {
    const engine = createDialogEngine({ products: batteryShop() });
    const turns = talkTo(engine, ['散装电池 16节', '确认']);
    expect(lineQtys(turns[0])).toEqual([['SZ-5', 16]]);
  });
});
