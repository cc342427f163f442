/**
 * Fault case 1: the worker process SIGKILLed with jobs of every step in flight (stock reserve and release, pricing,
 * the credit check, in a finance job and inside a reservation's job), then a new worker started with the production
 * lock settings. Every order must end once, and
 * within five seconds of the new worker being ready: its start-up sweep hands the dead worker's jobs back as soon
 * as their locks run out (worker/bullmq-stalled-sweep.ts), not at the stalled checker's leisure.
 *
 * To have jobs of every step in flight at the moment of the kill, whatever the machine's speed, the test holds
 * PostgreSQL locks that each step needs (a customer row for the credit check, the tier price table for pricing and
 * for the reservation, which prices an order reserved in full, a stock row for release) and kills the worker while
 * its statements wait on them. The pricing step only gets orders reserved short (the reservation prices the
 * others), so those orders are first held at their reservation (a stock row of the scarce SKU) until the tier price
 * table is locked. Releasing the locks after the kill lets the dead worker's statements finish (a server does not
 * notice a client gone while it waits for a lock), which is the crash window between a step's commit and its
 * follow-up jobs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import pg from 'pg';
import { brokenRules, reconcileBooks } from '../../orders/pg-books.js';
import { cancelOrder } from '../../orders/pg-order-actions.js';
import { createPipelineQueues, type PipelineQueues } from '../../worker/bullmq-queues.js';
import { dropTestDb, placeOrder, seedCatalog, waitForStatuses } from '../order-fixtures.js';
import { createTestDb, type TestDb } from '../pg.js';
import { testRedisUrl, uniquePrefix } from '../redis.js';
import { expectBooksHold, reportFigures, until } from './figures.js';
import { startPart, type Part } from './parts.js';

let t: TestDb;
const prefix = uniquePrefix('sigkill');
let queues: PipelineQueues;
const parts: Part[] = [];
const holds: pg.Client[] = [];

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [
      { sku: 'S', name: '水泥', unit: '袋', priceFen: 2000, stock: 100_000 },
      { sku: 'F', name: '电线', unit: '捆', priceFen: 15000, stock: 100_000 },
      { sku: 'P', name: '角阀', unit: '个', priceFen: 500, stock: 0 },
    ],
    ['c-stock', 'c-price', 'c-fin', 'c-rel'].map((id) => ({
      id,
      name: id,
      creditLimitFen: 1_000_000_000_000,
    })),
  );
  // The scarce SKU has a stock row with nothing on hand (seedCatalog writes none for stock 0): the reservations of
  // orders short of it lock that row, and holding it is what keeps them waiting at the stock step. Without the row
  // there was nothing to wait at, and whether any were caught in flight was luck (one CI run in five was not).
  await t.db.insertInto('stock').values({ sku: 'P', on_hand: 0, reserved: 0 }).execute();
  queues = createPipelineQueues({ redisUrl: testRedisUrl(), prefix });
});

afterAll(async () => {
  for (const h of holds) await h.end().catch(() => undefined);
  for (const p of parts) await p.kill('SIGKILL');
  await queues?.close();
  await dropTestDb(t);
});

/** The worker with the production defaults: only where to connect, nothing tuned for the test. */
function worker(): Part {
  const part = startPart('worker', { DATABASE_URL: t.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix });
  parts.push(part);
  return part;
}

/** A transaction of its own holding `statement`'s locks until released. */
async function hold(statement: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  await client.query('begin');
  await client.query(statement);
  holds.push(client);
  return client;
}

async function statuses(ids: string[]): Promise<Record<string, number>> {
  const rows = await t.db
    .selectFrom('orders')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('id', 'in', ids)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Active jobs per queue, by job name. */
async function inFlight(): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const name of ['stock', 'pricing', 'finance'] as const) {
    const jobs = await queues.queues[name].getActive();
    for (const job of jobs) (out[name] ??= {})[job.name] = (out[name]?.[job.name] ?? 0) + 1;
  }
  return out;
}

const place = (customer: string, sku: string, n: number, scarce?: string) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      placeOrder(t.db, customer, [{ sku, qty: 1 + (i % 5) }, ...(scarce ? [{ sku: scarce, qty: 1 }] : [])]),
    ),
  ).then((placed) => placed.map((o) => o.orderId));

