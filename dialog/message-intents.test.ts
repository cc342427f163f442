import { describe, expect, it } from '@jest/globals';
import { fixtureProducts } from '../catalog/fixture-products.js';
import { createMatcher } from '../catalog/matcher.js';
import { normalizeText } from '../catalog/text-normalize.js';
import { parseMessage } from './message-intents.js';
import type { Intent } from './message-intents.js';
import { readOrderInquiry } from './order-inquiry.js';

const matcher = createMatcher(fixtureProducts());
const parse = (text: string) => parseMessage(matcher, normalizeText(text));

/** The intents as short strings: kind, the target's words, and what follows. */
function brief(intents: Intent[]): string[] {
  return intents.map((i) => {
    const target =
      'target' in i && i.target
        ? i.target.kind === 'words'
          ? `[${i.target.item.text}]`
          : i.target.kind === 'number'
            ? `[#${i.target.number}]`
            : '[all]'
        : '';
    switch (i.kind) {
      case 'add':
        return `add ${i.item.text}${i.item.quantity ? ` ${i.item.quantity.raw}` : ''}`;
      case 'change':
        return `change${target} → ${[i.to.text, i.to.quantity?.raw].filter(Boolean).join(' ')}`;
      case 'remove':
        return `remove${target}`;
      case 'adjust':
        return `adjust${target} ${i.sign > 0 ? '+' : '-'}${i.quantity.raw}`;
      case 'quantity':
        return `quantity ${i.quantity.raw}${i.setsTotal ? ' (total)' : ''}`;
      case 'option':
        return `option ${i.number}`;
      case 'order_question':
        return `order_question ${i.inquiry.topic}`;
      default:
        return i.kind;
    }
  });
}

describe('Reading a message into intents', () => {
  it('reads new items with their quantities, in the order said', () => {
    expect(brief(parse('425水泥 50包 9W灯泡 10个').intents)).toEqual([
      'add 42.5水泥 50包',
      'add 9w灯泡 10个',
    ]);
  });

  it('reads a correction of the line talked about (不对 是…) and a change of a named line (X改成Y)', () => {
    expect(brief(parse('不对 是M8*80的').intents)).toEqual(['change → m8*80的']);
    expect(brief(parse('水泥改成2吨').intents)).toEqual(['change[水泥] → 2吨']);
    expect(brief(parse('红的改成15卷').intents)).toEqual(['change[红的] → 15卷']);
    expect(brief(parse('第一个改成20卷').intents)).toEqual(['change[#1] → 20卷']);
  });

  it('reads a removal by the words before or after the verb, and 这个不要了 as no target', () => {
    expect(brief(parse('灯泡不要了').intents)).toEqual(['remove[灯泡]']);
    expect(brief(parse('不要灯泡了').intents)).toEqual(['remove[灯泡]']);
    expect(brief(parse('这个不要了').intents)).toEqual(['remove']);
    expect(brief(parse('那个不要了').intents)).toEqual(['remove']);
    expect(brief(parse('两个都不要').intents)).toEqual(['remove[all]']);
  });

  it('keeps a removal and the change after it apart (红的不要了 要蓝的, X不要了 换成Y)', () => {
    expect(brief(parse('红的不要了 要蓝的').intents)).toEqual(['remove[红的]', 'add 要蓝的']);
    expect(brief(parse('水泥不要了 换成灯泡').intents)).toEqual(['remove[水泥]', 'change → 灯泡']);
  });

  it('reads more and less of a line (再加 / 多拿 / 少拿), with the line before or after the verb', () => {
    expect(brief(parse('灯泡再加1箱').intents)).toEqual(['adjust[灯泡] +1箱']);
    expect(brief(parse('少拿5包').intents)).toEqual(['adjust -5包']);
    expect(brief(parse('再加两卷蓝的').intents)).toEqual(['adjust[蓝的] +两卷']);
  });

  it('reads 取消 / 都不要了 as the whole order off, and 算了 alone as letting go', () => {
    expect(brief(parse('算了 取消吧').intents)).toEqual(['cancel_order']);
    expect(brief(parse('都不要了').intents)).toEqual(['cancel_order']);
    expect(brief(parse('算了').intents)).toEqual(['let_go']);
  });

  it('reads a reorder and the changes said with it', () => {
    expect(brief(parse('跟上次一样 灯泡改成200个').intents)).toEqual(['reorder', 'change[灯泡] → 200个']);
    expect(brief(parse('老样子 水管不要了').intents)).toEqual(['reorder', 'remove[水管]']);
  });

  it('reads an option number, a quantity naming nothing, and a total (就够了)', () => {
    expect(brief(parse('第二个').intents)).toEqual(['option 2']);
    expect(brief(parse('80包就够了').intents)).toEqual(['quantity 80包 (total)']);
  });

  it('reads a question about a placed order as that, never as an order', () => {
    expect(brief(parse('订单2发货了吗').intents)).toEqual(['order_question shipping']);
    expect(brief(parse('把订单2取消掉').intents)).toEqual(['order_question cancel']);
  });

  it('gives the message-wide signals: confirm, hold, chit-chat', () => {
    expect(parse('好的 确认').confirm).toBe('strong');
    expect(parse('可以').confirm).toBe('weak');
    expect(parse('先别下单 我问问').hold).toBe(true);
    expect(parse('老板在吗').chat).toContain('greeting');
  });
});

describe('Questions about placed orders', () => {
  it('tells what is asked and which order', () => {
    expect(readOrderInquiry('我的订单到哪了')).toEqual({
      topic: 'status',
      order: { kind: 'unspecified' },
      text: '我的订单到哪了',
    });
    expect(readOrderInquiry('订单2发货了吗')?.order).toEqual({ kind: 'number', number: '2' });
    expect(readOrderInquiry('上次那单多少钱')).toMatchObject({ topic: 'amount', order: { kind: 'latest' } });
    expect(readOrderInquiry('把订单12取消掉')).toMatchObject({
      topic: 'cancel',
      order: { kind: 'number', number: '12' },
    });
  });

  it('reads a payment the customer made as a question about what is paid, never as a reorder or a product', () => {
    expect(readOrderInquiry('上次那单的钱我转过去了 收到没')).toMatchObject({
      topic: 'amount',
      order: { kind: 'latest' },
    });
    expect(readOrderInquiry('货款已经打过去了 你查一下')).toMatchObject({
      topic: 'amount',
      order: { kind: 'unspecified' },
    });
    expect(readOrderInquiry('昨天转账了 到账没有')).toMatchObject({ topic: 'amount' });
    expect(readOrderInquiry('钱我刚转了')).toMatchObject({ topic: 'amount' });
    // a price asked per pack, or a style word, is no payment
    expect(readOrderInquiry('这个多少钱一打')).toBeUndefined();
    expect(readOrderInquiry('新款手套 5打')).toBeUndefined();
  });

  it('is not a reorder, an order text, or a question about the draft', () => {
    expect(readOrderInquiry('上次那单再来一次 电线加10捆')).toBeUndefined();
    expect(readOrderInquiry('订单 50袋水泥 多少钱')).toBeUndefined();
    expect(readOrderInquiry('这单多少钱')).toBeUndefined();
    expect(readOrderInquiry('水泥 50袋')).toBeUndefined();
  });
});
