import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';
import type { PastOrder } from './dialog-types.js';
import { readOrderInquiry } from './order-inquiry.js';

describe('a question about a past order, asked the ways customers ask it', () => {
  it('reads invoice, payment, delivery and accounting questions about the last order as questions', () => {
    const asked: [string, string][] = [
      ['上次那单开票了吗', 'amount'],
      ['上回的单子发票开了没', 'amount'],
      ['上次那单的票能开吗', 'amount'],
      ['上次那单钱付了吗', 'amount'],
      ['上次的单子对账了没', 'amount'],
      ['上次那单到了吗', 'shipping'],
      ['昨天那单发了没', 'shipping'],
      ['上次那单多少钱来着', 'amount'],
    ];
    for (const [text, topic] of asked)
      expect([text, readOrderInquiry(text)?.topic, readOrderInquiry(text)?.order.kind]).toEqual([
        text,
        topic,
        'latest',
      ]);
  });

  it('reads any other question about the last order as a question about how it stands, never a reorder', () => {
    expect(readOrderInquiry('上次那单开好了吗')).toMatchObject({ order: { kind: 'latest' } });
    expect(readOrderInquiry('上次那单有问题吗？')).toMatchObject({ order: { kind: 'latest' } });
  });

  it('still reads the last order asked for again as a reorder', () => {
    expect(readOrderInquiry('上次那单再来一次')).toBeUndefined();
    expect(readOrderInquiry('跟上次一样')).toBeUndefined();
    expect(readOrderInquiry('上次的')).toBeUndefined();
  });
});

/** A made-up stone-yard counter: paving slabs by the 片, kerbs by the 米. */
function stoneShop(): Product[] {
  return [
    testProduct({
      sku: 'SLAB-60',
      name: '芝麻灰花岗岩板',
      aliases: ['芝麻灰'],
      specs: { 规格: '600*600' },
      unit: '片',
    }),
    testProduct({ sku: 'KERB', name: '花岗岩路沿石', aliases: ['路沿石'], unit: '米' }),
  ];
}

describe('a question about a past order in the middle of an order', () => {
  const history: PastOrder[] = [{ lines: [{ sku: 'KERB', qty: 30 }] }];
  it('leaves the draft as it is and adds nothing of the last order', () => {
    const engine = createDialogEngine({ products: stoneShop() });
    for (const question of ['上次那单开票了吗', '上次那单钱付了吗 我这边查不到']) {
      const turns = talkTo(engine, ['芝麻灰 40片', question], { history });
      expect(turns[1]!.events.map((e) => e.type)).toEqual(['order_question']);
      expect(lineQtys(turns[1])).toEqual([['SLAB-60', 40]]);
    }
  });
});

describe('a question about when the last goods arrive, in the middle of an order', () => {
  const history: PastOrder[] = [{ lines: [{ sku: 'KERB', qty: 30 }] }];
  it('reads 上次的货什么时候到 and its kin as a delivery question, never as the last order placed again', () => {
    for (const question of ['上次的货什么时候到', '昨天那批货几时发', '上回的货啥时候送过来']) {
      expect([question, readOrderInquiry(question)?.topic]).toEqual([question, 'shipping']);
      const engine = createDialogEngine({ products: stoneShop() });
      const turns = talkTo(engine, ['芝麻灰 40片', question, '确认'], { history });
      expect(turns[1]!.events.map((e) => e.type)).toEqual(['order_question']);
      expect(lineQtys(turns[2])).toEqual([['SLAB-60', 40]]);
    }
  });

  it('reads the goods of the last order named by how they were ordered (上次订的那两台泵) as a delivery question', () => {
    for (const question of [
      '上次订的那两台泵什么时候到',
      '昨天买的那批路沿石几时发',
      '之前要的30块还没到吗',
    ]) {
      expect([question, readOrderInquiry(question)?.topic]).toEqual([question, 'shipping']);
      const engine = createDialogEngine({ products: stoneShop() });
      const turns = talkTo(engine, ['芝麻灰 40片', question, '确认'], { history });
      expect(turns[1]!.events.map((e) => e.type)).toEqual(['order_question']);
      expect(turns[2]!.order?.status).toBe('confirmed');
      expect(lineQtys(turns[2])).toEqual([['SLAB-60', 40]]);
    }
    // what was ordered before, said while ordering again, is no question
    expect(readOrderInquiry('上次订的那种再来两台')).toBeUndefined();
  });

  it('still reads goods of the last order asked for again as a reorder', () => {
    expect(readOrderInquiry('上次的货再来一份')).toBeUndefined();
  });
});
