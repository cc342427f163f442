import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 确定 / 嗯 可以发了 / 就这么定了 after a complete draft confirm it, as 确认 does (they were "没太看明白"); 确定有货吗,
 * 不确定 and 确定一下 do not. A made-up tyre counter.
 */
const engine = createDialogEngine({
  products: [
    testProduct({
      sku: 'TYRE',
      name: '摩托车外胎',
      aliases: ['外胎'],
      specs: { 规格: '3.00-18' },
      unit: '条',
    }),
  ],
});

const statusAfter = (answer: string) => talkTo(engine, ['外胎3.00-18 来5条', answer])[1]!.order?.status;

describe('Words that confirm a draft', () => {
  it.each(['确定', '确定了', '嗯 可以发了', '可以发货', '好 就这么定了'])('confirms on %s', (answer) => {
    expect(statusAfter(answer)).toBe('confirmed');
  });

  it.each(['确定有货吗', '不确定', '我确定一下', '可以发顺丰吗'])('does not confirm on %s', (answer) => {
    expect(statusAfter(answer)).not.toBe('confirmed');
  });
});
