import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { FileBox } from 'file-box';
import { parseConfig } from '../lib/config.js';
import { startOutboxRelay, type OutboxRelay } from '../orders/outbox-relay.js';
import { pgOutboxStore } from '../orders/pg-outbox.js';
import { bullmqOutboxPublisher } from '../worker/bullmq-outbox-publisher.js';
import { createPipelineQueues, type PipelineQueues } from '../worker/bullmq-queues.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { texts } from './bot-texts.js';
import { createChatRuntime } from './chat-runtime.js';
import { BotConfig } from './config.js';
import { startBot, type RunningBot } from './main.js';
import { createMockWechat, loginMock, type MockWechat } from './testing/mock-wechat.js';
import { bindIdentity, seedChatPeople } from './testing/seed.js';
import { createTinyEngine, TINY_PRODUCTS, TINY_QUESTION } from './testing/tiny-engine.js';

const log = pino({ level: 'silent' });
const prefix = uniquePrefix('bot');
let tdb: TestDb;
let config: BotConfig;
let w: MockWechat;
let bot: RunningBot;
let relay: OutboxRelay;
let pipeline: PipelineQueues;
let redis: Redis;
const queues = new Map<string, Queue>();

async function start(meId?: string): Promise<void> {
  w = createMockWechat(meId ? { meId } : {});
  bot = await startBot(config, log, { wechaty: w.wechaty, buildEngine: () => createTinyEngine() });
  loginMock(w);
}

beforeAll(async () => {
  tdb = await createTestDb();
  await seedChatPeople(tdb.db, TINY_PRODUCTS);
  config = parseConfig(BotConfig, {
    DATABASE_URL: tdb.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    WECHATY_NAME: '聊单助手',
    SEND_INTERVAL_MS: '10',
  });
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  // The pipeline's own relay and BullMQ publisher move outbox rows to BullMQ (jobId = order id).
  pipeline = createPipelineQueues({ redisUrl: testRedisUrl(), prefix });
  relay = startOutboxRelay({
    store: pgOutboxStore(tdb.db),
    publisher: bullmqOutboxPublisher(pipeline.queues),
    wake: { wait: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))) },
    log,
  });
  await start();
});

afterAll(async () => {
  await bot?.stop();
  await relay.stop();
  await pipeline.close();
  for (const q of queues.values()) await q.close();
  redis.disconnect();
  await tdb.drop();
});

