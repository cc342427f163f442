import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';

// int8 (bigint, bigserial, count(*)) as JS numbers: our amounts in fen stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export type Db = Kysely<Database>;

export interface DbOptions {
  url: string;
  /** Pool size; defaults to 10. */
  max?: number;
  /** Told about errors of idle pooled connections (server restart, killed backend); the pool replaces them. */
  onIdleError?: (err: Error) => void;
}

/** Opens a Kysely instance over a pg pool. Call `destroy()` to close it. */
export function createDb(opts: DbOptions): Db {
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10 });
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
