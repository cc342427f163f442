import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
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
    now: () => clock,
  });
});

afterAll(async () => {
  redis.disconnect();
  await tdb.drop();
});

/** What the worker does with a confirmed order, up to its review decision. */
async function throughPipeline(orderId: string): Promise<void> {
  await reserveOrderStock(tdb.db, orderId, 'partial');
  await priceOrder(tdb.db, orderId);
  await creditCheckOrder(tdb.db, orderId);
}

const statusOf = (orderId: string) =>
  tdb.db
    .selectFrom('orders')
    .select(['status', 'review_step'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();

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
    expect(replies).toContain(texts.placed(order.number));
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

  it('keeps the chat about a customer for the back office, written after the answer went out', async () => {
    const before = await tdb.db
      .selectFrom('chat_messages')
      .select((eb) => eb.fn.countAll<string>().as('rows'))
      .where('customer_id', '=', 'c-liu')
      .executeTakeFirstOrThrow();
    const replies = await chat.service.handle(asCustomer('c-liu', '水泥 5袋'));
    await chat.flush();
    const rows = await tdb.db
      .selectFrom('chat_messages')
      .select(['speaker', 'text'])
      .where('customer_id', '=', 'c-liu')
      .orderBy('id')
      .offset(Number(before.rows))
      .execute();
    expect(rows).toEqual([
      { speaker: 'customer', text: '水泥 5袋' },
      ...replies.map((text) => ({ speaker: 'bot', text })),
    ]);
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
    expect(replies).toContain(texts.placedFor(order.number, '刘师傅'));
    expect(await chat.mailbox.drain('customer:c-liu')).toEqual([texts.placedByRep(order.number, '张三')]);
    // The acting-for ended with the order: the next plain message gets the help text.
    expect(await chat.service.handle(asStaff('s-zhang', '你好'))).toEqual([texts.repHelp('张三')]);
  });

  it("places an unknown contact's order at once; the rep step waits for a rep, who confirms it by its last digits", async () => {
    const first = await chat.service.handle(stranger('水泥 30袋 42.5'));
    expect(first[0]).toBe(texts.introduction);
    const confirmed = await chat.service.handle(stranger('确认'));
    const order = await tdb.db
      .selectFrom('orders')
      .selectAll()
      .where('customer_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(confirmed).toContain(texts.placedGuest(order.number));
    expect(order).toMatchObject({ needs_rep: true, status: 'confirmed' });
    expect(order.note).toContain('陌生人');
    expect(order.guest_chat).toEqual({ channel: 'web', contactId: 'guest-1', name: '陌生人' });

    await throughPipeline(order.id);
    expect((await statusOf(order.id)).review_step).toBe('rep');
    const digits = order.number.slice(-4);
    expect((await chat.service.handle(asStaff('s-zhang', '待确认')))[0]).toContain(`${order.number} 陌生人`);
    expect(await chat.service.handle(asStaff('s-zhang', `确认 ${Number(digits)}`))).toEqual([
      texts.reviewDecided(order.number, 'approved'),
    ]);
    expect(await statusOf(order.id)).toEqual({ status: 'approved', review_step: null });
    // The unknown contact hears it in their own chat: there is no customer to reach.
    const toGuest = await tdb.db
      .selectFrom('outbox')
      .select('payload')
      .where('job_id', '=', `${order.id}-approved-all`)
      .executeTakeFirstOrThrow();
    expect((toGuest.payload as { to: unknown }).to).toEqual([
      { kind: 'chat', channel: 'web', contactId: 'guest-1', name: '陌生人' },
    ]);
    // Deciding twice does nothing more.
    expect(await chat.service.handle(asStaff('s-zhang', `确认 ${digits}`))).toEqual([
      texts.reviewUnknown(digits),
    ]);
  });

  it('sends a big order to its rep by the review chain, and the rep may reject it with a reason', async () => {
    await tdb.db
      .insertInto('review_chains')
      .values({
        steps: JSON.stringify([
          { step: 'rep', enabled: true, conditions: { minAmountFen: 1_000_000 } },
          { step: 'order', enabled: false, conditions: {} },
          { step: 'finance', enabled: true, conditions: { overCreditLimit: true } },
          { step: 'warehouse', enabled: false, conditions: {} },
        ]),
        created_by: 'test',
      })
      .execute();
    await chat.service.handle(asCustomer('c-liu', '水泥 500袋 42.5'));
    const placedReply = await chat.service.handle(asCustomer('c-liu', '确认'));
    const order = await tdb.db
      .selectFrom('orders')
      .selectAll()
      .where('customer_id', '=', 'c-liu')
      .where('total_fen', '=', 1_250_000)
      .executeTakeFirstOrThrow();
    expect(placedReply).toContain(texts.placed(order.number));
    await throughPipeline(order.id);
    expect(await statusOf(order.id)).toEqual({ status: 'in_review', review_step: 'rep' });
    expect(await chat.service.handle(asStaff('s-zhang', `驳回 ${order.number}`))).toEqual([
      texts.rejectNeedsReason,
    ]);
    expect(await chat.service.handle(asStaff('s-zhang', `驳回 ${order.number} 库存不够`))).toEqual([
      texts.reviewDecided(order.number, 'rejected'),
    ]);
    expect(await statusOf(order.id)).toEqual({ status: 'rejected', review_step: null });
    const told = await tdb.db
      .selectFrom('outbox')
      .select('payload')
      .where('job_id', '=', `${order.id}-rejected-rep-all`)
      .executeTakeFirstOrThrow();
    expect((told.payload as { text: string }).text).toBe(
      `抱歉，订单 ${order.number} 未通过业务员确认：库存不够。如有疑问请联系业务员。`,
    );
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
    expect(c.at(-1)).toMatch(/^已下单，订单号 LD-\d{8}-\d{4}/);
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
      .select('number')
      .where('channel', '=', 'web')
      .where('customer_id', '=', 'c-liu')
      .where('total_fen', '=', 6000)
      .execute();
    expect(placed).toHaveLength(1);
    expect(replies.at(-1)).toBe(texts.placed(placed[0]!.number));
  });
});
