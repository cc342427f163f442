import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { MAX_TEXT_LENGTH } from '../catalog/text-normalize.js';
import { capReply } from './customer-replies.js';
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

describe('Long messages and replies', () => {
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

  it('takes nothing from a message too long to read whole, says so, and keeps the draft', () => {
    const products = WORDS.map((w, i) => testProduct({ sku: `P${i}`, name: w, unit: '件' }));
    const engine = createDialogEngine({ products });
    const long = Array.from({ length: 100 }, (_, i) => `${WORDS[i % WORDS.length]}${i + 1}件`).join('\n');
    expect([...long].length).toBeGreaterThan(MAX_TEXT_LENGTH);
    const t = talkTo(engine, ['龙骨2件', long, '确认']);
    expect(t[1]!.replies).toEqual([
      `这条消息太长了，我怕看漏，麻烦分几条发给我（每条${MAX_TEXT_LENGTH}字以内）。`,
    ]);
    expect(t[1]!.events).toEqual([]);
    expect(t[1]!.order?.lines.map((l) => [l.sku, l.qty])).toEqual([['P0', 2]]);
    expect(t[2]!.order?.status).toBe('confirmed');
    expect(t[2]!.order?.lines.map((l) => [l.sku, l.qty])).toEqual([['P0', 2]]);
  });

  it('cut a reply of one long line at a character, never inside a character pair', () => {
    expect(capReply('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(capReply('短', 5)).toBe('短');
  });
});
