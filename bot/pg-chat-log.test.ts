import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db } from '../db/pg-database.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import type { ChatLogEntry } from './conversation-types.js';
import { createPgChatLog } from './pg-chat-log.js';

let tdb: TestDb;
/** As the bot opens it: statements prepared once per connection. */
let preparing: Db;

beforeAll(async () => {
  tdb = await createTestDb();
  preparing = createDb({ url: tdb.url, max: 2, prepare: true });
  await tdb.db
    .insertInto('customers')
    .values([
      { id: 'c-1', name: '刘师傅', credit_limit_fen: 0 },
      { id: 'c-2', name: '王老板', credit_limit_fen: 0 },
    ])
    .execute();
});

afterAll(async () => {
  await preparing.destroy();
  await tdb.drop();
});

const entry = (customerId: string, text: string, at: Date): ChatLogEntry => ({
  customerId,
  channel: 'wechat',
  speaker: 'customer',
  staffId: null,
  name: customerId,
  text,
  at,
});

describe('PgChatLog', () => {
  it('writes the turns that end together, each row in its order, and resolves each turn once written', async () => {
    const log = createPgChatLog(preparing);
    const at = new Date('2026-12-06T08:00:00.123Z');
    const turns = Array.from({ length: 30 }, (_, i) => [
      entry(i % 2 ? 'c-1' : 'c-2', `水泥 ${i}袋`, at),
      { ...entry(i % 2 ? 'c-1' : 'c-2', `好的 ${i}`, at), speaker: 'bot' as const, name: null },
    ]);
    await Promise.all(turns.map((rows) => log.record(rows)));
    await log.record([
      { ...entry('c-1', '帮他下单', at), speaker: 'staff', staffId: 'rep-chen', name: '陈明' },
    ]);
    const rows = await tdb.db
      .selectFrom('chat_messages')
      .select(['customer_id', 'speaker', 'staff_id', 'name', 'text', 'at'])
      .orderBy('id')
      .execute();
    expect(rows).toHaveLength(61);
    expect(rows.slice(0, 2)).toEqual([
      { customer_id: 'c-2', speaker: 'customer', staff_id: null, name: 'c-2', text: '水泥 0袋', at },
      { customer_id: 'c-2', speaker: 'bot', staff_id: null, name: null, text: '好的 0', at },
    ]);
    expect(rows.slice(0, 60).map((r) => r.text)).toEqual(turns.flat().map((e) => e.text));
    expect(rows[60]).toMatchObject({
      speaker: 'staff',
      staff_id: 'rep-chen',
      name: '陈明',
      text: '帮他下单',
    });
  });

  it('stores an unpaired surrogate as U+FFFD, as a text parameter is sent, and every other character as written', async () => {
    const log = createPgChatLog(preparing);
    const at = new Date('2026-12-07T09:00:00.456Z');
    const odd = ['半个\ud83d表情', '\udc00开头', '结尾\ud83d', '引号"和\\反斜杠\n换行\t{1,2}', '完整😀表情'];
    await log.record(odd.map((text) => ({ ...entry('c-2', text, at), name: `名\ud800${text.length}` })));
    const rows = await tdb.db
      .selectFrom('chat_messages')
      .select(['name', 'text', 'at'])
      .where('customer_id', '=', 'c-2')
      .where('at', '=', at)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.text)).toEqual([
      '半个\ufffd表情',
      '\ufffd开头',
      '结尾\ufffd',
      '引号"和\\反斜杠\n换行\t{1,2}',
      '完整😀表情',
    ]);
    expect(rows.map((r) => r.name)).toEqual(odd.map((text) => `名\ufffd${text.length}`));
    expect(rows.map((r) => r.at)).toEqual(odd.map(() => at));
  });

  it('fails the turns of a batch that could not be written, and writes the next ones', async () => {
    const log = createPgChatLog(preparing);
    const at = new Date();
    await expect(log.record([entry('nobody', '你好', at)])).rejects.toThrow(/foreign key/);
    await log.record([entry('c-1', '你好', at)]);
    await log.flush?.();
  });
});
