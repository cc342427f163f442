/**
 * `npx tsx bench/profile-understand.ts [--messages N] [--out file.cpuprofile] [--heap]`: where the CPU time of the slowest
 * messages goes. Builds the engine over the 50,000-SKU catalog of `bench:understand`, warms it up on the same 50
 * messages, then handles N messages (default 1,500; the first 400 are the bench's) ONCE each under the V8 sampling
 * profiler, timing each message's CPU. Each sample is charged to the message it fell in, and the functions are
 * ranked by their share of the slowest 10% of messages (by CPU time) beside their share of all messages.
 *
 * `--heap` instead samples what the messages allocate (V8's sampling heap profiler, every 512 bytes, objects the
 * collector has freed included) and ranks functions by the bytes they allocated themselves and inclusively.
 *
 * Each message is handled once, as in the bench: handling the same messages again would read the matcher's caches
 * of recent analyses and resolutions and profile a cheaper engine than the one measured.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { validateCatalogRows } from '../catalog/catalog-file.js';
import { createMatcher } from '../catalog/matcher.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { generateCatalog } from './generate-catalog.js';
import { messagesFor, seeded } from './understand.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? '') : undefined;
}

/** Microseconds on the monotonic clock the profiler's sample times use. */
const nowMicros = (): number => Number(process.hrtime.bigint() / 1000n);

const rows = generateCatalog(50000, 1);
const parsed = validateCatalogRows(rows.map((raw, index) => ({ where: { index }, raw })));
if (!parsed.ok) throw new Error(`generated catalog does not validate: ${parsed.errors[0]?.reason}`);
const matcher = createMatcher(parsed.products);
const engine = createDialogEngine({ products: parsed.products, matcher, maxQtyPerLine: 100000 });
const customer = { id: 'bench', name: 'bench', tier: 'A' };
const messages = messagesFor(parsed.products, Number(option('--messages') ?? 1500), seeded(42));
for (const text of messagesFor(parsed.products, 50, seeded(7)))
  engine.handle(null, { text, customer, history: [], now: new Date(0) });

/** The 1-based line of the source a 0-based generated position comes from (the generated line without a source map). */
/** The source file and 1-based line a 0-based generated position comes from (a bundle maps back to each file). */
const originalPlace = (url: string, line: number, column: number): { source: string; line: number } => {
  const entry = findSourceMap(url)?.findEntry(line, column) as
    { originalSource?: string; originalLine?: number } | undefined;
  return { source: entry?.originalSource ?? url, line: (entry?.originalLine ?? line) + 1 };
};
/** A function's name and its place in the TypeScript source (tsx's source maps give the line). */
const nameOf = (node: ProfileNode): string => {
  const { url, lineNumber, columnNumber, functionName } = node.callFrame;
  const place = url ? originalPlace(url, lineNumber, columnNumber) : { source: '', line: lineNumber + 1 };
  const file = place.source.split('/').slice(-2).join('/');
  return `${functionName || '(anonymous)'} ${file}:${place.line}`;
};

const session = new Session();
session.connect();
if (process.argv.includes('--heap')) await profileAllocations();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
await session.post('Profiler.start');
const spans: { text: string; start: number; end: number; cpuMs: number }[] = [];
for (const text of messages) {
  const start = nowMicros();
  const cpu = process.cpuUsage();
  engine.handle(null, { text, customer, history: [], now: new Date(0) });
  const used = process.cpuUsage(cpu);
  spans.push({ text, start, end: nowMicros(), cpuMs: (used.user + used.system) / 1000 });
}
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
session.disconnect();
const out = option('--out');
if (out) writeFileSync(out, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const slowCount = Math.max(1, Math.round(spans.length / 10));
const slowest = new Set([...spans].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, slowCount));

