import { Redis } from 'ioredis';
import pg from 'pg';
import { KeyedMutex } from '../bot/keyed-mutex.js';

/**
 * Where a chat message's time goes in the bot, stage by stage, per kind of message (bench:bot's script: order,
 * answer, confirmation): the stages are timed by wrapping, in this process, the calls the bot makes for a message
 * (Redis commands, pg's pool and statements, the per-chat mutex, the dialog engine, the puppet's send). A probe for
 * bench:bot, not product code.
 *
 * A call is tied to its message by the chat it names (`chatOf` finds the chat in a Redis key, a mutex key, a
 * contact id or a statement's parameters): in bench:bot a customer sends a message only once the last one was
 * answered, so a chat has at most one message on its way to an answer. It does not use an AsyncLocalStorage, which
 * on Node 20 hooks every promise the process makes (measured with bench:bot-io at 600 msg/s, three pairs at load
 * 19–23: 0.43 against 0.54 ms of CPU a message and a sixth more young-generation garbage with one entered around
 * each message, nothing else changed), and it keeps no message past its answer: each is reduced to its stages'
 * figures when the answer arrives, so what the probe holds for a step is numbers, not a trace of every message
 * promoted to the old generation and collected by a mark-compact at the step's end. Its wrappers cost a few
 * microseconds a call.
 *
 * For each stage: how long the call took, and how long the message waited before it began (since the stage before
 * ended: event-loop turns, the scheduler, a queue in between), both as percentiles; for the pool, how many
 * statements were already waiting for a connection when one asked. Work a message causes after its answer (the
 * chat log's insert, the change notices) is not on its path and is not counted; a batch statement (group commit)
 * counts for every message whose chat its parameters name.
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

/** A message on its way to its answer. */
interface Trace {
  kind: number;
  sentAt: number;
  marks: Mark[];
}

