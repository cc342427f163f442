/**
 * A customer's whole conversation through the WeCom double: their personal link (signed scene_param) → enter_session
 * and the welcome via send_msg_on_event → an order in text, a question, the answer, 确认 → the order in PostgreSQL →
 * the pipeline's notices (reserved, approved after review, shipped) arrive through kf/send_msg.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { loadDemoData } from '../catalog/demo/load-demo-data.js';
import { parseConfig } from '../lib/config.js';
import { shipOrder } from '../orders/pg-shipments.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl } from '../test/redis.js';
import {
  APP_SECRET,
  eventually,
  nthSent,
  OPEN_KFID,
  startWecomStack,
  type WecomStack,
} from '../test/wecom-double/wecom-stack.js';
import { WorkerConfig } from '../worker/config.js';
import { startWorker, type RunningWorker } from '../worker/main.js';
import type { RunningBot } from './main.js';
import { texts } from './bot-texts.js';
import { listBindingRequests, decideBinding } from './pg-wecom-bindings.js';
import { customerWecomLink } from './wecom-links.js';
import { createWecomApi, fetchAccessToken } from './wecom-api.js';
import { createRedisAccessTokens } from './redis-wecom-token.js';
import { Redis } from 'ioredis';

const log = pino({ level: 'silent' });
let tdb: TestDb;
let stack: WecomStack;
let bot: RunningBot;
let worker: RunningWorker;
let redis: Redis;

beforeAll(async () => {
  tdb = await createTestDb();
  await loadDemoData(tdb.db);
  stack = await startWecomStack({ db: tdb.db, databaseUrl: tdb.url });
  bot = await stack.startBot();
  worker = await startWorker(
    parseConfig(WorkerConfig, {
      DATABASE_URL: tdb.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: stack.prefix,
      LOG_LEVEL: 'silent',
    }),
    log,
  );
  redis = new Redis(testRedisUrl());
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await worker?.stop();
  await stack?.stop();
  redis?.disconnect();
  await tdb?.drop();
});

describe('a WeChat customer through 微信客服', () => {
  it('opens their link, is welcomed by name, orders with one question, and hears of review and shipping', async () => {
    const api = createWecomApi({
      apiBase: stack.double.url,
      log,
      tokens: createRedisAccessTokens({
        redis,
        prefix: stack.prefix,
        corpId: 'wwLiaodanTest',
        fetchToken: () => fetchAccessToken(stack.double.url, 'wwLiaodanTest', 'kf-secret'),
      }),
    });
    const link = await customerWecomLink(tdb.db, api, {
      openKfId: OPEN_KFID,
      appSecret: APP_SECRET,
      customerId: 'c-wang-zxd',
    });
    expect(link?.ok).toBe(true);
    const url = new URL((link as { value: { url: string } }).value.url);
    expect(url.searchParams.get('enc_scene')).toBeTruthy();
    const sceneParam = url.search.match(/scene_param=([^&]+)/)?.[1] as string;
    expect(sceneParam.length).toBeLessThanOrEqual(128);

    const { code } = await stack.double.customerEnters(OPEN_KFID, 'wmWang', { scene: 'liaodan', sceneParam });
    expect(code).toBeTruthy();
    const welcome = await eventually(() => stack.double.platform.welcomes[0]);
    expect(welcome.code).toBe(code);
    expect(welcome.text).toContain('王师傅装修队');
    const identity = await tdb.db
      .selectFrom('chat_identities')
      .selectAll()
      .where('channel', '=', 'wecom')
      .execute();
    expect(identity).toMatchObject([{ external_id: 'wmWang', customer_id: 'c-wang-zxd' }]);

    await stack.double.customerSays(OPEN_KFID, 'wmWang', '海螺水泥 50袋');
    const question = await nthSent(stack.double, 'wmWang', 1);
    expect(question).toMatch(/要哪/);
    // The question comes as a menu: the customer taps an option, which sends its words back.
    const sentMenu = stack.double.platform.sent[0]!;
    expect(sentMenu.msgtype).toBe('msgmenu');
    const option = /\[\d\] (.*32\.5.*)/.exec(question)?.[1] as string;
    expect(option).toBeTruthy();
    await stack.double.customerSays(OPEN_KFID, 'wmWang', option, { menuId: 'choice-1' });
    expect(await nthSent(stack.double, 'wmWang', 2)).toContain('确认');
    await stack.double.customerSays(OPEN_KFID, 'wmWang', '确认');
    const placed = await nthSent(stack.double, 'wmWang', 3);

    const orders = await tdb.db
      .selectFrom('orders')
      .selectAll()
      .where('customer_id', '=', 'c-wang-zxd')
      .execute();
    expect(orders).toHaveLength(1);
    const order = orders[0]!;
    expect(order.channel).toBe('wecom');
    // The engine's confirmation and the order number, merged into one message.
    expect(placed).toContain('订单已确认');
    expect(placed).toContain(texts.placed(order.number));

    // The workers reserve, price and approve it (credit checked); the notices reach the customer via send_msg.
    const approved = await eventually(
      () => stack.double.sentTo('wmWang').find((t) => t.includes(`订单 ${order.number} 已确认`)),
      20_000,
    );
    expect(approved).toBeTruthy();

    const lines = await tdb.db
      .selectFrom('order_lines')
      .select(['line_no', 'reserved_qty'])
      .where('order_id', '=', order.id)
      .execute();
    await shipOrder(tdb.db, {
      orderId: order.id,
      staffId: 'wh-sun',
      lines: lines.map((l) => ({ lineNo: l.line_no, qty: l.reserved_qty })),
    });
    const s0 = Date.now();
    const shipped = await eventually(
      () => stack.double.sentTo('wmWang').find((t) => t.includes('已发货')),
      20_000,
    );
    expect(shipped).toContain(order.number);
    expect(Date.now() - s0).toBeLessThan(20_000);
    // Each turn was one message; nothing exceeded the allowance and nothing is held.
    expect(stack.double.platform.sent.every((s) => !s.failsLater)).toBe(true);
    const held = await tdb.db.selectFrom('wecom_outgoing').selectAll().where('state', '!=', 'sent').execute();
    expect(held).toEqual([]);
  }, 60_000);

  it('asks a new contact who they are, and a rep binds them', async () => {
    await stack.double.customerEnters(OPEN_KFID, 'wmStranger');
    const welcome = await eventually(() =>
      stack.double.platform.welcomes.find((w) => w.text.includes('店名')),
    );
    expect(welcome).toBeTruthy();
    await stack.double.customerSays(OPEN_KFID, 'wmStranger', '我是红星五金 13912345678');
    expect(await nthSent(stack.double, 'wmStranger', 1)).toContain('业务员确认');
    const [request] = await listBindingRequests(tdb.db);
    expect(request).toMatchObject({ externalUserId: 'wmStranger', said: '我是红星五金 13912345678' });
    await decideBinding(tdb.db, {
      requestId: request!.id,
      decidedBy: 'staff:rep-zhao',
      confirm: true,
      customerId: 'c-hongxing-wj',
    });
    await stack.double.customerSays(OPEN_KFID, 'wmStranger', '海螺水泥 10袋');
    expect(await nthSent(stack.double, 'wmStranger', 2)).not.toContain('还不是我们登记的客户');
  }, 30_000);

  it('treats a revoked link as a new contact', async () => {
    const { signCustomerLink } = await import('../auth/customer-link.js');
    const old = signCustomerLink(APP_SECRET, { customerId: 'c-li-gd', version: 1 });
    await tdb.db.updateTable('customers').set({ link_version: 2 }).where('id', '=', 'c-li-gd').execute();
    await stack.double.customerEnters(OPEN_KFID, 'wmOldLink', { scene: 'liaodan', sceneParam: old });
    await eventually(() =>
      stack.double.platform.welcomes.find(
        (w) => w.text.includes('店名') && w !== stack.double.platform.welcomes[1],
      ),
    );
    const bound = await tdb.db
      .selectFrom('chat_identities')
      .selectAll()
      .where('external_id', '=', 'wmOldLink')
      .execute();
    expect(bound).toEqual([]);
  }, 30_000);

  it('hands the session to the rep on 转人工 and stays quiet until it ends', async () => {
    await tdb.db
      .insertInto('chat_identities')
      .values({ channel: 'wecom-servicer', external_id: 'ChenMing', staff_id: 'rep-chen' })
      .execute();
    stack.double.platform.servicers.add('ChenMing');
    await stack.double.customerSays(OPEN_KFID, 'wmWang', '转人工');
    await nthSent(stack.double, 'wmWang', 7);
    const before = stack.double.sentTo('wmWang').length;
    await eventually(() => stack.double.platform.transfers.find((t) => t.external_userid === 'wmWang'));
    expect(stack.double.platform.transfers.at(-1)).toMatchObject({
      service_state: 3,
      servicer_userid: 'ChenMing',
    });
    expect(stack.double.sentTo('wmWang').slice(before - 1)).toEqual([expect.stringContaining('转接')]);
    await stack.double.customerSays(OPEN_KFID, 'wmWang', '海螺水泥 5袋');
    await new Promise((r) => setTimeout(r, 600));
    expect(stack.double.sentTo('wmWang')).toHaveLength(before);
    await stack.double.servicerEnds(OPEN_KFID, 'wmWang');
    await stack.double.customerSays(OPEN_KFID, 'wmWang', '海螺水泥 5袋 32.5');
    expect(await nthSent(stack.double, 'wmWang', before + 1)).toMatch(/5袋/);
  }, 30_000);
});
