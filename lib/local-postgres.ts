import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, chmodSync, chownSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL server started from the Debian binaries, owned by this process. */
export interface LocalPostgres {
  readonly url: string;
  /** The same server through its Unix socket in `dir` (same host only; cheaper per query than loopback TCP). */
  readonly socketUrl: string;
  readonly port: number;
  /** Fast shutdown (every connection is cut, open transactions roll back), then start again; for fault tests. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalPostgresOptions {
  /** Data directory parent; created when missing. Every parent must be traversable by `postgres` when root. */
  dir: string;
  port: number;
  /** Turn durability off (tests): fsync and synchronous_commit off. */
  ephemeral?: boolean;
}

/** Finds the newest installed PostgreSQL server binaries, or undefined when none is installed. */
export function findPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = spawnSync('ls', [base], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(base, v, 'bin');
    if (existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

const isRoot = () => process.getuid?.() === 0;

function asPostgres(cmd: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

/**
 * Initialises (first time) and starts a PostgreSQL cluster under `dir/pgdata`, listening on 127.0.0.1 only,
 * with trust authentication for user `postgres`. Initdb refuses root, so as root the server runs as `postgres`.
 */
export async function startLocalPostgres(opts: LocalPostgresOptions): Promise<LocalPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql)');
  // PostgreSQL resolves a relative socket directory against its data directory, not ours.
  const dir = resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const data = join(dir, 'pgdata');
  const owner = isRoot()
    ? Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    : -1;
  const group = isRoot()
    ? Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    : -1;
  if (isRoot()) chownSync(dir, owner, group);
  chmodSync(dir, 0o700);
  if (!existsSync(join(data, 'PG_VERSION'))) {
    const [cmd, args] = asPostgres(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      ...(opts.ephemeral ? ['--no-sync'] : []),
    ]);
    await run(cmd, args);
  }
  const serverOpts = [
    '-c listen_addresses=127.0.0.1',
    `-p ${opts.port}`,
    `-k ${dir}`,
    '-c max_connections=200',
    ...(opts.ephemeral ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : []),
  ].join(' ');
  const log = join(dir, 'server.log');
  const start = async () => {
    const [cmd, args] = asPostgres(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      serverOpts,
      'start',
    ]);
    await run(cmd, args);
  };
  await start();
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${opts.port}/postgres`,
    socketUrl: `postgres://postgres@localhost:${opts.port}/postgres?host=${dir}`,
    port: opts.port,
    async restart() {
      await stopPostgres(dir);
      await start();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopPostgres(dir);
    },
  };
}

/** Stops the server whose data lives under `dir/pgdata` (fast shutdown: open transactions roll back). */
export async function stopPostgres(dir: string): Promise<void> {
  const bin = findPostgresBin();
  if (!bin) return;
  const [c, a] = asPostgres(join(bin, 'pg_ctl'), ['-D', join(dir, 'pgdata'), '-m', 'fast', '-w', 'stop']);
  await run(c, a).catch(() => undefined);
}

/** Makes sure `dir` exists and can be entered by the postgres user (root only). */
export function ensureTraversable(dir: string): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
}
