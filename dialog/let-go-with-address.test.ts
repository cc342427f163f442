import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: a seed shop (seed by the 袋) and a glazier (float glass by the 片). */
function shops(): Product[] {
  return [
    testProduct({ sku: 'YM-1', name: '玉米种子', aliases: ['玉米种'], unit: '袋' }),
    testProduct({ sku: 'BL-5', name: '白玻', specs: { 厚度: '5mm' }, unit: '片' }),
  ];
}

const engine = createDialogEngine({ products: shops() });

describe('letting the whole order go, said to the shopkeeper by name (不要了老板)', () => {
  it('cancels the order when the word for the shopkeeper is glued to 不要了 (seeds)', () => {
    const turns = talkTo(engine, ['玉米种子 20袋', '不要了老板 今年先不种了']);
    expect(turns[1]!.order?.status).toBe('cancelled');
    expect(turns[1]!.replies.join('')).not.toContain('我们店里没有');
  });

  it('cancels the order when 算了 is said to 师傅 (glass)', () => {
    const turns = talkTo(engine, ['5厘白玻 10片', '算了师傅 业主不装了']);
    expect(turns[1]!.order?.status).toBe('cancelled');
  });
});
