/**
 * End-to-end benchmark of the order pipeline: a throwaway PostgreSQL with its durable defaults (fsync and
 * synchronous_commit on, as a shop runs it) and Redis with AOF on, two `liaodan worker` processes, N three-line
 * orders placed as the bot places them (order + outbox in one transaction), then invariants checked from the
 * database. In the same run and on the same server: pgbench's TPC-B (the ceiling of durable transactions this
 * machine gives), and the pipeline again with fsync, synchronous_commit and full_page_writes off (a second figure
 * only: no shop runs that). Last line: JSON summary, the durable run's figures first.
 *
 *   npm run bench:pipeline            BENCH_ORDERS=20000 BENCH_PLACERS=32 npm run bench:pipeline
 *   BENCH_FAST=0: skip the run with the fast settings.  BENCH_PGBENCH_SECONDS=20: pgbench's duration.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { Redis } from 'ioredis';
import { createDb, migrateToLatest, type Db } from '../db/pg-database.js';
import { freePort } from '../lib/free-port.js';
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from '../lib/local-postgres.js';
import { startLocalRedis, type LocalRedis } from '../lib/local-redis.js';
import { placeConfirmedOrder } from '../orders/pg-order-repository.js';
import { auditStock } from '../orders/pg-stock.js';
import { createPipelineQueues, defaultJobOptions } from '../worker/bullmq-queues.js';
import { cpuSeconds, machineCpuMs, pidFile } from './proc-cpu.js';
import { bullmqScriptNames } from './redis-scripts.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 10_000);
const PLACERS = Number(process.env.BENCH_PLACERS ?? 24);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WARMUP = 200;
/** Orders per second of the quiet run, whose latency is what one customer sees on a normal day. */
const QUIET_RATE = 10;
/** BENCH_PG_STATS=1: print the statements that took most PostgreSQL time (pg_stat_statements). */
const PG_STATS = process.env.BENCH_PG_STATS === '1';
/** BENCH_REDIS_STATS=1: print Redis's time per command and per BullMQ script (SLOWLOG at threshold 0). */
const REDIS_STATS = process.env.BENCH_REDIS_STATS === '1';
const SOCKETS = process.env.BENCH_SOCKETS !== '0';
const FAST = process.env.BENCH_FAST !== '0';
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 20);
const SKUS = 40;
const CUSTOMERS = 300;

const say = (msg: string) => process.stderr.write(`${msg}\n`);

async function seed(db: Db): Promise<void> {
  await db
    .insertInto('staff')
    .values({ id: 'rep-1', name: '李业务', roles: ['rep'] })
    .execute();
  await db
    .insertInto('products')
    .values(
      Array.from({ length: SKUS }, (_, i) => ({
        sku: `SKU-${i}`,
        name: `商品${i}`,
        unit: '件',
        price_fen: 1000 + i * 37,
        price_breaks: JSON.stringify([{ minQty: 10, priceFen: 900 + i * 30 }]),
        specs: '{}',
        conversions: '{}',
        aliases: [],
        unit_aliases: [],
      })),
    )
    .execute();
  await db
    .insertInto('tier_prices')
    .values(
      Array.from({ length: SKUS }, (_, i) => ({ sku: `SKU-${i}`, tier: 'vip', price_fen: 950 + i * 33 })),
    )
    .execute();
  // Opening stock through the ledger, as goods-in would write it.
  await sql`insert into stock (sku, on_hand) select sku, 10000000 from products`.execute(db);
  await sql`insert into stock_ledger (sku, reason, on_hand_delta, actor)
            select sku, 'receive', 10000000, 'bench' from products`.execute(db);
  await db
    .insertInto('customers')
    .values(
      Array.from({ length: CUSTOMERS }, (_, i) => ({
        id: `cust-${i}`,
        name: `客户${i}`,
        tier: i % 3 === 0 ? 'vip' : null,
        credit_limit_fen: 1_000_000_000_000,
        rep_id: 'rep-1',
      })),
    )
    .execute();
}

