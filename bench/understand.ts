/**
 * `npm run bench:understand`: builds the matcher and dialog engine over a generated 50,000-SKU catalog, measures
 * the index build (wall and CPU time, resident memory) and per-message latency (p50/p95/p99 of wall time and of
 * the process's CPU time, which a busy shared machine disturbs less) over a few hundred realistic order messages,
 * how many of them had a garbage-collection pause in them, and plain fuse.js over the whole catalog on a sample of the same messages as the baseline. The last line is JSON.
 * `-- --messages N` measures N messages (the first 400 are always the same); `-- --no-baseline` skips fuse.js (it
 * takes about two minutes).
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { validateCatalogRows } from '../catalog/catalog-file.js';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { generateCatalog } from './generate-catalog.js';

const SKUS = 50000;
const BASELINE_SAMPLE = 30;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? '') : undefined;
}

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['一', '两', '三', '五', '十', '二十', '五十', '一百'];

/** Messages the way customers type them: alias or name, brand, some spec values, a quantity; some barcodes. */
export function messagesFor(products: Product[], n: number, rand: () => number): string[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const one = (): string => {
    const p = pick(products);
    const qty = rand() < 0.2 ? pick(CN) : String(1 + Math.floor(rand() * 100));
    const unit = rand() < 0.2 && p.unitAliases.length ? pick(p.unitAliases) : p.unit;
    if (p.barcode && rand() < 0.1) return `${p.barcode} ${qty}${unit}`;
    const head = p.aliases.length && rand() < 0.6 ? pick(p.aliases) : p.name;
    const specs = Object.values(p.specs).filter(() => rand() < 0.7);
    const brand = p.brand && rand() < 0.7 ? p.brand : '';
    const parts = [brand + head, ...specs];
    return rand() < 0.5 ? `${parts.join(' ')} ${qty}${unit}` : `要${qty}${unit}${parts.join('')}`;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    out.push(r < 0.15 ? `老板 ${one()}，${one()}\n${one()}` : r < 0.3 ? `${one()} ${one()}` : one());
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * CPU milliseconds (user + system) since `start`, of every thread of this process: V8's compiler and
 * garbage-collector threads working beside the message count too, so a message's CPU time can exceed its wall time.
 */
const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const started = performance.now();
  const rows = generateCatalog(SKUS, 1);
  const parsed = validateCatalogRows(rows.map((raw, index) => ({ where: { index }, raw })));
  if (!parsed.ok) throw new Error(`generated catalog does not validate: ${parsed.errors[0]?.reason}`);
  const products = parsed.products;
  console.log(
    `catalog: ${products.length} products (${Math.round(performance.now() - started)} ms to generate)`,
  );

  const messageCount = Number(option('--messages') ?? 400);
  const baseline = !process.argv.includes('--no-baseline');
  const t0 = performance.now();
  const buildCpu = process.cpuUsage();
  const matcher = createMatcher(products);
  const engine = createDialogEngine({ products, matcher, maxQtyPerLine: 100000 });
  const buildMs = performance.now() - t0;
  const buildCpuMs = cpuMsSince(buildCpu);
  const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(`index build: ${round(buildMs)} ms (${Math.round(buildCpuMs)} ms CPU), RSS ${rssMb} MB`);

  const rand = seeded(42);
  const messages = messagesFor(products, messageCount, rand);
  const warm = messagesFor(products, 50, seeded(7));
  const customer = { id: 'bench', name: 'bench', tier: 'A' };
  for (const text of warm) engine.handle(null, { text, customer, history: [], now: new Date(0) });

  // garbage-collection pauses, to tell the messages that paid for one (a scavenge every few dozen messages)
  const pauses: { start: number; end: number; kind: number }[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      pauses.push({
        start: e.startTime,
        end: e.startTime + e.duration,
        kind: (e as { detail?: { kind?: number } }).detail?.kind ?? 0,
      });
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const windows: { start: number; end: number; cpu: number }[] = [];
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const timed: { text: string; ms: number }[] = [];
  const kinds = { matched: 0, asked: 0, notFound: 0 };
  for (const text of messages) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const turn = engine.handle(null, { text, customer, history: [], now: new Date(0) });
    cpuTimes.push(cpuMsSince(cpu));
    times.push(performance.now() - t);
    windows.push({ start: t, end: t + times.at(-1)!, cpu: cpuTimes.at(-1)! });
    timed.push({ text, ms: times.at(-1)! });
    const reply = turn.replies.join('');
    if (reply.includes('没有')) kinds.notFound += 1;
    else if (turn.order?.lines.length) kinds.matched += 1;
    else kinds.asked += 1;
  }
  // (gc entries arrive asynchronously)
  await new Promise((resolve) => setTimeout(resolve, 50));
  gcObserver.disconnect();
  const withPause = (w: { start: number; end: number }) =>
    pauses.some((p) => p.start < w.end && p.end > w.start);
  const cpuWithoutPause = windows
    .filter((w) => !withPause(w))
    .map((w) => w.cpu)
    .sort((a, b) => a - b);
  const pausedMessages = windows.length - cpuWithoutPause.length;
  // the collections' pause time while the messages were handled (between them too)
  const first = windows[0]?.start ?? 0;
  const last = windows.at(-1)?.end ?? 0;
  const measuredPauses = pauses.filter((p) => p.start >= first && p.start <= last);
  const gcPauseMs = measuredPauses.reduce((total, p) => total + p.end - p.start, 0);
  const gcKinds = collectionsByKind(measuredPauses, messages.length);
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`  slowest: ${slowest.map((s) => `${round(s.ms)} ms ${JSON.stringify(s.text)}`).join(', ')}`);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const p99 = percentile(times, 99);
  console.log(
    `engine over ${messages.length} messages: p50 ${round(p50)} ms, p95 ${round(p95)} ms, p99 ${round(p99)} ms`,
  );
  const cpu = { p50: percentile(cpuTimes, 50), p95: percentile(cpuTimes, 95), p99: percentile(cpuTimes, 99) };
  const cpuMean = cpuTimes.reduce((sum, x) => sum + x, 0) / cpuTimes.length;
  console.log(
    `  CPU time per message: p50 ${round(cpu.p50)} ms, p95 ${round(cpu.p95)} ms, p99 ${round(cpu.p99)} ms, mean ${round(cpuMean)} ms`,
  );
  const cpuP95WithoutPause = percentile(cpuWithoutPause, 95);
  console.log(
    `  ${pausedMessages} messages had a garbage-collection pause in them (${round(gcPauseMs)} ms of pauses in all); the others: CPU p95 ${round(cpuP95WithoutPause)} ms`,
  );
  for (const [kind, c] of Object.entries(gcKinds))
    console.log(
      `  ${kind}: ${c.count} (${c.perMessage.toFixed(3)} a message), ${round(c.totalMs)} ms in all, pause p95 ${round(c.p95Ms)} ms, longest ${round(c.maxMs)} ms`,
    );
  console.log(
    `  outcomes: ${kinds.matched} drafted, ${kinds.asked} asked a question, ${kinds.notFound} not found`,
  );

  const fuseP95 = baseline ? fuseBaseline(products, messages, p95) : undefined;
  console.log(`whole benchmark: ${Math.round((performance.now() - started) / 1000)} s`);
  console.log(
    JSON.stringify({
      skus: products.length,
      messages: messages.length,
      p50Ms: round(p50),
      p95Ms: round(p95),
      p99Ms: round(p99),
      cpuP50Ms: round(cpu.p50),
      cpuP95Ms: round(cpu.p95),
      cpuP99Ms: round(cpu.p99),
      cpuMeanMs: round(cpuMean),
      gcPausedMessages: pausedMessages,
      gcPauseMs: round(gcPauseMs),
      cpuP95WithoutGcMs: round(cpuP95WithoutPause),
      gc: Object.fromEntries(
        Object.entries(gcKinds).map(([kind, c]) => [
          kind,
          { count: c.count, totalMs: round(c.totalMs), p95Ms: round(c.p95Ms) },
        ]),
      ),
      buildMs: Math.round(buildMs),
      buildCpuMs: Math.round(buildCpuMs),
      rssMb,
      ...(fuseP95 !== undefined && { fuseP95Ms: round(fuseP95) }),
    }),
  );
}

