/**
 * `npm run bench:photo [set=../shared/eval/photo-dev] [threads=1]`: reads the pictures of a photo set with the
 * threaded reader (PaddleOCR PP-OCRv4 in worker threads) and reports the model load time, the time from handing a
 * picture over to its reading (p50, p95) with 1 and with 4 pictures at a time, memory (RSS) after, and what the
 * main thread's other work sees meanwhile: the engine answering typed messages every 20 ms (the chat of other
 * customers) and the event loop's delay, both as p99. The last line is JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { loadCatalogFile } from '../dialog/simulate.js';
import { createThreadedPictureReader } from '../reader/threaded-picture-reader.js';

const SET = resolve(process.argv[2] ?? '../shared/eval/photo-dev');
const THREADS = Number(process.argv[3] ?? 1);

const pictures = readdirSync(join(SET, 'images'))
  .sort()
  .map((f) => readFileSync(join(SET, 'images', f)));
const catalog = await loadCatalogFile(join(SET, 'catalog.json'));
if (!catalog.ok) throw new Error(catalog.message);
const engine = createDialogEngine({ products: catalog.products, maxQtyPerLine: 100_000 });

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0);
};

/** Typed messages answered by the engine on the main thread every 20 ms while `work` runs: their latencies. */
async function chatWhile<T>(work: Promise<T>): Promise<{ result: T; chat: number[]; loopP99: number }> {
  const chat: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const texts = ['海螺425水泥 50包', '4平方红线10捆', '东鹏800*800白色抛釉砖 20箱', '6分弯头 100个'];
  let n = 0;
  let done = false;
  const ticking = (async () => {
    while (!done) {
      const due = performance.now();
      await new Promise((r) => setTimeout(r, 20));
      engine.handle(null, {
        text: texts[n++ % texts.length]!,
        customer: { id: 'c', name: '王老板' },
        history: [],
        now: new Date(),
      });
      chat.push(performance.now() - due - 20);
    }
  })();
  const result = await work;
  done = true;
  await ticking;
  loop.disable();
  return { result, chat, loopP99: Math.round(loop.percentile(99) / 1e6) };
}

const reader = createThreadedPictureReader({ threads: THREADS });
const loadStart = performance.now();
const loads = await reader.warm();
const loadMs = Math.round(performance.now() - loadStart);

async function run(concurrency: number) {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < pictures.length) {
      const bytes = pictures[next++]!;
      const t = performance.now();
      const r = await reader.readPicture(bytes);
      if (r.kind !== 'read') throw new Error(`picture refused: ${r.reason}`);
      times.push(performance.now() - t);
    }
  };
  const start = performance.now();
  const { chat, loopP99 } = await chatWhile(Promise.all(Array.from({ length: concurrency }, worker)));
  const wall = performance.now() - start;
  return {
    pictures: times.length,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    picturesPerSecond: Number((times.length / (wall / 1000)).toFixed(2)),
    chatP99Ms: quantile(chat, 0.99),
    eventLoopP99Ms: loopP99,
  };
}

const one = await run(1);
process.stdout.write(`1 at a time: ${JSON.stringify(one)}\n`);
const four = await run(4);
process.stdout.write(`4 at a time: ${JSON.stringify(four)}\n`);
const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
await reader.close();
process.stdout.write(
  `${JSON.stringify({ bench: 'photo', set: SET, threads: THREADS, modelLoadMs: loadMs, threadLoadMs: loads, concurrency1: one, concurrency4: four, rssMb, loadAvg1m: Number(loadavg()[0]!.toFixed(2)) })}\n`,
);
