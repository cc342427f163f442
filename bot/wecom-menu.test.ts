import { describe, expect, it } from '@jest/globals';
import { asksForPerson, saysWhoTheyAre } from './wecom-message-handler.js';
import { MAX_TEXT_BYTES, splitText, toOutgoingBody } from './wecom-menu.js';

describe('WeCom message bodies', () => {
  it('turns the engine’s choice question into a menu whose items send the option back', () => {
    const body = toOutgoingBody('好的。\n电线（10卷）要哪个截面？1.5平方 / 2.5平方 / 4平方');
    expect(body).toEqual({
      msgtype: 'msgmenu',
      msgmenu: {
        head_content: '好的。\n电线（10卷）要哪个截面？',
        list: [
          { type: 'click', click: { id: 'choice-1', content: '1.5平方' } },
          { type: 'click', click: { id: 'choice-2', content: '2.5平方' } },
          { type: 'click', click: { id: 'choice-3', content: '4平方' } },
        ],
        tail_content: '点一下选择，或者直接打字回复',
      },
    });
  });

  it('keeps plain text when there is no choice question', () => {
    expect(toOutgoingBody('已下单，订单号 12，我们马上安排。')).toEqual({
      msgtype: 'text',
      text: { content: '已下单，订单号 12，我们马上安排。' },
    });
    expect(toOutgoingBody('规格是 1/2 寸吗？')).toMatchObject({ msgtype: 'text' });
  });

  it('splits text over 2048 bytes at line ends, keeping every character', () => {
    const line = '海螺水泥 P.O42.5 50袋 ×21 = 1050元';
    const text = Array.from({ length: 120 }, (_, i) => `${i + 1}. ${line}`).join('\n');
    const pieces = splitText(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => Buffer.byteLength(p) <= MAX_TEXT_BYTES)).toBe(true);
    expect(pieces.join('\n')).toBe(text);
    expect(splitText('短')).toEqual(['短']);
  });
});

describe('what WeChat customers say', () => {
  it('recognises a new contact saying who they are', () => {
    expect(saysWhoTheyAre('我是红星五金')).toBe(true);
    expect(saysWhoTheyAre('13912345678')).toBe(true);
    expect(saysWhoTheyAre('手机 139-1234-5678')).toBe(true);
    expect(saysWhoTheyAre('要 2 箱 13 号的')).toBe(false);
    expect(saysWhoTheyAre('海螺水泥 50袋')).toBe(false);
  });

  it('recognises a request for a person, not an order that mentions one', () => {
    expect(asksForPerson('转人工')).toBe(true);
    expect(asksForPerson('帮我找业务员')).toBe(true);
    expect(asksForPerson('水泥 50袋')).toBe(false);
  });
});