/** Backends waiting for a lock in a statement that contains `text`. */
async function waitingIn(text: string): Promise<number> {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where wait_event_type = 'Lock' and position(${text} in query) > 0`.execute(t.db);
  return r.rows[0]?.n ?? 0;
}

/** What the worker and the database are doing: jobs in flight per step, and the statements waiting for a lock. */
async function state(): Promise<unknown> {
  const waits = await sql<{ query: string; n: number }>`
    select left(query, 80) as query, count(*)::int as n from pg_stat_activity
    where wait_event_type = 'Lock' group by 1`.execute(t.db);
  const orders = await sql<{ status: string; n: number }>`
    select status, count(*)::int as n from orders group by 1`.execute(t.db);
  return { inFlight: await inFlight(), waiting: waits.rows, orders: orders.rows };
}

describe('the worker process SIGKILLed with jobs of every step in flight', () => {
  it('ends every order once, within five seconds of a new worker being ready', async () => {
    const first = worker();
    await first.ready;
    // An approved order whose cancellation's release job will be caught in flight.
    const [toCancel] = await place('c-rel', 'S', 1);
    await waitForStatuses(t.db, [toCancel!], ['approved']);

    // Orders reserved in full are priced by their reservation and credit-checked in the same stock job; orders
    // reserved short (no P) are priced by the pricing step and credit-checked by a finance job. Both kinds wait at
    // the customer's row: the reservation has committed, the credit check has not.
    await hold(`select 1 from customers where id = 'c-fin' for no key update`);
    const atFinance = [...(await place('c-fin', 'F', 6)), ...(await place('c-fin', 'F', 6, 'P'))];
    await until(
      '12 orders waiting at the credit check, in stock and in finance jobs',
      async () => {
        const jobs = await inFlight();
        return (await statuses(atFinance)).priced === 12 && jobs.finance && jobs.stock?.reserve
          ? true
          : undefined;
      },
      30_000,
      50,
      state,
    );

    // Reserved short (no P at all), these orders take the locked reservation, which does not price: held at the P
    // row until the tier prices are locked, they then reach pricing and wait there. (Those the worker has not begun
    // to reserve by then wait at the reservation's read of the prices instead: still in flight, at the stock step.)
    const scarceRow = await hold(`select 1 from stock where sku = 'P' for no key update`);
    const atPricing = await place('c-price', 'F', 12, 'P');
    await until(
      'reservations waiting at the scarce stock row',
      async () => ((await waitingIn('for update of o, s')) > 0 ? true : undefined),
      30_000,
      50,
      state,
    );
    await hold('lock table tier_prices in access exclusive mode');
    await scarceRow.end();
    holds.splice(holds.indexOf(scarceRow), 1);
    await until(
      'orders waiting at pricing',
      async () => ((await statuses(atPricing)).reserved && (await inFlight()).pricing ? true : undefined),
      30_000,
      50,
      state,
    );

    await hold(`select 1 from stock where sku = 'S' for no key update`);
    await cancelOrder(t.db, { orderId: toCancel!, actor: 'staff:test', reason: '测试' });
    const atStock = await place('c-stock', 'S', 12);
    const caught = (
      await until(
        'reserve and release jobs waiting at the stock row',
        async () => {
          const jobs = await inFlight();
          return jobs.stock?.reserve && jobs.stock.release ? jobs : undefined;
        },
        30_000,
        50,
        state,
      )
    ).value;

    await first.kill('SIGKILL');
    const killedAt = Date.now();
    for (const h of holds.splice(0)) await h.end();

    const second = worker();
    const readyAt = await second.ready;
    await until(
      'every order final and the books right',
      async () => {
        const books = await reconcileBooks(t.db);
        return books.ordersInFlight === 0 && brokenRules(books).length === 0 ? books : undefined;
      },
      60_000,
    );
    const recoveredAt = Date.now();
    const handedBack = [
      ...second.log().matchAll(/"jobs":(\d+).*jobs of a stopped worker handed back/g),
    ].reduce((n, m) => n + Number(m[1]), 0);
    reportFigures('worker SIGKILL', {
      jobsInFlightAtKill: caught,
      orders: atFinance.length + atPricing.length + atStock.length + 1,
      msKillToNewWorkerReady: readyAt - killedAt,
      msNewWorkerReadyToRecovered: recoveredAt - readyAt,
      msKillToRecovered: recoveredAt - killedAt,
      jobsHandedBackBySweep: handedBack,
      defaults: { JOB_LOCK_MS: 3000, STALLED_CHECK_MS: 2000 },
    });

    expect(caught).toMatchObject({
      stock: { reserve: expect.any(Number), release: 1 },
      pricing: { price: expect.any(Number) },
      finance: { 'credit-check': expect.any(Number) },
    });
    expect(recoveredAt - readyAt).toBeLessThanOrEqual(5000);
    expect(await statuses([...atFinance, ...atPricing, ...atStock])).toEqual({ approved: 36 });
    expect(await statuses([toCancel!])).toEqual({ cancelled: 1 });
    await expectBooksHold(t.db);
    const receivables = await t.db
      .selectFrom('receivables')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    expect(Number(receivables.n)).toBe(36);
    expect(second.exited()).toBeUndefined();
    await second.kill();
  });
});
