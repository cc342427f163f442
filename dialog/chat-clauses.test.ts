import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { chatTrades, skateShop, watchShop } from './chat-test-kit.js';
import { lineQtys, talkTo } from './dialog-test-kit.js';

describe('Chat that is not an order', () => {
  for (const { trade, shop, word, sku, unit } of chatTrades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products: shop() });

      it('answers small talk politely, never as a product the shop lacks nor with a product question', () => {
        for (const said of ['老板在不在 今天忙不忙', '最近生意好不好啊', '今年生意不好做啊', '在吗老板']) {
          const [turn] = talkTo(engine, [said]);
          expect(turn!.replies.join('')).not.toMatch(/没有|要哪/);
          expect(turn!.order).toBeNull();
        }
      });

      it('gives a quantity after small talk to the item after it', () => {
        const [turn] = talkTo(engine, [`在吗老板 最近生意好不好 帮我拿两${unit}${word} 谢谢啦`]);
        expect(lineQtys(turn)).toEqual([[sku, 2]]);
        expect(turn!.replies.join('')).not.toMatch(/没有/);
      });

      it('still says a product asked after with a particle is not sold', () => {
        const [turn] = talkTo(engine, ['有茅台吗']);
        expect(turn!.replies.join('')).toMatch(/茅台我们店里没有/);
      });

      it('confirms an order after small talk between the items and the confirmation', () => {
        const turns = talkTo(engine, [`${word}3${unit}`, '最近天气好热啊', '确认']);
        expect(turns[1]!.replies.join('')).not.toMatch(/没有/);
        expect(turns[2]!.order?.status).toBe('confirmed');
        expect(lineQtys(turns[2])).toEqual([[sku, 3]]);
      });
    });
  }

  it('reads no product word inside a word of address (板 of 老板, 表 of 老表)', () => {
    const skate = talkTo(createDialogEngine({ products: skateShop() }), ['在吗 老板']);
    expect(skate[0]!.replies.join('')).not.toMatch(/滑板|要哪/);
    const watch = talkTo(createDialogEngine({ products: watchShop() }), [
      '老表 在不在',
      '老表 帮我拿5盒电池',
    ]);
    expect(watch[0]!.replies.join('')).not.toMatch(/表带|要哪/);
    expect(lineQtys(watch[1])).toEqual([['BAT', 5]]);
  });

  it('takes a description said with a particle as an answer (棕的吧), not as talk', () => {
    const turns = talkTo(createDialogEngine({ products: watchShop() }), ['表带10条', '棕的吧']);
    expect(lineQtys(turns[1])).toEqual([['ST-BR', 10]]);
  });
});
