import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up rope counter: ropes by 直径 and 长度 in 卷, where 米 is a length, never the unit sold. */
function ropeShop(): Product[] {
  const rope = (sku: string, diameter: string, length: string) =>
    testProduct({
      sku,
      name: `金鹰 麻绳 ${diameter} ${length}`,
      brand: '金鹰',
      aliases: ['麻绳', '绳子'],
      specs: { 直径: diameter, 长度: length },
      unit: '卷',
    });
  return [
    rope('R-8-100', '8mm', '100米'),
    rope('R-8-200', '8mm', '200米'),
    rope('R-12-100', '12mm', '100米'),
    rope('R-12-200', '12mm', '200米'),
  ];
}

describe('各 after lengths said in another unit than its quantity', () => {
  it('spreads the quantity over the lengths, read as values', () => {
    const engine = createDialogEngine({ products: ropeShop() });
    const [turn] = talkTo(engine, ['麻绳 8mm 100米 200米各5卷']);
    expect(lineQtys(turn)).toEqual([
      ['R-8-100', 5],
      ['R-8-200', 5],
    ]);
    const [other] = talkTo(engine, ['绳子 12mm的 100米 200米 各3卷']);
    expect(lineQtys(other)).toEqual([
      ['R-12-100', 3],
      ['R-12-200', 3],
    ]);
  });
});
