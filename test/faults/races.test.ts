/**
 * Fault case 7: races. 200 customers order the last 15 padlocks at the same moment (each order written as the bot
 * writes it, from 200 connections at once), and two `liaodan worker` processes reserve them: no more than 15 are
 * reserved, each order is reserved once and ends in a final state. Then 50 staff members, each signed in to the api
 * with a session of their own, decide the same review step at once (one decision, 49 refusals), and 50 warehouse
 * staff ship the same order's whole quantity at once (one shipment, 49 refusals). The books reconcile after each.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { DEMO_PASSWORD, setDemoPasswords } from '../../auth/demo-accounts.js';
import { createDb, type Db } from '../../db/pg-database.js';
import { receiveStock } from '../../orders/pg-stock.js';
import { ApiClient } from '../api-client.js';
import { startTestApi, type TestApi } from '../api-fixture.js';
import { placeOrder } from '../order-fixtures.js';
import { testRedisUrl } from '../redis.js';
import { expectBooksHold, reportFigures, settled, until } from './figures.js';
import { startPart, type Part } from './parts.js';

const CUSTOMERS = 200;
const PADLOCKS = 15;
const STAFF = 50;
const FINAL = ['approved', 'in_review', 'cancelled', 'rejected'];

let shop: TestApi;
/** A wide pool (the test server takes 200 connections, shared), so that the orders are written at once. */
let crowd: Db;
const workers: Part[] = [];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Review chains are versioned: the newest row is the chain in force. */
async function useChain(steps: Partial<Record<'rep' | 'order' | 'finance' | 'warehouse', boolean>>) {
  await shop.t.db
    .insertInto('review_chains')
    .values({
      steps: JSON.stringify(
        (['rep', 'order', 'finance', 'warehouse'] as const).map((step) => ({
          step,
          enabled: steps[step] === true,
          conditions: {},
        })),
      ),
      created_by: 'test',
    })
    .execute();
}

beforeAll(async () => {
  shop = await startTestApi();
  crowd = createDb({ url: shop.t.url, max: 50 });
  await shop.t.db
    .insertInto('products')
    .values({
      sku: 'LOCK-LAST',
      name: '挂锁',
      unit: '把',
      price_fen: 2500,
      price_breaks: '[]',
      specs: '{}',
      conversions: '{}',
      aliases: [],
      unit_aliases: [],
    })
    .execute();
  await receiveStock(shop.t.db, { sku: 'LOCK-LAST', qty: PADLOCKS, actor: 'test' });
  await shop.t.db
    .insertInto('customers')
    .values(
      Array.from({ length: CUSTOMERS }, (_, i) => ({
        id: `race-${i}`,
        name: `抢锁客户${i}`,
        credit_limit_fen: 100_000_000,
        rep_id: 'rep-chen',
      })),
    )
    .execute();
  await shop.t.db
    .insertInto('staff')
    .values(
      Array.from({ length: STAFF }, (_, i) => ({
        id: `race-staff-${i}`,
        name: `店员${i}`,
        roles: ['clerk', 'warehouse'],
      })),
    )
    .execute();
  await setDemoPasswords(shop.t.db);
  for (let i = 0; i < 2; i++) {
    const part = startPart('worker', {
      DATABASE_URL: shop.t.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: shop.prefix,
    });
    workers.push(part);
  }
  await Promise.all(workers.map((w) => w.ready));
}, 60_000);

afterAll(async () => {
  for (const w of workers) await w.kill();
  await crowd?.destroy();
  await shop?.stop();
});

