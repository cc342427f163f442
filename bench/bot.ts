/**
 * `npm run bench:bot [customers=1000] [rate=600] [warmup=300]`: starts a throwaway PostgreSQL and Redis, runs the bot
 * (startBot) over the Wechaty mock puppet, and lets N customers order at the same time: each sends an order, an
 * answer and a confirmation, each message after the bot's first reply to the previous one, while the messages of
 * all customers together arrive at `rate` per second. Sessions live in Redis; confirmed orders are written to
 * PostgreSQL. Reports the messages per second achieved and the latency from a message to the bot's first reply,
 * overall and per step of the script, after a warm-up of other customers whose latencies are reported apart;
 * the last line is JSON.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadProducts } from '../catalog/pg-catalog-repository.js';
import type { Product } from '../catalog/product.js';
import { createDb, migrateToLatest } from '../db/pg-database.js';
import type { DialogEngine } from '../dialog/dialog-types.js';
import { parseConfig } from '../lib/config.js';
import { freePort } from '../lib/free-port.js';
import { startLocalPostgres } from '../lib/local-postgres.js';
import { startLocalRedis } from '../lib/local-redis.js';
import { BotConfig } from '../bot/config.js';
import { defaultEngineBuilder } from '../bot/default-engine.js';
import { startBot } from '../bot/main.js';
import { createMockWechat, loginMock } from '../bot/testing/mock-wechat.js';
import { seedChatPeople } from '../bot/testing/seed.js';
import { createTinyEngine, TINY_PRODUCTS } from '../bot/testing/tiny-engine.js';

const CUSTOMERS = Number(process.argv[2] ?? 1000);
/**
 * Offered load, messages per second across all customers (second argument). Beyond what the bot sustains, messages
 * queue and the latency grows: `npx tsx bench/bot.ts 1000 3000` shows the capacity.
 */
const RATE = Number(process.argv[3] ?? 600);
/**
 * Customers who order first, at the same rate, before the measured run (third argument). Their replies come from a
 * process whose code is still being compiled by V8's JIT; their latencies are reported apart, as the cold start.
 */
