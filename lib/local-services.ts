import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { Logger } from './logger.js';
import { findPostgresBin, startLocalPostgres } from './local-postgres.js';
import { findRedisServer, startLocalRedis } from './local-redis.js';

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

/** The postgres user must be able to reach the data directory; fall back to a private temp path when not. */
function pgDir(dataDir: string): string {
  const wanted = join(dataDir, 'pg');
  if (process.getuid?.() !== 0) return wanted;
  mkdirSync(wanted, { recursive: true });
  const ok = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', resolve(dataDir)]).status === 0;
  if (ok) return wanted;
  const hash = createHash('sha1').update(resolve(dataDir)).digest('hex').slice(0, 8);
  return join(tmpdir(), `liaodan-pg-${hash}`);
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
 * Starts (or reuses, when a previous run left them up) PostgreSQL and Redis with their data under `dataDir`.
 * Returns their URLs; `stop()` stops only what this call started.
 */
export async function startLocalServices(opts: LocalServicesOptions): Promise<LocalServices> {
  ensurePackages(opts);
  mkdirSync(opts.dataDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  if (opts.want.postgres) {
    const dir = pgDir(opts.dataDir);
    const pidFile = join(dir, 'pgdata', 'postmaster.pid');
    if ((await portOpen(opts.pgPort)) && existsSync(pidFile) && readFileSync(pidFile, 'utf8').length > 0) {
      opts.log.info({ port: opts.pgPort }, 'reusing running local PostgreSQL');
    } else {
      opts.log.info({ dir, port: opts.pgPort }, 'starting local PostgreSQL');
      const pg = await startLocalPostgres({ dir, port: opts.pgPort });
      stops.push(() => pg.stop());
    }
  }
  if (opts.want.redis) {
    const dir = resolve(opts.dataDir, 'redis');
    if (await portOpen(opts.redisPort)) {
      opts.log.info({ port: opts.redisPort }, 'reusing running local Redis');
    } else {
      opts.log.info({ dir, port: opts.redisPort }, 'starting local Redis');
      const redis = await startLocalRedis({ dir, port: opts.redisPort });
      stops.push(() => redis.stop());
    }
  }
  return {
    databaseUrl: `postgres://postgres@127.0.0.1:${opts.pgPort}/postgres`,
    redisUrl: `redis://127.0.0.1:${opts.redisPort}`,
    async stop() {
      for (const s of stops.reverse()) await s();
    },
  };
}
