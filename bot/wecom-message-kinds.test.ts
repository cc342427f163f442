/**
 * Kinds of messages besides text: pictures and files are fetched with media/get, kept for the back office,
 * acknowledged and shown to the rep; voice gets a polite request for text or a photo; a message recalled before it
 * was handled is never applied; unknown kinds are acknowledged and never stop the pull.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDb, type TestDb } from '../test/pg.js';
import { createCountingEngine } from '../test/wecom-double/counting-engine.js';
import { nthSent, OPEN_KFID, startWecomStack, type WecomStack } from '../test/wecom-double/wecom-stack.js';
import type { RunningBot } from './main.js';
import { inboxOf } from './outbound-router.js';
import { listMedia, readMedia } from './pg-wecom-media.js';
import { wecomTexts } from './wecom-texts.js';

let tdb: TestDb;
let stack: WecomStack;
let bot: RunningBot;
const counting = createCountingEngine();

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
  bot = await stack.startBot({ buildEngine: () => counting.engine });
});

afterAll(async () => {
  await bot?.stop();
  await stack?.stop();
  await tdb?.drop();
});

const repInbox = () => bot.runtime.mailbox.drain(inboxOf({ kind: 'staff', id: 'rep-1' }));

describe('WeCom message kinds', () => {
  it('keeps a picture for the back office, acknowledges it and tells the rep', async () => {
    const picture = Buffer.from('\xff\xd8\xff\xe0 a photo of a handwritten list', 'latin1');
    await stack.double.customerSends(OPEN_KFID, 'wmBoss', 'image', picture);
    expect(await nthSent(stack.double, 'wmBoss', 1)).toBe(wecomTexts.pictureReceived);
    const [media] = await listMedia(tdb.db, 'wmBoss');
    expect(media).toMatchObject({ msgtype: 'image', content_type: 'image/jpeg' });
    expect((await readMedia(tdb.db, media!.id))?.bytes.equals(picture)).toBe(true);
    expect((await repInbox()).join()).toContain('王老板（微信客服）发来一张图片');
  });

  it('asks for text or a photo when a voice message comes', async () => {
    await stack.double.customerSends(OPEN_KFID, 'wmBoss', 'voice', Buffer.from('#!AMR\n....'));
    expect(await nthSent(stack.double, 'wmBoss', 2)).toBe(wecomTexts.voiceReceived);
    expect((await repInbox()).join()).toContain('一条语音');
  });

  it('never applies a message recalled before it was handled', async () => {
    const msg = await stack.double.customerSays(OPEN_KFID, 'wmBoss', '要100袋水泥', { push: false });
    await stack.double.customerRecalls(OPEN_KFID, 'wmBoss', msg);
    await stack.double.customerSays(OPEN_KFID, 'wmBoss', '要10袋水泥');
    expect(await nthSent(stack.double, 'wmBoss', 3)).toBe('收到：要10袋水泥');
    expect(counting.seen).toEqual(['要10袋水泥']);
    const row = await tdb.db
      .selectFrom('wecom_messages')
      .select('state')
      .where('msgid', '=', msg.msgid)
      .executeTakeFirst();
    expect(row?.state).toBe('skipped');
  });

  it('tells the rep when an applied message is recalled', async () => {
    const msg = await stack.double.customerSays(OPEN_KFID, 'wmBoss', '再加5袋');
    await nthSent(stack.double, 'wmBoss', 4);
    await repInbox();
    await stack.double.customerRecalls(OPEN_KFID, 'wmBoss', msg);
    const told = await new Promise<string[]>((resolve) =>
      setTimeout(() => void repInbox().then(resolve), 500),
    );
    expect(told.join()).toContain('撤回了一条已经处理过的消息');
  });

  it('acknowledges a kind it does not read and goes on with the next message', async () => {
    stack.double.platform.customerMessage(OPEN_KFID, 'wmBoss', 'location', {
      latitude: 30,
      longitude: 120,
      name: '工地',
    });
    await stack.double.customerSays(OPEN_KFID, 'wmBoss', '地址发你了');
    // Both came in one page: their answers go out as one message.
    expect(await nthSent(stack.double, 'wmBoss', 5)).toBe(`${wecomTexts.otherReceived}\n收到：地址发你了`);
  });
});
