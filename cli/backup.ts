import { execFile } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import pg from 'pg';
import { createDb, migrateToLatest } from '../db/pg-database.js';
import { findPostgresBin } from '../lib/local-postgres.js';
import { CommandError } from './input-file.js';

const run = promisify(execFile);

/** The tables whose row counts a backup records and a restore checks: the books. */
export const COUNTED_TABLES = [
  'orders',
  'order_lines',
  'order_status_history',
  'stock',
  'stock_ledger',
  'shipments',
  'receivables',
  'payments',
  'credit_notes',
  'customers',
  'chat_messages',
] as const;

export interface BackupManifest {
  version: 1;
  takenAt: string;
  /** The installation's key namespace in Redis (QUEUE_PREFIX) when the backup was taken. */
  prefix: string;
  /** Rows per table, counted in the snapshot pg_dump wrote. */
  rows: Record<string, number>;
  redisKeys: number;
}

export interface BackupOptions {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  /** Folder the backup folder is made in. */
  out: string;
  now?: Date;
}

/** pg_dump / pg_restore from the newest installed server, else from PATH. */
function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const bin = findPostgresBin();
  return bin && existsSync(join(bin, name)) ? join(bin, name) : name;
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * Backs up an installation while it runs: PostgreSQL with pg_dump (custom format) in one snapshot, whose row counts
 * are recorded from the same snapshot (the dump's own transaction is exported to it), and every Redis key of the
 * installation (QUEUE_PREFIX: conversations, held drafts, chat history, inboxes and the queues) with DUMP and its
 * time to live. Returns the folder written.
 */
export async function backup(o: BackupOptions): Promise<{ dir: string; manifest: BackupManifest }> {
  const now = o.now ?? new Date();
  const dir = join(o.out, `liaodan-backup-${stamp(now)}`);
  mkdirSync(dir, { recursive: true });

  // A transaction whose snapshot pg_dump shares: the counts are of exactly the rows the dump holds.
  const client = new pg.Client({ connectionString: o.databaseUrl });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id;
    for (const table of COUNTED_TABLES) {
      const exists = await client.query<{ r: string | null }>('select to_regclass($1) as r', [table]);
      if (!exists.rows[0]?.r) continue;
      rows[table] = (await client.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
    }
    await run(pgTool('pg_dump'), [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--snapshot=${snapshot}`,
      `--file=${join(dir, 'postgres.dump')}`,
      `--dbname=${o.databaseUrl}`,
    ]);
    await client.query('commit');
  } finally {
    await client.end();
  }

  const redis = new Redis(o.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
  let redisKeys = 0;
  try {
    await redis.connect();
    const file = createWriteStream(join(dir, 'redis.ndjson'));
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${o.prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length === 0) continue;
      const p = redis.pipeline();
      for (const key of keys) {
        p.dumpBuffer(key);
        p.pttl(key);
      }
      const replies = (await p.exec()) ?? [];
      keys.forEach((key, i) => {
        const value = replies[2 * i]?.[1] as Buffer | null;
        const ttl = Number(replies[2 * i + 1]?.[1]);
        if (!value || ttl === -2) return; // gone meanwhile
        file.write(`${JSON.stringify({ key, ttl: ttl > 0 ? ttl : 0, value: value.toString('base64') })}\n`);
        redisKeys++;
      });
    } while (cursor !== '0');
    await new Promise<void>((resolve, reject) =>
      file.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
  } finally {
    redis.disconnect();
  }

  const manifest: BackupManifest = {
    version: 1,
    takenAt: now.toISOString(),
    prefix: o.prefix,
    rows,
    redisKeys,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest };
}

export interface RestoreOptions {
  /** A folder written by `backup`. */
  dir: string;
  databaseUrl: string;
  redisUrl: string;
  /** The new installation's QUEUE_PREFIX; the keys are renamed to it when it differs from the backup's. */
  prefix: string;
}

/**
 * Restores a backup into a fresh installation: an empty PostgreSQL database (pg_restore in one transaction, then
 * any newer migrations) and a Redis without keys under the prefix. Refuses a database that has orders or a Redis
 * namespace in use, rather than mixing two shops. Checks the restored row counts against the backup's.
 */
export async function restore(
  o: RestoreOptions,
): Promise<{ manifest: BackupManifest; rows: Record<string, number> }> {
  const manifestPath = join(o.dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new CommandError(`${o.dir} 不是聊单的备份（没有 manifest.json）`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BackupManifest;

  const client = new pg.Client({ connectionString: o.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_tables where schemaname = 'public'`,
    );
    if ((tables.rows[0]?.n ?? 0) > 0)
      throw new CommandError(
        '目标数据库不是空的：请恢复到一个新建的空数据库（createdb），以免两家店的数据混在一起',
      );
  } finally {
    await client.end();
  }
  const redis = new Redis(o.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
  try {
    await redis.connect();
    const [, used] = await redis.scan('0', 'MATCH', `${o.prefix}:*`, 'COUNT', 1000);
    if (used.length > 0)
      throw new CommandError(
        `Redis 里已经有 ${o.prefix}: 开头的数据：请换一个 QUEUE_PREFIX 或一个空的 Redis`,
      );

    await run(pgTool('pg_restore'), [
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${o.databaseUrl}`,
      join(o.dir, 'postgres.dump'),
    ]);

    const lines = createInterface({ input: createReadStream(join(o.dir, 'redis.ndjson')) });
    let p = redis.pipeline();
    let queued = 0;
    for await (const line of lines) {
      if (!line) continue;
      const k = JSON.parse(line) as { key: string; ttl: number; value: string };
      const key = o.prefix + k.key.slice(manifest.prefix.length);
      p.restore(key, k.ttl, Buffer.from(k.value, 'base64'), 'REPLACE');
      if (++queued % 500 === 0) {
        await execOrThrow(p);
        p = redis.pipeline();
      }
    }
    await execOrThrow(p);
  } finally {
    redis.disconnect();
  }

  const db = createDb({ url: o.databaseUrl, max: 1 });
  const rows: Record<string, number> = {};
  try {
    await migrateToLatest(db);
    for (const table of Object.keys(manifest.rows)) {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
      rows[table] = r.rows[0]?.n ?? 0;
    }
  } finally {
    await db.destroy();
  }
  const off = Object.entries(manifest.rows).filter(([t, n]) => rows[t] !== n);
  if (off.length)
    throw new CommandError(
      `恢复后行数不对：${off.map(([t, n]) => `${t} 备份 ${n} 行，恢复 ${rows[t]} 行`).join('；')}`,
    );
  return { manifest, rows };
}

async function execOrThrow(p: ReturnType<Redis['pipeline']>): Promise<void> {
  for (const [err] of (await p.exec()) ?? []) if (err) throw err;
}
