import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { loadDemoData } from '../catalog/demo/load-demo-data.js';
import { creditCheckOrder, recordPayment } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { shipOrder } from '../orders/pg-shipments.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { placeOrder } from '../test/order-fixtures.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { startChatRuntime, type ChatRuntime } from './chat-runtime.js';
import type { IncomingText } from './conversation-service.js';

/**
 * Questions about placed orders, in chat, with the real understanding engine and the orders in PostgreSQL:
 * status, shipping, money, contents, cancelling (a question first), and only one's own orders.
 */
const log = pino({ level: 'silent' });
let t: TestDb;
let redis: Redis;
let chat: ChatRuntime & { stop(): void };

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoData(t.db);
  redis = new Redis(testRedisUrl());
  chat = await startChatRuntime({
    db: t.db,
    redis,
    prefix: uniquePrefix('ask'),
    log,
    sessionTtlMs: 3600_000,
    maxQtyPerLine: 100_000,
    catalogReloadMs: 0,
  });
});

afterAll(async () => {
  chat.stop();
  redis.disconnect();
  await t.drop();
});

const customer = (id: string, text: string): IncomingText => ({
  channel: 'web',
  contactId: `customer:${id}`,
  contactName: id,
  as: { kind: 'customer', id },
  text,
});
const staff = (id: string, text: string): IncomingText => ({
  channel: 'web',
  contactId: `staff:${id}`,
  contactName: id,
  as: { kind: 'staff', id },
  text,
});
const say = async (msg: IncomingText) => (await chat.service.handle(msg)).join('\n');

/** An order of 王师傅 through the worker's steps (approved: well under his credit and the review thresholds). */
async function approvedOrder(customerId = 'c-wang-zxd') {
  const o = await placeOrder(t.db, customerId, [
    { sku: 'CEM-JY-WHITE-25', qty: 10, unit: '袋', unitPriceFen: 2150 },
    { sku: 'CEM-JY-WHITE-25', qty: 4, unit: '袋', unitPriceFen: 2150 },
  ]);
  await reserveOrderStock(t.db, o.orderId, 'partial');
  await priceOrder(t.db, o.orderId);
  await creditCheckOrder(t.db, o.orderId);
  return o;
}
const statusOf = async (orderId: string) =>
  (await t.db.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow())
    .status;
/** Who the notices of one event of an order go to (kinds), from the outbox. */
async function noticeRecipients(orderId: string, event: string): Promise<string[]> {
  const rows = await t.db.selectFrom('outbox').select('payload').where('queue', '=', 'notify').execute();
  return rows
    .map((r) => r.payload as { orderId: string; event: string; to: { kind: string }[] })
    .filter((p) => p.orderId === orderId && p.event === event)
    .flatMap((p) => p.to.map((r) => r.kind));
}
const seq = (number: string) => number.slice(-4);

describe('a customer asks about their orders', () => {
  it('where an order is, by its number, its last digits, or the last one', async () => {
    const placed = await placeOrder(t.db, 'c-wang-zxd', [{ sku: 'CEM-JY-WHITE-25', qty: 3, unit: '袋' }]);
    const byDigits = await say(customer('c-wang-zxd', `订单${Number(seq(placed.orderNumber))}到哪了`));
    expect(byDigits).toContain(placed.orderNumber);
    expect(byDigits).toContain('正在备货核价');
    expect(await say(customer('c-wang-zxd', `${placed.orderNumber} 怎么样了`))).toContain('正在备货核价');
    expect(await say(customer('c-wang-zxd', '我的订单到哪了'))).toContain(placed.orderNumber);
  });

  it('what was shipped and what is still to come', async () => {
    const o = await approvedOrder();
    expect(await statusOf(o.orderId)).toBe('approved');
    expect(await say(customer('c-wang-zxd', `订单${seq(o.orderNumber)}发货了吗`))).toContain('还没发货');
    await shipOrder(t.db, { orderId: o.orderId, staffId: 'wh-sun', lines: [{ lineNo: 1, qty: 10 }] });
    const partly = await say(customer('c-wang-zxd', `订单${seq(o.orderNumber)}发货了吗`));
    expect(partly).toContain('已发出一部分');
    expect(partly).toMatch(/还没发：金隅白水泥[^\n]*4袋/);
    await shipOrder(t.db, { orderId: o.orderId, staffId: 'wh-sun', lines: [{ lineNo: 2, qty: 4 }] });
    expect(await say(customer('c-wang-zxd', `订单${seq(o.orderNumber)}发货了吗`))).toContain('已全部发货');
  });

  it('what the last order costs and what is still owed', async () => {
    const o = await approvedOrder();
    await recordPayment(t.db, {
      orderId: o.orderId,
      amountFen: 10_000,
      method: 'wechat',
      actor: 'staff:fin-zhou',
    });
    const answer = await say(customer('c-wang-zxd', '上次那单多少钱'));
    expect(answer).toContain(o.orderNumber);
    expect(answer).toContain('应付¥301');
    expect(answer).toContain('已付¥100');
    expect(answer).toContain('还差¥201');
  });

  it("never tells about another customer's order, even by its whole number", async () => {
    const theirs = await placeOrder(t.db, 'c-zhang-sd', [{ sku: 'CEM-JY-WHITE-25', qty: 1, unit: '袋' }]);
    const answer = await say(customer('c-wang-zxd', `${theirs.orderNumber} 发货了吗`));
    expect(answer).toContain(`没查到您的订单 ${theirs.orderNumber}`);
    expect(answer).not.toContain('张师傅');
  });
});

