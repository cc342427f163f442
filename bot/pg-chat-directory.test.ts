import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDb, type TestDb } from '../test/pg.js';
import { createPgChatDirectory } from './pg-chat-directory.js';
import { createPgOrderIntake } from './pg-order-intake.js';
import { waitFor } from '../test/order-fixtures.js';
import { bindIdentity, seedChatPeople } from './testing/seed.js';
import { TINY_PRODUCTS } from './testing/tiny-engine.js';

let tdb: TestDb;
let placed = 0;

beforeAll(async () => {
  tdb = await createTestDb();
  await seedChatPeople(tdb.db, TINY_PRODUCTS);
});

afterAll(async () => {
  await tdb.drop();
});

/** An order of `qty` bags of CEM-325 for 王老板, written to PostgreSQL as the chat places it. */
async function placeOrder(qty: number): Promise<void> {
  await createPgOrderIntake(tdb.db).place({
    sourceKey: `directory-test:${++placed}`,
    customerId: 'c-wang',
    placedByStaffId: null,
    channel: 'web',
    lines: [{ sku: 'CEM-325', qty, unit: '袋', unitPriceFen: 2000 }],
    needsRep: false,
  });
}

const quantities = (history: { lines: { qty: number }[] }[]) => history.map((o) => o.lines[0]!.qty);

describe('PgChatDirectory history', () => {
  it('adds an order placed in chat to a loaded history instead of reading it again, until the cache expires', async () => {
    let clock = 0;
    const directory = createPgChatDirectory({
      db: tdb.db,
      cacheMs: 1000,
      historyOrders: 3,
      now: () => clock,
    });
    await placeOrder(1);
    await placeOrder(2);
    expect(quantities(await directory.history('c-wang'))).toEqual([1, 2]);

    await placeOrder(3);
    directory.orderPlaced('c-wang', { lines: [{ sku: 'CEM-325', qty: 3 }] });
    expect(quantities(await directory.history('c-wang'))).toEqual([1, 2, 3]);

    // Kept to the last `historyOrders`, and not read from PostgreSQL (which has an order the chat did not place).
    await placeOrder(99);
    await placeOrder(4);
    directory.orderPlaced('c-wang', { lines: [{ sku: 'CEM-325', qty: 4 }] });
    expect(quantities(await directory.history('c-wang'))).toEqual([2, 3, 4]);

    clock = 1000;
    expect(quantities(await directory.history('c-wang'))).toEqual([3, 99, 4]);
  });

  it('reads the history again after a placement it was not given, or one made while it was loading', async () => {
    let clock = 0;
    const directory = createPgChatDirectory({
      db: tdb.db,
      cacheMs: 1000,
      historyOrders: 2,
      now: () => clock,
    });
    expect(quantities(await directory.history('c-wang'))).toEqual([99, 4]);

    await placeOrder(5);
    directory.orderPlaced('c-wang');
    expect(quantities(await directory.history('c-wang'))).toEqual([4, 5]);

    clock = 1000;
    const loading = directory.history('c-wang');
    directory.orderPlaced('c-wang', { lines: [{ sku: 'CEM-325', qty: 6 }] });
    expect(quantities(await loading)).toEqual([4, 5]);
    await placeOrder(6);
    expect(quantities(await directory.history('c-wang'))).toEqual([5, 6]);
  });

  it('does not let a read ahead begun before a placement replace the history the placement extended', async () => {
    let clock = 0;
    const directory = createPgChatDirectory({
      db: tdb.db,
      cacheMs: 1000,
      historyOrders: 3,
      now: () => clock,
      random: () => 0,
    });
    const before = quantities(await directory.history('c-wang'));
    // Past three quarters of its life: this use still gets the history it has and reads it again in the background, which
    // will find an order the chat did not place (98).
    await placeOrder(98);
    clock = 800;
    const served = directory.history('c-wang');
    // The chat places an order while that read is in flight (it may have begun before the order's commit).
    directory.orderPlaced('c-wang', { lines: [{ sku: 'CEM-325', qty: 7 }] });
    expect(quantities(await served)).toEqual(before);
    await placeOrder(7);
    await new Promise((r) => setTimeout(r, 200));
    expect(quantities(await directory.history('c-wang'))).toEqual([...before, 7].slice(-3));
    // The extended history keeps the entry's expiry (1000): a use before it is answered at once and reads again
    // behind it, and a later use gets what that read found.
    clock = 900;
    expect(quantities(await directory.history('c-wang'))).toEqual([...before, 7].slice(-3));
    const read = await waitFor(
      'the history read ahead',
      async () => {
        const found = quantities(await directory.history('c-wang'));
        return found.includes(98) ? found : undefined;
      },
      5_000,
    );
    expect(read).toEqual([...before, 98, 7].slice(-3));
  });
});

