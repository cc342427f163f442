import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up rope stall: nylon rope and steel-wire rope, each by its diameter; and a made-up coffee counter: beans
 * and ground coffee, each by origin. Asked which diameter of the nylon rope, the customer answers with a word that
 * names the other rope (钢丝的 6mm): they mean the steel-wire rope, in the amount said for the rope asked about.
 */
function ropeStall(): Product[] {
  return [
    ...['6mm', '8mm', '10mm'].map((size) =>
      testProduct({ sku: `NYLON-${size}`, name: '尼龙绳', specs: { 直径: size }, unit: '米' }),
    ),
    ...['6mm', '8mm'].map((size) =>
      testProduct({ sku: `WIRE-${size}`, name: '镀锌钢丝绳', specs: { 直径: size }, unit: '米' }),
    ),
    ...['巴西', '哥伦比亚'].map((origin) =>
      testProduct({ sku: `BEAN-${origin}`, name: '咖啡豆', specs: { 产地: origin }, unit: '袋' }),
    ),
    ...['巴西', '哥伦比亚'].map((origin) =>
      testProduct({ sku: `GROUND-${origin}`, name: '咖啡粉', specs: { 产地: origin }, unit: '袋' }),
    ),
  ];
}

const engine = createDialogEngine({ products: ropeStall() });

describe('an answer that names another product than the one asked about', () => {
  it('moves the line to the product named, with the amount and the value said', () => {
    const turns = talkTo(engine, ['尼龙绳 100米', '钢丝的 6mm', '行']);
    expect(lineQtys(turns[1])).toEqual([['WIRE-6mm', 100]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('asks what the product named still needs, and never keeps the one asked about', () => {
    const turns = talkTo(engine, ['尼龙绳 100米', '钢丝绳', '8mm']);
    expect(turns[1]!.replies.join('')).toContain('钢丝绳');
    expect(lineQtys(turns[2])).toEqual([['WIRE-8mm', 100]]);
  });

  it('reads it the same in another trade', () => {
    const turns = talkTo(engine, ['咖啡豆 3袋', '咖啡粉 巴西的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['GROUND-巴西', 3]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('still takes an answer whose every word fits the product asked about', () => {
    const turns = talkTo(engine, ['尼龙绳 100米', '6mm的', '行']);
    expect(lineQtys(turns[2])).toEqual([['NYLON-6mm', 100]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('keeps a product named with an amount of its own a line of its own', () => {
    const turns = talkTo(engine, ['尼龙绳 100米', '钢丝绳6mm 50米']);
    expect(lineQtys(turns[1])).toEqual([['WIRE-6mm', 50]]);
    expect(turns[1]!.replies.join('')).toContain('尼龙绳');
  });
});
