import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadDemoData } from '../catalog/demo/load-demo-data.js';
import { createDb, migrateToLatest, type Db } from '../db/pg-database.js';
import { isDatabaseUnavailable } from '../db/pg-errors.js';
import { signCustomerLink } from '../auth/customer-link.js';
import { DEV_APP_SECRET } from '../lib/config.js';
import { freePort } from '../lib/free-port.js';
import { ApiClient } from './api-client.js';
import { startLocalPostgres, type LocalPostgres } from '../lib/local-postgres.js';
import { placeConfirmedOrder } from '../orders/pg-order-repository.js';
import { duplicatedTransitions } from './order-fixtures.js';
import { testRedisUrl, uniquePrefix } from './redis.js';

const root = new URL('..', import.meta.url).pathname;
const FINAL = ['approved', 'in_review', 'cancelled', 'rejected'];

let dir: string;
let postgres: LocalPostgres;
let db: Db;
const parts = new Map<
  string,
  { child: ChildProcess; exited: { code: number | null } | undefined; log: string }
>();
let apiUrl: string;

/** Runs `liaodan <name>` as its own process, as `liaodan start` and the compose file do. */
async function startPart(name: string, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['bin/liaodan.js', name], {
    cwd: root,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const part = { child, exited: undefined as { code: number | null } | undefined, log: '' };
  child.stderr?.on('data', (chunk: Buffer) => (part.log += chunk.toString('utf8')));
  child.on('exit', (code) => (part.exited = { code }));
  parts.set(name, part);
}

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

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
  for (const name of ['worker', 'bot', 'api']) await startPart(name, env);
  await until('the api', async () => (await fetch(`${apiUrl}/healthz`)).ok, 60_000);
}, 90_000);

afterAll(async () => {
  for (const { child } of parts.values()) child.kill('SIGTERM');
  await Promise.all(
    [...parts.values()].map(
      ({ child, exited }) => exited ?? new Promise((resolve) => child.once('exit', resolve)),
    ),
  );
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

describe('a PostgreSQL restart while orders flow', () => {
  it('keeps every process up and brings every order to a final status once, within seconds', async () => {
    const placed: string[] = [];
    const statuses: number[] = [];
    let done = false;
    const load = placeOrders(300, placed);
    const chat = chatTraffic(() => done, statuses);

    await until('the first orders', async () => placed.length >= 40, 30_000);
    await postgres.restart();
    await until('more orders', async () => placed.length >= 120, 30_000);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
              where pid <> pg_backend_pid() and datname = current_database()`
      .execute(db)
      .catch(() => undefined);
    await until('more orders', async () => placed.length >= 200, 30_000);
    await postgres.restart();
    const lastDisruption = Date.now();
    await load;
    done = true;
    await chat;

    const settleMs = await until(
      'every order final',
      async () => {
        const r = await db
          .selectFrom('orders')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', 'in', FINAL as never[])
          .where('channel', '=', 'test')
          .executeTakeFirstOrThrow();
        return Number(r.n) === 300;
      },
      30_000,
    );
    const sinceDisruption = Date.now() - lastDisruption;
    process.stdout.write(
      `${JSON.stringify({ orders: placed.length, settleMsAfterLoad: settleMs, msAfterLastRestart: sinceDisruption, chat: { answered: statuses.length, unavailable: statuses.filter((s) => s === 503).length } })}\n`,
    );

    for (const [name, part] of parts) {
      expect({ name, exited: part.exited, crashed: /Unhandled|uncaught/i.test(part.log) }).toEqual({
        name,
        exited: undefined,
        crashed: false,
      });
    }
    expect(new Set(placed).size).toBe(300);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(await duplicatedTransitions(db)).toBe(0);
    const receivablesTwice = await sql<{ n: number }>`
      select count(*)::int as n from (select order_id from receivables group by order_id having count(*) > 1) d`.execute(
      db,
    );
    expect(receivablesTwice.rows[0]?.n).toBe(0);
    const ledgerOff = await sql<{ sku: string }>`
      select s.sku from stock s
      left join (select sku, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved
                 from stock_ledger group by sku) l using (sku)
      where s.on_hand <> coalesce(l.on_hand, 0) or s.reserved <> coalesce(l.reserved, 0)`.execute(db);
    expect(ledgerOff.rows).toEqual([]);
    // The last transitions' notices were written with them: the relay publishes them moments later, not never.
    await until(
      'every outbox row published',
      async () => {
        const outbox = await db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('published_at', 'is', null)
          .executeTakeFirstOrThrow();
        return Number(outbox.n) === 0;
      },
      10_000,
    );
  }, 180_000);
});
