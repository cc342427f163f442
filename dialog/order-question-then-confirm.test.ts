import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { chatTrades } from './chat-test-kit.js';
import { lineQtys, talkTo } from './dialog-test-kit.js';

describe('A question about a placed order, then items, then 确认', () => {
  for (const { trade, shop, word, sku, unit } of chatTrades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products: shop() });
      const history = [{ lines: [{ sku, qty: 1 }] }];

      it('reads what the last order held, asked where it is, as a question about that order', () => {
        for (const said of [`昨天订的${word}到哪了`, `上次买的${word}怎么样了`]) {
          const [turn] = talkTo(engine, [said], { history });
          expect(turn!.events.map((e) => e.type)).toEqual(['order_question']);
          expect(turn!.order).toBeNull();
        }
      });

      it('confirms items ordered after the question when the customer says 确认', () => {
        const turns = talkTo(engine, [`昨天订的${word}到哪了`, `顺便${word}再拿10${unit}`, '确认'], {
          history,
        });
        expect(turns[2]!.order?.status).toBe('confirmed');
        expect(lineQtys(turns[2])).toEqual([[sku, 10]]);
      });

      it('confirms on 先这样 确认, and holds on 先这样 alone or with a wait beside it', () => {
        const confirmed = talkTo(engine, [`${word}5${unit}`, '上次那单多少钱来着', '行 先这样 确认']);
        expect(confirmed[2]!.order?.status).toBe('confirmed');
        for (const held of ['先这样', '先这样 晚点确认', '先这样 我问下再说'])
          expect(talkTo(engine, [`${word}5${unit}`, held])[1]!.order?.status).toBe('draft');
      });
    });
  }
});
