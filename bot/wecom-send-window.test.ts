/**
 * The platform's rule (5 messages within 48 h of the customer's last message): a notice outside the window is held,
 * the rep is told at once, and it goes out with the answer to the customer's next message; a sixth message inside the
 * window is held too; nothing is dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDb, type TestDb } from '../test/pg.js';
import { createCountingEngine } from '../test/wecom-double/counting-engine.js';
import {
  eventually,
  nthSent,
  OPEN_KFID,
  startWecomStack,
  type WecomStack,
} from '../test/wecom-double/wecom-stack.js';
import type { RunningBot } from './main.js';
import { listUndelivered } from './pg-wecom-outgoing.js';
import { inboxOf } from './outbound-router.js';

let tdb: TestDb;
let stack: WecomStack;
let bot: RunningBot;

beforeAll(async () => {
  tdb = await createTestDb();
  await tdb.db
    .insertInto('staff')
    .values({ id: 'rep-1', name: '小陈', roles: ['rep'] })
    .execute();
  await tdb.db
    .insertInto('customers')
    .values({ id: 'c-1', name: '王老板', tier: 'A', credit_limit_fen: 1_000_000, rep_id: 'rep-1' })
    .execute();
  await tdb.db
    .insertInto('chat_identities')
    .values({ channel: 'wecom', external_id: 'wmBoss', customer_id: 'c-1' })
    .execute();
  stack = await startWecomStack({ db: tdb.db, databaseUrl: tdb.url });
  bot = await stack.startBot({ buildEngine: () => createCountingEngine().engine });
});

afterAll(async () => {
  await bot?.stop();
  await stack?.stop();
  await tdb?.drop();
});

const notify = (text: string) => bot.runtime.outbound.toParty({ kind: 'customer', id: 'c-1' }, text);
const repInbox = () => bot.runtime.mailbox.drain(inboxOf({ kind: 'staff', id: 'rep-1' }));

describe('the 48-hour, 5-message rule', () => {
  it('holds a notice outside the window, tells the rep at once, and delivers it after the next message', async () => {
    await stack.double.customerSays(OPEN_KFID, 'wmBoss', '你好');
    expect(await nthSent(stack.double, 'wmBoss', 1)).toBe('收到：你好');
    await repInbox();

    stack.clock.skip(49 * 3600_000);
    await notify('订单 #7 已发货，请注意查收。');
    expect(stack.double.sentTo('wmBoss')).toHaveLength(1);
    const [held] = await listUndelivered(tdb.db);
    expect(held).toMatchObject({ externalUserId: 'wmBoss', state: 'held', reason: 'outside_window' });
    const told = await repInbox();
    expect(told).toEqual([expect.stringContaining('订单 #7 已发货')]);
    expect(told[0]).toContain('超过48小时');

    await stack.double.customerSays(OPEN_KFID, 'wmBoss', '到了吗');
    expect(await nthSent(stack.double, 'wmBoss', 2)).toBe('收到：到了吗');
    expect(await nthSent(stack.double, 'wmBoss', 3)).toContain('订单 #7 已发货');
    // The platform has the message before our row is marked delivered: wait for the mark rather than race it.
    await eventually(async () => ((await listUndelivered(tdb.db)).length === 0 ? true : undefined));
    expect(await listUndelivered(tdb.db)).toEqual([]);
    expect(stack.double.platform.sent.every((s) => !s.failsLater)).toBe(true);
  });

  it('sends five messages after the customer writes, and holds the sixth', async () => {
    await stack.double.customerSays(OPEN_KFID, 'wmBoss', '在吗');
    await nthSent(stack.double, 'wmBoss', 4);
    for (let i = 1; i <= 5; i++) await notify(`通知 ${i}`);
    expect(stack.double.sentTo('wmBoss').slice(4)).toEqual(['通知 1', '通知 2', '通知 3', '通知 4']);
    expect(await listUndelivered(tdb.db)).toMatchObject([{ text: '通知 5', reason: 'quota' }]);
    expect((await repInbox()).join()).toContain('通知 5');
  });

  it('keeps a message the platform reports as failed later (msg_send_fail) and shows it to the rep', async () => {
    // Our own clock says the window is open, the platform's does not: it accepts, then reports fail_type 4.
    await stack.double.customerSays(OPEN_KFID, 'wmBoss', '好的');
    await eventually(() => stack.double.sentTo('wmBoss').find((t) => t.includes('通知 5')));
    await repInbox();
    await tdb.db
      .updateTable('wecom_contacts')
      .set({ last_customer_message_at: new Date(stack.clock.now()) })
      .execute();
    stack.clock.skip(49 * 3600_000);
    await tdb.db
      .updateTable('wecom_contacts')
      .set({ last_customer_message_at: new Date(stack.clock.now() - 1000), sent_since_customer_message: 0 })
      .execute();
    await notify('订单 #8 已发货');
    const failed = await eventually(async () => {
      const rows = await listUndelivered(tdb.db);
      return rows.find((r) => r.text === '订单 #8 已发货');
    });
    expect(failed).toMatchObject({ state: 'held', reason: 'send_fail:4' });
    // The rep's notice is written after the failure report is handled: wait for it rather than race it.
    const told: string[] = [];
    await eventually(async () => {
      told.push(...(await repInbox()));
      return told.join().includes('订单 #8 已发货') ? true : undefined;
    });
    expect(told.join()).toContain('订单 #8 已发货');
  });
});
