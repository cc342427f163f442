/**
 * The bot end to end: startBot over the Wechaty mock puppet, the real dialog engine over the demo shop (its staff
 * and customers come with `name:` chat identities from the CSV import), PostgreSQL, Redis, and the pipeline's own
 * outbox relay into BullMQ.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { FileBox } from 'file-box';
import { loadDemoData } from '../catalog/demo/load-demo-data.js';
import { parseConfig } from '../lib/config.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { startOutboxRelay, type OutboxRelay } from '../orders/outbox-relay.js';
import { pgOutboxStore } from '../orders/pg-outbox.js';
import { bullmqOutboxPublisher } from '../worker/bullmq-outbox-publisher.js';
import { createPipelineQueues, type PipelineQueues } from '../worker/bullmq-queues.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { texts } from './bot-texts.js';
import { startChatRuntime } from './chat-runtime.js';
import { BotConfig } from './config.js';
import { startBot, type RunningBot } from './main.js';
import { createMockWechat, loginMock, type MockWechat } from './testing/mock-wechat.js';
import { bindIdentity } from './testing/seed.js';

const log = pino({ level: 'silent' });
const prefix = uniquePrefix('bot');
let tdb: TestDb;
let config: BotConfig;
let w: MockWechat;
let bot: RunningBot;
let relay: OutboxRelay;
let pipeline: PipelineQueues;
let redis: Redis;

/** A question offering choices, as the engine asks it: "…要哪一种？A / B / C". */
const QUESTION = /？.+\/.+/;

async function start(meId?: string): Promise<void> {
  w = createMockWechat(meId ? { meId } : {});
  bot = await startBot(config, log, { wechaty: w.wechaty });
  loginMock(w);
}

async function orderOf(customerId: string) {
  return tdb.db.selectFrom('orders').selectAll().where('customer_id', '=', customerId).execute();
}

beforeAll(async () => {
  tdb = await createTestDb();
  await loadDemoData(tdb.db);
  config = parseConfig(BotConfig, {
    DATABASE_URL: tdb.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    WECHATY_NAME: '聊单助手',
    SEND_INTERVAL_MS: '10',
  });
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  pipeline = createPipelineQueues({ redisUrl: testRedisUrl(), prefix });
  relay = startOutboxRelay({
    store: pgOutboxStore(tdb.db),
    publisher: bullmqOutboxPublisher(pipeline.queues),
    wake: { wait: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))) },
    log,
  });
  await start();
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await relay.stop();
  await pipeline.close();
  redis.disconnect();
  await tdb.drop();
});

