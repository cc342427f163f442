import { AsyncLocalStorage } from 'node:async_hooks';
import { Redis } from 'ioredis';
import pg from 'pg';
import { KeyedMutex } from '../bot/keyed-mutex.js';

/**
 * Where a chat message's time goes in the bot, stage by stage, per kind of message (bench:bot's script: order,
 * answer, confirmation): the stages are timed by wrapping, in this process, the calls the bot makes for a message
 * (Redis commands, pg's pool and statements, the per-chat mutex, the dialog engine, the puppet's send), and each
 * call is tied to its message through an AsyncLocalStorage entered where the bench emits the message. A probe for
 * bench:bot, not product code; its wrappers cost a few microseconds a call.
 *
 * For each stage: how long the call took, and how long the message waited before it began (since the stage before
 * ended: event-loop turns, the scheduler, a queue in between), both as percentiles; for the pool, how many
 * statements were already waiting for a connection when one asked.
 */
export type Stage =
  | 'receive'
  | 'dedupe'
  | 'dedupe + session load'
  | 'mutex'
  | 'session load'
  | 'engine'
  | 'pool'
  | 'placement'
  | 'notices'
  | 'other sql'
  | 'session save'
  | 'send'
  | 'delivered';

interface Mark {
  stage: Stage;
  start: number;
  end: number;
}

interface Trace {
  kind: number;
  sentAt: number;
  /** When the bench saw the reply arrive. */
  deliveredAt: number;
  marks: Mark[];
}

/** Per stage: calls per message, the call's duration and the wait before it, p50 / p99 / max in ms. */
export interface StageFigures {
  perMessage: number;
  ms: [number, number, number];
  waitBeforeMs: [number, number, number];
}

