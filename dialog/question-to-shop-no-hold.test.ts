import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: coffee equipment and fitness equipment. */
function shops(): Product[] {
  return [
    testProduct({
      sku: 'KFJ-E61',
      name: '半自动咖啡机',
      category: '咖啡机',
      aliases: ['咖啡机'],
      specs: { 型号: 'E61' },
      unit: '台',
      priceFen: 280000,
    }),
    testProduct({ sku: 'YL-10', name: '包胶哑铃', aliases: ['哑铃'], specs: { 重量: '10kg' }, unit: '对' }),
  ];
}

describe('A question put to the shop (想问下 / 请问下)', () => {
  it('is answered with the price, never taken as a hold of the order (coffee equipment)', () => {
    const engine = createDialogEngine({ products: shops() });
    const [turn] = talkTo(engine, ['在吗 想问下咖啡机多少钱一台']);
    const reply = turn!.replies.join(' ');
    expect(reply).toContain('2800元/台');
    expect(reply).not.toContain('先不下单');
  });

  it('is answered with what there is, never taken as a hold (fitness equipment)', () => {
    const engine = createDialogEngine({ products: shops() });
    const [turn] = talkTo(engine, ['请问下哑铃有货吗']);
    expect(turn!.replies.join(' ')).not.toContain('先不下单');
  });

  it('still holds the order when the customer will ask someone else first (fitness equipment)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['哑铃10kg 5对', '我问下老板再说']);
    expect(turns[1]!.order?.status).toBe('draft');
    expect(turns[1]!.replies.join(' ')).toMatch(/先不下单|先给您留着/);
  });
});
