import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import pg from 'pg';

/**
 * What the machine and the servers did second by second while bench:bot ran a step, so that the step's slowest
 * seconds can be laid beside what happened in them: the machine's pressure stall figures (/proc/pressure: time some
 * or all runnable tasks waited for a CPU or for I/O), the disk's flushes (/proc/diskstats: cache flushes the block
 * device completed, and the time they took; every fsync ends in one), PostgreSQL's WAL writes and syncs
 * (pg_stat_wal, which backends report at most once a second) and checkpoints (pg_stat_bgwriter), and Redis's
 * latency monitor (events over 5 ms: `aof-write`, `aof-fsync-always`, `aof-write-pending-fsync`, `command`, ...,
 * each with the second it happened in). A probe for bench:bot, not product code: one file read and one query a
 * second.
 */
export interface Second {
  /** Seconds since the step began. */
  second: number;
  messages: number;
  p99Ms: number;
  maxMs: number;
  /** Milliseconds in this second that some (all) runnable tasks of the machine stalled on I/O; some on a CPU. */
  ioSomeMs: number;
  ioFullMs: number;
  cpuSomeMs: number;
  /** Cache flushes the disk completed, and the milliseconds they took together. */
  diskFlushes: number;
  diskFlushMs: number;
  walWrites: number;
  walSyncs: number;
  /** Buffers a checkpoint wrote (a checkpoint running). */
  checkpointBuffers: number;
  /** Redis latency events that fell in this second: `event max-ms`. */
  redis: string[];
}

export interface TimelineReport {
  /** The step's totals, per second of it on average (the same fields as a second's). */
  perSecond: Omit<Second, 'second' | 'messages' | 'p99Ms' | 'maxMs' | 'redis'>;
  /** Redis latency events in the step: count and longest, by event. */
  redisEvents: Record<string, { count: number; maxMs: number }>;
  /** The slowest seconds by p99, slowest first. */
  slowest: Second[];
}

interface Counters {
  at: number;
  wallSeconds: number;
  ioSome: number;
  ioFull: number;
  cpuSome: number;
  diskFlushes: number;
  diskFlushMs: number;
  walWrites: number;
  walSyncs: number;
  checkpointBuffers: number;
}

