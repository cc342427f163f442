import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../lib/free-port.js';

const root = new URL('..', import.meta.url).pathname;

interface Started {
  url: string;
  exit: Promise<number | null>;
  stderr: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

async function startLiaodan(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['bin/liaodan.js', 'start'], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'info', ...env, DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      err += chunk;
      const m = /"chat":"(http:\/\/[^"]+)\/chat"/.exec(err);
      if (m?.[1]) resolve(m[1]);
    });
    void exit.then((code) => reject(new Error(`liaodan start exited ${code}:\n${err}`)));
  });
  return { url, exit, stderr: () => err, kill: (s) => child.kill(s) };
}

describe('liaodan start', () => {
  it('runs local PostgreSQL and Redis, loads the demo shop once, serves the chat page, and stops cleanly on Ctrl-C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaodan-start-'));
    chmodSync(dir, 0o755);
    const [pgPort, redisPort] = [await freePort(), await freePort()];
    const env = {
      DATA_DIR: join(dir, 'data'),
      LOCAL_PG_PORT: String(pgPort),
      LOCAL_REDIS_PORT: String(redisPort),
      API_PORT: '0',
    };
    try {
      const first = await startLiaodan(env);
      const health = await fetch(`${first.url}/healthz`);
      expect(await health.json()).toEqual({ ok: true, checks: { postgres: true, redis: true } });
      const chat = await fetch(`${first.url}/chat`);
      expect(chat.status).toBe(200);
      expect(await chat.text()).toContain('<html');
      expect((await fetch(`${first.url}/admin/queues`)).status).toBe(401);
      expect(first.stderr()).toMatch(/"products":\d{3}.*demo data loaded/);
      first.kill('SIGINT');
      expect(await first.exit).toBe(0);
      // Everything it started is gone: the ports are free again.
      expect(spawnSync('redis-cli', ['-p', String(redisPort), 'ping']).stdout.toString()).not.toContain(
        'PONG',
      );

      const second = await startLiaodan(env);
      expect(second.stderr()).not.toContain('demo data loaded');
      second.kill('SIGTERM');
      expect(await second.exit).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('stops with the variable name when configuration is wrong', () => {
    const r = spawnSync(process.execPath, ['bin/liaodan.js', 'migrate'], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: 'mysql://localhost/shop' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('DATABASE_URL: must be a postgres:// URL');
  });
});