/** Samples charged to each function, by self time and by inclusive time (once per sample), per message group. */
const tally = () => ({ self: new Map<string, number>(), total: new Map<string, number>(), samples: 0 });
const slow = tally();
const all = tally();
const add = (group: ReturnType<typeof tally>, leaf: number) => {
  group.samples += 1;
  const leafNode = byId.get(leaf)!;
  group.self.set(nameOf(leafNode), (group.self.get(nameOf(leafNode)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let id: number | undefined = leaf; id !== undefined; id = parentOf.get(id)) {
    const name = nameOf(byId.get(id)!);
    if (seen.has(name)) continue;
    seen.add(name);
    group.total.set(name, (group.total.get(name) ?? 0) + 1);
  }
};
let time = profile.startTime;
let span = 0;
for (let i = 0; i < profile.samples.length; i++) {
  time += profile.timeDeltas[i]!;
  while (span < spans.length && spans[span]!.end < time) span += 1;
  const current = spans[span];
  if (!current || current.start > time) continue;
  add(all, profile.samples[i]!);
  if (slowest.has(current)) add(slow, profile.samples[i]!);
}

const percent = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const table = (title: string, key: 'self' | 'total', rowsShown: number) => {
  console.log(`\n${title}: slowest 10% | all messages`);
  const ranked = [...slow[key].entries()].sort((a, b) => b[1] - a[1]).slice(0, rowsShown);
  for (const [name, count] of ranked)
    console.log(
      `  ${percent(count, slow.samples).padStart(6)} | ${percent(all[key].get(name) ?? 0, all.samples).padStart(6)}  ${name}`,
    );
};
const slowCpu = [...slowest].reduce((sum, s) => sum + s.cpuMs, 0);
const allCpu = spans.reduce((sum, s) => sum + s.cpuMs, 0);
console.log(
  `${spans.length} messages, ${all.samples} samples; the slowest ${slowCount} (CPU ≥ ${Math.min(...[...slowest].map((s) => s.cpuMs)).toFixed(2)} ms) took ${percent(slowCpu, allCpu)} of the CPU time, ${slow.samples} samples`,
);
table('inclusive time', 'total', 45);
table('self time', 'self', 30);
// the hottest source lines over all messages (the profiler counts lines per function, not per message)
const lineTicks = new Map<string, number>();
for (const node of profile.nodes) {
  const { url } = node.callFrame;
  for (const { line, ticks } of node.positionTicks ?? []) {
    const place = originalPlace(url, line - 1, 0);
    if (!place.source.includes('/catalog/') && !place.source.includes('/dialog/')) continue;
    const key = `${place.source.split('/').slice(-2).join('/')}:${place.line}`;
    lineTicks.set(key, (lineTicks.get(key) ?? 0) + ticks);
  }
}
console.log('\nhottest lines, all messages:');
for (const [line, ticks] of [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`  ${percent(ticks, all.samples).padStart(6)}  ${line}`);
console.log('\nslowest messages:');
for (const s of [...slowest].slice(0, 12))
  console.log(`  ${s.cpuMs.toFixed(2)} ms ${JSON.stringify(s.text)}`);

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** Handles the messages under the sampling heap profiler, prints the top allocating functions, and exits. */
async function profileAllocations(): Promise<never> {
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (const text of messages) engine.handle(null, { text, customer, history: [], now: new Date(0) });
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
  session.disconnect();
  const out = option('--out');
  if (out) writeFileSync(out, JSON.stringify(profile));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  const walk = (node: HeapNode, path: string[]): number => {
    const name = nameOf({ id: 0, callFrame: node.callFrame });
    let size = node.selfSize;
    for (const child of node.children) size += walk(child, [...path, name]);
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    if (!path.includes(name)) total.set(name, (total.get(name) ?? 0) + size);
    all += node.selfSize;
    return size;
  };
  walk(profile.head, []);
  const kb = (bytes: number) => `${(bytes / 1024 / messages.length).toFixed(1)} KB`;
  console.log(`${messages.length} messages: ${kb(all)} allocated a message (sampled)`);
  for (const [title, table] of [
    ['by self size', self],
    ['inclusive', total],
  ] as const) {
    console.log(`\n${title}, a message | share`);
    for (const [name, bytes] of [...table].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`  ${kb(bytes).padStart(9)} ${((100 * bytes) / all).toFixed(1).padStart(5)}%  ${name}`);
  }
  // the builtins' allocations (an iterator step, a filter) charged to the engine function that called them
  const callers = new Map<string, number>();
  const charge = (node: HeapNode, caller: string): void => {
    const name = nameOf({ id: 0, callFrame: node.callFrame });
    const own = node.callFrame.url !== '';
    if (!own && node.selfSize) {
      const key = `${name.split(' ')[0]} in ${caller}`;
      callers.set(key, (callers.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) charge(child, own ? name : caller);
  };
  charge(profile.head, '(root)');
  console.log('\nbuiltins by the function calling them, a message | share');
  for (const [name, bytes] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`  ${kb(bytes).padStart(9)} ${((100 * bytes) / all).toFixed(1).padStart(5)}%  ${name}`);
  process.exit(0);
}
