import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up phone-repair counter: memory cards by 容量 (32G / 64G / 128G), by the 张. */
function cardShop(): Product[] {
  return ['32G', '64G', '128G'].map((size) =>
    testProduct({
      sku: `TF-${size}`,
      name: `闪迪 TF卡 ${size}`,
      brand: '闪迪',
      aliases: ['内存卡', 'TF卡'],
      specs: { 容量: size },
      unit: '张',
    }),
  );
}

/** A made-up forklift-parts counter: pallet trucks by 载重 (2T / 3T / 5T), by the 台. */
function palletShop(): Product[] {
  return ['2T', '3T', '5T'].map((load) =>
    testProduct({
      sku: `PT-${load}`,
      name: `手动液压搬运车 ${load}`,
      aliases: ['地牛', '搬运车'],
      specs: { 载重: load },
      unit: '台',
    }),
  );
}

describe('a 个 between a number and a unit in letters the catalog carries (16个G) is no count', () => {
  it('reads 64个G of a memory card as 64G', () => {
    const engine = createDialogEngine({ products: cardShop() });
    const turns = talkTo(engine, ['64个G的内存卡 20张', '确认']);
    expect(lineQtys(turns[1])).toEqual([['TF-64G', 20]]);
  });

  it('reads 3个T of a pallet truck as 3T', () => {
    const engine = createDialogEngine({ products: palletShop() });
    const turns = talkTo(engine, ['地牛 3个T的 2台', '确认']);
    expect(lineQtys(turns[1])).toEqual([['PT-3T', 2]]);
  });

  it('keeps 个 a count where the catalog carries no such value', () => {
    const engine = createDialogEngine({ products: cardShop() });
    const turns = talkTo(engine, ['内存卡 16个G']);
    expect(lineQtys(turns[0])).toEqual([]);
  });
});