/** Polls until the query finds a row (the bot writes it while the test waits for chat replies). */
async function eventuallyRow<T>(find: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const row = await find();
    if (row !== undefined) return row;
    if (Date.now() > end) throw new Error('no row appeared');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the Wechaty bot over the mock puppet', () => {
  it('takes an order with a question, places it once in PostgreSQL, and its job reaches BullMQ once', async () => {
    // 王师傅 is one of 王师傅装修队's chat names in the demo customers file.
    const wang = w.mocker.createContact({ id: 'wx-wang', name: '王师傅' });
    w.emitText(wang, w.me, '海螺水泥 50袋');
    const [question] = await w.waitFor(wang.id, 1);
    expect(question).toMatch(QUESTION);
    w.emitText(wang, w.me, '32.5');
    expect((await w.waitFor(wang.id, 2))[1]).toContain('确认');
    w.emitText(wang, w.me, '确认');
    const replies = await w.waitFor(wang.id, 4);
    // A second 确认 after the order starts nothing new.
    w.emitText(wang, w.me, '确认 ');
    await w.waitFor(wang.id, 5);

    const orders = await orderOf('c-wang-zxd');
    expect(orders).toHaveLength(1);
    const order = orders[0]!;
    expect(order).toMatchObject({ channel: 'wechat', needs_rep: false });
    expect(replies.at(-1)).toBe(texts.placed(order.number));
    const lines = await tdb.db
      .selectFrom('order_lines')
      .selectAll()
      .where('order_id', '=', order.id)
      .execute();
    expect(lines).toMatchObject([{ qty: 50, unit: '袋' }]);
    expect(lines[0]!.sku).toMatch(/^CEM-HL-325/);

    const stock = pipeline.queues.stock;
    const until = Date.now() + 5000;
    while (!(await stock.getJob(order.id)) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const jobs = await stock.getJobs(['waiting', 'active', 'completed', 'delayed', 'failed']);
    expect(jobs.filter((j) => j.data?.orderId === order.id).map((j) => j.id)).toEqual([order.id]);
  });

  it('answers two identical message events once', async () => {
    const zhang = w.mocker.createContact({ id: 'wx-zhang', name: '老张水电' });
    // The same event delivered twice, and the same text under a second id within the window.
    const id = w.emitText(zhang, w.me, '海螺水泥 8袋');
    w.emitText(zhang, w.me, '海螺水泥 8袋', id);
    w.emitText(zhang, w.me, '海螺水泥 8袋');
    await w.waitFor(zhang.id, 2, 800);
    expect(w.sentTo(zhang.id)).toHaveLength(1);
    expect(w.sentTo(zhang.id)[0]).toMatch(QUESTION);
  });

  it('keeps a draft across a bot restart', async () => {
    const wang = w.mocker.ContactMock.load('wx-wang');
    w.emitText(wang, w.me, '海螺水泥 12袋');
    expect((await w.waitFor(wang.id, 6)).at(-1)).toMatch(QUESTION);
    await bot.stop();
    await start(w.me.id);
    const again = w.mocker.createContact({ id: 'wx-wang', name: '王师傅' });
    // Not '32.5' again: the same text from the same person within the dedupe window is a duplicate event.
    w.emitText(again, w.me, '32.5的');
    const [draft] = await w.waitFor(again.id, 1);
    expect(draft).toContain('12袋');
    expect(draft).toContain('海螺');
  });

  it('lets a rep order for a customer in chat and confirm it', async () => {
    // The world was rebuilt by the restart; 老张水电 speaks for 张师傅水电, 刘晓燕 (燕子) is their rep.
    const zhang = w.mocker.createContact({ id: 'wx-zhang', name: '老张水电' });
    const rep = w.mocker.createContact({ id: 'wx-yanzi', name: '燕子' });
    w.emitText(rep, w.me, '帮张师傅水电下单 海螺水泥 30袋 32.5');
    expect((await w.waitFor(rep.id, 1))[0]).toContain('30袋');
    w.emitText(rep, w.me, '确认');
    const replies = await w.waitFor(rep.id, 3);
    const [order] = await orderOf('c-zhang-sd');
    expect(order).toMatchObject({ placed_by_staff_id: 'rep-liu', needs_rep: false });
    expect(replies.at(-1)).toBe(texts.placedFor(order!.number, '张师傅水电'));
    expect(await w.waitFor(zhang.id, 1)).toEqual([texts.placedByRep(order!.number, '刘晓燕')]);
  });

  it("brings an unknown contact's order to a rep in WeChat, who confirms it there", async () => {
    const rep = w.mocker.createContact({ id: 'wx-chen', name: '小陈' });
    const guest = w.mocker.createContact({ name: '路人甲' });
    w.emitText(guest, w.me, '海螺水泥 6袋 32.5');
    const intro = await w.waitFor(guest.id, 2);
    expect(intro[0]).toBe(texts.introduction);
    expect(intro[1]).toContain('6袋');
    w.emitText(guest, w.me, '确认');
    const order = await eventuallyRow(() =>
      tdb.db.selectFrom('orders').selectAll().where('customer_id', 'is', null).executeTakeFirst(),
    );
    expect(await w.waitFor(guest.id, 4)).toContain(texts.placedGuest(order.number));
    expect(order).toMatchObject({ needs_rep: true });
    await reserveOrderStock(tdb.db, order.id, 'partial');
    await priceOrder(tdb.db, order.id);
    await creditCheckOrder(tdb.db, order.id);
    w.emitText(rep, w.me, `确认 ${order.number}`);
    // The rep may also get the pipeline's notice that the order waits for them, before or after the answer.
    const decided = texts.reviewDecided(order.number, 'approved');
    let sent = await w.waitFor(rep.id, 1);
    for (let n = 2; !sent.includes(decided) && n <= 3; n++) sent = await w.waitFor(rep.id, n);
    expect(sent).toContain(decided);
    const after = await tdb.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('approved');
  });

  it('ignores group talk without a mention, answers a mention, and serves a bound group', async () => {
    const a = w.mocker.createContact({ name: '群友' });
    const room = w.mocker.createRoom({ topic: '建材交流群', memberIdList: [w.me.id, a.id] });
    w.emitText(a, room, '海螺水泥 5袋');
    await new Promise((r) => setTimeout(r, 300));
    expect(w.sentTo(room.id)).toEqual([]);

    a.say('@聊单助手 海螺水泥 5袋').to(room);
    expect((await w.waitFor(room.id, 2)).at(-1)).toMatch(QUESTION);

    const bound = w.mocker.createRoom({ topic: '王师傅装修队进货群', memberIdList: [w.me.id, a.id] });
    await bindIdentity(tdb.db, 'wechat', 'room:王师傅装修队进货群', { customerId: 'c-wang-zxd' });
    w.emitText(a, bound, '海螺水泥 9袋');
    const [asked] = await w.waitFor(bound.id, 1);
    expect(asked).toMatch(QUESTION);
  });

  it('asks for text when someone sends a picture', async () => {
    const b = w.mocker.createContact({ name: '发图的' });
    b.say(FileBox.fromBase64(Buffer.from('x').toString('base64'), 'order.jpg')).to(w.me);
    expect(await w.waitFor(b.id, 1)).toEqual([texts.notText]);
  });

  it('delivers a notify job to the recipient in WeChat and in their web inbox', async () => {
    const wang = w.mocker.ContactMock.load('wx-wang');
    const before = w.sentTo(wang.id).length;
    await bot.runtime.mailbox.drain('customer:c-wang-zxd');
    const notify = new Queue('notify', { connection: redis, prefix });
    const text = '您的订单 LD-20261206-0009 已备货。';
    await notify.add(
      'notify',
      {
        orderId: 'o-9',
        orderNumber: 'LD-20261206-0009',
        event: 'reserved',
        to: [{ kind: 'customer', id: 'c-wang-zxd' }],
        text,
      },
      { jobId: 'o-9-reserved-customer' },
    );
    expect((await w.waitFor(wang.id, before + 1)).slice(before)).toEqual([text]);
    expect(await bot.runtime.mailbox.drain('customer:c-wang-zxd')).toEqual([text]);
    await notify.close();
  });

  it('delivers to WeChat what a rep decides in the web chat (another process)', async () => {
    const guest = w.mocker.createContact({ name: '路人乙' });
    w.emitText(guest, w.me, '海螺水泥 4袋 32.5');
    await w.waitFor(guest.id, 2);
    w.emitText(guest, w.me, '确认');
    await w.waitFor(guest.id, 4);
    const web = await startChatRuntime({
      db: tdb.db,
      redis,
      prefix,
      log,
      sessionTtlMs: 3600_000,
      maxQtyPerLine: 100_000,
      catalogReloadMs: 0,
    });
    const asRep = (text: string) =>
      web.service.handle({
        channel: 'web',
        contactId: 'staff:rep-chen',
        contactName: '陈明',
        as: { kind: 'staff', id: 'rep-chen' },
        text,
      });
    const order = await eventuallyRow(() =>
      tdb.db
        .selectFrom('orders')
        .select(['id', 'number'])
        .where('note', 'like', '%路人乙%')
        .executeTakeFirst(),
    );
    await reserveOrderStock(tdb.db, order.id, 'partial');
    await priceOrder(tdb.db, order.id);
    await creditCheckOrder(tdb.db, order.id);
    const listed = await asRep('待确认');
    expect(listed[0]).toContain(`${order.number} 路人乙`);
    await asRep(`确认 ${order.number.slice(-4)}`);
    // The approval reaches the guest's own WeChat chat through the notify queue and the bot.
    expect((await w.waitFor(guest.id, 5)).at(-1)).toContain(`订单 ${order.number} 已确认`);
    web.stop();
  });
});