describe('a customer cancels in chat', () => {
  it('asks first, then cancels an order not yet approved; staff are told, the customer only in chat', async () => {
    const o = await placeOrder(t.db, 'c-wang-zxd', [{ sku: 'CEM-JY-WHITE-25', qty: 2, unit: '袋' }]);
    const question = await say(customer('c-wang-zxd', `把订单${seq(o.orderNumber)}取消掉`));
    expect(question).toContain('确定要取消');
    expect(await statusOf(o.orderId)).toBe('confirmed');
    expect(await say(customer('c-wang-zxd', '确认取消'))).toContain(`订单 ${o.orderNumber} 已取消`);
    expect(await statusOf(o.orderId)).toBe('cancelled');
    const recipients = await noticeRecipients(o.orderId, 'cancelled');
    expect(recipients).toContain('staff');
    expect(recipients).not.toContain('customer');
  });

  it('keeps the order on a no, and on anything else goes on with that message', async () => {
    const o = await placeOrder(t.db, 'c-wang-zxd', [{ sku: 'CEM-JY-WHITE-25', qty: 2, unit: '袋' }]);
    await say(customer('c-wang-zxd', `取消订单${seq(o.orderNumber)}`));
    expect(await say(customer('c-wang-zxd', '算了'))).toBe(`好的，订单 ${o.orderNumber} 不取消。`);
    await say(customer('c-wang-zxd', `取消订单${seq(o.orderNumber)}`));
    const next = await say(customer('c-wang-zxd', '白水泥 2袋'));
    expect(next).toContain(`订单 ${o.orderNumber} 不取消`);
    expect(next).toContain('金隅白水泥');
    expect(await statusOf(o.orderId)).toBe('confirmed');
  });

  it('passes an approved order on to the rep instead of cancelling it', async () => {
    const o = await approvedOrder();
    const answer = await say(customer('c-wang-zxd', `把订单${seq(o.orderNumber)}取消掉`));
    expect(answer).toContain('不能直接取消');
    expect(answer).toContain('转告业务员');
    expect(await say(customer('c-wang-zxd', '确认'))).not.toContain('已取消');
    expect(await statusOf(o.orderId)).toBe('approved');
  });

  it('does not cancel when the order was approved between the question and the yes', async () => {
    const o = await placeOrder(t.db, 'c-wang-zxd', [{ sku: 'CEM-JY-WHITE-25', qty: 2, unit: '袋' }]);
    expect(await say(customer('c-wang-zxd', `取消订单${seq(o.orderNumber)}`))).toContain('确定要取消');
    await reserveOrderStock(t.db, o.orderId, 'partial');
    await priceOrder(t.db, o.orderId);
    await creditCheckOrder(t.db, o.orderId);
    expect(await say(customer('c-wang-zxd', '确认取消'))).toContain('不能直接取消');
    expect(await statusOf(o.orderId)).toBe('approved');
  });
});

describe('staff ask about orders', () => {
  it("a rep sees their customers' orders and not the others'", async () => {
    const mine = await approvedOrder('c-wang-zxd');
    const others = await placeOrder(t.db, 'c-zhang-sd', [{ sku: 'CEM-JY-WHITE-25', qty: 1, unit: '袋' }]);
    expect(await say(staff('rep-chen', `${mine.orderNumber} 发货了吗`))).toContain('还没发货');
    expect(await say(staff('rep-chen', `${others.orderNumber} 发货了吗`))).toContain('没查到');
    expect(await say(staff('rep-liu', `${others.orderNumber} 到哪了`))).toContain(others.orderNumber);
  });

  it('a rep cancels an approved order of their customer after a question, and the customer is told', async () => {
    const o = await approvedOrder('c-wang-zxd');
    expect(await say(staff('rep-chen', `取消订单 ${o.orderNumber}`))).toContain('确定要取消');
    expect(await say(staff('rep-chen', '确认'))).toContain('已取消');
    expect(await statusOf(o.orderId)).toBe('cancelled');
    expect(await noticeRecipients(o.orderId, 'cancelled')).toContain('customer');
  });
});
