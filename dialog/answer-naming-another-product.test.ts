import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up rope stall: nylon rope and steel-wire rope, each by its diameter. Asked which diameter of the nylon
 * rope, the customer answers with the diameter and a word that names the other rope (钢丝的 6mm): the diameter was
 * taken for the nylon rope, the word dropped, and the order confirmed with the rope the customer did not want.
 */
function ropeStall(): Product[] {
  return [
    ...['6mm', '8mm', '10mm'].map((size) =>
      testProduct({ sku: `NYLON-${size}`, name: '尼龙绳', specs: { 直径: size }, unit: '米' }),
    ),
    ...['6mm', '8mm'].map((size) =>
      testProduct({ sku: `WIRE-${size}`, name: '镀锌钢丝绳', specs: { 直径: size }, unit: '米' }),
    ),
  ];
}

const engine = createDialogEngine({ products: ropeStall() });

describe('an answer that names another product than the one asked about', () => {
  it('never takes the value for the product asked about and drops the word', () => {
    const turns = talkTo(engine, ['尼龙绳 100米', '钢丝的 6mm', '行']);
    expect(lineQtys(turns[2]).map(([sku]) => sku)).not.toContain('NYLON-6mm');
    expect(turns[2]!.order?.status).not.toBe('confirmed');
  });

  it('still takes an answer whose every word fits the product asked about', () => {
    const turns = talkTo(engine, ['尼龙绳 100米', '6mm的', '行']);
    expect(lineQtys(turns[2])).toEqual([['NYLON-6mm', 100]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
