import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up battery counter: AA cells by brand in cards of 4 or 8 节, and loose cells sold by the 节. */
function batteryShop(): Product[] {
  return [
    ...['南孚', '双鹿'].flatMap((brand) =>
      ['4节', '8节'].map((count) =>
        testProduct({
          sku: `AA-${brand}-${count}`,
          name: `${brand}5号电池 卡装`,
          brand,
          aliases: ['5号电池', '电池'],
          specs: { 装数: count },
          unit: '卡',
        }),
      ),
    ),
    testProduct({ sku: 'AA-LOOSE', name: '5号电池 散装', aliases: ['散装电池'], unit: '节' }),
  ];
}

/** A made-up catering-supply shop: disposable gloves by brand in boxes of 50 or 100 只, and loose ones by the 只. */
function gloveShop(): Product[] {
  return [
    ...['英科', '蓝帆'].flatMap((brand) =>
      ['50只', '100只'].map((count) =>
        testProduct({
          sku: `GL-${brand}-${count}`,
          name: `${brand}丁腈手套`,
          brand,
          aliases: ['丁腈手套', '手套'],
          specs: { 装数: count },
          unit: '盒',
        }),
      ),
    ),
    testProduct({ sku: 'GL-LOOSE', name: 'PE手套 散装', aliases: ['PE手套'], unit: '只' }),
  ];
}

describe('各 over brands that share a value said before them', () => {
  it('gives each brand the value, a count in a unit the shop also sells by, and the quantity', () => {
    const engine = createDialogEngine({ products: batteryShop() });
    const [turn] = talkTo(engine, ['4节的 南孚和双鹿 各10卡']);
    expect(lineQtys(turn)).toEqual([
      ['AA-南孚-4节', 10],
      ['AA-双鹿-4节', 10],
    ]);
  });

  it('reads the value the same way when the brands are joined by 跟', () => {
    const engine = createDialogEngine({ products: gloveShop() });
    const [turn] = talkTo(engine, ['100只的 英科跟蓝帆 各3盒']);
    expect(lineQtys(turn)).toEqual([
      ['GL-英科-100只', 3],
      ['GL-蓝帆-100只', 3],
    ]);
  });
});
