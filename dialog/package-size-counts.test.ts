import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up pharmacy wholesaler: 棉签 by 长度 (of each swab) and 支数 (swabs in the pack). */
function pharmacy(): Product[] {
  const swab = (sku: string, length: string, count: string) =>
    testProduct({
      sku,
      name: '医用棉签',
      brand: '康洁',
      category: '棉签',
      aliases: ['棉签'],
      specs: { 长度: length, 支数: count },
      unit: '包',
      unitAliases: ['袋'],
    });
  return [
    swab('MQ-10-200', '10cm', '200支'),
    swab('MQ-10-100', '10cm', '100支'),
    swab('MQ-15-100', '15cm', '100支'),
  ];
}

/** A made-up tea shop: 茶包 by 克重 (of each bag) and 袋数 (bags in the box). */
function teaShop(): Product[] {
  const tea = (sku: string, weight: string, count: string) =>
    testProduct({
      sku,
      name: '茉莉花茶包',
      category: '袋泡茶',
      aliases: ['花茶包', '茶包'],
      specs: { 克重: weight, 袋数: count },
      unit: '盒',
    });
  return [tea('CB-2-50', '2g', '50袋'), tea('CB-2-25', '2g', '25袋'), tea('CB-3-25', '3g', '25袋')];
}

/** A made-up stationer: 便利贴 by 张数 and 页数 — two counts of pieces, so 大包 could mean either. */
function stationer(): Product[] {
  const notes = (sku: string, sheets: string, pads: string) =>
    testProduct({
      sku,
      name: '彩色便利贴',
      aliases: ['便利贴'],
      specs: { 张数: sheets, 本数: pads },
      unit: '包',
    });
  return [
    notes('BLT-100-5', '100张', '5本'),
    notes('BLT-50-10', '50张', '10本'),
    notes('BLT-50-5', '50张', '5本'),
  ];
}

describe('a size word that names the package (大包 / 小盒) measures the pieces inside it', () => {
  it('takes the count of pieces, not the size of each (swabs)', () => {
    const turns = talkTo(createDialogEngine({ products: pharmacy() }), ['棉签大包的 10包', '确认']);
    expect(lineQtys(turns[0])).toEqual([['MQ-10-200', 10]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('asks on where the smaller pack still comes in two lengths', () => {
    const turns = talkTo(createDialogEngine({ products: pharmacy() }), ['小包的棉签 10包', '确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('holds in another trade (tea bags by the box)', () => {
    const turns = talkTo(createDialogEngine({ products: teaShop() }), ['茶包大盒的 6盒', '确认']);
    expect(lineQtys(turns[0])).toEqual([['CB-2-50', 6]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('narrows first by the other words said (3g, then the smaller box)', () => {
    const turns = talkTo(createDialogEngine({ products: teaShop() }), ['2g的茶包小盒的 6盒', '确认']);
    expect(lineQtys(turns[0])).toEqual([['CB-2-25', 6]]);
  });

  it('is asked about where two attributes count pieces', () => {
    const turns = talkTo(createDialogEngine({ products: stationer() }), ['便利贴大包的 10包', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('leaves a measure said of the line leaned on as that measure (13厚的也来, pipe insulation)', () => {
    const tube = (sku: string, bore: string, wall: string) =>
      testProduct({
        sku,
        name: '橡塑保温管',
        aliases: ['保温管'],
        specs: { 内径: bore, 壁厚: wall },
        unit: '根',
      });
    const engine = createDialogEngine({
      products: [
        tube('BW-22-9', 'Φ22', '9mm'),
        tube('BW-22-13', 'Φ22', '13mm'),
        tube('BW-42-13', 'Φ42', '13mm'),
      ],
    });
    const turns = talkTo(engine, ['保温管 22的 9厚 50根', '13厚的也来30根', '确认']);
    expect(lineQtys(turns[1])).not.toContainEqual(['BW-42-13', 30]);
  });
});
