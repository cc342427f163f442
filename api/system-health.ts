import type { Heartbeat } from '../lib/redis-heartbeat.js';

/** What the api read of the system for one `/healthz`; `undefined` where it could not be read. */
export interface HealthReadings {
  postgres: boolean;
  redis: boolean;
  /** Heartbeats of the worker processes. */
  workers?: Heartbeat[];
  /** Jobs waiting in the worker's queues (stock, pricing, finance). */
  workerBacklog?: number;
  /** Age of the oldest outbox row not yet handed to the queues. */
  outboxLagSeconds?: number;
  /** Heartbeats of the bot processes. */
  bots?: Heartbeat[];
  /** Notices waiting for the bot. */
  notifyBacklog?: number;
}

export interface PartHealth {
  ok: boolean;
  /** Why not, in Chinese. */
  problem?: string;
  [detail: string]: unknown;
}

export interface SystemHealth {
  ok: boolean;
  failing: string[];
  checks: Record<string, PartHealth>;
}

export interface HealthLimits {
  /** Work waiting while no process of the part finished a job for this long: the part is not consuming. */
  stuckAfterMs: number;
  /** Outbox rows older than this: the relay is not moving them. */
  outboxLagSeconds: number;
}

const DEFAULT_LIMITS: HealthLimits = { stuckAfterMs: 30_000, outboxLagSeconds: 30 };

/** A consuming part: some process alive, and one of them finished a job recently whenever work waits. */
function consumer(
  name: string,
  beats: Heartbeat[] | undefined,
  backlog: number | undefined,
  now: number,
  limits: HealthLimits,
): PartHealth {
  if (beats === undefined) return { ok: false, problem: `无法读取 ${name} 的状态（Redis 不可用）` };
  if (beats.length === 0) return { ok: false, problem: `${name} 没有在运行` };
  const lastJobAt = Math.max(...beats.map((b) => b.lastJobAt ?? 0));
  const idleMs = now - lastJobAt;
  if ((backlog ?? 0) > 0 && idleMs > limits.stuckAfterMs) {
    return {
      ok: false,
      problem: `${name} 在运行，但 ${Math.round(idleMs / 1000)} 秒没有处理任务，还有 ${backlog} 个在等`,
      processes: beats.length,
      backlog,
    };
  }
  return { ok: true, processes: beats.length, ...(backlog !== undefined && { backlog }) };
}

/**
 * Judges each part from the readings: PostgreSQL and Redis answer; a worker is alive and consuming; the outbox
 * drains; the bot is alive, consuming notices, and its WeChat puppet (when it runs one) is logged in.
 */
export function judgeHealth(
  r: HealthReadings,
  now: number,
  limits: HealthLimits = DEFAULT_LIMITS,
): SystemHealth {
  const checks: Record<string, PartHealth> = {
    postgres: r.postgres ? { ok: true } : { ok: false, problem: 'PostgreSQL 无法连接' },
    redis: r.redis ? { ok: true } : { ok: false, problem: 'Redis 无法连接' },
    worker: consumer('worker', r.workers, r.workerBacklog, now, limits),
    outbox:
      r.outboxLagSeconds === undefined
        ? { ok: false, problem: '无法读取 outbox（PostgreSQL 不可用）' }
        : r.outboxLagSeconds > limits.outboxLagSeconds
          ? {
              ok: false,
              problem: `outbox 有 ${Math.round(r.outboxLagSeconds)} 秒前的任务还没送进队列`,
              lagSeconds: r.outboxLagSeconds,
            }
          : { ok: true, lagSeconds: r.outboxLagSeconds },
    bot: consumer('bot', r.bots, r.notifyBacklog, now, limits),
  };
  const loggedOut = r.bots?.find((b) => b.puppet === 'logged_out');
  if (checks.bot?.ok && loggedOut)
    checks.bot = { ok: false, problem: '微信已掉线，需要重新扫码登录', puppet: 'logged_out' };
  else if (checks.bot?.ok) checks.bot = { ...checks.bot, puppet: r.bots?.[0]?.puppet ?? 'none' };
  const failing = Object.entries(checks)
    .filter(([, c]) => !c.ok)
    .map(([name]) => name);
  return { ok: failing.length === 0, failing, checks };
}