let seq = 0;
function placeOne(db: Db, tag: string) {
  const n = seq++;
  return placeConfirmedOrder(db, {
    sourceKey: `${tag}-${n}`,
    customerId: `cust-${n % CUSTOMERS}`,
    placedByStaffId: null,
    channel: 'bench',
    needsRep: false,
    lines: [0, 1, 2].map((k) => ({
      sku: `SKU-${(n * 7 + k * 13) % SKUS}`,
      qty: 1 + ((n + k) % 15),
      unit: '件',
      unitPriceFen: 1000,
    })),
  });
}

async function placeMany(db: Db, count: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  let left = count;
  await Promise.all(
    Array.from({ length: Math.min(PLACERS, count) }, async () => {
      while (left > 0) {
        left--;
        ids.push((await placeOne(db, tag)).orderId);
      }
    }),
  );
  return ids;
}

async function settledCount(db: Db, ids: string[] | null): Promise<number> {
  let q = db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['approved', 'in_review', 'cancelled']);
  if (ids) q = q.where('id', 'in', ids);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

async function waitSettled(db: Db, total: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const n = await settledCount(db, null);
    if (n >= total) return;
    if (Date.now() > until) throw new Error(`only ${n} of ${total} orders settled in time`);
    if (n !== last && Math.floor(n / 2000) !== Math.floor(last / 2000)) say(`  ${n}/${total} settled`);
    last = n;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Placement-to-approval latency of the orders whose source key starts with `tag`, from the status history. */
async function latency(db: Db, tag: string) {
  const r = await sql<{ p50: number; p99: number; first: Date; last: Date }>`
    select percentile_cont(0.5) within group (order by ms) as p50,
           percentile_cont(0.99) within group (order by ms) as p99,
           min(created_at) as first, max(done_at) as last
    from (
      select o.created_at, h.at as done_at, extract(epoch from h.at - o.created_at) * 1000 as ms
      from orders o join order_status_history h on h.order_id = o.id and h.to_status = o.status
      where o.source_key like ${`${tag}-%`}
    ) t`.execute(db);
  const t = r.rows[0]!;
  return {
    p50: Number(t.p50),
    p99: Number(t.p99),
    seconds: (new Date(t.last).getTime() - new Date(t.first).getTime()) / 1000,
  };
}

/** Places `count` orders at `rate` per second, as customers would, without waiting for earlier ones. */
async function placePaced(db: Db, count: number, rate: number, tag: string): Promise<void> {
  const start = Date.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    pending.push(placeOne(db, tag));
  }
  await Promise.all(pending);
}

