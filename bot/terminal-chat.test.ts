import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PassThrough, Readable } from 'node:stream';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { createChatRuntime, type ChatRuntime } from './chat-runtime.js';
import { runTerminalChat } from './terminal-chat.js';
import { seedChatPeople } from './testing/seed.js';
import { createTinyEngine, TINY_PRODUCTS, TINY_QUESTION } from './testing/tiny-engine.js';

let tdb: TestDb;
let redis: Redis;
let chat: ChatRuntime;

beforeAll(async () => {
  tdb = await createTestDb();
  await seedChatPeople(tdb.db, TINY_PRODUCTS);
  redis = new Redis(testRedisUrl());
  chat = createChatRuntime({
    db: tdb.db,
    redis,
    prefix: uniquePrefix('term'),
    engine: createTinyEngine(),
    log: pino({ level: 'silent' }),
    sessionTtlMs: 3600_000,
  });
});

afterAll(async () => {
  redis.disconnect();
  await tdb.drop();
});

describe('terminal chat', () => {
  it('answers piped lines as the chosen customer and prints notifications at the end', async () => {
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    await chat.mailbox.push('customer:c-wang', '您的订单已发货。');
    await runTerminalChat({
      service: chat.service,
      mailbox: chat.mailbox,
      as: { kind: 'customer', id: 'c-wang' },
      name: '王老板',
      input: Readable.from(['水泥 50袋\n', '42.5\n', '确认\n']),
      output,
      interactive: false,
    });
    const order = await tdb.db.selectFrom('orders').select(['number', 'channel']).executeTakeFirstOrThrow();
    expect(order.channel).toBe('terminal');
    expect(printed.split('\n')).toEqual([
      `店> ${TINY_QUESTION}`,
      '店> 好的，CEM-425 50袋，确认的话回复「确认」。',
      '店> 好的，已确认。',
      `店> 已下单，订单号 ${order.number}，我们马上安排。`,
      '[通知] 您的订单已发货。',
      '',
    ]);
  });
});
