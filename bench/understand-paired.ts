/**
 * `npx tsx bench/understand-paired.ts OTHER_TREE [--messages N]`: the engine of this tree against the engine of
 * another copy of the repository (say `git archive main | tar -x -C /tmp/main`, with a `node_modules` link), both
 * built over the 50,000-SKU catalog of `bench:understand` in one process. Every message is handled by both, in a
 * random order, each timed on its own; the CPU time per message of each engine is summed. On a shared machine two
 * separate runs of the bench see different loads, while here both engines see the same load, the same collections
 * and the same moments, so a difference of a few per cent shows. Also counts the messages whose replies differ
 * (there should be none when only the cost changed). The last line is JSON.
 */
import { resolve } from 'node:path';
import { validateCatalogRows } from '../catalog/catalog-file.js';
import type { Product } from '../catalog/product.js';
import type { DialogEngine } from '../dialog/dialog-types.js';
import { generateCatalog } from './generate-catalog.js';
import { messagesFor, seeded } from './understand.js';

interface EngineModules {
  createMatcher: (products: Product[]) => unknown;
  createDialogEngine: (options: {
    products: Product[];
    matcher: unknown;
    maxQtyPerLine: number;
  }) => DialogEngine;
}

interface Timings {
  cpu: number[];
  wall: number[];
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? '') : undefined;
}

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function modulesOf(tree: string): Promise<EngineModules> {
  const matcher = (await import(resolve(tree, 'catalog/matcher.ts'))) as Pick<EngineModules, 'createMatcher'>;
  const dialog = (await import(resolve(tree, 'dialog/dialog-engine.ts'))) as Pick<
    EngineModules,
    'createDialogEngine'
  >;
  return { createMatcher: matcher.createMatcher, createDialogEngine: dialog.createDialogEngine };
}

function build(modules: EngineModules, products: Product[]): { engine: DialogEngine; buildCpuMs: number } {
  const start = process.cpuUsage();
  const matcher = modules.createMatcher(products);
  const engine = modules.createDialogEngine({ products, matcher, maxQtyPerLine: 100000 });
  return { engine, buildCpuMs: cpuMsSince(start) };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number) => Math.round(x * 100) / 100;
const sum = (values: number[]) => values.reduce((total, x) => total + x, 0);

function summary(timings: Timings, buildCpuMs: number) {
  return {
    cpuP50Ms: round(percentile(timings.cpu, 50)),
    cpuP95Ms: round(percentile(timings.cpu, 95)),
    cpuP99Ms: round(percentile(timings.cpu, 99)),
    cpuMeanMs: round(sum(timings.cpu) / timings.cpu.length),
    wallP95Ms: round(percentile(timings.wall, 95)),
    buildCpuMs: Math.round(buildCpuMs),
  };
}

async function main(): Promise<void> {
  const otherTree = process.argv[2];
  if (!otherTree || otherTree.startsWith('--')) throw new Error('usage: understand-paired.ts OTHER_TREE');
  const rows = generateCatalog(50000, 1);
  const parsed = validateCatalogRows(rows.map((raw, index) => ({ where: { index }, raw })));
  if (!parsed.ok) throw new Error(`generated catalog does not validate: ${parsed.errors[0]?.reason}`);
  const products = parsed.products;
  const here = build(await modulesOf(resolve(import.meta.dirname, '..')), products);
  const other = build(await modulesOf(otherTree), products);

  const customer = { id: 'bench', name: 'bench', tier: 'A' };
  const handle = (engine: DialogEngine, text: string, timings: Timings): string => {
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    const turn = engine.handle(null, { text, customer, history: [], now: new Date(0) });
    timings.cpu.push(cpuMsSince(cpuStart));
    timings.wall.push(performance.now() - wallStart);
    return JSON.stringify(turn.replies);
  };
  const warmUp: Timings = { cpu: [], wall: [] };
  for (const text of messagesFor(products, 50, seeded(7))) {
    handle(here.engine, text, warmUp);
    handle(other.engine, text, warmUp);
  }
  const messages = messagesFor(products, Number(option('--messages') ?? 400), seeded(42));
  const order = seeded(99);
  const hereTimings: Timings = { cpu: [], wall: [] };
  const otherTimings: Timings = { cpu: [], wall: [] };
  let differing = 0;
  for (const text of messages) {
    const hereFirst = order() < 0.5;
    const first = hereFirst
      ? handle(here.engine, text, hereTimings)
      : handle(other.engine, text, otherTimings);
    const second = hereFirst
      ? handle(other.engine, text, otherTimings)
      : handle(here.engine, text, hereTimings);
    if (first !== second) differing += 1;
  }
  const result = {
    messages: messages.length,
    here: summary(hereTimings, here.buildCpuMs),
    other: summary(otherTimings, other.buildCpuMs),
    hereCpuOverOther: round(sum(hereTimings.cpu) / sum(otherTimings.cpu)),
    differingReplies: differing,
  };
  console.log(`this tree: ${JSON.stringify(result.here)}`);
  console.log(`${otherTree}: ${JSON.stringify(result.other)}`);
  console.log(
    `CPU time of this tree's engine over the other's: ${result.hereCpuOverOther}; messages whose replies differ: ${differing}`,
  );
  console.log(JSON.stringify(result));
}

await main();
