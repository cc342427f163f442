import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up mattress shop: mattresses whose sizes differ in width only, pillows in two sizes that differ in both. */
function mattressShop(): Product[] {
  return [
    ...['1500*2000', '1800*2000'].map((size) =>
      testProduct({
        sku: `BED-${size}`,
        name: '乳胶床垫',
        aliases: ['床垫'],
        specs: { 规格: size },
        unit: '张',
      }),
    ),
    ...['400*800', '500*600'].map((size) =>
      testProduct({
        sku: `PIL-${size}`,
        name: '乳胶枕',
        aliases: ['枕头'],
        specs: { 规格: size },
        unit: '个',
      }),
    ),
  ];
}

/** A made-up shelving shop: storage racks that differ in length only (three sizes), by three groups. */
function rackShop(): Product[] {
  return ['1200*500*2000', '1500*500*2000', '1800*500*2000'].map((size) =>
    testProduct({
      sku: `RACK-${size}`,
      name: '轻型仓储货架',
      aliases: ['货架'],
      specs: { 尺寸: size },
      unit: '组',
      conversions: { 套: 2 },
    }),
  );
}

/** A made-up fitness shop: yoga mats by size in mm with the unit written, differing in the width group. */
function yogaShop(): Product[] {
  return ['1830*610mm', '1830*800mm'].map((size) =>
    testProduct({
      sku: `MAT-${size}`,
      name: 'TPE瑜伽垫',
      aliases: ['瑜伽垫'],
      specs: { 尺寸: size, 厚度: '8mm' },
      unit: '张',
    }),
  );
}

/** A made-up framing shop: picture frames whose sizes grow in both groups; the largest has the thinnest moulding. */
function frameShop(): Product[] {
  return ['300*400', '500*700', '200*300'].map((size) =>
    testProduct({
      sku: `FRAME-${size}`,
      name: '实木相框',
      aliases: ['相框'],
      specs: { 尺寸: size, 厚度: size === '500*700' ? '12mm' : '15mm' },
      unit: '个',
    }),
  );
}

const frames = createDialogEngine({ products: frameShop() });
const mattresses = createDialogEngine({ products: mattressShop() });
const racks = createDialogEngine({ products: rackShop() });
const yoga = createDialogEngine({ products: yogaShop() });

describe('A size word on sizes of several groups', () => {
  it('picks the larger when the sizes differ in one group only (1800*2000 beside 1500*2000)', () => {
    const turns = talkTo(mattresses, ['乳胶床垫 3张', '大的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['BED-1800*2000', 3]]);
  });

  it('picks the smallest of three sizes of three groups that differ in the length', () => {
    const turns = talkTo(racks, ['货架 2套', '最小的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['RACK-1200*500*2000', 4]]);
  });

  it('reads groups written with a unit after them (1830*800mm)', () => {
    const turns = talkTo(yoga, ['瑜伽垫 5张', '大的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['MAT-1830*800mm', 5]]);
  });

  it('picks the largest when one size is at least as large as the others in every group', () => {
    const turns = talkTo(frames, ['实木相框 6个', '最大的那个', '确认']);
    expect(lineQtys(turns[2])).toEqual([['FRAME-500*700', 6]]);
  });

  it('asks again when two sizes cross (400*800 beside 500*600)', () => {
    const turns = talkTo(mattresses, ['乳胶枕 4个', '大的']);
    expect(turns[1]!.order?.lines ?? []).toEqual([]);
  });
});

/** A made-up towel shop: bath towels by 克重, the heavier the thicker. */
function towelShop(): Product[] {
  return ['400g', '500g', '600g'].map((weight) =>
    testProduct({
      sku: `TOWEL-${weight}`,
      name: '纯棉浴巾',
      aliases: ['浴巾'],
      specs: { 克重: weight },
      unit: '条',
    }),
  );
}

/** A made-up bag shop: canvas totes by the cloth's 克重 in 安 (ounces). */
function toteShop(): Product[] {
  return ['8安', '12安'].map((weight) =>
    testProduct({
      sku: `TOTE-${weight}`,
      name: '帆布手提袋',
      aliases: ['帆布袋'],
      specs: { 克重: weight },
      unit: '个',
    }),
  );
}

/** A made-up carpet shop: office carpet tiles by pile count and 克重; the finer count is the lighter. */
function carpetShop(): Product[] {
  return [
    testProduct({
      sku: 'CARPET-A',
      name: '方块地毯',
      aliases: ['地毯'],
      specs: { 针数: '1/10', 克重: '700克' },
      unit: '片',
    }),
    testProduct({
      sku: 'CARPET-B',
      name: '方块地毯',
      aliases: ['地毯'],
      specs: { 针数: '1/12', 克重: '550克' },
      unit: '片',
    }),
  ];
}

const towels = createDialogEngine({ products: towelShop() });
const totes = createDialogEngine({ products: toteShop() });
const carpets = createDialogEngine({ products: carpetShop() });

describe('厚 / 薄 on cloth and sheet goods by 克重', () => {
  it('reads 最厚的 as the heaviest 克重', () => {
    const turns = talkTo(towels, ['纯棉浴巾 50条', '最厚的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['TOWEL-600g', 50]]);
  });

  it('reads 厚一点的 in 安 as the heavier of two', () => {
    const turns = talkTo(totes, ['帆布袋 200个', '厚一点的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['TOTE-12安', 200]]);
  });

  it('reads 薄的 by 克重 when the question asked about another attribute', () => {
    const turns = talkTo(carpets, ['方块地毯 100片', '薄的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['CARPET-B', 100]]);
  });
});