async function waitOutboxDrained(db: Db): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('published_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(r.n) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Jobs in BullMQ against what `orders` approved orders must produce: one stock job each, one pricing and one finance
 * job for each of the `pricedByStep` orders the reservation left to the pricing step (it prices the others, and
 * their credit check runs in the reservation's job) and two notifications (reserved, approved). Returns how many
 * are missing and how many are extra.
 */
async function queueCounts(
  redisUrl: string,
  prefix: string,
  orders: number,
  pricedByStep: number,
): Promise<{ missing: number; extra: number }> {
  const pq = createPipelineQueues({ redisUrl, prefix });
  try {
    // BullMQ keeps the newest `count` completed jobs per queue; past that, it is the number to find. The
    // notifications wait for the bot, which does not run here, so all of them are still there.
    const keep = defaultJobOptions({}).removeOnComplete;
    const kept = Math.min(orders, typeof keep === 'object' && keep.count ? keep.count : orders);
    const expected: Record<string, number> = {
      stock: kept,
      pricing: Math.min(pricedByStep, kept),
      finance: Math.min(pricedByStep, kept),
      notify: orders * 2,
    };
    let missing = 0;
    let extra = 0;
    for (const [name, want] of Object.entries(expected)) {
      const c = await pq.queues[name as keyof typeof pq.queues].getJobCounts();
      const have = Object.values(c).reduce((a, b) => a + b, 0);
      if (have < want) missing += want - have;
      if (have > want) extra += have - want;
      if (have !== want) say(`  queue ${name}: ${have} jobs, expected ${want} (${JSON.stringify(c)})`);
    }
    return { missing, extra };
  } finally {
    await pq.close();
  }
}

async function printStatements(db: Db): Promise<void> {
  const r = await sql<{ calls: number; ms: number; query: string }>`
    select calls::int, round(total_exec_time + total_plan_time)::int as ms,
           case when query ~* '^[[:space:]]*with'
             -- A statement of CTEs is named by its CTEs (the steps' statements start alike).
             then 'with ' || array_to_string(array(select (regexp_matches(query, '([a-z_]+) as (?:materialized )?[(]', 'g'))[1]), ', ')
             else left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 120)
           end as query
    from pg_stat_statements order by total_exec_time + total_plan_time desc limit 25`.execute(db);
  for (const row of r.rows)
    say(`  pg ${String(row.ms).padStart(7)} ms ${String(row.calls).padStart(7)}× ${row.query}`);
  // A sequential scan of a growing table in a hot statement shows here first.
  const t = await sql<{ relname: string; seq_scan: number; seq_tup_read: number; idx_scan: number }>`
    select relname, seq_scan::int, seq_tup_read::int, coalesce(idx_scan, 0)::int as idx_scan
    from pg_stat_user_tables order by seq_tup_read desc limit 8`.execute(db);
  for (const row of t.rows)
    say(
      `  table ${row.relname}: ${row.seq_scan} seq scans reading ${row.seq_tup_read} rows, ${row.idx_scan} index scans`,
    );
}

/**
 * Records every Redis command from now on (SLOWLOG at threshold 0, the newest 200,000 kept) and, when asked, prints
 * Redis's own execution time per order by command and by BullMQ script (scripts named by their SHA1).
 */
async function startRedisStats(url: string): Promise<{ print(orders: number): Promise<void> }> {
  const redis = new Redis(url);
  await redis.config('SET', 'slowlog-max-len', '200000');
  await redis.config('SET', 'slowlog-log-slower-than', '0');
  await redis.slowlog('RESET');
  await redis.config('RESETSTAT');
  return {
    async print(orders) {
      await redis.config('SET', 'slowlog-log-slower-than', '10000');
      const names = bullmqScriptNames();
      const entries = (await redis.slowlog('GET', '200000')) as [number, number, number, string[]][];
      const byName = new Map<string, { calls: number; us: number }>();
      for (const [, , us, args] of entries) {
        const command = String(args[0]).toLowerCase();
        const name =
          command === 'evalsha'
            ? `script ${names.get(String(args[1])) ?? String(args[1]).slice(0, 8)}`
            : command;
        const entry = byName.get(name) ?? { calls: 0, us: 0 };
        entry.calls++;
        entry.us += Number(us);
        byName.set(name, entry);
      }
      // The log keeps the newest entries only: scale to the run by the commands Redis counted.
      const info = await redis.info('commandstats');
      const total = [...info.matchAll(/cmdstat_[^:]+:calls=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
      const scale = entries.length > 0 ? total / entries.length : 0;
      say(`  redis: ${total} commands in the run, ${entries.length} logged; per order:`);
      for (const [name, e] of [...byName].sort(([, a], [, b]) => b.us - a.us).slice(0, 20))
        say(
          `  redis ${((e.us * scale) / orders).toFixed(1).padStart(7)} µs ${((e.calls * scale) / orders).toFixed(2).padStart(6)}× ${name}`,
        );
      redis.disconnect();
    },
  };
}

function spawnWorker(env: Record<string, string>): ChildProcess {
  // BENCH_NODE_ARGS: extra node flags for the workers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'bin/liaodan.js', 'worker'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

interface RunFigures {
  ordersPerSec: number;
  seconds: number;
  saturation: { p50Ms: number; p99Ms: number };
  paced?: { rate: number; p50Ms: number; p99Ms: number };
  quiet?: { p50Ms: number; p99Ms: number };
  cpuMsPerOrder: Record<string, number>;
  /** Per order at saturation: commits, WAL records, full-page images, WAL bytes, WAL flushes (pg_stat_wal). */
  walPerOrder: Record<string, number>;
  oversold: number;
  lost: number;
  duplicated: number;
}

/** The server's commit and WAL counters (all databases: the bench's is the only busy one). */
async function walStats(db: Db): Promise<Record<string, number>> {
  const r = await sql<Record<string, string>>`
    select (select sum(xact_commit) from pg_stat_database) as commits,
           wal_records as "walRecords", wal_fpi as "fullPageImages", wal_bytes as "walBytes",
           wal_sync as "walFlushes"
    from pg_stat_wal`.execute(db);
  return Object.fromEntries(Object.entries(r.rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}

/** The same server, another database (URLs end in `/postgres`, optionally followed by a query). */
const inDatabase = (url: string, name: string) => url.replace(/\/postgres(\?|$)/, `/${name}$1`);

/**
 * One run of the pipeline in a database and queue prefix of its own on the given servers: warm-up, ORDERS orders
 * as fast as PLACERS placers write them, then (with `latencies`) a paced run at 60 % of that and a quiet one.
 */
async function runPipeline(
  dir: string,
  server: LocalPostgres,
  redis: LocalRedis,
  label: string,
  latencies: boolean,
): Promise<RunFigures> {
  const admin = createDb({ url: server.url, max: 1 });
  await sql.raw(`create database bench_${label}`).execute(admin);
  await admin.destroy();
  const dbUrl = inDatabase(SOCKETS ? server.socketUrl : server.url, `bench_${label}`);
  const prefix = `bench-${label}`;
  // The placers stand in for the bot, which prepares its statements too.
  const db = createDb({ url: dbUrl, max: PLACERS + 4, prepare: true });
  const workers: ChildProcess[] = [];
  try {
    await migrateToLatest(db);
    if (PG_STATS) await sql`create extension if not exists pg_stat_statements`.execute(db);
    await seed(db);
    const env = {
      DATABASE_URL: dbUrl,
      REDIS_URL: SOCKETS ? redis.socketUrl : redis.url,
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: 'warn',
      WORKER_CONCURRENCY: process.env.BENCH_CONCURRENCY ?? '12',
      DB_POOL_MAX: process.env.BENCH_POOL ?? '24',
      OUTBOX_BATCH: '1000',
      // BENCH_BATCH_MAX=1 turns batching off (one order per step statement), for comparison.
      ...(process.env.BENCH_BATCH_MAX ? { STEP_BATCH_MAX: process.env.BENCH_BATCH_MAX } : {}),
      ...(process.env.BENCH_IN_FLIGHT ? { STEP_BATCHES_IN_FLIGHT: process.env.BENCH_IN_FLIGHT } : {}),
      ...(process.env.BENCH_POLL_MS ? { OUTBOX_POLL_MS: process.env.BENCH_POLL_MS } : {}),
      ...(process.env.BENCH_GATHER_MS ? { OUTBOX_GATHER_MS: process.env.BENCH_GATHER_MS } : {}),
    };
    for (let i = 0; i < WORKERS; i++) workers.push(spawnWorker(env));
    say(`bench ${label}: ${WORKERS} worker processes, ${ORDERS} orders × 3 lines, ${PLACERS} placers`);

    await placeMany(db, WARMUP, 'warmup');
    await waitSettled(db, WARMUP, 60_000);
    say('  warm-up done');

    const pids = {
      workers: workers.map((w) => w.pid ?? 0),
      postgres: [pidFile(join(dir, 'pg', 'pgdata', 'postmaster.pid'))],
      redis: [pidFile(join(dir, 'redis', 'redis.pid'))],
      bench: [process.pid],
    };
    if (PG_STATS) await sql`select pg_stat_statements_reset()`.execute(db);
    const redisStats = REDIS_STATS ? await startRedisStats(redis.url) : undefined;
    const walBefore = await walStats(db);
    const cpuBefore = Object.fromEntries(Object.entries(pids).map(([k, v]) => [k, cpuSeconds(v)]));
    const machineBefore = machineCpuMs();
    const started = Date.now();
    const ids = await placeMany(db, ORDERS, 'bench');
    say(`  placed ${ORDERS} orders in ${Date.now() - started} ms`);
    await waitSettled(db, WARMUP + ORDERS, 300_000);
    const cpuMsPerOrder: Record<string, number> = Object.fromEntries(
      Object.entries(pids).map(([k, v]) => [
        k,
        Math.round(((cpuSeconds(v) - (cpuBefore[k] ?? 0)) * 100_000) / ORDERS) / 100,
      ]),
    );
    cpuMsPerOrder.machine = Math.round((machineCpuMs() - machineBefore) / ORDERS / 0.01) / 100;
    const walAfter = await walStats(db);
    const walPerOrder = Object.fromEntries(
      Object.entries(walAfter).map(([k, v]) => [
        k,
        Math.round(((v - (walBefore[k] ?? 0)) / ORDERS) * 100) / 100,
      ]),
    );
    say(`  per order: ${JSON.stringify(walPerOrder)} (the server's counters, every database)`);
    say(
      `  CPU ms per order: ${Object.entries(cpuMsPerOrder)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} (bench includes its worker children)`,
    );

    if (PG_STATS) await printStatements(db);
    if (redisStats) await redisStats.print(ORDERS);
    const sat = await latency(db, 'bench');
    const seconds = sat.seconds;
    let total = WARMUP + ORDERS;
    const figures: RunFigures = {
      ordersPerSec: Math.round(ORDERS / seconds),
      seconds: Math.round(seconds * 10) / 10,
      saturation: { p50Ms: Math.round(sat.p50), p99Ms: Math.round(sat.p99) },
      cpuMsPerOrder,
      walPerOrder,
      oversold: 0,
      lost: 0,
      duplicated: 0,
    };
    say(
      `  ${figures.ordersPerSec} orders/s end to end at saturation (${seconds.toFixed(1)} s; latency there ` +
        `p50 ${Math.round(sat.p50)} ms, p99 ${Math.round(sat.p99)} ms, mostly queueing)`,
    );

    if (latencies) {
      // Latency below saturation: a paced run at 60 % of the throughput just measured.
      const rate = Math.max(20, Math.round((ORDERS / seconds) * 0.6));
      const paced = Math.max(300, Math.round(ORDERS / 5));
      await placePaced(db, paced, rate, 'paced');
      total += paced;
      await waitSettled(db, total, 300_000);
      const lat = await latency(db, 'paced');
      figures.paced = { rate, p50Ms: Math.round(lat.p50), p99Ms: Math.round(lat.p99) };
      say(
        `  paced ${paced} orders at ${rate}/s: latency p50 ${Math.round(lat.p50)} ms, p99 ${Math.round(lat.p99)} ms`,
      );
      // And what one customer waits on a quiet day: a few orders a second.
      const quiet = 100;
      await placePaced(db, quiet, QUIET_RATE, 'quiet');
      total += quiet;
      await waitSettled(db, total, 60_000);
      const calm = await latency(db, 'quiet');
      figures.quiet = { p50Ms: Math.round(calm.p50), p99Ms: Math.round(calm.p99) };
      say(
        `  quiet ${quiet} orders at ${QUIET_RATE}/s: latency p50 ${Math.round(calm.p50)} ms, p99 ${Math.round(calm.p99)} ms`,
      );
    }
    await waitOutboxDrained(db);

    const oversold = await sql<{ n: number }>`
      select count(*)::int as n from stock s
      where s.reserved > s.on_hand
         or s.reserved <> (select coalesce(sum(reserved_qty), 0) from order_lines l
                           join orders o on o.id = l.order_id
                           where l.sku = s.sku and o.status not in ('cancelled', 'rejected'))`.execute(db);
    const mismatched = (await auditStock(db)).length;
    const lost = await sql<{ n: number }>`
      select (select count(*) from orders where status <> 'approved')::int
           -- Every order went through each status, also where one step made two transitions.
           + (select count(*) from orders o
              where (select count(distinct to_status) from order_status_history h
                     where h.order_id = o.id and h.to_status in ('reserved', 'priced', 'approved')) <> 3)::int
           + (select count(*) from outbox where published_at is null)::int
           + ${ORDERS - ids.length}::int as n`.execute(db);
    const duplicated = await sql<{ n: number }>`
      select (select count(*) from (select 1 from order_status_history
                                    group by order_id, to_status having count(*) > 1) d)::int
           + (select count(*) from (select 1 from stock_ledger where order_id is not null
                                    group by order_id, line_no, reason having count(*) > 1) d)::int
           + (select count(*) from (select 1 from outbox group by queue, job_id having count(*) > 1) d)::int
           as n`.execute(db);
    const byPricingStep = await sql<{ n: number }>`
      select count(*)::int as n from order_status_history
      where from_status = 'reserved' and to_status = 'priced' and actor = 'worker:pricing'`.execute(db);
    const jobs = await queueCounts(redis.url, prefix, total, byPricingStep.rows[0]?.n ?? 0);
    say(
      `  priced by the pricing step (reserved short or after a lost race): ${byPricingStep.rows[0]?.n ?? 0}`,
    );
    figures.oversold = (oversold.rows[0]?.n ?? 0) + mismatched;
    figures.lost = (lost.rows[0]?.n ?? 0) + jobs.missing;
    figures.duplicated = (duplicated.rows[0]?.n ?? 0) + jobs.extra;
    say(`  oversold ${figures.oversold}, lost ${figures.lost}, duplicated ${figures.duplicated}`);
    return figures;
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.exitCode !== null) return resolve();
            const t = setTimeout(() => {
              w.kill('SIGKILL');
              resolve();
            }, 10_000);
            w.once('exit', () => {
              clearTimeout(t);
              resolve();
            });
          }),
      ),
    );
    await db.destroy();
    // pg-pool's end() resolves before its sockets are closed; stopping the server at once would make the closing
    // connections report "terminating connection" as an unhandled pool error.
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * pgbench's TPC-B (its default script: three updates, a select and an insert per transaction) on the same server,
 * with as many clients as the pipeline has placers and a scale of as many branches, prepared statements.
 */
async function pgbenchTps(dir: string, server: LocalPostgres): Promise<{ tps: number; clients: number }> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const admin = createDb({ url: server.url, max: 1 });
  await sql`create database pgbench`.execute(admin);
  await admin.destroy();
  const clients = PLACERS;
  const conn = ['-h', join(dir, 'pg'), '-p', String(server.port), '-U', 'postgres'];
  const exec = promisify(execFile);
  say(`pgbench: TPC-B, scale ${clients}, ${clients} clients, ${PGBENCH_SECONDS} s`);
  await exec(join(bin, 'pgbench'), [...conn, '-i', '-q', '-s', String(clients), 'pgbench']);
  const r = await exec(join(bin, 'pgbench'), [
    ...conn,
    '-c',
    String(clients),
    '-j',
    '2',
    '-M',
    'prepared',
    '-T',
    String(PGBENCH_SECONDS),
    'pgbench',
  ]);
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(r.stdout)?.[1]);
  if (!Number.isFinite(tps)) throw new Error(`pgbench printed no tps:\n${r.stdout}\n${r.stderr}`);
  say(`  pgbench: ${Math.round(tps)} transactions/s`);
  return { tps: Math.round(tps), clients };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaodan-bench-'));
  chmodSync(dir, 0o755);
  const [pgPort, redisPort] = [await freePort(), await freePort()];
  // Durable: PostgreSQL's defaults (fsync, synchronous_commit and full_page_writes on), Redis with AOF.
  const pgOpts = { dir: join(dir, 'pg'), port: pgPort };
  const [firstPg, redis] = await Promise.all([
    startLocalPostgres(pgOpts),
    startLocalRedis({ dir: join(dir, 'redis'), port: redisPort }),
  ]);
  let pg = firstPg;
  try {
    if (PG_STATS) {
      // pg_stat_statements needs a preload and so a restart.
      const admin = createDb({ url: pg.url, max: 1 });
      await sql`alter system set shared_preload_libraries = 'pg_stat_statements'`.execute(admin);
      await admin.destroy();
      await new Promise((r) => setTimeout(r, 200));
      await pg.stop();
      pg = await startLocalPostgres(pgOpts);
    }
    const settings = async () => {
      const admin = createDb({ url: pg.url, max: 1 });
      const r = await sql<{ name: string; setting: string }>`
        select name, setting from pg_settings
        where name in ('fsync', 'synchronous_commit', 'full_page_writes')`.execute(admin);
      await admin.destroy();
      return Object.fromEntries(r.rows.map((row) => [row.name, row.setting]));
    };
    const durableSettings = await settings();
    say(`bench: postgres ${pg.url} ${JSON.stringify(durableSettings)}, redis ${redis.url} (AOF on)`);
    const durable = await runPipeline(dir, pg, redis, 'durable', true);
    const pgbench = await pgbenchTps(dir, pg);

    let fast: RunFigures | undefined;
    if (FAST) {
      const admin = createDb({ url: pg.url, max: 1 });
      for (const name of ['fsync', 'synchronous_commit', 'full_page_writes'])
        await sql.raw(`alter system set ${name} = off`).execute(admin);
      await sql`select pg_reload_conf()`.execute(admin);
      await admin.destroy();
      await new Promise((r) => setTimeout(r, 200));
      say(`bench: the same server with ${JSON.stringify(await settings())} (a second figure only)`);
      fast = await runPipeline(dir, pg, redis, 'fast', false);
    }

    const summary = {
      orders: ORDERS,
      ordersPerSec: durable.ordersPerSec,
      durable: durableSettings.fsync === 'on' && durableSettings.synchronous_commit === 'on',
      pgbenchTps: pgbench.tps,
      ratioToPgbench: Math.round((durable.ordersPerSec / pgbench.tps) * 100) / 100,
      p50Ms: durable.paced?.p50Ms,
      p99Ms: durable.paced?.p99Ms,
      pacedRate: durable.paced?.rate,
      quietP99Ms: durable.quiet?.p99Ms,
      saturationP99Ms: durable.saturation.p99Ms,
      ...(fast && { fastOrdersPerSec: fast.ordersPerSec }),
      cpuMsPerOrder: durable.cpuMsPerOrder,
      walPerOrder: durable.walPerOrder,
      oversold: durable.oversold + (fast?.oversold ?? 0),
      lost: durable.lost + (fast?.lost ?? 0),
      duplicated: durable.duplicated + (fast?.duplicated ?? 0),
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    };
    say(
      `durable: ${durable.ordersPerSec} orders/s = ${summary.ratioToPgbench} × pgbench's ${pgbench.tps} TPC-B ` +
        `transactions/s` +
        (fast ? `; with fsync and synchronous_commit off: ${fast.ordersPerSec} orders/s` : ''),
    );
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } finally {
    await Promise.all([pg.stop(), redis.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
