import { monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { constants } from 'node:perf_hooks';

/** What held this process's event loop during one measured interval. */
export interface LoopReport {
  /** Event-loop delay percentiles (a timer's lateness), ms. */
  delayP99Ms: number;
  delayMaxMs: number;
  /** Garbage collection pauses by kind: count, total and longest, ms. */
  gc: Record<string, { count: number; totalMs: number; maxMs: number }>;
  /** Gaps of at least `stallMs` between ticks of a 1 ms timer (from the interval's start), with what overlapped each. */
  stalls: { atMs: number; ms: number; gcMs: number; slowTurns: string[] }[];
  /** Dialog turns that took at least `slowTurnMs` of synchronous time, slowest first. */
  slowTurns: { ms: number; text: string }[];
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak-callbacks',
};

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Watches this process's event loop while a benchmark runs: event-loop delay, garbage-collection pauses (from V8's
 * own performance entries), stalls (a 1 ms timer that fired late) and the dialog turns that ran long, so that a
 * latency percentile can be traced to what held the loop. `turn(ms, text)` is called by a timing wrapper around
 * the engine. The probe's own cost is one timer a millisecond and an observer.
 */
export function createEventLoopProbe(opts: { stallMs?: number; slowTurnMs?: number } = {}) {
  const stallMs = opts.stallMs ?? 20;
  const slowTurnMs = opts.slowTurnMs ?? 5;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let gcEntries: PerformanceEntry[] = [];
  let turns: { at: number; ms: number; text: string }[] = [];
  let stalls: { at: number; ms: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    gcEntries.push(...list.getEntries());
  });
  let startedAt = performance.now();
  let last = startedAt;
  let ticker: NodeJS.Timeout | undefined;

  return {
    turn(ms: number, text: string) {
      if (ms >= slowTurnMs) turns.push({ at: performance.now() - ms, ms, text });
    },
    start() {
      gcEntries = [];
      turns = [];
      stalls = [];
      delay.reset();
      delay.enable();
      observer.observe({ entryTypes: ['gc'] });
      startedAt = performance.now();
      last = startedAt;
      ticker = setInterval(() => {
        const now = performance.now();
        if (now - last >= stallMs) stalls.push({ at: last, ms: now - last });
        last = now;
      }, 1);
    },
    stop(): LoopReport {
      clearInterval(ticker);
      observer.disconnect();
      delay.disable();
      const gc: LoopReport['gc'] = {};
      for (const entry of gcEntries) {
        const kind = GC_KINDS[(entry as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
        const sum = (gc[kind] ??= { count: 0, totalMs: 0, maxMs: 0 });
        sum.count++;
        sum.totalMs += entry.duration;
        sum.maxMs = Math.max(sum.maxMs, entry.duration);
      }
      for (const sum of Object.values(gc)) {
        sum.totalMs = round(sum.totalMs);
        sum.maxMs = round(sum.maxMs);
      }
      const overlapping = (from: number, to: number) => (entry: { at: number; ms: number }) =>
        entry.at < to && entry.at + entry.ms > from;
      return {
        delayP99Ms: round(delay.percentile(99) / 1e6),
        delayMaxMs: round(delay.max / 1e6),
        gc,
        stalls: stalls.map((s) => ({
          atMs: Math.round(s.at - startedAt),
          ms: round(s.ms),
          gcMs: round(
            gcEntries
              .map((e) => ({ at: e.startTime, ms: e.duration }))
              .filter(overlapping(s.at, s.at + s.ms))
              .reduce((sum, e) => sum + e.ms, 0),
          ),
          slowTurns: turns.filter(overlapping(s.at, s.at + s.ms)).map((t) => `${round(t.ms)} ms ${t.text}`),
        })),
        slowTurns: turns
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 10)
          .map((t) => ({ ms: round(t.ms), text: t.text })),
      };
    },
  };
}

export type EventLoopProbe = ReturnType<typeof createEventLoopProbe>;
