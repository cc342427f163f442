import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import pg from 'pg';
import { createTestDb, type TestDb } from '../test/pg.js';
import { dropTestDb, placeOrder, seedCatalog, waitFor } from '../test/order-fixtures.js';
import { creditCheckOrders } from './pg-finance.js';
import type { StepRequest } from './pg-order-step.js';
import { reserveOrdersStock } from './pg-stock-reserve.js';

let t: TestDb;
let listener: pg.Client;
const heard: { channel: string; payload: string }[] = [];

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [
      { sku: 'WIRE', name: '电线', unit: '捆', priceFen: 20_000, stock: 1_000 },
      { sku: 'PIPE', name: '水管', unit: '根', priceFen: 1_000, stock: 1_000 },
    ],
    [{ id: 'c-rich', name: '王老板', creditLimitFen: 1_000_000_000 }],
  );
  listener = new pg.Client({ connectionString: t.url });
  await listener.connect();
  listener.on('notification', (n) => heard.push({ channel: n.channel, payload: n.payload ?? '' }));
  for (const channel of ['liaodan_live', 'liaodan_stock', 'liaodan_outbox'])
    await listener.query(`LISTEN ${channel}`);
});
afterAll(async () => {
  await listener.end();
  await dropTestDb(t);
});

/** Waits until `heardEnough` holds for what the listener heard. */
const hear = (what: string, heardEnough: () => boolean) =>
  waitFor(what, async () => (heardEnough() ? true : undefined), 5_000);

const requests = (ids: string[]): StepRequest[] =>
  ids.map((orderId) => ({ orderId, direct: { redelivery: false, jobCreatedAt: Date.now(), jobs: [] } }));

/** The order notices heard for `ids`, as `<status>:<op>` per order, in the order heard. */
const liveOf = (ids: string[]) =>
  ids.map((id) =>
    heard
      .filter((n) => n.channel === 'liaodan_live')
      .map(
        (n) => JSON.parse(n.payload) as { op: string; id: string; status: string; customerId: string | null },
      )
      .filter((n) => n.id === id)
      .map((n) => `${n.status}:${n.op}:${n.customerId}`),
  );

describe('change notices of the pipeline', () => {
  it('tells listeners of every placement and step once, after each commit', async () => {
    heard.length = 0;
    const placed = await Promise.all(
      [1, 2].map((n) =>
        placeOrder(t.db, 'c-rich', [
          { sku: 'WIRE', qty: n },
          { sku: 'PIPE', qty: 3 },
        ]),
      ),
    );
    const ids = placed.map((p) => p.orderId);
    // Reserved in full, each order is priced in the same statement: one notice for both steps.
    await reserveOrdersStock(t.db, requests(ids), 'partial');
    await creditCheckOrders(t.db, requests(ids));
    const steps = ['confirmed:insert', 'priced:update', 'approved:update'].map((s) =>
      s.replace(/:(insert|update)$/, ':$1:c-rich'),
    );
    await hear('every step of both orders', () =>
      liveOf(ids).every((heardOf) => heardOf.length >= steps.length),
    );
    // Give a doubled notice (the trigger's and ours) the time to arrive before counting.
    await new Promise((r) => setTimeout(r, 200));
    expect(liveOf(ids)).toEqual([steps, steps]);
    expect(
      heard
        .filter((n) => n.channel === 'liaodan_stock')
        .map((n) => n.payload)
        .sort(),
    ).toEqual(['PIPE', 'WIRE']);
    expect(heard.filter((n) => n.channel === 'liaodan_outbox').length).toBeGreaterThanOrEqual(1);
  });

  it('leaves every other writer to the triggers, which notify at its commit', async () => {
    heard.length = 0;
    await t.db.transaction().execute(async (tx) => {
      await sql`update stock set on_hand = on_hand + 1 where sku = 'PIPE'`.execute(tx);
    });
    await hear('the stock notice of a plain update', () =>
      heard.some((n) => n.channel === 'liaodan_stock' && n.payload === 'PIPE'),
    );
  });

  it('does not let the setting outlive a statement run inside a caller’s transaction', async () => {
    heard.length = 0;
    await t.db.transaction().execute(async (tx) => {
      const { orderId } = await placeOrder(tx, 'c-rich', [{ sku: 'PIPE', qty: 1 }]);
      await sql`update stock set on_hand = on_hand + 1 where sku = 'WIRE'`.execute(tx);
      return orderId;
    });
    await hear('the later statement’s stock notice', () =>
      heard.some((n) => n.channel === 'liaodan_stock' && n.payload === 'WIRE'),
    );
    expect(heard.filter((n) => n.channel === 'liaodan_live').length).toBe(1);
  });
});
