import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDb, type TestDb } from '../test/pg.js';
import { waitFor } from '../test/order-fixtures.js';
import { createPgOrderIntake } from './pg-order-intake.js';
import { createPgOrderNotices } from './pg-order-notices.js';
import { seedChatPeople } from './testing/seed.js';
import { TINY_PRODUCTS } from './testing/tiny-engine.js';

let tdb: TestDb;
let listener: pg.Client;
let reader: pg.Pool;
/** What the listener heard, and whether the order a live notice names was committed when it arrived. */
const heard: { channel: string; orderId?: string; committed?: boolean }[] = [];

beforeAll(async () => {
  tdb = await createTestDb();
  await seedChatPeople(tdb.db, TINY_PRODUCTS);
  listener = new pg.Client({ connectionString: tdb.url });
  await listener.connect();
  reader = new pg.Pool({ connectionString: tdb.url, max: 2 });
  listener.on('notification', (n) => {
    if (n.channel !== 'liaodan_live') return void heard.push({ channel: n.channel });
    const { id } = JSON.parse(n.payload ?? '{}') as { id: string };
    const entry: (typeof heard)[number] = { channel: n.channel, orderId: id };
    heard.push(entry);
    void reader
      .query('select 1 from orders where id = $1', [id])
      .then((r) => (entry.committed = r.rowCount === 1));
  });
  for (const channel of ['liaodan_live', 'liaodan_outbox']) await listener.query(`LISTEN ${channel}`);
});

afterAll(async () => {
  await listener.end();
  await reader.end();
  await tdb.drop();
});

let placed = 0;
const order = () => ({
  sourceKey: `notices-test:${++placed}`,
  customerId: 'c-wang',
  placedByStaffId: null,
  channel: 'wechat',
  lines: [{ sku: 'CEM-325', qty: 2, unit: '袋', unitPriceFen: 2000 }],
  needsRep: false,
});

describe('PgOrderNotices', () => {
  it('tells listeners of every chat placement once, after its commit', async () => {
    heard.length = 0;
    const notices = createPgOrderNotices(tdb.db);
    const intake = createPgOrderIntake(tdb.db, notices);
    const orders = await Promise.all(Array.from({ length: 12 }, () => intake.place(order())));
    await notices.flush();
    const ids = orders.map((o) => o.orderId).sort();
    await waitFor(
      'a notice of every placement, checked against the table',
      async () =>
        heard.filter((n) => n.channel === 'liaodan_live' && n.committed !== undefined).length >= ids.length
          ? true
          : undefined,
      5_000,
    );
    // Give a doubled notice the time to arrive before counting.
    await new Promise((r) => setTimeout(r, 200));
    const live = heard.filter((n) => n.channel === 'liaodan_live');
    expect(live.map((n) => n.orderId).sort()).toEqual(ids);
    expect(live.every((n) => n.committed)).toBe(true);
    expect(heard.some((n) => n.channel === 'liaodan_outbox')).toBe(true);
  });

  it('sends the notices of one event-loop turn together, and those that come while they are in flight in the next', async () => {
    heard.length = 0;
    const notices = createPgOrderNotices(tdb.db);
    const live = (id: string) => JSON.stringify({ op: 'insert', id, status: 'confirmed', customerId: null });
    const outboxHeard = async (count: number) => {
      await new Promise((r) => setTimeout(r, 200));
      return heard.filter((n) => n.channel === 'liaodan_outbox').length === count;
    };
    // Placements that commit in the same turn: one statement (one transaction, so the outbox wake-up, the same in
    // all three, is heard once for them).
    notices.send({ orders: [live('a')], outbox: true });
    notices.send({ orders: [live('b')], outbox: true });
    notices.send({ orders: [live('c')], outbox: true });
    await notices.flush();
    expect(await outboxHeard(1)).toBe(true);
    // A statement is in flight from the next turn on; the two that come meanwhile wait for it and then go in one
    // statement of their own.
    notices.send({ orders: [live('d')], outbox: true });
    await new Promise((r) => setImmediate(r));
    notices.send({ orders: [live('e')], outbox: true });
    notices.send({ orders: [live('f')], outbox: true });
    await notices.flush();
    await waitFor(
      'six order notices',
      async () => (heard.filter((n) => n.channel === 'liaodan_live').length >= 6 ? true : undefined),
      5_000,
    );
    expect(await outboxHeard(3)).toBe(true);
    expect(heard.filter((n) => n.channel === 'liaodan_live').map((n) => n.orderId)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });
});
