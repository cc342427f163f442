import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A Redis server started from the Debian binary, owned by this process. */
export interface LocalRedis {
  readonly url: string;
  /** The same server through its Unix socket (same host only; cheaper per command than loopback TCP). */
  readonly socketUrl: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface LocalRedisOptions {
  dir: string;
  port: number;
  /** No persistence (tests). Otherwise AOF on, as in production. */
  ephemeral?: boolean;
}

export function findRedisServer(): string | undefined {
  for (const p of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) if (existsSync(p)) return p;
  const which = spawnSync('which', ['redis-server'], { encoding: 'utf8' }).stdout.trim();
  return which || undefined;
}

/** Starts redis-server daemonized on 127.0.0.1 with `noeviction` (BullMQ needs it). */
export async function startLocalRedis(opts: LocalRedisOptions): Promise<LocalRedis> {
  const server = findRedisServer();
  if (!server) throw new Error('redis-server not found (apt-get install redis-server)');
  mkdirSync(opts.dir, { recursive: true });
  const persistence = opts.ephemeral
    ? ['--save', '', '--appendonly', 'no']
    : ['--save', '', '--appendonly', 'yes'];
  await run(server, [
    '--bind',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--unixsocket',
    join(opts.dir, 'redis.sock'),
    '--unixsocketperm',
    '700',
    ...persistence,
    '--maxmemory-policy',
    'noeviction',
    '--daemonize',
    'yes',
    '--pidfile',
    join(opts.dir, 'redis.pid'),
    '--logfile',
    join(opts.dir, 'redis.log'),
    '--dir',
    opts.dir,
  ]);
  await waitForRedis(opts.port);
  let stopped = false;
  return {
    url: `redis://127.0.0.1:${opts.port}`,
    socketUrl: `redis://localhost/?path=${join(opts.dir, 'redis.sock')}`,
    port: opts.port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await run('redis-cli', [
        '-p',
        String(opts.port),
        'shutdown',
        ...(opts.ephemeral ? ['nosave'] : []),
      ]).catch(() => undefined);
    },
  };
}

async function waitForRedis(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
    if (r.stdout.trim() === 'PONG') return;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer`);
}
