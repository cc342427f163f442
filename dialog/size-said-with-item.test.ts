import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up aquarium shop: river pebbles by a range of sizes, and an aquarium soil whose grain is called 大颗粒 /
 * 中颗粒 — values that hold the size words, so that 大 / 中 said of the pebbles is found in the catalog.
 */
function aquariumShop(): Product[] {
  return [
    ...['1-2cm', '2-3cm', '3-5cm'].map((size) =>
      testProduct({
        sku: `PEBBLE-${size}`,
        name: '天然鹅卵石',
        aliases: ['鹅卵石', '石子'],
        specs: { 规格: size },
        unit: '斤',
        conversions: { 袋: 20 },
      }),
    ),
    ...['大颗粒', '中颗粒'].map((grain) =>
      testProduct({
        sku: `SOIL-${grain}`,
        name: '水草泥',
        aliases: ['水草泥'],
        specs: { 颗粒: grain },
        unit: '包',
      }),
    ),
    testProduct({ sku: 'NET', name: '捞鱼网', aliases: ['鱼网', '网兜'], unit: '个' }),
  ];
}

/** A made-up flowerpot shop: glazed pots by rim size in a range, and plant labels sold as 大号 / 小号. */
function potShop(): Product[] {
  return [
    ...['10-12cm', '15-18cm'].map((rim) =>
      testProduct({
        sku: `POT-${rim}`,
        name: '釉面花盆',
        aliases: ['花盆', '陶盆'],
        specs: { 口径: rim },
        unit: '个',
      }),
    ),
    ...['大号', '小号'].map((size) =>
      testProduct({
        sku: `LABEL-${size}`,
        name: '插地标签',
        aliases: ['标签'],
        specs: { 规格: size },
        unit: '包',
      }),
    ),
  ];
}

/** A made-up pearl wholesaler: freshwater pearls by a range of diameters, and 中孔 / 大孔 beads of glass. */
function pearlShop(): Product[] {
  return [
    ...['6-7mm', '7-8mm', '8-9mm'].map((size) =>
      testProduct({
        sku: `PEARL-${size}`,
        name: '淡水珍珠',
        aliases: ['珍珠', '珠子'],
        specs: { 直径: size },
        unit: '串',
      }),
    ),
    ...['大孔', '中孔'].map((hole) =>
      testProduct({
        sku: `GLASS-${hole}`,
        name: '琉璃珠',
        aliases: ['琉璃珠'],
        specs: { 孔型: hole },
        unit: '包',
      }),
    ),
  ];
}

const aquarium = createDialogEngine({ products: aquariumShop() });
const pots = createDialogEngine({ products: potShop() });
const pearls = createDialogEngine({ products: pearlShop() });

describe('A size word said with the item picks that end of its sizes', () => {
  it.each([
    // glued to the product word, with the amount after it
    [aquarium, '鹅卵石大的10斤', [['PEBBLE-3-5cm', 10]]],
    [aquarium, '鹅卵石小的 2袋', [['PEBBLE-1-2cm', 40]]],
    [pots, '花盆小的30个', [['POT-10-12cm', 30]]],
    [pearls, '珍珠最大的 5串', [['PEARL-8-9mm', 5]]],
    // 中 of three is the middle one
    [aquarium, '鹅卵石中的两袋半', [['PEBBLE-2-3cm', 50]]],
    [pearls, '淡水珍珠中的 3串', [['PEARL-7-8mm', 3]]],
    // the amount first
    [pots, '20个花盆大的', [['POT-15-18cm', 20]]],
  ] as const)('reads the size word glued to the product word (%#)', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it.each([
    // 大 / 中 are parts of another product's values (大颗粒, 大号, 大孔): said of this item, still its size end
    [aquarium, '鹅卵石 大的10斤', [['PEBBLE-3-5cm', 10]]],
    [aquarium, '鹅卵石 中的 3斤', [['PEBBLE-2-3cm', 3]]],
    [pots, '花盆 大的 6个', [['POT-15-18cm', 6]]],
    [pearls, '珍珠 中的 2串', [['PEARL-7-8mm', 2]]],
  ] as const)('reads it when another product’s value holds the word (%#)', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it.each([
    // the end said of the second item wins over the size of the line just ordered
    [
      aquarium,
      '鹅卵石大的10斤 网兜2个 石子小的20斤',
      [
        ['PEBBLE-3-5cm', 10],
        ['NET', 2],
        ['PEBBLE-1-2cm', 20],
      ],
    ],
    [
      pearls,
      '珍珠大的 2串 珠子小的3串',
      [
        ['PEARL-8-9mm', 2],
        ['PEARL-6-7mm', 3],
      ],
    ],
  ] as const)('takes each item’s own end, not the line before’s size (%#)', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it.each([
    // a word that makes the size word another (特大, 加大) or a product whose value carries it is read as said
    [pots, '标签大号的 3包', [['LABEL-大号', 3]]],
    [aquarium, '水草泥大颗粒的 2包', [['SOIL-大颗粒', 2]]],
  ] as const)('leaves values that carry the word to name their products (%#)', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it('asks about 中 among two sizes, and never confirms one', () => {
    const said = talkTo(pots, ['花盆中的 5个', '确认']);
    expect(lineQtys(said[0])).toEqual([]);
    expect(said[1]!.order?.status).not.toBe('confirmed');
  });
});
