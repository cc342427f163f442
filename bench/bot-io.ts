/**
 * `npm run bench:bot-io [rate=1000] [rounds=2]`: what one chat message costs the bot process, counted rather than
 * timed, so that it holds on a busy machine. Runs the production wiring (startBot over the Wechaty mock puppet, the
 * demo shop's dialog engine, PostgreSQL, Redis with AOF) with 1,000 customers each talking bench:bot's loop (order,
 * answer, 确认) at `rate` messages per second, after one warm-up round, and prints per message: SQL statements by
 * text, Redis commands (the server's own count), socket writes to each server (round trips, less what
 * auto-pipelining and grouping merge), the process's CPU time, garbage collection and event-loop delay.
 *
 * It counts by wrapping pg's `Client.query` and the sockets' write calls in this process: a probe, not a
 * benchmark of capacity (that is bench:bot), and the wrappers' own cost is in its CPU figure. The load generator
 * and the mock puppet run in the same process, as in bench:bot.
 *
 * PostgreSQL runs durable, as bench:bot runs it (fsync and synchronous_commit on; `BENCH_PG_DURABLE=0` for the tests'
 * fast settings), and the server's side is counted too: its CPU, commits and WAL flushes (pg_stat_wal) per message.
 *
 * `BENCH_ALLOCATIONS=file.heapprofile`: also samples every allocation of the measured rounds (those collected by
 * the young and the old generation's collections too, which a heap profile leaves out) and prints the bytes per
 * message allocated by each package or folder of ours; the profile opens in Chrome's DevTools.
 * `BENCH_CPU_PROFILE=file.cpuprofile`: a CPU profile of the process over the measured rounds only (not the start,
 * the seeding and the warm-up round that `node --cpu-prof` would mix in), and the share of its busy time by package
 * or folder of ours.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import pg from 'pg';
import { pino } from 'pino';
import { BotConfig } from '../bot/config.js';
import type { Product } from '../catalog/product.js';
import type { DialogEngine } from '../dialog/dialog-types.js';
import { defaultEngineBuilder } from '../bot/default-engine.js';
import { startBot } from '../bot/main.js';
import { createMockWechat, loginMock } from '../bot/testing/mock-wechat.js';
import { createDb, migrateToLatest } from '../db/pg-database.js';
import { parseConfig } from '../lib/config.js';
import { freePort } from '../lib/free-port.js';
import { startLocalPostgres } from '../lib/local-postgres.js';
import { startLocalRedis } from '../lib/local-redis.js';
import { createEventLoopProbe } from './event-loop-probe.js';
import { cpuSeconds, pidFile } from './proc-cpu.js';

const CUSTOMERS = 1000;
const RATE = Number(process.argv[2] ?? 1000);
const ROUNDS = Number(process.argv[3] ?? 2);
const SCRIPT = ['老板 海螺水泥 50袋', '32.5', '确认'];
/** BENCH_PG_DURABLE=0: PostgreSQL with the tests' fast settings (fsync and synchronous_commit off). */
const PG_DURABLE = process.env.BENCH_PG_DURABLE !== '0';

const perMessage = (count: number, messages: number) => Number((count / messages).toFixed(3));

/** Counts pg statements by their text and socket writes by server, from now on. */
function countIo(ports: { postgres: number; redis: number }) {
  const statements = new Map<string, number>();
  const writes = { postgres: 0, redis: 0 };
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: unknown }).query = function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    const config = args[0];
    const text = typeof config === 'string' ? config : ((config as { text?: string }).text ?? '');
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 100);
    statements.set(key, (statements.get(key) ?? 0) + 1);
    return query.apply(this, args);
  };
  const socket = net.Socket.prototype as unknown as Record<
    '_write' | '_writev',
    (...a: unknown[]) => unknown
  >;
  for (const method of ['_write', '_writev'] as const) {
    const write = socket[method];
    socket[method] = function (this: net.Socket, ...args: unknown[]) {
      if (this.remotePort === ports.postgres) writes.postgres++;
      else if (this.remotePort === ports.redis) writes.redis++;
      return write.apply(this, args);
    };
  }
  return { statements, writes };
}

/** The server's commits (all databases) and WAL flushes so far. */
async function serverCounts(
  db: ReturnType<typeof createDb>,
): Promise<{ commits: number; walFlushes: number }> {
  const { rows } = await sql<{ commits: number; walFlushes: number }>`
    select (select sum(xact_commit)::int8 from pg_stat_database) as commits, wal_sync as "walFlushes"
    from pg_stat_wal`.execute(db);
  return { commits: Number(rows[0]!.commits), walFlushes: Number(rows[0]!.walFlushes) };
}

async function redisCommandCounts(redis: Redis): Promise<Map<string, number>> {
  const info = await redis.info('commandstats');
  return new Map(
    [...info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm)].map((m) => [m[1]!, Number(m[2])] as const),
  );
}

interface SampledNode {
  callFrame: { url: string; functionName: string };
  selfSize: number;
  children: SampledNode[];
}

