/**
 * Fault case 5: duplicate chat events. Puppets deliver the same WeChat message twice (the same message id, at once
 * or later, also after a bot restart) and people send the same text twice within a second; an HTTP client repeats a
 * message with its Idempotency-Key. Each must have one effect: one answer, one order.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { signCustomerLink } from '../../auth/customer-link.js';
import { BotConfig } from '../../bot/config.js';
import { startBot, type RunningBot } from '../../bot/main.js';
import { createMockWechat, loginMock, type MockWechat } from '../../bot/testing/mock-wechat.js';
import { DEV_APP_SECRET, parseConfig } from '../../lib/config.js';
import { startWorker, type RunningWorker } from '../../worker/main.js';
import { ApiClient } from '../api-client.js';
import { startTestApi, type TestApi } from '../api-fixture.js';
import { testLogger, testWorkerConfig } from '../order-fixtures.js';
import { testRedisUrl } from '../redis.js';
import { expectBooksHold, reportFigures, settled, until } from './figures.js';

const CUSTOMERS = 20;
const SCRIPT = ['海螺水泥 50袋', '32.5', '确认'];
let shop: TestApi;
let config: BotConfig;
let w: MockWechat;
let bot: RunningBot;

async function startBotHere(): Promise<void> {
  w = createMockWechat({ meId: 'liaodan-bot' });
  bot = await startBot(config, pino({ level: 'silent' }), { wechaty: w.wechaty });
  loginMock(w);
}

beforeAll(async () => {
  shop = await startTestApi();
  const ids = Array.from({ length: 2 * CUSTOMERS + 1 }, (_, i) => i);
  await shop.t.db
    .insertInto('customers')
    .values(
      ids.map((i) => ({
        id: `d-${i}`,
        name: `客户${i}`,
        tier: 'B',
        credit_limit_fen: 100_000_000,
        rep_id: 'rep-chen',
        link_version: 1,
      })),
    )
    .execute();
  await shop.t.db
    .insertInto('chat_identities')
    .values(ids.map((i) => ({ channel: 'wechat', external_id: `wx-d-${i}`, customer_id: `d-${i}` })))
    .execute();
  config = parseConfig(BotConfig, {
    DATABASE_URL: shop.t.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: shop.prefix,
    LOG_LEVEL: 'silent',
  });
  await startBotHere();
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await shop?.stop();
});

const ordersOf = async (customerId: string) =>
  (await shop.t.db.selectFrom('orders').select('id').where('customer_id', '=', customerId).execute()).length;

/** Runs the script for customer `i`, every message delivered as `deliver` says, waiting for each answer. */
async function converse(
  i: number,
  deliver: (send: (id: string) => void, id: string) => Promise<void>,
): Promise<number> {
  const contact = w.mocker.createContact({ id: `wx-d-${i}`, name: `客户${i}` });
  let expected = 0;
  for (const [step, text] of SCRIPT.entries()) {
    expected += step === 2 ? 2 : 1; // 确认 is answered with the order and its number
    await deliver((id) => w.emitText(contact, w.me, text, id), `msg-${i}-${step}`);
    await until(
      `customer ${i}'s answer ${step}`,
      async () => (w.sentTo(contact.id).length >= expected ? true : undefined),
      20_000,
    );
  }
  // Time for any answer to a duplicate to arrive (there must be none).
  await new Promise((r) => setTimeout(r, 800));
  return w.sentTo(contact.id).length;
}

describe('duplicate chat events', () => {
  it('have one effect: one answer per message and one order per conversation', async () => {
    // Each message once (the control), then delivered three times: the same id twice at once, and the same
    // text under a new id 300 ms later (a person tapping send again).
    const control = await converse(0, async (send, id) => send(id));
    const duplicated = await Promise.all(
      Array.from({ length: CUSTOMERS }, (_, k) =>
        converse(1 + k, async (send, id) => {
          send(id);
          send(id);
          await new Promise((r) => setTimeout(r, 300));
          send(`${id}-again`);
        }),
      ),
    );

    // After a restart the puppet replays messages it delivered before (reconnecting puppets do), later than the
    // window in which the same text counts as a repeat: only their ids tell.
    const replayed = 2;
    await bot.stop();
    await new Promise((r) => setTimeout(r, 3200));
    await startBotHere();
    const again = w.mocker.createContact({ id: 'wx-d-1', name: '客户1' });
    w.emitText(again, w.me, '确认', 'msg-1-2');
    w.emitText(again, w.me, '海螺水泥 50袋', 'msg-1-0');
    await new Promise((r) => setTimeout(r, 1000));
    const afterRestart = w.sentTo('wx-d-1').length;

    // The web chat: the same confirmation sent twice at once with its Idempotency-Key.
    const web = await ApiClient.customer(
      shop.url,
      `/chat/c/${signCustomerLink(DEV_APP_SECRET, { customerId: `d-${2 * CUSTOMERS}`, version: 1 })}`,
    );
    for (const text of SCRIPT.slice(0, 2)) {
      expect((await web.post('/chat/api/messages', { text })).status).toBe(200);
    }
    const key = { 'idempotency-key': 'web-confirm-0001' };
    const answers = await Promise.all([
      web.post('/chat/api/messages', { text: '确认' }, key),
      web.post('/chat/api/messages', { text: '确认' }, key),
    ]);
    const bodies = await Promise.all(answers.map((a) => a.json()));

    const orders = await Promise.all(Array.from({ length: 2 * CUSTOMERS + 1 }, (_, i) => ordersOf(`d-${i}`)));
    reportFigures('duplicate chat events', {
      conversations: CUSTOMERS,
      deliveriesPerMessage: 3,
      answersInControl: control,
      answersPerDuplicatedConversation: [...new Set(duplicated)],
      replayedAfterRestart: replayed,
      answersToReplay: afterRestart,
      webRepeats: {
        statuses: answers.map((a) => a.status),
        replayed: answers.filter((a) => a.headers.get('idempotent-replayed')).length,
      },
      ordersPerConversation: [...new Set(orders.filter((_, i) => i <= CUSTOMERS || i === 2 * CUSTOMERS))],
    });

    expect(duplicated).toEqual(duplicated.map(() => control));
    expect(afterRestart).toBe(0);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(orders.slice(0, CUSTOMERS + 1)).toEqual(Array(CUSTOMERS + 1).fill(1));
    expect(orders[2 * CUSTOMERS]).toBe(1);

    const worker: RunningWorker = await startWorker(
      testWorkerConfig(shop.t.url, { QUEUE_PREFIX: shop.prefix }),
      testLogger(),
    );
    try {
      await settled(shop.t.db);
      await expectBooksHold(shop.t.db);
    } finally {
      await worker.stop();
    }
  });
});
