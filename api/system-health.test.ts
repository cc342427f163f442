import { describe, expect, it } from '@jest/globals';
import { judgeHealth, type HealthReadings } from './system-health.js';

const now = 1_000_000;
const healthy: HealthReadings = {
  postgres: true,
  redis: true,
  workers: [{ at: now - 1000, lastJobAt: now - 5000 }],
  workerBacklog: 0,
  outboxLagSeconds: 0,
  bots: [{ at: now - 1000, lastJobAt: now - 5000, puppet: 'none' }],
  notifyBacklog: 0,
};

describe('judgeHealth', () => {
  it('is ok when every part answers and keeps up', () => {
    expect(judgeHealth(healthy, now)).toMatchObject({ ok: true, failing: [] });
  });

  it('names PostgreSQL and the outbox when the database is down', () => {
    const h = judgeHealth({ ...healthy, postgres: false, outboxLagSeconds: undefined }, now);
    expect(h.failing).toEqual(['postgres', 'outbox']);
    expect(h.checks.postgres?.problem).toBe('PostgreSQL 无法连接');
  });

  it('fails the worker when no worker process is alive', () => {
    const h = judgeHealth({ ...healthy, workers: [] }, now);
    expect(h.failing).toEqual(['worker']);
    expect(h.checks.worker?.problem).toBe('worker 没有在运行');
  });

  it('fails a worker that is alive but has not finished a job for a while although work waits', () => {
    const stuck = { ...healthy, workers: [{ at: now - 500, lastJobAt: now - 45_000 }], workerBacklog: 12 };
    const h = judgeHealth(stuck, now);
    expect(h.failing).toEqual(['worker']);
    expect(h.checks.worker?.problem).toContain('45 秒没有处理任务，还有 12 个在等');
    // Idle with nothing to do is fine.
    expect(judgeHealth({ ...stuck, workerBacklog: 0 }, now).ok).toBe(true);
  });

  it('fails the outbox when rows wait longer than the limit', () => {
    expect(judgeHealth({ ...healthy, outboxLagSeconds: 95 }, now).failing).toEqual(['outbox']);
  });

  it('fails the bot when its WeChat account logged out', () => {
    const h = judgeHealth({ ...healthy, bots: [{ at: now, lastJobAt: now, puppet: 'logged_out' }] }, now);
    expect(h.failing).toEqual(['bot']);
    expect(h.checks.bot?.problem).toContain('重新扫码');
  });

  it('fails what it cannot read while Redis is down', () => {
    const h = judgeHealth({ postgres: true, redis: false, outboxLagSeconds: 0 }, now);
    expect(h.failing).toEqual(['redis', 'worker', 'bot']);
  });
});
