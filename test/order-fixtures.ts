import { sql } from 'kysely';
import { pino } from 'pino';
import type { Db } from '../db/pg-database.js';
import { parseConfig } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import { placeConfirmedOrder, type PlacedOrder } from '../orders/pg-order-repository.js';
import { receiveStock } from '../orders/pg-stock.js';
import { WorkerConfig } from '../worker/config.js';
import type { TestDb } from './pg.js';
import { testRedisUrl, uniquePrefix } from './redis.js';

/** A logger that prints nothing unless TEST_LOG is set (e.g. TEST_LOG=debug). */
export function testLogger(): Logger {
  return pino({ level: process.env.TEST_LOG ?? 'silent' });
}

export interface SeedProduct {
  sku: string;
  name: string;
  unit: string;
  priceFen: number;
  stock?: number;
  priceBreaks?: { minQty: number; priceFen: number; tier?: string }[];
  tierPrices?: Record<string, number>;
}

/** Products with stock (received through the ledger), a rep and customers. */
export async function seedCatalog(
  db: Db,
  products: SeedProduct[],
  customers: { id: string; name: string; tier?: string; creditLimitFen: number }[] = [],
): Promise<void> {
  await db
    .insertInto('staff')
    .values({ id: 'rep-1', name: '李业务', roles: ['rep'] })
    .onConflict((oc) => oc.doNothing())
    .execute();
  if (products.length) {
    await db
      .insertInto('products')
      .values(
        products.map((p) => ({
          sku: p.sku,
          name: p.name,
          unit: p.unit,
          price_fen: p.priceFen,
          price_breaks: JSON.stringify(p.priceBreaks ?? []),
          specs: '{}',
          conversions: '{}',
          aliases: [],
          unit_aliases: [],
        })),
      )
      .execute();
  }
  for (const p of products) {
    for (const [tier, priceFen] of Object.entries(p.tierPrices ?? {})) {
      await db.insertInto('tier_prices').values({ sku: p.sku, tier, price_fen: priceFen }).execute();
    }
    if (p.stock) await receiveStock(db, { sku: p.sku, qty: p.stock, actor: 'test' });
  }
  if (customers.length) {
    await db
      .insertInto('customers')
      .values(
        customers.map((c) => ({
          id: c.id,
          name: c.name,
          tier: c.tier ?? null,
          credit_limit_fen: c.creditLimitFen,
          rep_id: 'rep-1',
        })),
      )
      .execute();
  }
}

let keySeq = 0;

/** Places a confirmed order as the bot would. */
export function placeOrder(
  db: Db,
  customerId: string | null,
  lines: { sku: string; qty: number; unit?: string; unitPriceFen?: number }[],
  opts: { sourceKey?: string; needsRep?: boolean } = {},
): Promise<PlacedOrder> {
  return placeConfirmedOrder(db, {
    sourceKey: opts.sourceKey ?? `test-${process.pid}-${++keySeq}-${Math.random()}`,
    customerId,
    placedByStaffId: null,
    channel: 'test',
    needsRep: opts.needsRep ?? false,
    lines: lines.map((l) => ({
      sku: l.sku,
      qty: l.qty,
      unit: l.unit ?? '件',
      unitPriceFen: l.unitPriceFen ?? 0,
    })),
  });
}

/** Worker configuration for tests: the run's Redis, a fresh queue prefix, fast retries and stall detection. */
export function testWorkerConfig(databaseUrl: string, env: Record<string, string> = {}): WorkerConfig {
  return parseConfig(WorkerConfig, {
    DATABASE_URL: databaseUrl,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: uniquePrefix('order'),
    JOB_BACKOFF_MS: '50',
    JOB_ATTEMPTS: '3',
    DB_POOL_MAX: '12',
    WORKER_CONCURRENCY: '8',
    JOB_LOCK_MS: '5000',
    STALLED_CHECK_MS: '2000',
    OUTBOX_POLL_MS: '200',
    ...env,
  });
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until every given order is in one of `statuses`. */
export async function waitForStatuses(db: Db, orderIds: string[], statuses: string[], timeoutMs = 30_000) {
  return waitFor(
    `${orderIds.length} orders in ${statuses.join('/')}`,
    async () => {
      const r = await db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', 'in', orderIds)
        .where('status', 'in', statuses as never[])
        .executeTakeFirstOrThrow();
      return Number(r.n) === orderIds.length ? true : undefined;
    },
    timeoutMs,
  );
}

/** Transitions written more than once per order and target status (must be none). */
export async function duplicatedTransitions(db: Db): Promise<number> {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from (
      select order_id, to_status from order_status_history group by order_id, to_status having count(*) > 1
    ) d`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** Drops a test database that may not have been created (setup failed). */
export async function dropTestDb(t: TestDb | undefined): Promise<void> {
  await t?.drop();
}