describe('PgChatDirectory contacts', () => {
  beforeAll(async () => {
    await bindIdentity(tdb.db, 'wechat', 'wx-wang', { customerId: 'c-wang' });
    await bindIdentity(tdb.db, 'wechat', 'name:刘师傅', { customerId: 'c-liu' });
    await bindIdentity(tdb.db, 'wechat', 'wx-zhang', { staffId: 's-zhang' });
    await tdb.db
      .insertInto('staff')
      .values({ id: 's-gone', name: '离职', roles: ['rep'], active: false })
      .execute();
    await bindIdentity(tdb.db, 'wechat', 'wx-gone', { staffId: 's-gone' });
  });

  it('finds customers and active staff by contact id before display name, and nobody else', async () => {
    const directory = createPgChatDirectory({ db: tdb.db });
    expect(await directory.resolveContact('wechat', 'wx-wang', '刘师傅')).toEqual({
      kind: 'customer',
      customer: { id: 'c-wang', name: '王老板', tier: 'A', repId: 's-zhang' },
    });
    expect(await directory.resolveContact('wechat', 'wx-new', '刘师傅')).toMatchObject({
      kind: 'customer',
      customer: { id: 'c-liu', tier: null },
    });
    expect(await directory.resolveContact('wechat', 'wx-zhang', '张三')).toEqual({
      kind: 'staff',
      staff: { id: 's-zhang', name: '张三', roles: ['rep'] },
    });
    expect(await directory.resolveContact('wechat', 'wx-gone', '离职')).toEqual({ kind: 'unknown' });
    expect(await directory.resolveContact('web', 'wx-wang', '王老板')).toEqual({ kind: 'unknown' });
  });

  it('reads a contact first seen again at a point of the whole cache time the random draw says', async () => {
    let clock = 0;
    let draw = 1;
    const directory = createPgChatDirectory({
      db: tdb.db,
      cacheMs: 1000,
      now: () => clock,
      random: () => draw,
    });
    expect(await directory.resolveContact('wechat', 'wx-late', '晚到')).toEqual({ kind: 'unknown' });
    await bindIdentity(tdb.db, 'wechat', 'wx-late', { customerId: 'c-wang' });
    // The highest draw: a tenth of the cache time.
    clock = 99;
    expect(await directory.resolveContact('wechat', 'wx-late', '晚到')).toEqual({ kind: 'unknown' });
    clock = 100;
    draw = 0;
    expect(await directory.resolveContact('wechat', 'wx-late', '晚到')).toMatchObject({ kind: 'customer' });
    await tdb.db.deleteFrom('chat_identities').where('external_id', '=', 'wx-late').execute();
    // The lowest draw: all of it.
    clock = 1099;
    expect(await directory.resolveContact('wechat', 'wx-late', '晚到')).toMatchObject({ kind: 'customer' });
    clock = 1100;
    expect(await directory.resolveContact('wechat', 'wx-late', '晚到')).toEqual({ kind: 'unknown' });
  });

  it('keeps a contact read again ahead of its expiry between half of the cache time and all of it', async () => {
    let clock = 0;
    let draw = 0;
    const directory = createPgChatDirectory({
      db: tdb.db,
      cacheMs: 1000,
      now: () => clock,
      random: () => draw,
    });
    expect(await directory.resolveContact('wechat', 'wx-again', '再来')).toEqual({ kind: 'unknown' });
    await bindIdentity(tdb.db, 'wechat', 'wx-again', { customerId: 'c-wang' });
    // Past three quarters of its life: read again behind the answer, and the new entry drawn with the highest draw.
    clock = 750;
    draw = 1;
    expect(await directory.resolveContact('wechat', 'wx-again', '再来')).toEqual({ kind: 'unknown' });
    await waitFor(
      'the contact read ahead',
      async () =>
        (await directory.resolveContact('wechat', 'wx-again', '再来')).kind === 'unknown' ? undefined : true,
      5_000,
    );
    await tdb.db.deleteFrom('chat_identities').where('external_id', '=', 'wx-again').execute();
    // Half of the cache time from the read ahead (at 750), not a tenth of it.
    clock = 1249;
    expect(await directory.resolveContact('wechat', 'wx-again', '再来')).toMatchObject({ kind: 'customer' });
    clock = 1250;
    expect(await directory.resolveContact('wechat', 'wx-again', '再来')).toEqual({ kind: 'unknown' });
  });

  it('reads a contact again in the background late in its life, so that a chat that keeps talking never waits', async () => {
    let clock = 0;
    const directory = createPgChatDirectory({ db: tdb.db, cacheMs: 1000, now: () => clock, random: () => 0 });
    expect(await directory.resolveContact('wechat', 'wx-ahead', '提前')).toEqual({ kind: 'unknown' });
    await bindIdentity(tdb.db, 'wechat', 'wx-ahead', { customerId: 'c-wang' });
    clock = 749;
    expect(await directory.resolveContact('wechat', 'wx-ahead', '提前')).toEqual({ kind: 'unknown' });
    await new Promise((r) => setTimeout(r, 100));
    expect(await directory.resolveContact('wechat', 'wx-ahead', '提前')).toEqual({ kind: 'unknown' });
    // Three quarters of its life: answered from the cache at once, and read again behind it, before it expires
    // (1000).
    clock = 750;
    expect(await directory.resolveContact('wechat', 'wx-ahead', '提前')).toEqual({ kind: 'unknown' });
    const speaker = await waitFor(
      'the contact read ahead',
      async () => {
        const found = await directory.resolveContact('wechat', 'wx-ahead', '提前');
        return found.kind === 'unknown' ? undefined : found;
      },
      5_000,
    );
    expect(speaker).toMatchObject({ kind: 'customer', customer: { id: 'c-wang' } });
  });
});

