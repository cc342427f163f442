import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fixtureProducts } from '../catalog/fixture-products.js';
import { createDialogEngine } from './dialog-engine.js';
import type { DialogState } from './dialog-types.js';

const MAX_QTY = 5000;
const MAX_REPLY = 400;
const engine = createDialogEngine({
  products: fixtureProducts(),
  maxQtyPerLine: MAX_QTY,
  maxReplyLength: MAX_REPLY,
});

const words = [
  '正泰',
  '1P',
  '16A',
  '空开',
  '9W',
  '灯泡',
  '电线',
  '2.5平方',
  '红',
  '蓝',
  '各',
  '水管',
  '4分',
  '425水泥',
  '两吨',
  '改成',
  '再加',
  '少拿',
  '不要了',
  '取消',
  '确认',
  '先别下单',
  '跟上次一样',
  '第二个',
  '看看订单',
  '多少钱',
  '也',
  '十',
  '一百二',
  '三千',
  '半',
  '箱',
  '个',
  '卷',
  '米',
  '-5个',
  '0个',
  '1e9个',
  '1000000000个',
  '99999999999999个',
  "'; DROP TABLE orders; --",
  '<script>alert(1)</script>',
  '😀',
  '\u0000',
  '\u202e',
  '\n',
  '，',
  '、',
  ' ',
];
const hostile = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((ws) => ws.join('')),
  fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((ws) => ws.join(' ')),
  fc
    .tuple(
      fc.constantFrom('9W灯泡', '425水泥', '2.5平方红线'),
      fc.double({ noNaN: false }),
      fc.constantFrom('个', '包', '卷', ''),
    )
    .map(([w, n, u]) => `${w} ${n}${u}`),
  fc.constant(''),
  fc.constant('水泥'.repeat(5000)),
);

describe('Dialog engine under random and hostile messages', () => {
  it('never throws, keeps replies short and every draft quantity a positive whole number within the limit', () => {
    let turns = 0;
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (messages) => {
        let state: DialogState | null = null;
        for (const text of messages) {
          const turn = engine.handle(state, {
            text,
            customer: { id: 'c', name: 'c', tier: 'A' },
            history: [
              {
                lines: [
                  { sku: 'LED-9W', qty: 100 },
                  { sku: 'NO-SUCH-SKU', qty: 1 },
                ],
              },
            ],
            now: new Date(0),
          });
          turns += 1;
          state = JSON.parse(JSON.stringify(turn.state)) as DialogState;
          expect(turn.replies.length).toBeGreaterThan(0);
          for (const r of turn.replies) expect([...r].length).toBeLessThanOrEqual(MAX_REPLY);
          for (const line of turn.order?.lines ?? []) {
            expect(Number.isInteger(line.qty)).toBe(true);
            expect(line.qty).toBeGreaterThan(0);
            expect(line.qty).toBeLessThanOrEqual(MAX_QTY);
            expect(Number.isFinite(line.unitPriceFen)).toBe(true);
          }
        }
      }),
      { numRuns: 4500, seed: 20261125 },
    );
    expect(turns).toBeGreaterThanOrEqual(10000);
  });

  it('starts afresh from a state that is not its own', () => {
    for (const state of [
      { v: 2 },
      { v: 1, lines: 'x' },
      { v: 1, lines: [{ s: 'LED-9W', q: -1 }], pend: [], st: 'open' },
    ]) {
      const turn = engine.handle(state as DialogState, {
        text: '确认',
        customer: { id: 'c', name: 'c' },
        history: [],
        now: new Date(0),
      });
      expect(turn.order).toBeNull();
    }
  });
});
