/**
 * End-to-end benchmark of the order pipeline: throwaway PostgreSQL and Redis, two `liaodan worker` processes,
 * N three-line orders placed as the bot places them (order + outbox in one transaction), then invariants checked
 * from the database. Last line: JSON summary.
 *
 *   npm run bench:pipeline            BENCH_ORDERS=20000 BENCH_PLACERS=32 npm run bench:pipeline
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createDb, migrateToLatest, type Db } from '../db/pg-database.js';
import { freePort } from '../lib/free-port.js';
import { startLocalPostgres } from '../lib/local-postgres.js';
import { startLocalRedis } from '../lib/local-redis.js';
import { placeConfirmedOrder } from '../orders/pg-order-repository.js';
import { auditStock } from '../orders/pg-stock.js';
import { createPipelineQueues, defaultJobOptions } from '../worker/bullmq-queues.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 10_000);
const PLACERS = Number(process.env.BENCH_PLACERS ?? 24);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WARMUP = 200;
/** Orders per second of the quiet run, whose latency is what one customer sees on a normal day. */
const QUIET_RATE = 10;
/** BENCH_PG_STATS=1: print the statements that took most PostgreSQL time (pg_stat_statements). */
const PG_STATS = process.env.BENCH_PG_STATS === '1';
const SOCKETS = process.env.BENCH_SOCKETS !== '0';
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

/** CPU seconds (user + system) used so far by the given processes and their children. */
function cpuSeconds(rootPids: number[]): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const raw = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  const wanted = new Set(rootPids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, s] of stats) {
      if (!wanted.has(pid) && wanted.has(s.ppid)) {
        wanted.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of wanted) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks / 100;
}

/** CPU milliseconds (all cores, user + system + softirq …, idle and iowait excluded) the machine has spent so far. */
function machineCpuMs(): number {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const busy = f.reduce((a, b) => a + b, 0) - (f[3] ?? 0) - (f[4] ?? 0);
  return busy * 10;
}

const pidFile = (path: string) => Number(readFileSync(path, 'utf8').split('\n')[0]);

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
 * Jobs in BullMQ against what `orders` approved orders must produce: one stock, pricing and finance job each and
 * two notifications (reserved, approved). Returns how many are missing and how many are extra.
 */