const WARMUP = Number(process.argv[4] ?? 300);
const ALL = WARMUP + CUSTOMERS;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaodan-bench-bot-'));
  chmodSync(dir, 0o755);
  const [pg, redis] = await Promise.all([
    startLocalPostgres({ dir: join(dir, 'pg'), port: await freePort(), ephemeral: true }),
    startLocalRedis({ dir: join(dir, 'redis'), port: await freePort(), ephemeral: true }),
  ]);
  const db = createDb({ url: pg.url, max: 4 });
  try {
    await migrateToLatest(db);
    // The real dialog engine over the demo shop when it is available; else the bot tests' tiny engine.
    let buildEngine: (products: Product[]) => DialogEngine;
    let script: string[];
    let engineName: string;
    try {
      buildEngine = await defaultEngineBuilder(100_000);
      const { loadDemoData } = await import('../catalog/demo/load-demo-data.js');
      await loadDemoData(db);
      script = ['老板 海螺水泥 50袋', '32.5', '确认'];
      engineName = 'dialog';
    } catch {
      buildEngine = () => createTinyEngine();
      await seedChatPeople(db, TINY_PRODUCTS);
      await db
        .insertInto('staff')
        .values({ id: 'rep-chen', name: '陈明', roles: ['rep'] })
        .execute();
      script = ['水泥 50袋', '42.5', '确认'];
      engineName = 'tiny (the dialog engine is not available)';
    }
    const products = await loadProducts(db);
    process.stderr.write(
      `engine: ${engineName}, ${products.length} products, ${CUSTOMERS} customers, offered ${RATE} msg/s\n`,
    );

    await db
      .insertInto('customers')
      .values(
        Array.from({ length: ALL }, (_, i) => ({
          id: `bench-${i}`,
          name: `客户${i}`,
          tier: i % 2 ? 'A' : 'B',
          credit_limit_fen: 100_000_000,
          rep_id: 'rep-chen',
        })),
      )
      .execute();
    for (let i = 0; i < ALL; i += 500) {
      await db
        .insertInto('chat_identities')
        .values(
          Array.from({ length: Math.min(500, ALL - i) }, (_, k) => ({
            channel: 'wechat',
            external_id: `wx-bench-${i + k}`,
            customer_id: `bench-${i + k}`,
          })),
        )
        .execute();
    }

    const config = parseConfig(BotConfig, {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'bench',
      LOG_LEVEL: 'silent',
      REP_REVIEW_OVER_FEN: String(1e12),
    });
    const w = createMockWechat();
    const bot = await startBot(config, pino({ level: 'silent' }), { wechaty: w.wechaty, buildEngine });
    loginMock(w);
    const contacts = Array.from({ length: ALL }, (_, i) =>
      w.mocker.createContact({ id: `wx-bench-${i}`, name: `客户${i}` }),
    );

    const latencies: number[] = [];
    const byStep = script.map(() => [] as number[]);
    const waiting = new Map<string, { sentAt: number; step: number; resolve: () => void }>();
    w.onSent((s) => {
      const pending = waiting.get(s.to);
      if (!pending) return;
      waiting.delete(s.to);
      latencies.push(s.at - pending.sentAt);
      byStep[pending.step]?.push(s.at - pending.sentAt);
      pending.resolve();
    });
    let timeouts = 0;
    const say = (i: number, step: number) =>
      new Promise<void>((resolve) => {
        const contact = contacts[i]!;
        const text = script[step]!;
        const timer = setTimeout(() => {
          timeouts++;
          waiting.delete(contact.id);
          resolve();
        }, 30_000);
        waiting.set(contact.id, {
          sentAt: performance.now(),
          step,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        w.emitText(contact, w.me, text, `bench-${i}-${text}`);
      });

    // Open loop at RATE messages per second: every 5 ms the next customers who are ready (their previous
    // message answered) send their next message. All customers of a phase are in a conversation at the same time.
    const runPhase = (from: number, to: number) =>
      new Promise<number>((done) => {
        const ready = Array.from({ length: to - from }, (_, k) => ({ i: from + k, step: 0 }));
        const perTick = RATE / 200;
        let budget = 0;
        let inFlight = 0;
        const started = performance.now();
        const tick = setInterval(() => {
          budget += perTick;
          while (budget >= 1 && ready.length) {
            budget -= 1;
            const next = ready.shift()!;
            inFlight++;
            void say(next.i, next.step).then(() => {
              inFlight--;
              if (next.step + 1 < script.length) ready.push({ i: next.i, step: next.step + 1 });
              else if (ready.length === 0 && inFlight === 0) {
                clearInterval(tick);
                done(performance.now() - started);
              }
            });
          }
          if (!ready.length) budget = Math.min(budget, perTick);
        }, 5);
      });
    if (WARMUP > 0) {
      await runPhase(0, WARMUP);
      const cold = [...latencies].sort((a, b) => a - b);
      process.stderr.write(
        `warm-up, ${WARMUP} customers on a cold process: p50 ${percentile(cold, 50).toFixed(1)} ms, ` +
          `p99 ${percentile(cold, 99).toFixed(1)} ms (not counted below)\n`,
      );
      latencies.length = 0;
      for (const values of byStep) values.length = 0;
    }
    const elapsedMs = await runPhase(WARMUP, ALL);
    // Let the last confirmations' follow-up replies and order writes finish before counting.
    await new Promise((r) => setTimeout(r, 500));
    const orders = await db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await bot.stop();

    const messages = CUSTOMERS * script.length;
    latencies.sort((a, b) => a - b);
    const result = {
      customers: CUSTOMERS,
      messages,
      msgPerSec: Math.round(messages / (elapsedMs / 1000)),
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p99Ms: Number(percentile(latencies, 99).toFixed(1)),
    };
    process.stderr.write(
      `${messages} messages in ${Math.round(elapsedMs)} ms, ${latencies.length} answered, ${timeouts} unanswered, ` +
        `${orders.n} orders placed (${WARMUP} in the warm-up), replies sent ${w.sent.length}; load average ${loadavg()[0]?.toFixed(1)} on ` +
        `${cpus().length} cores (the bot, PostgreSQL and Redis share them)\n`,
    );
    for (const [step, values] of byStep.entries()) {
      values.sort((a, b) => a - b);
      process.stderr.write(
        `  step ${step + 1} (${script[step]}): p50 ${percentile(values, 50).toFixed(1)} ms, ` +
          `p99 ${percentile(values, 99).toFixed(1)} ms, max ${(values.at(-1) ?? 0).toFixed(1)} ms\n`,
      );
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.destroy();
    await Promise.all([pg.stop(), redis.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
