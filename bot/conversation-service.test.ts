import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { texts } from './bot-texts.js';
import { createChatRuntime, type ChatRuntime } from './chat-runtime.js';
import { createPgOrderIntake } from './pg-order-intake.js';
import type { IncomingText } from './conversation-service.js';
import { seedChatPeople } from './testing/seed.js';
import { createTinyEngine, TINY_PRODUCTS, TINY_QUESTION } from './testing/tiny-engine.js';

const log = pino({ level: 'silent' });
let tdb: TestDb;
let redis: Redis;
let clock = new Date('2026-11-25T08:00:00Z');
let chat: ChatRuntime;

const asCustomer = (id: string, text: string): IncomingText => ({
  channel: 'web',
  contactId: `customer:${id}`,
  contactName: id,
  as: { kind: 'customer', id },
  text,
});
const asStaff = (id: string, text: string): IncomingText => ({
  channel: 'web',
  contactId: `staff:${id}`,
  contactName: id,
  as: { kind: 'staff', id },
  text,
});
const stranger = (text: string): IncomingText => ({
  channel: 'web',
  contactId: 'guest-1',
  contactName: '陌生人',
  text,
});

beforeAll(async () => {
  tdb = await createTestDb();
  await seedChatPeople(tdb.db, TINY_PRODUCTS);
  redis = new Redis(testRedisUrl());
  chat = createChatRuntime({
    db: tdb.db,
    redis,
    prefix: uniquePrefix('chat'),
    engine: createTinyEngine(),
    log,
    sessionTtlMs: 3600_000,
    reviewOverFen: 1_000_000,
    now: () => clock,
  });
});

afterAll(async () => {
  redis.disconnect();
  await tdb.drop();
});

