import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import { auditStock } from '../orders/pg-stock.js';
import {
  dropTestDb,
  duplicatedTransitions,
  placeOrder,
  seedCatalog,
  waitFor,
} from '../test/order-fixtures.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';

let t: TestDb;
const prefix = uniquePrefix('crash');
const children: ChildProcess[] = [];

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [
      { sku: 'A', name: '水泥', unit: '袋', priceFen: 2000, stock: 100_000 },
      { sku: 'B', name: '电线', unit: '捆', priceFen: 15000, stock: 100_000 },
      { sku: 'C', name: '水管', unit: '根', priceFen: 800, stock: 100_000 },
    ],
    [{ id: 'c-1', name: '王老板', creditLimitFen: 1_000_000_000_000 }],
  );
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await dropTestDb(t);
});

/** Runs `liaodan worker` as its own process, as in production. */
function spawnWorker(): ChildProcess {
  const child = spawn(process.execPath, ['bin/liaodan.js', 'worker'], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: t.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: 'warn',
      JOB_LOCK_MS: '2000',
      STALLED_CHECK_MS: '1000',
      JOB_BACKOFF_MS: '100',
      WORKER_CONCURRENCY: '8',
      DB_POOL_MAX: '10',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => {
    if (process.env.TEST_LOG) process.stderr.write(d);
  });
  children.push(child);
  return child;
}

async function countByStatus(): Promise<Record<string, number>> {
  const rows = await t.db
    .selectFrom('orders')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

describe('worker process killed mid-flow', () => {
  it('ends every order exactly once after a SIGKILL and a restart', async () => {
    const total = 400;
    const first = spawnWorker();
    const placed: string[] = [];
    const placing = (async () => {
      for (let i = 0; i < total; i += 20) {
        const batch = await Promise.all(
          Array.from({ length: 20 }, (_, k) =>
            placeOrder(t.db, 'c-1', [
              { sku: 'A', qty: 1 + ((i + k) % 7) },
              { sku: 'B', qty: 2 },
              { sku: 'C', qty: 10 + ((i + k) % 5) },
            ]),
          ),
        );
        placed.push(...batch.map((o) => o.orderId));
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    await waitFor('the first worker to approve some orders', async () =>
      ((await countByStatus()).approved ?? 0) >= 40 ? true : undefined,
    );
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    await placing;
    const atKill = await countByStatus();
    expect(atKill.approved ?? 0).toBeLessThan(total);

    const second = spawnWorker();
    await waitFor(
      'every order to be approved',
      async () => ((await countByStatus()).approved === total ? true : undefined),
      45_000,
    );
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));

    expect(placed).toHaveLength(total);
    expect(await duplicatedTransitions(t.db)).toBe(0);
    const history = await sql<{ n: number }>`
      select count(*)::int as n from order_status_history`.execute(t.db);
    expect(history.rows[0]?.n).toBe(total * 4);
    const ledger = await sql<{ n: number; orders: number }>`
      select count(*)::int as n, count(distinct order_id)::int as orders
      from stock_ledger where reason = 'reserve'`.execute(t.db);
    expect(ledger.rows[0]).toEqual({ n: total * 3, orders: total });
    const receivables = await t.db
      .selectFrom('receivables')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(receivables.n)).toBe(total);
    expect(await auditStock(t.db)).toEqual([]);
    const stock = await t.db.selectFrom('stock').select(['sku', 'reserved']).orderBy('sku').execute();
    const wanted = await sql<{ sku: string; qty: number }>`
      select sku, sum(qty)::int as qty from order_lines group by sku order by sku`.execute(t.db);
    expect(stock.map((s) => [s.sku, s.reserved])).toEqual(wanted.rows.map((w) => [w.sku, w.qty]));
  }, 90_000);
});
