// `npm run bench:dashboard`: 1,000,000 orders generated in PostgreSQL (set-based SQL), then every dashboard query
// and the orders list timed: each dashboard query p95 ≤ 200 ms, the orders list p95 ≤ 100 ms. JSON figures last.
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { CustomerScope } from '../auth/access.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import {
  hourlyOrders,
  lowStock,
  openOrdersByStatus,
  overdueReceivables,
  regionHours,
  reviewBacklog,
  todayFigures,
  topSkus,
} from '../dashboard/pg-dashboard-queries.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi } from '../test/api-fixture.js';
import { startTestServices } from '../test/services.js';
import { generateOrderHistory } from './dashboard-history.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const QUERY_P95_MS = 200;
const LIST_P95_MS = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < 3; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), max: round(ms.at(-1) ?? 0) };
}

const services = await startTestServices();
process.env.TEST_DATABASE_URL = services.databaseUrl;
process.env.TEST_REDIS_URL = services.redisUrl;
const shop = await startTestApi();
try {
  const db = shop.t.db;
  const now = new Date();
  const generating = performance.now();
  await generateOrderHistory(db, {
    orders: ORDERS,
    days: 365,
    now,
    extraCustomers: 3000,
    burst: { region: '城东', orders: 40 },
  });
  const generateSeconds = Math.round((performance.now() - generating) / 100) / 10;
  const counts = await sql<{ orders: string; lines: string }>`
    select (select count(*) from orders) as orders, (select count(*) from order_lines) as lines`.execute(db);
  process.stderr.write(`generated ${JSON.stringify(counts.rows[0])} in ${generateSeconds} s\n`);

  const whole: CustomerScope = { kind: 'all' };
  const manager: CustomerScope = { kind: 'some', regions: ['城东', '开发区'] };
  const queries: Record<string, { p50: number; p95: number; max: number }> = {};
  for (const [scopeName, scope] of [
    ['shop', whole],
    ['manager', manager],
  ] as const) {
    queries[`todayFigures.${scopeName}`] = await time(() => todayFigures(db, scope, now));
    queries[`hourlyOrders.${scopeName}`] = await time(() => hourlyOrders(db, scope, now));
    queries[`openOrdersByStatus.${scopeName}`] = await time(() => openOrdersByStatus(db, scope));
    queries[`reviewBacklog.${scopeName}`] = await time(() => reviewBacklog(db, scope));
    queries[`regionHours.${scopeName}`] = await time(() => regionHours(db, scope, now));
    queries[`topSkus.${scopeName}`] = await time(() => topSkus(db, scope, now));
    queries[`overdueReceivables.${scopeName}`] = await time(() => overdueReceivables(db, scope, now));
  }
  queries['lowStock'] = await time(() => lowStock(db));

  const admin = await ApiClient.staff(shop.url, 'admin-li', DEMO_PASSWORD);
  const rep = await ApiClient.staff(shop.url, 'rep-chen', DEMO_PASSWORD);
  const ok = async (client: ApiClient, path: string) => {
    const res = await client.get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  const endpoint = { 'GET /api/dashboard': await time(() => ok(admin, '/api/dashboard')) };
  const list: Record<string, { p50: number; p95: number; max: number }> = {};
  for (const [name, client, path] of [
    ['newest', admin, '/api/orders?limit=50'],
    ['page 20', admin, '/api/orders?limit=50&offset=1000'],
    ['status approved', admin, '/api/orders?status=approved&limit=50'],
    ['status completed', admin, '/api/orders?status=completed&limit=50'],
    ['one customer', admin, '/api/orders?customerId=c-wang-zxd&limit=50'],
    ['a rep’s customers', rep, '/api/orders?limit=50'],
  ] as const) {
    list[name] = await time(() => ok(client, path));
  }
  const worstQuery = Math.max(...Object.values(queries).map((q) => q.p95));
  const worstList = Math.max(...Object.values(list).map((q) => q.p95));
  const figures = {
    bench: 'dashboard',
    orders: Number(counts.rows[0]?.orders ?? 0),
    orderLines: Number(counts.rows[0]?.lines ?? 0),
    generateSeconds,
    runs: RUNS,
    queries,
    endpoint,
    list,
    worstQueryP95Ms: worstQuery,
    worstListP95Ms: worstList,
    targets: { queryP95Ms: QUERY_P95_MS, listP95Ms: LIST_P95_MS },
    ok: worstQuery <= QUERY_P95_MS && worstList <= LIST_P95_MS,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  if (!figures.ok) process.exitCode = 1;
} finally {
  await shop.stop();
  await services.stop();
}