describe('the Wechaty bot over the mock puppet', () => {
  it('takes an order with a question, places it once in PostgreSQL, and its job reaches BullMQ once', async () => {
    const wang = w.mocker.createContact({ name: '老王' });
    await bindIdentity(tdb.db, 'wechat', wang.id, { customerId: 'c-wang' });
    w.emitText(wang, w.me, '水泥 50袋');
    expect(await w.waitFor(wang.id, 1)).toEqual([TINY_QUESTION]);
    w.emitText(wang, w.me, '42.5');
    await w.waitFor(wang.id, 2);
    w.emitText(wang, w.me, '确认');
    const replies = await w.waitFor(wang.id, 4);
    const orders = await tdb.db
      .selectFrom('orders')
      .selectAll()
      .where('customer_id', '=', 'c-wang')
      .execute();
    expect(orders).toHaveLength(1);
    const order = orders[0]!;
    expect(order).toMatchObject({ channel: 'wechat', status: 'confirmed' });
    expect(replies.at(-1)).toBe(texts.placed(order.no));

    const stock = pipeline.queues.stock;
    const until = Date.now() + 5000;
    while (!(await stock.getJob(order.id)) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const jobs = await stock.getJobs(['waiting', 'active', 'completed', 'delayed', 'failed']);
    expect(jobs.filter((j) => j.data?.orderId === order.id).map((j) => j.id)).toEqual([order.id]);
  });

  it('answers two identical message events once', async () => {
    const li = w.mocker.createContact({ id: 'wx-xiaoli', name: '小李' });
    await bindIdentity(tdb.db, 'wechat', li.id, { customerId: 'c-liu' });
    // The same event delivered twice, and the same text under a second id within the window.
    const id = w.emitText(li, w.me, '水泥 8袋');
    w.emitText(li, w.me, '水泥 8袋', id);
    w.emitText(li, w.me, '水泥 8袋');
    await w.waitFor(li.id, 2, 600);
    expect(w.sentTo(li.id)).toEqual([TINY_QUESTION]);
  });

  it('keeps a draft across a bot restart', async () => {
    const zhao = w.mocker.createContact({ name: '赵老板' });
    await bindIdentity(tdb.db, 'wechat', zhao.id, { customerId: 'c-wang' });
    w.emitText(zhao, w.me, '水泥 12袋');
    await w.waitFor(zhao.id, 1);
    await bot.stop();
    await start(w.me.id);
    const again = w.mocker.createContact({ id: zhao.id, name: '赵老板' });
    w.emitText(again, w.me, '32.5');
    const after = await w.waitFor(zhao.id, 1);
    expect(after[0]).toContain('CEM-325 12袋');
  });

  it('lets a rep order for a customer in chat and confirm it', async () => {
    // The world was rebuilt by the restart: 小李 (bound to 刘师傅 earlier) is back under the same id.
    const li = w.mocker.createContact({ id: 'wx-xiaoli', name: '小李' });
    const rep = w.mocker.createContact({ id: 'wx-zhangsan', name: '张三' });
    await bindIdentity(tdb.db, 'wechat', 'name:张三', { staffId: 's-zhang' });
    w.emitText(rep, w.me, '帮刘师傅下单 30袋水泥 42.5');
    await w.waitFor(rep.id, 1);
    w.emitText(rep, w.me, '确认');
    const replies = await w.waitFor(rep.id, 3);
    const order = await tdb.db
      .selectFrom('orders')
      .selectAll()
      .where('placed_by_staff_id', '=', 's-zhang')
      .where('customer_id', '=', 'c-liu')
      .executeTakeFirstOrThrow();
    expect(replies.at(-1)).toBe(texts.placedFor(order.no, '刘师傅'));
    // 刘师傅's WeChat (小李, bound earlier) is told too.
    expect(await w.waitFor(li.id, 1)).toEqual([texts.placedByRep(order.no, '张三')]);
  });

  it("brings an unknown contact's draft to a rep in WeChat", async () => {
    const rep = w.mocker.ContactMock.load('wx-zhangsan');
    const before = w.sentTo(rep.id).length;
    const guest = w.mocker.createContact({ name: '路人甲' });
    w.emitText(guest, w.me, '水泥 6袋 32.5');
    const intro = await w.waitFor(guest.id, 2);
    expect(intro[0]).toBe(texts.introduction);
    w.emitText(guest, w.me, '确认');
    expect(await w.waitFor(guest.id, 4)).toContain(texts.heldNewCustomer);
    const told = (await w.waitFor(rep.id, before + 1)).slice(before);
    expect(told[0]).toContain('新客户「路人甲」');
    const no = Number(/编号 (\d+)/.exec(told[0]!)?.[1]);
    w.emitText(rep, w.me, `确认 ${no}`);
    const guestSaw = await w.waitFor(guest.id, 5);
    expect(guestSaw.at(-1)).toMatch(/^您的订单业务员已确认，订单号 \d+/);
  });

  it('ignores group talk without a mention, answers a mention, and serves a bound group', async () => {
    const a = w.mocker.createContact({ name: '群友' });
    const room = w.mocker.createRoom({ topic: '建材群', memberIdList: [w.me.id, a.id] });
    w.emitText(a, room, '水泥 5袋');
    await new Promise((r) => setTimeout(r, 300));
    expect(w.sentTo(room.id)).toEqual([]);

    a.say('@聊单助手 水泥 5袋').to(room);
    expect(await w.waitFor(room.id, 2)).toContain(TINY_QUESTION);

    const bound = w.mocker.createRoom({ topic: '王老板进货群', memberIdList: [w.me.id, a.id] });
    await bindIdentity(tdb.db, 'wechat', 'room:王老板进货群', { customerId: 'c-wang' });
    w.emitText(a, bound, '水泥 9袋');
    expect(await w.waitFor(bound.id, 1)).toEqual([TINY_QUESTION]);
  });

  it('asks for text when someone sends a picture', async () => {
    const b = w.mocker.createContact({ name: '发图的' });
    b.say(FileBox.fromBase64(Buffer.from('x').toString('base64'), 'order.jpg')).to(w.me);
    expect(await w.waitFor(b.id, 1)).toEqual([texts.notText]);
  });

  it('delivers a notify job to the recipient in WeChat and in their web inbox', async () => {
    const wang = w.mocker.createContact({ id: 'wx-wang2', name: '王老板微信' });
    await bindIdentity(tdb.db, 'wechat', wang.id, { customerId: 'c-wang' });
    await bot.runtime.mailbox.drain('customer:c-wang');
    const notify = new Queue('notify', { connection: redis, prefix });
    queues.set('notify', notify);
    const text = '您的订单 #9 已备货。';
    await notify.add(
      'notify',
      { orderId: 'o-9', orderNo: 9, event: 'reserved', to: [{ kind: 'customer', id: 'c-wang' }], text },
      { jobId: 'o-9-reserved-customer' },
    );
    expect(await w.waitFor(wang.id, 1)).toEqual([text]);
    expect(await bot.runtime.mailbox.drain('customer:c-wang')).toEqual([text]);
  });

  it('delivers to WeChat what a rep decides in the web chat (another process)', async () => {
    const guest = w.mocker.createContact({ name: '路人乙' });
    w.emitText(guest, w.me, '水泥 4袋 42.5');
    await w.waitFor(guest.id, 2);
    w.emitText(guest, w.me, '确认');
    await w.waitFor(guest.id, 4);
    const web = createChatRuntime({
      db: tdb.db,
      redis,
      prefix,
      engine: createTinyEngine(),
      log,
      sessionTtlMs: 3600_000,
      reviewOverFen: 5_000_000,
    });
    const listed = await web.service.handle({
      channel: 'web',
      contactId: 'staff:s-zhang',
      contactName: '张三',
      as: { kind: 'staff', id: 's-zhang' },
      text: '待确认',
    });
    const no = Number(/(\d+)\. 路人乙/.exec(listed[0] ?? '')?.[1]);
    expect(no).toBeGreaterThan(0);
    await web.service.handle({
      channel: 'web',
      contactId: 'staff:s-zhang',
      contactName: '张三',
      as: { kind: 'staff', id: 's-zhang' },
      text: `确认 ${no}`,
    });
    expect((await w.waitFor(guest.id, 5)).at(-1)).toMatch(/^您的订单业务员已确认，订单号 \d+/);
  });
});
