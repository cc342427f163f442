import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { capReply } from './dialog-replies.js';
import { talkTo, testProduct } from './dialog-test-kit.js';

const WORDS = [
  '龙骨',
  '石膏板',
  '腻子粉',
  '瓷砖胶',
  '防水涂料',
  '水泥钉',
  '膨胀螺丝',
  '玻璃胶',
  '美纹纸',
  '砂纸',
];

describe('Long replies', () => {
  it('keep the total and what to say next when a long draft is cut to the reply limit', () => {
    const products = WORDS.map((w, i) =>
      testProduct({ sku: `P${i}`, name: w, unit: '件', priceFen: 1000 * (i + 1) }),
    );
    const engine = createDialogEngine({ products, maxReplyLength: 200 });
    const t = talkTo(engine, [WORDS.map((w) => `${w}2件`).join(' '), '看看订单']);
    expect(t[0]!.order?.lines).toHaveLength(WORDS.length);
    for (const turn of t) {
      const reply = turn.replies.at(-1)!;
      expect([...reply].length).toBeLessThanOrEqual(200);
      expect(reply).toContain('合计1100元');
      expect(reply).toContain('\n…\n');
    }
    expect(t[0]!.replies.at(-1)).toMatch(/回复“确认”下单。$/);
  });

  it('cut a reply of one long line at a character, never inside a character pair', () => {
    expect(capReply('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(capReply('短', 5)).toBe('短');
  });
});