/** The kinds of `PerformanceGCEntry.detail.kind` (Node's `NODE_PERFORMANCE_GC_*` flags). */
const GC_KIND_NAMES: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenges',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-sweeps',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

/** The collections in the measured window by kind: how many, their total and p95 pause, the longest. */
function collectionsByKind(
  pauses: { start: number; end: number; kind: number }[],
  messageCount: number,
): Record<string, { count: number; perMessage: number; totalMs: number; p95Ms: number; maxMs: number }> {
  const byKind = new Map<string, number[]>();
  for (const p of pauses) {
    const name = GC_KIND_NAMES[p.kind] ?? `kind ${p.kind}`;
    byKind.set(name, [...(byKind.get(name) ?? []), p.end - p.start]);
  }
  return Object.fromEntries(
    [...byKind].map(([name, durations]) => {
      const sorted = durations.sort((a, b) => a - b);
      return [
        name,
        {
          count: sorted.length,
          perMessage: sorted.length / Math.max(1, messageCount),
          totalMs: sorted.reduce((total, x) => total + x, 0),
          p95Ms: percentile(sorted, 95),
          maxMs: sorted.at(-1) ?? 0,
        },
      ];
    }),
  );
}

/** Plain fuse.js over the whole catalog on single-item messages of the same set: its p95 in ms. */
function fuseBaseline(products: Product[], messages: string[], engineP95: number): number {
  const tf = performance.now();
  // one searchable text per product (brand, name, aliases, category, spec values): the plain way to use fuse.js
  const docs = products.map((p) => ({
    sku: p.sku,
    text: [p.brand ?? '', p.name, ...p.aliases, p.category ?? '', ...Object.values(p.specs)].join(' '),
  }));
  const fuse = new Fuse(docs, { keys: ['text'], threshold: 0.4, ignoreLocation: true });
  console.log(`fuse.js index over the whole catalog: ${round(performance.now() - tf)} ms`);
  const fuseTimes: number[] = [];
  // single-item messages, so the baseline answers the same question the engine does for each item
  const single = messages.filter((m) => !/[，\n]/.test(m)).slice(0, BASELINE_SAMPLE);
  for (const text of single) {
    const t = performance.now();
    fuse.search(text, { limit: 5 });
    fuseTimes.push(performance.now() - t);
  }
  fuseTimes.sort((a, b) => a - b);
  const fuseP95 = percentile(fuseTimes, 95);
  console.log(
    `plain fuse.js over ${single.length} of the same messages: p50 ${round(percentile(fuseTimes, 50))} ms, p95 ${round(fuseP95)} ms (${round(fuseP95 / engineP95)}× the engine's p95)`,
  );
  return fuseP95;
}

// (a bundle of profile-understand.ts holds this module under the bundle's own name: run only as understand.ts)
if (import.meta.url === `file://${process.argv[1]}` && process.argv[1]!.endsWith('/understand.ts'))
  await main();