export interface StageReport {
  /** By kind of message (the script's index), then by stage in the order they ran. */
  kinds: {
    kind: number;
    messages: number;
    totalMs: [number, number, number];
    stages: Record<string, StageFigures>;
  }[];
  /** Statements waiting for a pool connection when one was asked for: p99 and max. */
  poolWaiting: [number, number];
  /**
   * How long a pool connection was held, from handed out to given back, by what ran on it (all uses, in a message
   * or not): count, p50 / p99 / max ms.
   */
  poolHeld: Record<string, { count: number; ms: [number, number, number] }>;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentiles(values: number[]): [number, number, number] {
  if (values.length === 0) return [0, 0, 0];
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return [round(at(0.5)), round(at(0.99)), round(sorted.at(-1)!)];
}

function sqlStage(text: string): Stage {
  if (text.includes('notices_deferred as')) return 'placement';
  if (text.includes("set_config('liaodan.change_notices', ''")) return 'notices';
  return 'other sql';
}

/** A statement's name in the pool's figures. */
function statementName(text: string): string {
  const stage = sqlStage(text);
  if (stage !== 'other sql') return stage;
  if (text.includes('chat_messages')) return 'chat log';
  return /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? 'sql';
}

/** Wraps `method` of `target` so that each call inside a trace is timed as `stage` until its promise settles. */
function timeMethod(
  storage: AsyncLocalStorage<Trace>,
  target: object,
  method: string,
  stageOf: (args: unknown[], self: unknown) => Stage | null,
): () => void {
  const holder = target as Record<string, (...args: unknown[]) => unknown>;
  const original = holder[method]!;
  holder[method] = function (this: unknown, ...args: unknown[]) {
    const trace = storage.getStore();
    const stage = trace && stageOf(args, this);
    // Marked before the call: the mock puppet delivers a reply within its send call.
    const mark: Mark | undefined = stage ? { stage, start: performance.now(), end: 0 } : undefined;
    const result = original.apply(this, args);
    if (trace && mark && result && typeof (result as Promise<unknown>).then === 'function') {
      trace.marks.push(mark);
      const settle = () => (mark.end = performance.now());
      (result as Promise<unknown>).then(settle, settle);
    }
    return result;
  };
  return () => (holder[method] = original);
}

export function createStageProbe(puppet: { messageSendText: (...args: never[]) => Promise<unknown> }) {
  const storage = new AsyncLocalStorage<Trace>();
  let done: Trace[] = [];
  let poolWaiting: number[] = [];
  let held = new Map<string, number[]>();
  /** Per connection handed out: since when, and the statements run on it since. */
  const uses = new WeakMap<object, { since: number; statements: string[] }>();
  const mark = (stage: Stage, start: number) => {
    storage.getStore()?.marks.push({ stage, start, end: performance.now() });
  };

  // A text's dedupe check loads its session in the same script (EVALSHA with three keys); a picture's is checked
  // alone (two keys), and its session read by GET.
  const redisStages: Record<string, (args: unknown[]) => Stage> = {
    evalsha: (args) => (args[1] === 3 ? 'dedupe + session load' : 'dedupe'),
    get: () => 'session load',
    set: () => 'session save',
  };
  const pool = pg.Pool.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const acquire = pool._acquireClient!;
  const release = pool._release!;
  pool._acquireClient = function (this: unknown, ...args: unknown[]) {
    uses.set(args[0] as object, { since: performance.now(), statements: [] });
    return acquire.apply(this, args);
  };
  pool._release = function (this: unknown, ...args: unknown[]) {
    const use = uses.get(args[0] as object);
    if (use) {
      const what = [...new Set(use.statements)].join('+') || 'nothing';
      if (!held.has(what)) held.set(what, []);
      held.get(what)!.push(performance.now() - use.since);
      uses.delete(args[0] as object);
    }
    return release.apply(this, args);
  };
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === 'string' ? config : ((config as { text?: string })?.text ?? '');
    uses.get(this)?.statements.push(statementName(text));
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  const restores = [
    () => {
      pool._acquireClient = acquire;
      pool._release = release;
      pg.Client.prototype.query = query as typeof pg.Client.prototype.query;
    },
    ...Object.entries(redisStages).map(([method, stage]) =>
      timeMethod(storage, Redis.prototype, method, stage),
    ),
    timeMethod(storage, pg.Client.prototype, 'query', ([config]) => {
      const text = typeof config === 'string' ? config : ((config as { text?: string })?.text ?? '');
      // Notification LISTENs and the catalog's reads run outside any message; inside one, by the text.
      return sqlStage(text);
    }),
    timeMethod(storage, pg.Pool.prototype, 'connect', (_args, self) => {
      poolWaiting.push((self as pg.Pool).waitingCount);
      return 'pool';
    }),
    timeMethod(storage, puppet, 'messageSendText', () => 'send'),
  ];
  const run = KeyedMutex.prototype.run;
  KeyedMutex.prototype.run = function <T>(this: KeyedMutex, key: string, task: () => Promise<T>) {
    const asked = performance.now();
    return run.call(this, key, () => {
      mark('mutex', asked);
      return task();
    }) as Promise<T>;
  };
  restores.push(() => (KeyedMutex.prototype.run = run));

  return {
    /** Runs `emit` (the bench emitting message `kind` of the script) inside a new trace, which it returns. */
    traced(kind: number, emit: () => void): Trace {
      const trace: Trace = { kind, sentAt: performance.now(), deliveredAt: 0, marks: [] };
      storage.run(trace, emit);
      return trace;
    },
    /** Wechaty handed the message to its listeners (a `message` listener of the bench's). */
    received() {
      const trace = storage.getStore();
      if (trace && !trace.marks.some((m) => m.stage === 'receive')) mark('receive', trace.sentAt);
    },
    /** Times one dialog turn (synchronous). */
    engine<T>(turn: () => T): T {
      const started = performance.now();
      const result = turn();
      mark('engine', started);
      return result;
    },
    /** The bench saw the reply of `trace`'s message arrive at the customer. */
    delivered(trace: Trace) {
      trace.deliveredAt = performance.now();
      done.push(trace);
    },
    /** The figures of the messages delivered since the last call. */
    take(): StageReport {
      const byKind = new Map<number, Trace[]>();
      for (const trace of done) {
        const traces = byKind.get(trace.kind) ?? [];
        traces.push(trace);
        byKind.set(trace.kind, traces);
      }
      const report: StageReport = {
        kinds: [...byKind.entries()]
          .sort(([a], [b]) => a - b)
          .map(([kind, traces]) => {
            const durations = new Map<Stage, number[]>();
            const waits = new Map<Stage, number[]>();
            for (const trace of traces) {
              // The answer's path only: what ran after the delivery (the chat log's insert) is left out.
              const { deliveredAt } = trace;
              let previousEnd = trace.sentAt;
              const onPath = trace.marks
                .filter((m) => m.start <= deliveredAt)
                .map((m) => ({ ...m, end: m.end === 0 || m.end > deliveredAt ? deliveredAt : m.end }))
                .sort((a, b) => a.start - b.start);
              // The reply's arrival at the customer, after the last stage: its wait is what no stage covers.
              onPath.push({ stage: 'delivered', start: deliveredAt, end: deliveredAt });
              for (const m of onPath) {
                if (!durations.has(m.stage)) {
                  durations.set(m.stage, []);
                  waits.set(m.stage, []);
                }
                durations.get(m.stage)!.push(m.end - m.start);
                waits.get(m.stage)!.push(Math.max(0, m.start - previousEnd));
                previousEnd = Math.max(previousEnd, m.end);
              }
            }
            return {
              kind,
              messages: traces.length,
              totalMs: percentiles(traces.map((t) => t.deliveredAt - t.sentAt)),
              stages: Object.fromEntries(
                [...durations.entries()].map(([stage, values]) => [
                  stage,
                  {
                    perMessage: Math.round((values.length / traces.length) * 100) / 100,
                    ms: percentiles(values),
                    waitBeforeMs: percentiles(waits.get(stage) ?? []),
                  },
                ]),
              ),
            };
          }),
        poolWaiting: [percentiles(poolWaiting)[1], Math.max(0, ...poolWaiting)],
        poolHeld: Object.fromEntries(
          [...held.entries()].map(([what, values]) => [
            what,
            { count: values.length, ms: percentiles(values) },
          ]),
        ),
      };
      done = [];
      poolWaiting = [];
      held = new Map();
      return report;
    },
    restore() {
      for (const restore of restores.reverse()) restore();
    },
  };
}

export type StageProbe = ReturnType<typeof createStageProbe>;