describe('races', () => {
  it(`lets ${CUSTOMERS} customers ordering the last ${PADLOCKS} padlocks at once reserve ${PADLOCKS}, each order once`, async () => {
    await useChain({});
    const started = Date.now();
    const placed = await Promise.all(
      Array.from({ length: CUSTOMERS }, (_, i) =>
        placeOrder(crowd, `race-${i}`, [{ sku: 'LOCK-LAST', qty: 1 + (i % 2), unitPriceFen: 2500 }]),
      ),
    );
    const placedMs = Date.now() - started;
    const ids = placed.map((p) => p.orderId);
    const final = await until(
      'every racing order final',
      async () => {
        const r = await shop.t.db
          .selectFrom('orders')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('id', 'in', ids)
          .where('status', 'in', FINAL as never[])
          .executeTakeFirstOrThrow();
        return Number(r.n) === ids.length ? true : undefined;
      },
      60_000,
    );
    const { books } = await settled(shop.t.db);

    const stock = await shop.t.db
      .selectFrom('stock')
      .select(['on_hand', 'reserved'])
      .where('sku', '=', 'LOCK-LAST')
      .executeTakeFirstOrThrow();
    const lines = await shop.t.db
      .selectFrom('order_lines')
      .innerJoin('orders', 'orders.id', 'order_lines.order_id')
      .select(['orders.status', 'order_lines.reserved_qty'])
      .where('order_lines.order_id', 'in', ids)
      .execute();
    const reservedByOrders = lines.reduce((s, l) => s + Number(l.reserved_qty), 0);
    const byStatus: Record<string, number> = {};
    for (const l of lines) byStatus[l.status] = (byStatus[l.status] ?? 0) + 1;
    // Placement to final state, per order, from the status history.
    const latency = await sql<{ ms: number }>`
      select extract(epoch from max(h.at) - o.created_at) * 1000 as ms
      from orders o join order_status_history h on h.order_id = o.id
      where o.id in (${sql.join(ids)})
      group by o.id, o.created_at order by ms`.execute(shop.t.db);
    const ms = latency.rows.map((r) => Number(r.ms));
    reportFigures('customers racing for scarce stock', {
      customers: CUSTOMERS,
      unitsWanted: Array.from({ length: CUSTOMERS }, (_, i) => 1 + (i % 2)).reduce((a, b) => a + b, 0),
      unitsInStock: PADLOCKS,
      unitsReserved: reservedByOrders,
      orders: byStatus,
      msToPlaceAll: placedMs,
      msUntilAllFinal: final.ms + placedMs,
      placedToFinalMs: { p50: Math.round(percentile(ms, 50)), p99: Math.round(percentile(ms, 99)) },
    });

    expect(new Set(ids).size).toBe(CUSTOMERS);
    expect({ onHand: Number(stock.on_hand), reserved: Number(stock.reserved) }).toEqual({
      onHand: PADLOCKS,
      reserved: PADLOCKS,
    });
    expect(reservedByOrders).toBe(PADLOCKS);
    expect(books.transitionsTwice).toBe(0);
    expect(books.movementsTwice).toBe(0);
    await expectBooksHold(shop.t.db);
  });

  it(`lets one of ${STAFF} staff deciding the same review at once decide it, and one of ${STAFF} shipping the same order ship it`, async () => {
    await useChain({ order: true });
    await receiveStock(shop.t.db, { sku: 'LOCK-LAST', qty: 40, actor: 'test' });
    const order = await placeOrder(shop.t.db, 'race-0', [{ sku: 'LOCK-LAST', qty: 40, unitPriceFen: 2500 }]);
    await until(
      'the order waiting at the order review step',
      async () => {
        const o = await shop.t.db
          .selectFrom('orders')
          .select(['status', 'review_step'])
          .where('id', '=', order.orderId)
          .executeTakeFirstOrThrow();
        return o.status === 'in_review' && o.review_step === 'order' ? true : undefined;
      },
      30_000,
    );
    const staff = await Promise.all(
      Array.from({ length: STAFF }, (_, i) => ApiClient.staff(shop.url, `race-staff-${i}`, DEMO_PASSWORD)),
    );
    const path = `/api/orders/${order.orderNumber}`;

    const race = async (send: (c: ApiClient) => Promise<Response>) => {
      const started = Date.now();
      const answers = await Promise.all(
        staff.map(async (c) => {
          const res = await send(c);
          return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
        }),
      );
      const statuses: Record<number, number> = {};
      for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      return { answers, statuses, ms: Date.now() - started };
    };
    const review = await race((c) => c.post(`${path}/review`, { decision: 'approve', comment: '抢着审' }));
    const ship = await race((c) => c.post(`${path}/shipments`, { lines: [{ lineNo: 1, qty: 40 }] }));

    const reviews = await shop.t.db
      .selectFrom('order_reviews')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('order_id', '=', order.orderId)
      .executeTakeFirstOrThrow();
    const shipments = await shop.t.db
      .selectFrom('shipments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('order_id', '=', order.orderId)
      .executeTakeFirstOrThrow();
    const line = await shop.t.db
      .selectFrom('order_lines')
      .select(['qty', 'reserved_qty', 'shipped_qty'])
      .where('order_id', '=', order.orderId)
      .executeTakeFirstOrThrow();
    reportFigures('staff racing on one review and one shipment', {
      staff: STAFF,
      review: { statuses: review.statuses, ms: review.ms, decisionsRecorded: Number(reviews.n) },
      shipment: { statuses: ship.statuses, ms: ship.ms, shipmentsRecorded: Number(shipments.n) },
    });

    expect(review.statuses).toEqual({ 200: 1, 409: STAFF - 1 });
    expect(ship.statuses).toEqual({ 201: 1, 409: STAFF - 1 });
    // Every refusal is a refusal of the step, with its code, not an error.
    for (const a of [...review.answers, ...ship.answers].filter((x) => x.status === 409))
      expect(a.body.error?.code).toMatch(/refused$/);
    expect(Number(reviews.n)).toBe(1);
    expect(Number(shipments.n)).toBe(1);
    expect({ qty: line.qty, shipped: line.shipped_qty, reserved: line.reserved_qty }).toEqual({
      qty: 40,
      shipped: 40,
      reserved: 0,
    });
    await settled(shop.t.db);
    await expectBooksHold(shop.t.db);
  });
});