/** Where an allocation was made: a package under node_modules, or a folder of ours, or the engine's own. */
function originOf(url: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  const ours = /\/(bench|bot|catalog|db|dialog|lib|orders|photo|reader)\//.exec(url);
  if (ours) return `${ours[1]}/`;
  return url.startsWith('node:') ? 'node' : url ? 'other' : '(V8 and natives)';
}

/** Stops the allocation sampling, writes the profile and sums the sampled bytes per message by origin. */
async function allocationsByOrigin(session: Session, messages: number): Promise<Record<string, number>> {
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SampledNode } };
  session.disconnect();
  writeFileSync(process.env.BENCH_ALLOCATIONS!, JSON.stringify(profile));
  const bytes = new Map<string, number>();
  const walk = (node: SampledNode) => {
    const origin = originOf(node.callFrame.url);
    bytes.set(origin, (bytes.get(origin) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  return Object.fromEntries(
    [...bytes]
      .sort((a, b) => b[1] - a[1])
      .map(([origin, total]) => [origin, Number((total / 1024 / messages).toFixed(1))]),
  );
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}

/** Stops the CPU profile, writes it, and gives each origin's share (%) of the sampled time the process was busy. */
async function cpuByOrigin(session: Session): Promise<Record<string, number>> {
  const { profile } = (await session.post('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  session.disconnect();
  writeFileSync(process.env.BENCH_CPU_PROFILE!, JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const time = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const frame = nodes.get(id)!.callFrame;
    const origin = frame.url ? originOf(frame.url) : `(${frame.functionName.replace(/[()]/g, '')})`;
    time.set(origin, (time.get(origin) ?? 0) + (profile.timeDeltas[k] ?? 0));
  });
  time.delete('(idle)');
  const busy = [...time.values()].reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    [...time]
      .sort((a, b) => b[1] - a[1])
      .filter(([, t]) => t / busy >= 0.005)
      .map(([origin, t]) => [origin, Number(((100 * t) / busy).toFixed(1))]),
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaodan-bench-bot-io-'));
  chmodSync(dir, 0o755);
  const [postgres, redisServer] = await Promise.all([
    startLocalPostgres({ dir: join(dir, 'pg'), port: await freePort(), ephemeral: !PG_DURABLE }),
    startLocalRedis({ dir: join(dir, 'redis'), port: await freePort() }),
  ]);
  const db = createDb({ url: postgres.url, max: 4 });
  const probe = new Redis(redisServer.url);
  try {
    await migrateToLatest(db);
    const build = await defaultEngineBuilder(100_000);
    const loopProbe = createEventLoopProbe();
    // Each turn's synchronous time, so that the probe can name the slow ones.
    const buildEngine = (products: Product[]): DialogEngine => {
      const engine = build(products);
      return {
        handle(state, input) {
          const turnStarted = performance.now();
          const turn = engine.handle(state, input);
          loopProbe.turn(performance.now() - turnStarted, input.text);
          return turn;
        },
      };
    };
    const { loadDemoData } = await import('../catalog/demo/load-demo-data.js');
    await loadDemoData(db);
    const ids = Array.from({ length: CUSTOMERS }, (_, i) => i);
    await db
      .insertInto('customers')
      .values(
        ids.map((i) => ({
          id: `io-${i}`,
          name: `客户${i}`,
          tier: i % 2 ? 'A' : 'B',
          credit_limit_fen: 100_000_000,
          rep_id: 'rep-chen',
        })),
      )
      .execute();
    await db
      .insertInto('chat_identities')
      .values(ids.map((i) => ({ channel: 'wechat', external_id: `wx-io-${i}`, customer_id: `io-${i}` })))
      .execute();
    const config = parseConfig(BotConfig, {
      DATABASE_URL: postgres.url,
      REDIS_URL: redisServer.url,
      QUEUE_PREFIX: 'bench',
      LOG_LEVEL: 'silent',
      REP_REVIEW_OVER_FEN: String(1e12),
      SEND_INTERVAL_MS: '0',
      SEND_BURST: '1000',
      DEDUPE_WINDOW_MS: '300',
    });
    const wechat = createMockWechat({ retainMessages: 20_000, keepSent: false });
    const bot = await startBot(config, pino({ level: 'silent' }), { wechaty: wechat.wechaty, buildEngine });
    loginMock(wechat);
    const contacts = ids.map((i) => wechat.mocker.createContact({ id: `wx-io-${i}`, name: `客户${i}` }));
    const waiting = new Map<string, () => void>();
    wechat.onSent((sent) => {
      const answered = waiting.get(sent.to);
      waiting.delete(sent.to);
      answered?.();
    });
    let sequence = 0;
    const send = (i: number, text: string) =>
      new Promise<void>((answered) => {
        waiting.set(contacts[i]!.id, answered);
        wechat.emitText(contacts[i]!, wechat.me, text, `io-${i}-${++sequence}`);
      });
    /** Every customer talks the script `rounds` times, at RATE messages per second over those ready to speak. */
    const talk = async (rounds: number): Promise<number> => {
      const said = ids.map(() => 0);
      const ready = [...ids];
      const answers: Promise<void>[] = [];
      const total = rounds * SCRIPT.length * CUSTOMERS;
      let budget = 0;
      let last = performance.now();
      await new Promise<void>((done) => {
        const tick = setInterval(() => {
          const now = performance.now();
          budget += (RATE * (now - last)) / 1000;
          last = now;
          while (budget >= 1 && ready.length && answers.length < total) {
            budget -= 1;
            const i = ready.shift()!;
            const step = said[i]! % SCRIPT.length;
            const text = step === 0 ? SCRIPT[0]!.replace('50', String(50 + (said[i]! % 40))) : SCRIPT[step]!;
            answers.push(
              send(i, text).then(() => {
                said[i]!++;
                ready.push(i);
              }),
            );
          }
          if (answers.length >= total) {
            clearInterval(tick);
            done();
          }
        }, 5);
      });
      await Promise.all(answers);
      return answers.length;
    };

    await talk(1);
    const io = countIo({ postgres: postgres.port, redis: redisServer.port });
    const commandsBefore = await redisCommandCounts(probe);
    const postgresPid = [pidFile(join(dir, 'pg', 'pgdata', 'postmaster.pid'))];
    const serverBefore = await serverCounts(db);
    const postgresCpuBefore = cpuSeconds(postgresPid);
    const allocations = process.env.BENCH_ALLOCATIONS ? new Session() : undefined;
    if (allocations) {
      allocations.connect();
      await allocations.post('HeapProfiler.startSampling', {
        samplingInterval: 16_384,
        includeObjectsCollectedByMajorGC: true,
        // BENCH_SURVIVORS=1: only what outlived a young-generation collection (promoted, or alive at the end):
        // what the scavenges copy and the old generation's collections then clear.
        includeObjectsCollectedByMinorGC: process.env.BENCH_SURVIVORS !== '1',
      });
    }
    const cpuProfile = process.env.BENCH_CPU_PROFILE ? new Session() : undefined;
    if (cpuProfile) {
      cpuProfile.connect();
      await cpuProfile.post('Profiler.enable');
      await cpuProfile.post('Profiler.start');
    }
    loopProbe.start();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const messages = await talk(ROUNDS);
    const cpu = process.cpuUsage(cpuBefore);
    const seconds = (performance.now() - started) / 1000;
    const postgresCpuMs = (cpuSeconds(postgresPid) - postgresCpuBefore) * 1000;
    // pg_stat_wal and pg_stat_database take what backends report, at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const serverAfter = await serverCounts(db);
    const loop = loopProbe.stop();
    const gcMs = Object.values(loop.gc).reduce((sum, kind) => sum + kind.totalMs, 0);
    const allocatedBy = allocations ? await allocationsByOrigin(allocations, messages) : undefined;
    const profiledBy = cpuProfile ? await cpuByOrigin(cpuProfile) : undefined;
    const commandsAfter = await redisCommandCounts(probe);
    const redisCommands = Object.fromEntries(
      [...commandsAfter]
        .map(
          ([name, calls]) => [name, perMessage(calls - (commandsBefore.get(name) ?? 0), messages)] as const,
        )
        .filter(([name, calls]) => calls > 0 && name !== 'info'),
    );
    const result = {
      messages,
      seconds: Number(seconds.toFixed(1)),
      offeredPerSec: RATE,
      pgDurable: PG_DURABLE,
      cpuMsPerMsg: perMessage((cpu.user + cpu.system) / 1000, messages),
      postgresCpuMsPerMsg: perMessage(postgresCpuMs, messages),
      commitsPerMsg: perMessage(serverAfter.commits - serverBefore.commits, messages),
      walFlushesPerMsg: perMessage(serverAfter.walFlushes - serverBefore.walFlushes, messages),
      gcMsPerMsg: perMessage(gcMs, messages),
      gc: loop.gc,
      eventLoopDelayP99Ms: loop.delayP99Ms,
      eventLoopDelayMaxMs: loop.delayMaxMs,
      /** Stalls of 20 ms or more: how many, and how many of them overlapped a collection. */
      stalls: loop.stalls.length,
      stallsWithGc: loop.stalls.filter((stall) => stall.gcMs > 0).length,
      slowestTurns: loop.slowTurns.slice(0, 3),
      socketWritesPerMsg: {
        postgres: perMessage(io.writes.postgres, messages),
        redis: perMessage(io.writes.redis, messages),
      },
      ...(allocatedBy && { allocatedKbPerMsg: allocatedBy }),
      ...(profiledBy && { cpuShareOfBusyTime: profiledBy }),
      redisCommandsPerMsg: redisCommands,
      sqlStatementsPerMsg: perMessage(
        [...io.statements.values()].reduce((a, b) => a + b, 0),
        messages,
      ),
      sqlByText: Object.fromEntries(
        [...io.statements]
          .sort((a, b) => b[1] - a[1])
          .map(([text, count]) => [text, perMessage(count, messages)]),
      ),
    };
    process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
    await bot.stop();
  } finally {
    probe.disconnect();
    await db.destroy();
    await Promise.all([postgres.stop(), redisServer.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