describe('PgChatDirectory contact and history in one read', () => {
  beforeAll(async () => {
    await bindIdentity(tdb.db, 'wechat', 'wx-both', { customerId: 'c-wang' });
  });

  it("keeps the customer's history read with the contact, so the turn's history reads nothing more", async () => {
    const directory = createPgChatDirectory({ db: tdb.db, cacheMs: 1000, historyOrders: 2, now: () => 0 });
    const inPostgres = quantities(await createPgChatDirectory({ db: tdb.db }).history('c-wang')).slice(-2);
    expect(await directory.resolveContact('wechat', 'wx-both', '王')).toMatchObject({ kind: 'customer' });
    // Written behind the directory's back after the contact's read: the history is the one read with the contact.
    await placeOrder(31);
    expect(quantities(await directory.history('c-wang'))).toEqual(inPostgres);
  });

  it('reads the same history as a read of the history alone: oldest first, lines in order, none when no orders', async () => {
    const directory = createPgChatDirectory({ db: tdb.db, cacheMs: 1000, historyOrders: 3, now: () => 0 });
    await directory.resolveContact('wechat', 'wx-both', '王');
    const alone = createPgChatDirectory({ db: tdb.db, cacheMs: 1000, historyOrders: 3, now: () => 0 });
    expect(await directory.history('c-wang')).toEqual(await alone.history('c-wang'));
    await bindIdentity(tdb.db, 'wechat', 'wx-liu', { customerId: 'c-liu' });
    const liu = createPgChatDirectory({ db: tdb.db, cacheMs: 1000, historyOrders: 3, now: () => 0 });
    await liu.resolveContact('wechat', 'wx-liu', '刘');
    expect(await liu.history('c-liu')).toEqual([]);
    // Two lines, in the order they were written.
    await createPgOrderIntake(tdb.db).place({
      sourceKey: 'directory-test:two-lines',
      customerId: 'c-liu',
      placedByStaffId: null,
      channel: 'web',
      lines: [
        { sku: 'CEM-425', qty: 7, unit: '袋', unitPriceFen: 2500 },
        { sku: 'CEM-325', qty: 3, unit: '袋', unitPriceFen: 2000 },
      ],
      needsRep: false,
    });
    await directory.resolveContact('wechat', 'wx-liu', '刘');
    expect(await directory.history('c-liu')).toEqual([
      {
        lines: [
          { sku: 'CEM-425', qty: 7 },
          { sku: 'CEM-325', qty: 3 },
        ],
      },
    ]);
    expect(await directory.history('c-liu')).toEqual(await alone.history('c-liu'));
  });

  it('does not keep a history read with the contact when an order was placed while that read was in flight', async () => {
    const directory = createPgChatDirectory({ db: tdb.db, cacheMs: 1000, historyOrders: 3, now: () => 0 });
    const reading = directory.resolveContact('wechat', 'wx-both', '王');
    // The chat places an order while the contact's read is in flight (it may or may not be in what that read finds).
    directory.orderPlaced('c-wang', { lines: [{ sku: 'CEM-325', qty: 32 }] });
    await placeOrder(32);
    await reading;
    await placeOrder(33);
    // Read again: the orders placed since are there.
    expect(quantities(await directory.history('c-wang')).slice(-2)).toEqual([32, 33]);
  });
});
