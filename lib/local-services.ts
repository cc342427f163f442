import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import type { Logger } from './logger.js';
import { findPostgresBin, startLocalPostgres, stopPostgres } from './local-postgres.js';
import { findRedisServer, startLocalRedis, stopRedis } from './local-redis.js';

/** PostgreSQL and Redis started for `npm start` when no DATABASE_URL / REDIS_URL is given. */
export interface LocalServices {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

export interface LocalServicesOptions {
  /** Where the data lives, `./data` by default. */
  dataDir: string;
  pgPort: number;
  redisPort: number;
  log: Logger;
  /** Install the Debian packages when they are missing (only possible as root). */
  install: boolean;
  /** Which servers to run here; the others are given by URL. */
  want: { postgres: boolean; redis: boolean };
}

/** Thrown when the servers can't be had on this machine; the message says what to do instead. */
export class LocalServicesError extends Error {
  override name = 'LocalServicesError';
}

const INSTALL_HINT =
  'install them with `sudo apt-get install -y postgresql redis-server`, or set DATABASE_URL and REDIS_URL, ' +
  'or run everything with `docker compose up`';

function ensurePackages(opts: LocalServicesOptions): void {
  const missing = [
    ...(!opts.want.postgres || findPostgresBin() ? [] : ['postgresql']),
    ...(!opts.want.redis || findRedisServer() ? [] : ['redis-server']),
  ];
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!opts.install || !isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new LocalServicesError(`${missing.join(' and ')} not installed: ${INSTALL_HINT}`);
  }
  opts.log.info({ packages: missing }, 'installing Debian packages');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) throw new LocalServicesError(`apt-get ${args[0]} failed: ${INSTALL_HINT}`);
  }
  // Debian's package starts a system cluster on 5432 and a system redis on 6379; ours run on their own ports.
}

/**
 * Where PostgreSQL keeps its data: `dataDir/pg`, or, as root when the postgres user cannot enter `dataDir` (a clone
 * under /root), a folder of its own under /var/lib/liaodan, named after `dataDir` so a second start finds it.
 */
function pgDir(dataDir: string): string {
  const wanted = join(dataDir, 'pg');
  if (process.getuid?.() !== 0) return wanted;
  mkdirSync(wanted, { recursive: true });
  const ok = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dataDir]).status === 0;
  if (ok) return wanted;
  const hash = createHash('sha1').update(dataDir).digest('hex').slice(0, 8);
  const fallback = join('/var/lib/liaodan', `pg-${hash}`);
  mkdirSync('/var/lib/liaodan', { recursive: true, mode: 0o755 });
  return fallback;
}

/** The pid in `file` when that process is alive. */
function livePid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      res(true);
    });
    s.once('error', () => res(false));
  });
}

/**
 * Starts PostgreSQL and Redis with their data under `dataDir`. A server of an earlier run that was killed before it
 * could stop them (its pid file in `dataDir` names a live process) is taken over: used, and stopped by `stop()` like
 * one started here. A port taken by anything else is an error that names the variable to change.
 */
export async function startLocalServices(opts: LocalServicesOptions): Promise<LocalServices> {
  ensurePackages(opts);
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  try {
    if (opts.want.postgres) stops.push(await postgresIn(pgDir(dataDir), opts));
    if (opts.want.redis) stops.push(await redisIn(join(dataDir, 'redis'), opts));
  } catch (err) {
    for (const stop of stops.reverse()) await stop();
    throw err;
  }
  return {
    databaseUrl: `postgres://postgres@127.0.0.1:${opts.pgPort}/postgres`,
    redisUrl: `redis://127.0.0.1:${opts.redisPort}`,
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

async function postgresIn(dir: string, opts: LocalServicesOptions): Promise<() => Promise<void>> {
  const earlier = livePid(join(dir, 'pgdata', 'postmaster.pid'));
  if (earlier && (await portOpen(opts.pgPort))) {
    opts.log.info({ dir, port: opts.pgPort, pid: earlier }, 'taking over local PostgreSQL of an earlier run');
    return () => stopPostgres(dir);
  }
  if (await portOpen(opts.pgPort)) {
    throw new LocalServicesError(
      `端口 ${opts.pgPort} 已被其他程序占用，PostgreSQL 无法启动：设置 LOCAL_PG_PORT 换一个端口`,
    );
  }
  opts.log.info({ dir, port: opts.pgPort }, 'starting local PostgreSQL');
  const pg = await startLocalPostgres({ dir, port: opts.pgPort });
  return () => pg.stop();
}

async function redisIn(dir: string, opts: LocalServicesOptions): Promise<() => Promise<void>> {
  const earlier = livePid(join(dir, 'redis.pid'));
  if (earlier && (await portOpen(opts.redisPort))) {
    opts.log.info({ dir, port: opts.redisPort, pid: earlier }, 'taking over local Redis of an earlier run');
    return () => stopRedis(opts.redisPort);
  }
  if (await portOpen(opts.redisPort)) {
    throw new LocalServicesError(
      `端口 ${opts.redisPort} 已被其他程序占用，Redis 无法启动：设置 LOCAL_REDIS_PORT 换一个端口`,
    );
  }
  opts.log.info({ dir, port: opts.redisPort }, 'starting local Redis');
  const redis = await startLocalRedis({ dir, port: opts.redisPort });
  return () => redis.stop();
}
