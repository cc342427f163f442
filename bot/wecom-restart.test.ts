/**
 * Restart mid-pull: 1,000 customer messages over several sync_msg pages; the bot is stopped in the middle of the
 * pull and started again. The cursor stored after each page survives; no message is applied twice or lost.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDb, type TestDb } from '../test/pg.js';
import { createCountingEngine, repeated } from '../test/wecom-double/counting-engine.js';
import { eventually, OPEN_KFID, startWecomStack, type WecomStack } from '../test/wecom-double/wecom-stack.js';
import type { RunningBot } from './main.js';

const USERS = 50;
const PER_USER = 20;
const TOTAL = USERS * PER_USER;
const PAGE_MAX = 150;

let tdb: TestDb;
let stack: WecomStack;

beforeAll(async () => {
  tdb = await createTestDb();
  stack = await startWecomStack({ db: tdb.db, databaseUrl: tdb.url, pageMax: PAGE_MAX });
});

afterAll(async () => {
  await stack?.stop();
  await tdb?.drop();
});

describe('a bot restarted in the middle of a 1,000-message pull', () => {
  it('resumes from the stored cursor and applies every message exactly once', async () => {
    const counting = createCountingEngine();
    const texts: string[] = [];
    for (let n = 0; n < PER_USER; n++)
      for (let u = 0; u < USERS; u++) {
        const text = `第${n + 1}条 来自客户${u}`;
        texts.push(text);
        await stack.double.customerSays(OPEN_KFID, `wmUser${u}`, text, { push: false });
      }
    const started = Date.now();
    let bot: RunningBot = await stack.startBot({ buildEngine: () => counting.engine });
    await stack.double.push(OPEN_KFID);
    // Stop once a good part is handled: the page in hand is left unfinished. (The waits are long because the
    // test proves what is applied, not how fast: on a 2-core machine at load 28 the first 420 took over 60 s.)
    await eventually(() => (counting.seen.length >= 420 ? true : undefined), 150_000);
    await bot.stop();
    const atStop = counting.seen.length;
    const cursorAtStop = await tdb.db.selectFrom('wecom_accounts').selectAll().executeTakeFirstOrThrow();
    const firstRunSyncCalls = stack.double.calls['/cgi-bin/kf/sync_msg'] ?? 0;

    const restarted = Date.now();
    bot = await stack.startBot({ buildEngine: () => counting.engine });
    await eventually(() => (counting.seen.length >= TOTAL ? true : undefined), 150_000);
    const replyTexts = async () =>
      (await tdb.db.selectFrom('wecom_outgoing').select(['text', 'state', 'reason']).execute()).flatMap((r) =>
        r.text
          .split('\n')
          .filter((line) => line.startsWith('收到：'))
          .map((line) => ({ line, state: r.state, reason: r.reason })),
      );
    // Every turn's reply is sent or kept; a duplicate, if any, would show up here too.
    await eventually(async () => ((await replyTexts()).length >= TOTAL ? true : undefined), 30_000);
    await new Promise((r) => setTimeout(r, 500));
    await bot.stop();
    const finished = Date.now();

    expect(repeated(counting.seen)).toEqual([]);
    expect([...counting.seen].sort()).toEqual([...texts].sort());
    // Every turn's reply exactly once: a customer's replies within one page go out merged; what the platform's
    // allowance refuses (5 sends after the customer's last message) is kept and told to the rep, never dropped.
    const replies = await replyTexts();
    expect(replies.map((r) => r.line).sort()).toEqual(texts.map((t) => `收到：${t}`).sort());
    const notSent = replies.filter((r) => r.state !== 'sent');
    expect(notSent.every((r) => r.state === 'held' && r.reason === 'quota')).toBe(true);
    const account = await tdb.db.selectFrom('wecom_accounts').selectAll().executeTakeFirstOrThrow();
    expect(Number(account.pages)).toBeGreaterThanOrEqual(Math.ceil(TOTAL / PAGE_MAX));
    const states = await tdb.db
      .selectFrom('wecom_messages')
      .select(['state'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('state')
      .execute();
    expect(states).toEqual([{ state: 'handled', n: TOTAL }]);
    const figures = {
      messages: TOTAL,
      pageMax: PAGE_MAX,
      appliedBeforeStop: atStop,
      pagesStoredBeforeStop: Number(cursorAtStop.pages),
      redeliveredAfterRestart:
        Number(cursorAtStop.pages) * PAGE_MAX < atStop ? atStop - Number(cursorAtStop.pages) * PAGE_MAX : 0,
      pagesTotal: Number(account.pages),
      syncCalls: stack.double.calls['/cgi-bin/kf/sync_msg'],
      syncCallsBeforeStop: firstRunSyncCalls,
      sendCalls: stack.double.calls['/cgi-bin/kf/send_msg'],
      messagesSent: stack.double.platform.sent.length,
      repliesDelivered: replies.length - notSent.length,
      repliesHeldForQuota: notSent.length,
      appliedTwice: repeated(counting.seen).length,
      lost: TOTAL - new Set(counting.seen).size,
      firstRunMs: restarted - started,
      secondRunMs: finished - restarted,
      messagesPerSecond: Math.round((TOTAL / (finished - started)) * 1000),
    };
    process.stdout.write(`wecom restart figures ${JSON.stringify(figures)}\n`);
  }, 420_000);
});