/** What the messages of one kind answered so far took, stage by stage: numbers only. */
interface KindFigures {
  totals: number[];
  /** Per stage, in the order first seen: each call's duration and the wait before it. */
  stages: Map<Stage, { durations: number[]; waits: number[] }>;
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

/** The chats a statement's parameters name (strings, and strings in arrays: a batch names several). */
function chatsOf(values: unknown, chatOf: (text: string) => string | undefined): string[] {
  const chats: string[] = [];
  if (!Array.isArray(values)) return chats;
  for (const value of values) {
    if (typeof value === 'string') {
      const chat = chatOf(value);
      if (chat !== undefined) chats.push(chat);
    } else if (Array.isArray(value)) {
      for (const item of value) {
        const chat = typeof item === 'string' ? chatOf(item) : undefined;
        if (chat !== undefined) chats.push(chat);
      }
    }
  }
  return chats;
}

/**
 * Times the calls the bot makes for a message, each tied to the message of the chat it names; `chatOf` finds that
 * chat in a string (a Redis key, a mutex key, a contact id, a statement's parameter), the same for all of them.
 */
export function createStageProbe(
  puppet: { messageSendText: (...args: never[]) => Promise<unknown> },
  chatOf: (text: string) => string | undefined,
) {
  /** The message each chat has on its way to an answer. */
  const inFlight = new Map<string, Trace>();
  let byKind = new Map<number, KindFigures>();
  let poolWaiting: number[] = [];
  let held = new Map<string, number[]>();
  /** Per connection handed out: since when, and the statements run on it since. */
  const uses = new WeakMap<object, { since: number; statements: string[] }>();
  /** A connection's wait in the pool, until its first statement tells whose message it was for. */
  const connects = new WeakMap<object, { start: number; end: number }>();

  const markFor = (chat: string | undefined, stage: Stage, start: number, end = 0): Mark | undefined => {
    const trace = chat === undefined ? undefined : inFlight.get(chat);
    if (!trace) return undefined;
    const mark = { stage, start, end };
    trace.marks.push(mark);
    return mark;
  };
  /** Wraps `method` of `target` so that each call for a message in flight is timed until its promise settles. */
  const timeMethod = (
    target: object,
    method: string,
    stageOf: (args: unknown[]) => { chats: string[]; stage: Stage } | null,
  ): (() => void) => {
    const holder = target as Record<string, (...args: unknown[]) => unknown>;
    const original = holder[method]!;
    holder[method] = function (this: unknown, ...args: unknown[]) {
      const timed = inFlight.size > 0 ? stageOf(args) : null;
      // Marked before the call: the mock puppet delivers a reply within its send call.
      const start = performance.now();
      const result = original.apply(this, args);
      if (timed && result && typeof (result as Promise<unknown>).then === 'function') {
        const marks: Mark[] = [];
        for (const chat of timed.chats) {
          const mark = markFor(chat, timed.stage, start);
          if (mark) marks.push(mark);
        }
        if (marks.length > 0) {
          const settle = () => {
            const end = performance.now();
            for (const mark of marks) mark.end = end;
          };
          (result as Promise<unknown>).then(settle, settle);
        }
      }
      return result;
    };
    return () => (holder[method] = original);
  };

  // A text's dedupe check loads its session in the same script (EVALSHA with three keys: the first names the chat
  // by its message id); a picture's is checked alone (two keys), and its session read by GET.
  const redisStages: Record<string, (args: unknown[]) => { key: unknown; stage: Stage }> = {
    evalsha: (args) => ({ key: args[2], stage: args[1] === 3 ? 'dedupe + session load' : 'dedupe' }),
    get: (args) => ({ key: args[0], stage: 'session load' }),
    set: (args) => ({ key: args[0], stage: 'session save' }),
  };
  const redisStage = (of: (args: unknown[]) => { key: unknown; stage: Stage }) => (args: unknown[]) => {
    const { key, stage } = of(args);
    const chat = typeof key === 'string' ? chatOf(key) : undefined;
    return chat === undefined ? null : { chats: [chat], stage };
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
  const connect = pg.Pool.prototype.connect as (...args: unknown[]) => unknown;
  pg.Pool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
    poolWaiting.push(this.waitingCount);
    if (typeof args[0] === 'function') return connect.apply(this, args);
    const start = performance.now();
    const result = connect.apply(this, args) as Promise<pg.PoolClient>;
    return result.then((client) => {
      connects.set(client, { start, end: performance.now() });
      return client;
    });
  } as typeof pg.Pool.prototype.connect;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === 'string' ? config : ((config as { text?: string })?.text ?? '');
    const name = statementName(text);
    uses.get(this)?.statements.push(name);
    const waited = connects.get(this);
    if (waited) connects.delete(this);
    // The chat log's insert and the change notices are sent after the turn's work and never waited for: they are
    // no stage of an answer (and name chats whose next message may be on its way).
    if (inFlight.size === 0 || name === 'chat log' || name === 'notices') return query.apply(this, args);
    const values = Array.isArray(args[1]) ? args[1] : (config as { values?: unknown[] })?.values;
    const chats = [...new Set(chatsOf(values, chatOf))];
    if (waited) for (const chat of chats) markFor(chat, 'pool', waited.start, waited.end);
    const start = performance.now();
    const result = query.apply(this, args);
    if (chats.length > 0 && result && typeof (result as Promise<unknown>).then === 'function') {
      const stage = sqlStage(text);
      const marks = chats.map((chat) => markFor(chat, stage, start)).filter((m) => m !== undefined);
      const settle = () => {
        const end = performance.now();
        for (const mark of marks) mark.end = end;
      };
      (result as Promise<unknown>).then(settle, settle);
    }
    return result;
  } as typeof pg.Client.prototype.query;
  const restores = [
    () => {
      pool._acquireClient = acquire;
      pool._release = release;
      pg.Pool.prototype.connect = connect as typeof pg.Pool.prototype.connect;
      pg.Client.prototype.query = query as typeof pg.Client.prototype.query;
    },
    ...Object.entries(redisStages).map(([method, stage]) =>
      timeMethod(Redis.prototype, method, redisStage(stage)),
    ),
    timeMethod(puppet, 'messageSendText', (args) => {
      const chat = chatOf(String(args[0]));
      return chat === undefined ? null : { chats: [chat], stage: 'send' };
    }),
  ];
  const run = KeyedMutex.prototype.run;
  KeyedMutex.prototype.run = function <T>(this: KeyedMutex, key: string, task: () => Promise<T>) {
    const asked = performance.now();
    const chat = inFlight.size > 0 ? chatOf(key) : undefined;
    return run.call(this, key, () => {
      markFor(chat, 'mutex', asked, performance.now());
      return task();
    }) as Promise<T>;
  };
  restores.push(() => (KeyedMutex.prototype.run = run));

