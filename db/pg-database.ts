import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';
import { PreparingClient } from './pg-preparing-client.js';

// int8 (bigint, bigserial, count(*)) as JS numbers: our amounts in fen stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export type Db = Kysely<Database>;

export interface DbOptions {
  url: string;
  /** Pool size; defaults to 10. */
  max?: number;
  /** Told about errors of idle pooled connections (server restart, killed backend); the pool replaces them. */
  onIdleError?: (err: Error) => void;
  /**
   * Prepare each parameterized statement once per connection (PreparingClient). For processes that run the same
   * statements all day (worker, bot, api); off for one-shot commands.
   */
  prepare?: boolean;
  /**
   * Plan every statement as key lookups: sequential scans, hash and merge joins are priced out (still used where
   * nothing else can run the statement). For a process whose statements all touch a handful of rows by key (the
   * worker) and that prepares them: a prepared statement is planned once per connection, often while the tables
   * are still small and scanning them whole is cheapest, and keeps that plan as they grow. Measured with
   * bench:pipeline from an empty database: without it, 10,000 orders read 113 million order-line rows in
   * sequential scans and PostgreSQL spent 3.4 ms of CPU per order; with it, none and 1.6 ms.
   */
  keyLookups?: boolean;
}

const KEY_LOOKUP_SETTINGS = '-c enable_seqscan=off -c enable_hashjoin=off -c enable_mergejoin=off';

/** Opens a Kysely instance over a pg pool. Call `destroy()` to close it. */
export function createDb(opts: DbOptions): Db {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 10,
    ...(opts.prepare && { Client: PreparingClient }),
    ...(opts.keyLookups && { options: KEY_LOOKUP_SETTINGS }),
  });
  // Without a listener an idle connection's error (e.g. PostgreSQL restarting) would crash the process.
  pool.on('error', (err) => opts.onIdleError?.(err));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Brings the schema up to date. Throws with the failing migration's name when one fails. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const err = new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`);
    (err as Error & { cause?: unknown }).cause = result.error;
    throw err;
  }
  return result;
}