/** Cumulative stall microseconds of /proc/pressure/<resource> ('some', 'full'); zeros where the kernel has none. */
function pressure(resource: 'cpu' | 'io'): { some: number; full: number } {
  try {
    const text = readFileSync(`/proc/pressure/${resource}`, 'utf8');
    const total = (kind: string) => Number(new RegExp(`^${kind} .*total=(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { some: total('some'), full: total('full') };
  } catch {
    return { some: 0, full: 0 };
  }
}

/** Flushes completed and milliseconds spent flushing, summed over the machine's whole disks (fields 20 and 21). */
function diskFlushes(): { flushes: number; ms: number } {
  try {
    let flushes = 0;
    let ms = 0;
    for (const line of readFileSync('/proc/diskstats', 'utf8').split('\n')) {
      const fields = line.trim().split(/\s+/);
      // Whole disks only (vda, sda, nvme0n1), not their partitions or loop devices.
      if (fields.length < 20 || !/^(vd|sd|xvd)[a-z]+$|^nvme\d+n\d+$/.test(fields[2] ?? '')) continue;
      flushes += Number(fields[18]);
      ms += Number(fields[19]);
    }
    return { flushes, ms };
  } catch {
    return { flushes: 0, ms: 0 };
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function createTimeline(postgresUrl: string, redis: Redis) {
  const client = new pg.Client({ connectionString: postgresUrl });
  let connected: Promise<void> | undefined;
  let samples: Counters[] = [];
  let ticker: NodeJS.Timeout | undefined;
  let sampling: Promise<void> = Promise.resolve();
  let startedAt = 0;

  async function sample(): Promise<Counters> {
    const at = performance.now();
    const io = pressure('io');
    const cpu = pressure('cpu');
    const disk = diskFlushes();
    const { rows } = await client.query<{ wal_write: string; wal_sync: string; buffers: string }>(
      'select wal_write, wal_sync, (select buffers_checkpoint from pg_stat_bgwriter) as buffers from pg_stat_wal',
    );
    const row = rows[0]!;
    return {
      at,
      wallSeconds: Date.now() / 1000,
      ioSome: io.some,
      ioFull: io.full,
      cpuSome: cpu.some,
      diskFlushes: disk.flushes,
      diskFlushMs: disk.ms,
      walWrites: Number(row.wal_write),
      walSyncs: Number(row.wal_sync),
      checkpointBuffers: Number(row.buffers),
    };
  }

  const between = (from: Counters, to: Counters) => ({
    ioSomeMs: round((to.ioSome - from.ioSome) / 1000),
    ioFullMs: round((to.ioFull - from.ioFull) / 1000),
    cpuSomeMs: round((to.cpuSome - from.cpuSome) / 1000),
    diskFlushes: to.diskFlushes - from.diskFlushes,
    diskFlushMs: to.diskFlushMs - from.diskFlushMs,
    walWrites: to.walWrites - from.walWrites,
    walSyncs: to.walSyncs - from.walSyncs,
    checkpointBuffers: to.checkpointBuffers - from.checkpointBuffers,
  });

  return {
    /** Starts sampling (and resets Redis's latency monitor, threshold 5 ms). */
    async start() {
      connected ??= client.connect().then(() => undefined);
      await connected;
      await redis.config('SET', 'latency-monitor-threshold', '5');
      await redis.call('LATENCY', 'RESET');
      samples = [await sample()];
      startedAt = samples[0]!.at;
      ticker = setInterval(() => {
        sampling = sampling.then(async () => {
          samples.push(await sample());
        });
      }, 1000);
    },
    /** Stops sampling; `answers` are the step's messages as [sent at (performance.now()), latency ms]. */
    async stop(answers: [number, number][], slowest = 3): Promise<TimelineReport> {
      clearInterval(ticker);
      await sampling;
      samples.push(await sample());
      const latest = (await redis.call('LATENCY', 'LATEST')) as [string, number, number, number][];
      const events: { event: string; wallSecond: number; ms: number }[] = [];
      for (const [event] of latest) {
        const history = (await redis.call('LATENCY', 'HISTORY', event)) as [number, number][];
        for (const [wallSecond, ms] of history) events.push({ event, wallSecond, ms });
      }
      const redisEvents: TimelineReport['redisEvents'] = {};
      for (const { event, ms } of events) {
        const sum = (redisEvents[event] ??= { count: 0, maxMs: 0 });
        sum.count++;
        sum.maxMs = Math.max(sum.maxMs, ms);
      }
      const seconds: Second[] = [];
      for (let k = 1; k < samples.length; k++) {
        const from = samples[k - 1]!;
        const to = samples[k]!;
        const latencies = answers
          .filter(([sentAt]) => sentAt >= from.at && sentAt < to.at)
          .map(([, ms]) => ms)
          .sort((a, b) => a - b);
        seconds.push({
          second: Math.round((from.at - startedAt) / 1000),
          messages: latencies.length,
          p99Ms: round(percentile(latencies, 99)),
          maxMs: round(latencies.at(-1) ?? 0),
          ...between(from, to),
          redis: events
            .filter((e) => e.wallSecond >= Math.floor(from.wallSeconds) && e.wallSecond < to.wallSeconds)
            .map((e) => `${e.event} ${e.ms}`),
        });
      }
      const first = samples[0]!;
      const last = samples.at(-1)!;
      const span = Math.max(1, (last.at - first.at) / 1000);
      const totals = between(first, last);
      return {
        perSecond: Object.fromEntries(
          Object.entries(totals).map(([name, value]) => [name, round(value / span)]),
        ) as TimelineReport['perSecond'],
        redisEvents,
        slowest: [...seconds].sort((a, b) => b.p99Ms - a.p99Ms).slice(0, slowest),
      };
    },
    async close() {
      clearInterval(ticker);
      if (connected) await client.end();
    },
  };
}

export type Timeline = ReturnType<typeof createTimeline>;
