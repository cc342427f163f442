import { describe, expect, it } from '@jest/globals';
import { parseRepCommand } from './rep-commands.js';
import { stripMentions } from './wechaty-channel.js';

describe('parseRepCommand', () => {
  it.each([
    ['待确认', { type: 'list' }],
    ['确认 12', { type: 'approve', ref: '12' }],
    ['确认12号', { type: 'approve', ref: '12' }],
    ['通过 #7', { type: 'approve', ref: '7' }],
    ['确认 LD-20261206-0012', { type: 'approve', ref: 'LD-20261206-0012' }],
    ['确认订单 ld-20261206-0012', { type: 'approve', ref: 'LD-20261206-0012' }],
    ['拒绝 3 没货了', { type: 'reject', ref: '3', reason: '没货了' }],
    ['驳回 LD-20261206-0003 价格要重谈', { type: 'reject', ref: 'LD-20261206-0003', reason: '价格要重谈' }],
    ['帮王老板下单 50袋水泥', { type: 'order_for', customer: '王老板', rest: '50袋水泥' }],
    ['给刘师傅下单', { type: 'order_for', customer: '刘师傅', rest: '' }],
    ['确认', { type: 'none' }],
    ['水泥 50袋', { type: 'none' }],
  ])('reads %s', (text, expected) => {
    expect(parseRepCommand(text)).toEqual(expected);
  });
});

describe('stripMentions', () => {
  it('finds and removes an @mention of the bot, with the WeChat separator', () => {
    expect(stripMentions('@聊单助手\u2005水泥 5袋', ['聊单助手'])).toEqual({
      text: '水泥 5袋',
      mentioned: true,
    });
  });

  it('leaves other mentions and plain text alone', () => {
    expect(stripMentions('@老王 水泥 5袋', ['聊单助手'])).toEqual({
      text: '@老王 水泥 5袋',
      mentioned: false,
    });
  });
});
