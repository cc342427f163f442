import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up picture-frame counter (frames by 尺寸) and a made-up spice stall (pepper by 产地): the customer answers
 * a question in words that settle nothing, then says 确认. The order is not confirmed, and the reply says so
 * plainly rather than putting the same question a third time as if nothing had been said.
 */
function counters(): Product[] {
  return [
    ...['5寸', '6寸', '7寸'].map((size) =>
      testProduct({
        sku: `FRAME-${size}`,
        name: '实木相框',
        aliases: ['相框'],
        specs: { 尺寸: size },
        unit: '个',
      }),
    ),
    ...['汉源', '茂县'].map((origin) =>
      testProduct({
        sku: `PEPPER-${origin}`,
        name: '大红袍花椒',
        aliases: ['花椒'],
        specs: { 产地: origin },
        unit: '斤',
      }),
    ),
  ];
}

const engine = createDialogEngine({ products: counters() });

describe('a confirmation while an item is still asked about', () => {
  it('says the order is not confirmed yet and what is still open', () => {
    const turns = talkTo(engine, ['相框 20个', '嗯', '确认']);
    expect(turns[2]!.order).toBeNull();
    expect(turns[2]!.replies.join('')).toContain('订单还没确认');
    expect(turns[2]!.replies.join('')).toContain('相框');
  });

  it('says so in another trade, with a line already on the draft', () => {
    const turns = talkTo(engine, ['7寸相框 5个 花椒 10斤', '好', '确认']);
    expect(turns[2]!.order?.status).toBe('draft');
    expect(turns[2]!.replies.join('')).toContain('订单还没确认');
  });

  it('asks the first time without it', () => {
    const turns = talkTo(engine, ['相框 20个']);
    expect(turns[0]!.replies.join('')).not.toContain('订单还没确认');
  });
});
