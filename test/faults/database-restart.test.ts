/**
 * Fault case 4: PostgreSQL restarted twice and every backend terminated while 300 orders and chat traffic flow
 * through the api, worker and bot processes. No process may exit, chat answers 200 or 503 (never 500), and every
 * order ends once; the books reconcile afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadDemoData } from '../../catalog/demo/load-demo-data.js';
import { createDb, migrateToLatest, type Db } from '../../db/pg-database.js';
import { isDatabaseUnavailable } from '../../db/pg-errors.js';
import { signCustomerLink } from '../../auth/customer-link.js';
import { DEV_APP_SECRET } from '../../lib/config.js';
import { freePort } from '../../lib/free-port.js';
import { ApiClient } from '../api-client.js';
import { startLocalPostgres, type LocalPostgres } from '../../lib/local-postgres.js';
import { placeConfirmedOrder } from '../../orders/pg-order-repository.js';
import { testRedisUrl, uniquePrefix } from '../redis.js';
import { expectBooksHold, reportFigures, settled as settledBooks, until } from './figures.js';
import { startPart, type Part } from './parts.js';

const FINAL = ['approved', 'in_review', 'cancelled', 'rejected'];

let dir: string;
let postgres: LocalPostgres;
let db: Db;
const parts: Part[] = [];
let apiUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'liaodan-pg-restart-'));
  chmodSync(dir, 0o755);
  postgres = await startLocalPostgres({ dir: join(dir, 'pg'), port: await freePort(), ephemeral: true });
  db = createDb({ url: postgres.url, max: 6 });
  await migrateToLatest(db);
  await loadDemoData(db);
  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: uniquePrefix('pgrestart'),
    API_PORT: String(port),
  };
  for (const name of ['worker', 'bot', 'api']) parts.push(startPart(name, env));
  await Promise.all(parts.map((p) => p.ready));
}, 90_000);

afterAll(async () => {
  await Promise.all(parts.map((p) => p.kill()));
  await db?.destroy();
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Places orders one after another, as chat confirmations do; a confirmation cut off is repeated with its key. */
async function placeOrders(count: number, placed: string[]): Promise<void> {
  const customers = await db.selectFrom('customers').select('id').orderBy('id').execute();
  const products = await db
    .selectFrom('products')
    .innerJoin('stock', 'stock.sku', 'products.sku')
    .select(['products.sku', 'products.unit', 'products.price_fen'])
    .where('stock.on_hand', '>', 1000)
    .orderBy('products.sku')
    .limit(20)
    .execute();
  for (let i = 0; i < count; i++) {
    const product = products[i % products.length]!;
    const order = {
      sourceKey: `restart-${i}`,
      customerId: customers[i % customers.length]!.id,
      placedByStaffId: null,
      channel: 'test',
      needsRep: false,
      lines: [{ sku: product.sku, qty: 1 + (i % 3), unit: product.unit, unitPriceFen: product.price_fen }],
    };
    for (;;) {
      try {
        placed.push((await placeConfirmedOrder(db, order)).orderId);
        break;
      } catch (err) {
        if (!isDatabaseUnavailable(err)) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await new Promise((r) => setTimeout(r, 15));
  }
}

/** Chat messages through the api while the database comes and goes: each is answered, 200 or 503, never 500. */
async function chatTraffic(stop: () => boolean, statuses: number[]): Promise<void> {
  const token = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-wang-zxd', version: 1 });
  const customer = await ApiClient.customer(apiUrl, `/chat/c/${token}`);
  for (let i = 0; !stop(); i++) {
    const res = await customer
      .post('/chat/api/messages', { text: i % 2 ? '海螺水泥 5袋' : '算了 不要了' })
      .catch(() => undefined);
    statuses.push(res?.status ?? 0);
    await res?.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
  }
}

const atLeast = (n: number, placed: string[]) => async () => (placed.length >= n ? true : undefined);

describe('a PostgreSQL restart while orders flow', () => {
  it('keeps every process up and brings every order to a final status once, within seconds', async () => {
    const placed: string[] = [];
    const statuses: number[] = [];
    let done = false;
    const load = placeOrders(300, placed);
    const chat = chatTraffic(() => done, statuses);

    await until('the first orders', atLeast(40, placed), 30_000);
    await postgres.restart();
    await until('more orders', atLeast(120, placed), 30_000);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
              where pid <> pg_backend_pid() and datname = current_database()`
      .execute(db)
      .catch(() => undefined);
    await until('more orders', atLeast(200, placed), 30_000);
    await postgres.restart();
    const lastDisruption = Date.now();
    await load;
    done = true;
    await chat;

    const settled = await until(
      'every order final',
      async () => {
        const r = await db
          .selectFrom('orders')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', 'in', FINAL as never[])
          .where('channel', '=', 'test')
          .executeTakeFirstOrThrow();
        return Number(r.n) === 300 ? true : undefined;
      },
      30_000,
    );
    reportFigures('PostgreSQL restarted and backends terminated', {
      orders: placed.length,
      restarts: 2,
      terminateEveryBackendRounds: 1,
      msSettledAfterLastOrder: settled.ms,
      msLastRestartToSettled: Date.now() - lastDisruption,
      chat: {
        answered: statuses.length,
        ok: statuses.filter((s) => s === 200).length,
        unavailable: statuses.filter((s) => s === 503).length,
      },
      processExits: parts.filter((p) => p.exited()).length,
    });

    for (const part of parts) {
      expect({
        name: part.name,
        exited: part.exited(),
        crashed: /Unhandled|uncaught/i.test(part.log()),
      }).toEqual({ name: part.name, exited: undefined, crashed: false });
    }
    expect(new Set(placed).size).toBe(300);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    // The last transitions' notices were written with them: the relay publishes them moments later, not never.
    await settledBooks(db);
    await expectBooksHold(db);
  });
});
