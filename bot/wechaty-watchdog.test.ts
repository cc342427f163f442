import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { ConversationService } from './conversation-service.js';
import { createSendLimiter } from './send-limiter.js';
import { createMockWechat, loginMock, type MockWechat } from './testing/mock-wechat.js';
import { Watchdog } from './watchdog.js';
import { attachWechatyChannel } from './wechaty-channel.js';

const log = pino({ level: 'silent' });
let w: MockWechat;
let clock = 0;
let resets = 0;
let dog: Watchdog;

// The conversation is not the subject here: an echo service of our own interface.
const echo: ConversationService = {
  handle: async (m) => [`收到：${m.text}`],
  turn: async (m) => ({ replies: [`收到：${m.text}`], draft: null, placed: null }),
};

beforeAll(async () => {
  w = createMockWechat();
  dog = new Watchdog({
    silenceMs: 60_000,
    initialBackoffMs: 1000,
    maxBackoffMs: 8000,
    reset: async () => {
      resets++;
      await w.wechaty.reset();
    },
    log,
    now: () => clock,
  });
  attachWechatyChannel({
    wechaty: w.wechaty,
    channel: 'wechat',
    service: echo,
    dedupe: { firstTime: async () => true },
    limiter: createSendLimiter({ burst: 5, intervalMs: 0 }),
    mentionNames: [],
    log,
    watchdog: dog,
  });
  await w.wechaty.start();
  loginMock(w);
});

afterAll(async () => {
  await w.wechaty.stop();
});

describe('the watchdog on a Wechaty puppet', () => {
  it('keeps quiet while messages arrive', async () => {
    const c = w.mocker.createContact({ name: '客户' });
    clock = 50_000;
    w.emitText(c, w.me, '在吗');
    expect(await w.waitFor(c.id, 1)).toEqual(['收到：在吗']);
    clock = 100_000;
    expect(await dog.check()).toBe(false);
  });

  it('resets a puppet that went silent, and the bot answers again afterwards', async () => {
    clock = 200_000;
    expect(await dog.check()).toBe(true);
    expect(resets).toBe(1);
    loginMock(w);
    const c = w.mocker.createContact({ name: '回来的客户' });
    w.emitText(c, w.me, '水泥 5袋');
    expect(await w.waitFor(c.id, 1)).toEqual(['收到：水泥 5袋']);
  });

  it('notices a logout at once', async () => {
    w.puppet.emit('logout', { contactId: w.me.id, data: 'kicked out' });
    await new Promise((r) => setTimeout(r, 50));
    expect(await dog.check()).toBe(true);
    expect(resets).toBe(2);
  });
});
