/**
 * `liaodan backup` of a running shop (the api serving, orders shipped and paid, a customer's draft in Redis), then
 * `liaodan restore` into a fresh database and Redis namespace: every order, line, payment, receivable and ledger row
 * is there as it was, the conversation too, and the books reconcile the same. A restore into a database in use is
 * refused.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { signCustomerLink } from '../auth/customer-link.js';
import type { Db } from '../db/pg-database.js';
import { DEV_APP_SECRET } from '../lib/config.js';
import { reconcileBooks } from '../orders/pg-books.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { ApiClient } from './api-client.js';
import { startTestApi, type TestApi } from './api-fixture.js';
import { placeOrder } from './order-fixtures.js';
import { createTestDb, type TestDb } from './pg.js';
import { testRedisUrl, uniquePrefix } from './redis.js';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;

let shop: TestApi;
let fresh: TestDb;
let redis: Redis;
let dir: string;
const freshPrefix = uniquePrefix('restored');

beforeAll(async () => {
  shop = await startTestApi();
  fresh = await createTestDb({ migrate: false });
  redis = new Redis(testRedisUrl());
  dir = mkdtempSync(join(tmpdir(), 'liaodan-backup-test-'));
}, 60_000);

afterAll(async () => {
  redis?.disconnect();
  await fresh?.drop();
  await shop?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function liaodan(args: string[], env: Record<string, string>) {
  return run(process.execPath, [join(root, 'bin/liaodan.js'), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env },
  });
}

/** Every row of the tables of the books, as JSON text, sorted: two databases hold the same rows iff equal. */
async function rowsOf(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of [
    'orders',
    'order_lines',
    'order_status_history',
    'stock',
    'stock_ledger',
    'shipments',
    'receivables',
    'payments',
    'customers',
  ]) {
    const r = await sql<{ row: string }>`
      select row_to_json(t)::text as row from ${sql.table(table)} t order by 1`.execute(db);
    out[table] = r.rows.map((x) => x.row);
  }
  return out;
}

async function keysUnder(prefix: string): Promise<Map<string, string>> {
  const keys = await redis.keys(`${prefix}:chat:*`);
  const out = new Map<string, string>();
  for (const key of keys) {
    if ((await redis.type(key)) === 'string') out.set(key.slice(prefix.length), (await redis.get(key)) ?? '');
    else out.set(key.slice(prefix.length), await redis.type(key));
  }
  return out;
}

describe('liaodan backup and restore', () => {
  it('restores a running shop into a fresh one with every order, payment and ledger row', async () => {
    // Every review step off: the worker's steps approve at once.
    await shop.t.db
      .insertInto('review_chains')
      .values({
        steps: JSON.stringify(
          ['rep', 'order', 'finance', 'warehouse'].map((step) => ({ step, enabled: false, conditions: {} })),
        ),
        created_by: 'test',
      })
      .execute();
    const numbers: string[] = [];
    for (const qty of [3, 5, 7]) {
      const o = await placeOrder(shop.t.db, 'c-wang-zxd', [
        { sku: 'CEM-JY-WHITE-25', qty, unitPriceFen: 3000 },
      ]);
      await reserveOrderStock(shop.t.db, o.orderId, 'partial');
      await priceOrder(shop.t.db, o.orderId);
      await creditCheckOrder(shop.t.db, o.orderId);
      numbers.push(o.orderNumber);
    }
    const wh = await ApiClient.staff(shop.url, 'wh-sun', DEMO_PASSWORD);
    const fin = await ApiClient.staff(shop.url, 'fin-zhou', DEMO_PASSWORD);
    const shipped = await wh.post(`/api/orders/${numbers[0]}/shipments`, { lines: [{ lineNo: 1, qty: 3 }] });
    expect(shipped.status).toBe(201);
    const paid = await fin.post(`/api/orders/${numbers[0]}/payments`, { amountFen: 1000, method: 'cash' });
    expect(paid.status).toBe(201);
    // A customer mid-conversation: a draft waiting in Redis.
    const token = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-wang-zxd', version: 1 });
    const customer = await ApiClient.customer(shop.url, `/chat/c/${token}`);
    expect((await customer.post('/chat/api/messages', { text: '海螺水泥 5袋' })).status).toBe(200);

    const source = await rowsOf(shop.t.db);
    expect(source.payments).toHaveLength(1);
    expect(source.shipments).toHaveLength(1);
    const sourceKeys = await keysUnder(shop.prefix);
    expect(sourceKeys.size).toBeGreaterThan(0);

    // The shop keeps running (its api serving) while the backup is taken.
    const backedUp = await liaodan(['backup', '--out', dir], {
      DATABASE_URL: shop.t.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: shop.prefix,
    });
    expect(backedUp.stdout).toContain('备份好了');
    const [folder] = readdirSync(dir);
    expect(folder).toMatch(/^liaodan-backup-\d{8}-\d{6}$/);
    expect(readdirSync(join(dir, folder!)).sort()).toEqual([
      'manifest.json',
      'postgres.dump',
      'redis.ndjson',
    ]);

    const restored = await liaodan(['restore', join(dir, folder!)], {
      DATABASE_URL: fresh.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: freshPrefix,
    });
    expect(restored.stdout).toContain('行数与备份一致');

    expect(await rowsOf(fresh.db)).toEqual(source);
    expect(await keysUnder(freshPrefix)).toEqual(sourceKeys);
    expect(await reconcileBooks(fresh.db)).toEqual(await reconcileBooks(shop.t.db));

    // Restoring over a shop's data is refused, not merged.
    await expect(
      liaodan(['restore', join(dir, folder!)], {
        DATABASE_URL: fresh.url,
        REDIS_URL: testRedisUrl(),
        QUEUE_PREFIX: uniquePrefix('other'),
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('目标数据库不是空的') });
  }, 120_000);
});