async function queueCounts(redisUrl: string, orders: number): Promise<{ missing: number; extra: number }> {
  const pq = createPipelineQueues({ redisUrl, prefix: 'bench' });
  try {
    // BullMQ keeps the newest `count` completed jobs per queue; past that, it is the number to find. The
    // notifications wait for the bot, which does not run here, so all of them are still there.
    const keep = defaultJobOptions({}).removeOnComplete;
    const kept = Math.min(orders, typeof keep === 'object' && keep.count ? keep.count : orders);
    const expected: Record<string, number> = {
      stock: kept,
      pricing: kept,
      finance: kept,
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
           left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 90) || ' … ' ||
             substr(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 330, 60) as query
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

function spawnWorker(env: Record<string, string>): ChildProcess {
  // BENCH_NODE_ARGS: extra node flags for the workers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'bin/liaodan.js', 'worker'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaodan-bench-'));
  chmodSync(dir, 0o755);
  const [pgPort, redisPort] = [await freePort(), await freePort()];
  const pgOpts = { dir: join(dir, 'pg'), port: pgPort, ephemeral: true };
  const [firstPg, redis] = await Promise.all([
    startLocalPostgres(pgOpts),
    startLocalRedis({ dir: join(dir, 'redis'), port: redisPort, ephemeral: true }),
  ]);
  let pg = firstPg;
  if (PG_STATS) {
    // pg_stat_statements needs a preload and so a restart.
    const admin = createDb({ url: pg.url, max: 1 });
    await sql`alter system set shared_preload_libraries = 'pg_stat_statements'`.execute(admin);
    await admin.destroy();
    await new Promise((r) => setTimeout(r, 200));
    await pg.stop();
    pg = await startLocalPostgres(pgOpts);
  }
  // The placers stand in for the bot, which prepares its statements too.
  const db = createDb({ url: SOCKETS ? pg.socketUrl : pg.url, max: PLACERS + 4, prepare: true });
  const workers: ChildProcess[] = [];
  try {
    await migrateToLatest(db);
    if (PG_STATS) await sql`create extension if not exists pg_stat_statements`.execute(db);
    await seed(db);
    const env = {
      DATABASE_URL: SOCKETS ? pg.socketUrl : pg.url,
      REDIS_URL: SOCKETS ? redis.socketUrl : redis.url,
      QUEUE_PREFIX: 'bench',
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
    say(`bench: postgres ${pg.url}, redis ${redis.url}`);
    say(`bench: ${WORKERS} worker processes, ${ORDERS} orders × 3 lines, ${PLACERS} placers`);

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
    const cpuBefore = Object.fromEntries(Object.entries(pids).map(([k, v]) => [k, cpuSeconds(v)]));
    const machineBefore = machineCpuMs();
    const started = Date.now();
    const ids = await placeMany(db, ORDERS, 'bench');
    say(`  placed ${ORDERS} orders in ${Date.now() - started} ms`);
    await waitSettled(db, WARMUP + ORDERS, 110_000);
    const cpu = Object.entries(pids).map(
      ([k, v]) => `${k} ${(((cpuSeconds(v) - (cpuBefore[k] ?? 0)) * 1000) / ORDERS).toFixed(2)}`,
    );
    say(
      `  CPU ms per order: ${cpu.join(', ')} (bench includes its worker children); ` +
        `whole machine ${((machineCpuMs() - machineBefore) / ORDERS).toFixed(2)}`,
    );

    if (PG_STATS) await printStatements(db);
    const sat = await latency(db, 'bench');
    const seconds = sat.seconds;

    // Latency below saturation: a paced run at 60 % of the throughput just measured.
    const rate = Math.max(20, Math.round((ORDERS / seconds) * 0.6));
    const paced = Math.max(300, Math.round(ORDERS / 5));
    await placePaced(db, paced, rate, 'paced');
    await waitSettled(db, WARMUP + ORDERS + paced, 110_000);
    const lat = await latency(db, 'paced');
    say(
      `  paced ${paced} orders at ${rate}/s: latency p50 ${Math.round(lat.p50)} ms, p99 ${Math.round(lat.p99)} ms`,
    );
    // And what one customer waits on a quiet day: a few orders a second.
    const quiet = 100;
    await placePaced(db, quiet, QUIET_RATE, 'quiet');
    await waitSettled(db, WARMUP + ORDERS + paced + quiet, 60_000);
    const calm = await latency(db, 'quiet');
    say(
      `  quiet ${quiet} orders at ${QUIET_RATE}/s: latency p50 ${Math.round(calm.p50)} ms, p99 ${Math.round(calm.p99)} ms`,
    );
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
           + (select count(*) from outbox where published_at is null)::int
           + ${ORDERS - ids.length}::int as n`.execute(db);
    const duplicated = await sql<{ n: number }>`
      select (select count(*) from (select 1 from order_status_history
                                    group by order_id, to_status having count(*) > 1) d)::int
           + (select count(*) from (select 1 from stock_ledger where order_id is not null
                                    group by order_id, line_no, reason having count(*) > 1) d)::int
           + (select count(*) from (select 1 from outbox group by queue, job_id having count(*) > 1) d)::int
           as n`.execute(db);
    const jobs = await queueCounts(redis.url, WARMUP + ORDERS + paced + quiet);
    const summary = {
      orders: ORDERS,
      ordersPerSec: Math.round(ORDERS / seconds),
      p50Ms: Math.round(lat.p50),
      p99Ms: Math.round(lat.p99),
      oversold: (oversold.rows[0]?.n ?? 0) + mismatched,
      lost: (lost.rows[0]?.n ?? 0) + jobs.missing,
      duplicated: (duplicated.rows[0]?.n ?? 0) + jobs.extra,
    };
    say(
      `  ${summary.ordersPerSec} orders/s end to end at saturation (${seconds.toFixed(1)} s; latency there ` +
        `p50 ${Math.round(sat.p50)} ms, p99 ${Math.round(sat.p99)} ms, mostly queueing); ` +
        `oversold ${summary.oversold}, lost ${summary.lost}, duplicated ${summary.duplicated}`,
    );
    process.stdout.write(`${JSON.stringify(summary)}\n`);
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
    await Promise.all([pg.stop(), redis.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
