import { hostname } from 'node:os';
import type { Redis } from 'ioredis';

/** What a process says of itself every few seconds. */
export interface Heartbeat {
  /** When it was written (ms since epoch). */
  at: number;
  /** When the process last finished a job (ms since epoch), if it consumes any. */
  lastJobAt?: number;
  /** Anything else worth showing (e.g. the WeChat puppet's state). */
  [detail: string]: unknown;
}

export interface HeartbeatOptions {
  redis: Redis;
  /** QUEUE_PREFIX. */
  prefix: string;
  /** `worker`, `bot` … */
  part: string;
  state?: () => Record<string, unknown>;
  intervalMs?: number;
  now?: () => number;
}

const keyPattern = (prefix: string, part: string) => `${prefix}:heartbeat:${part}:*`;

/**
 * Writes this process's heartbeat to Redis every `intervalMs`, expiring after three missed beats, so `/healthz` can
 * tell a process that is gone (no key), one whose event loop is stuck (a stale key) and one that is alive but no
 * longer consuming (`lastJobAt` old while work waits). Call `jobDone()` after each job. Redis errors are ignored:
 * a missing heartbeat is itself the report.
 */
export function startHeartbeat(opts: HeartbeatOptions): { jobDone(): void; stop(): Promise<void> } {
  const intervalMs = opts.intervalMs ?? 5000;
  const now = opts.now ?? Date.now;
  const key = `${opts.prefix}:heartbeat:${opts.part}:${hostname()}:${process.pid}`;
  let lastJobAt = now();
  const beat = () =>
    opts.redis
      .set(key, JSON.stringify({ ...opts.state?.(), at: now(), lastJobAt }), 'PX', intervalMs * 3)
      .catch(() => undefined);
  void beat();
  const timer = setInterval(() => void beat(), intervalMs);
  timer.unref();
  return {
    jobDone() {
      lastJobAt = now();
    },
    async stop() {
      clearInterval(timer);
      await opts.redis.del(key).catch(() => undefined);
    },
  };
}

/** The live heartbeats of a part's processes. */
export async function readHeartbeats(redis: Redis, prefix: string, part: string): Promise<Heartbeat[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', keyPattern(prefix, part), 'COUNT', 100);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  if (keys.length === 0) return [];
  const values = await redis.mget(...keys);
  return values.flatMap((v) => (v ? [JSON.parse(v) as Heartbeat] : []));
}