  /** Reduces a message answered at `deliveredAt` to its stages' figures (the answer's path only). */
  function account(trace: Trace, deliveredAt: number): void {
    let figures = byKind.get(trace.kind);
    if (!figures) {
      figures = { totals: [], stages: new Map() };
      byKind.set(trace.kind, figures);
    }
    figures.totals.push(deliveredAt - trace.sentAt);
    const onPath = trace.marks
      .filter((m) => m.start <= deliveredAt)
      .map((m) => ({ ...m, end: m.end === 0 || m.end > deliveredAt ? deliveredAt : m.end }))
      .sort((a, b) => a.start - b.start);
    // The reply's arrival at the customer, after the last stage: its wait is what no stage covers.
    onPath.push({ stage: 'delivered', start: deliveredAt, end: deliveredAt });
    let previousEnd = trace.sentAt;
    for (const m of onPath) {
      let stage = figures.stages.get(m.stage);
      if (!stage) {
        stage = { durations: [], waits: [] };
        figures.stages.set(m.stage, stage);
      }
      stage.durations.push(m.end - m.start);
      stage.waits.push(Math.max(0, m.start - previousEnd));
      previousEnd = Math.max(previousEnd, m.end);
    }
  }

  return {
    /** The bench is about to emit message `kind` of the script in `chat`: its stages are timed from now. */
    traced(chat: string, kind: number): void {
      inFlight.set(chat, { kind, sentAt: performance.now(), marks: [] });
    },
    /** Wechaty handed a message of `chat` to its listeners (a `message` listener of the bench's). */
    received(chat: string | undefined) {
      const trace = chat === undefined ? undefined : inFlight.get(chat);
      if (trace && !trace.marks.some((m) => m.stage === 'receive'))
        trace.marks.push({ stage: 'receive', start: trace.sentAt, end: performance.now() });
    },
    /** Times one dialog turn (synchronous) of `chat`. */
    engine<T>(chat: string | undefined, turn: () => T): T {
      const started = performance.now();
      const result = turn();
      markFor(chat, 'engine', started, performance.now());
      return result;
    },
    /** The bench saw the reply of `chat`'s message arrive at the customer. */
    delivered(chat: string) {
      const deliveredAt = performance.now();
      const trace = inFlight.get(chat);
      if (!trace) return;
      inFlight.delete(chat);
      account(trace, deliveredAt);
    },
    /** The figures of the messages delivered since the last call. */
    take(): StageReport {
      const report: StageReport = {
        kinds: [...byKind.entries()]
          .sort(([a], [b]) => a - b)
          .map(([kind, figures]) => ({
            kind,
            messages: figures.totals.length,
            totalMs: percentiles(figures.totals),
            stages: Object.fromEntries(
              [...figures.stages.entries()].map(([stage, { durations, waits }]) => [
                stage,
                {
                  perMessage: Math.round((durations.length / figures.totals.length) * 100) / 100,
                  ms: percentiles(durations),
                  waitBeforeMs: percentiles(waits),
                },
              ]),
            ),
          })),
        poolWaiting: [percentiles(poolWaiting)[1], Math.max(0, ...poolWaiting)],
        poolHeld: Object.fromEntries(
          [...held.entries()].map(([what, values]) => [
            what,
            { count: values.length, ms: percentiles(values) },
          ]),
        ),
      };
      byKind = new Map();
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
