import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  const dir = resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const persistence = opts.ephemeral
    ? ['--save', '', '--appendonly', 'no']
    : ['--save', '', '--appendonly', 'yes'];
  await run(server, [
    '--bind',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--unixsocket',
    join(dir, 'redis.sock'),
    '--unixsocketperm',
    '700',
    ...persistence,
    '--maxmemory-policy',
    'noeviction',
    '--daemonize',
    'yes',
    '--pidfile',
    join(dir, 'redis.pid'),
    '--logfile',
    join(dir, 'redis.log'),
    '--dir',
    dir,
  ]);
  await waitForRedis(opts.port);
  let stopped = false;
  return {
    url: `redis://127.0.0.1:${opts.port}`,
    socketUrl: `redis://localhost/?path=${join(dir, 'redis.sock')}`,
    port: opts.port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopRedis(opts.port, opts.ephemeral);
    },
  };
}

/** Shuts down the Redis on `port` (saving the AOF unless `nosave`). */
export async function stopRedis(port: number, nosave = false): Promise<void> {
  await run('redis-cli', ['-p', String(port), 'shutdown', ...(nosave ? ['nosave'] : [])]).catch(
    () => undefined,
  );
}

async function waitForRedis(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
    if (r.stdout.trim() === 'PONG') return;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer`);
}