describe('ConversationService', () => {
  it('asks a question, takes the answer and places the confirmed order in PostgreSQL', async () => {
    expect(await chat.service.handle(asCustomer('c-wang', '水泥 50袋'))).toEqual([TINY_QUESTION]);
    expect((await chat.service.handle(asCustomer('c-wang', '42.5')))[0]).toContain('CEM-425 50袋');
    const replies = await chat.service.handle(asCustomer('c-wang', '确认'));
    const order = await tdb.db
      .selectFrom('orders')
      .selectAll()
      .where('customer_id', '=', 'c-wang')
      .executeTakeFirstOrThrow();
    expect(replies).toContain(texts.placed(order.no));
    expect(order).toMatchObject({
      status: 'confirmed',
      needs_rep: false,
      placed_by_staff_id: null,
      channel: 'web',
    });
    const lines = await tdb.db
      .selectFrom('order_lines')
      .selectAll()
      .where('order_id', '=', order.id)
      .execute();
    expect(lines).toMatchObject([{ sku: 'CEM-425', qty: 50, unit_price_fen: 2500 }]);
  });

  it('starts a fresh draft after an order, so the next confirmation is a new order', async () => {
    await chat.service.handle(asCustomer('c-wang', '水泥 10袋 32.5'));
    await chat.service.handle(asCustomer('c-wang', '确认'));
    const orders = await tdb.db
      .selectFrom('orders')
      .select('source_key')
      .where('customer_id', '=', 'c-wang')
      .execute();
    expect(orders).toHaveLength(2);
    expect(new Set(orders.map((o) => o.source_key)).size).toBe(2);
  });

  it('lets a rep order for a customer by name and tells the customer', async () => {
    expect(await chat.service.handle(asStaff('s-zhang', '帮刘师傅下单 20袋水泥'))).toEqual([TINY_QUESTION]);
    await chat.service.handle(asStaff('s-zhang', '32.5'));
    const replies = await chat.service.handle(asStaff('s-zhang', '确认'));
    const order = await tdb.db
      .selectFrom('orders')
      .selectAll()
      .where('customer_id', '=', 'c-liu')
      .executeTakeFirstOrThrow();
    expect(order.placed_by_staff_id).toBe('s-zhang');
    expect(replies).toContain(texts.placedFor(order.no, '刘师傅'));
    expect(await chat.mailbox.drain('customer:c-liu')).toEqual([texts.placedByRep(order.no, '张三')]);
    // The acting-for ended with the order: the next plain message gets the help text.
    expect(await chat.service.handle(asStaff('s-zhang', '你好'))).toEqual([texts.repHelp('张三')]);
  });

  it("holds an unknown contact's draft for a rep, who confirms it by its short number", async () => {
    await chat.mailbox.drain('staff:s-zhang');
    const first = await chat.service.handle(stranger('水泥 30袋 42.5'));
    expect(first[0]).toBe(texts.introduction);
    expect(await chat.service.handle(stranger('确认'))).toContain(texts.heldNewCustomer);
    expect(
      await tdb.db.selectFrom('orders').select('id').where('customer_id', 'is', null).execute(),
    ).toHaveLength(0);

    const told = await chat.mailbox.drain('staff:s-zhang');
    expect(told).toHaveLength(1);
    const no = Number(/编号 (\d+)/.exec(told[0] as string)?.[1]);
    expect(told[0]).toContain('陌生人');
    expect((await chat.service.handle(asStaff('s-zhang', '待确认')))[0]).toContain(`${no}. 陌生人`);

    const approved = await chat.service.handle(asStaff('s-zhang', `确认 ${no}`));
    const order = await tdb.db
      .selectFrom('orders')
      .selectAll()
      .where('customer_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(approved).toEqual([texts.reviewApproved(no, order.no)]);
    expect(order).toMatchObject({ needs_rep: true, placed_by_staff_id: 's-zhang' });
    expect(order.note).toContain('陌生人');
    expect(await chat.mailbox.drain('guest-1')).toEqual([texts.requesterApproved(order.no)]);
    // Deciding twice does nothing more.
    expect(await chat.service.handle(asStaff('s-zhang', `确认 ${no}`))).toEqual([texts.pendingUnknown(no)]);
  });

  it('holds an order over the limit for the customer’s rep, who may reject it', async () => {
    await chat.service.handle(asCustomer('c-liu', '水泥 500袋 42.5'));
    expect(await chat.service.handle(asCustomer('c-liu', '确认'))).toContain(texts.heldOverLimit);
    const told = await chat.mailbox.drain('staff:s-zhang');
    expect(told[0]).toContain('超过限额');
    const no = Number(/编号 (\d+)/.exec(told[0] as string)?.[1]);
    expect(await chat.service.handle(asStaff('s-zhang', `拒绝 ${no} 库存不够`))).toEqual([
      texts.reviewRejected(no),
    ]);
    expect(await chat.mailbox.drain('customer:c-liu')).toEqual([texts.requesterRejected('库存不够')]);
    expect(await chat.service.handle(asStaff('s-zhang', '待确认'))).toEqual([texts.noPending]);
  });

  it('tells a customer who comes back after the session expired that the draft expired', async () => {
    await chat.service.handle(asCustomer('c-wang', '水泥 5袋 32.5'));
    clock = new Date(clock.getTime() + 2 * 3600_000);
    const replies = await chat.service.handle(asCustomer('c-wang', '你好'));
    expect(replies[0]).toBe(texts.draftExpired);
    // The old draft is gone: confirming now places nothing.
    expect(await chat.service.handle(asCustomer('c-wang', '确认'))).toEqual(['请问要什么货？']);
  });

  it('handles the messages of one chat in arrival order', async () => {
    const [a, b, c] = await Promise.all([
      chat.service.handle(asCustomer('c-wang', '水泥 7袋')),
      chat.service.handle(asCustomer('c-wang', '32.5')),
      chat.service.handle(asCustomer('c-wang', '确认')),
    ]);
    expect(a).toEqual([TINY_QUESTION]);
    expect(b[0]).toContain('CEM-325 7袋');
    expect(c.at(-1)).toMatch(/^已下单，订单号 \d+/);
  });

  it('keeps the draft when writing the order fails, so a second 确认 places it, once', async () => {
    const real = createPgOrderIntake(tdb.db);
    let failures = 1;
    const flaky = createChatRuntime({
      db: tdb.db,
      redis,
      prefix: uniquePrefix('flaky'),
      engine: createTinyEngine(),
      log,
      sessionTtlMs: 3600_000,
      reviewOverFen: 1_000_000,
      intake: {
        async place(input) {
          if (failures-- > 0) throw new Error('database went away');
          return real.place(input);
        },
      },
    });
    const me = (text: string): IncomingText => ({ ...asCustomer('c-liu', text), contactId: 'flaky-liu' });
    await flaky.service.handle(me('水泥 3袋 32.5'));
    await expect(flaky.service.handle(me('确认'))).rejects.toThrow('database went away');
    const replies = await flaky.service.handle(me('确认'));
    const placed = await tdb.db
      .selectFrom('orders')
      .select('no')
      .where('channel', '=', 'web')
      .where('customer_id', '=', 'c-liu')
      .where('total_fen', '=', 6000)
      .execute();
    expect(placed).toHaveLength(1);
    expect(replies.at(-1)).toBe(texts.placed(placed[0]!.no));
  });
});
