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
  /**
   * Told about errors of pooled connections (server restart, killed backend), idle or checked out; the pool
   * replaces them, and the statement that was using one fails with an error `isDatabaseUnavailable` recognises.
   */
  onIdleError?: (err: Error) => void;
  /**
   * Prepare each parameterized statement once per connection (PreparingClient). For processes that run the same
   * few statements all day: the worker, and the bot, whose order placement then costs PostgreSQL about 0.26 instead
   * of 0.47 ms of CPU. Off for one-shot commands and the api, whose queries are many and varied.
   */
  prepare?: boolean;
  /**
   * Plan every statement once, as key lookups: generic plans from the first execution, with sequential scans,
   * hash and merge joins priced out (still used where nothing else can run the statement). For a process whose
   * statements all touch a handful of rows by key (the worker) and that prepares them. A prepared statement keeps
   * its plan for the life of the connection, and it is often made while the tables are still small, when scanning
   * them whole is cheapest; measured with bench:pipeline from an empty database, 10,000 orders then read 113
   * million order-line rows in sequential scans (PostgreSQL: 3.4 ms of CPU per order; with this setting: none and
   * 1.6 ms). Generic plans are forced because for statements that take arrays the planner may otherwise judge a
   * fresh plan per execution cheaper and pay the planning every time. JIT is off on these connections: with scans
   * priced out, a statement that must read a small table whole looks expensive enough to be compiled, and the
   * compilation (about a second, measured on a one-row settings read in the credit check) is paid every time.
   */
  keyLookups?: boolean;
  /**
   * Server settings for this pool's sessions (`-c name=value` at connect), e.g. `{ synchronous_commit: 'off' }`
   * for a pool whose writes may commit asynchronously.
   */
  settings?: Record<string, string>;
}

const KEY_LOOKUP_SETTINGS =
  '-c enable_seqscan=off -c enable_hashjoin=off -c enable_mergejoin=off -c plan_cache_mode=force_generic_plan -c jit=off';

function sessionOptions(opts: DbOptions): string {
  const settings = Object.entries(opts.settings ?? {}).map(([name, value]) => `-c ${name}=${value}`);
  return [...(opts.keyLookups ? [KEY_LOOKUP_SETTINGS] : []), ...settings].join(' ');
}

/** Opens a Kysely instance over a pg pool. Call `destroy()` to close it. */
export function createDb(opts: DbOptions): Db {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 10,
    // A server that does not answer at all (network cut) fails a statement after this, instead of never.
    connectionTimeoutMillis: 10_000,
    ...(opts.prepare && { Client: PreparingClient }),
    ...((opts.keyLookups || opts.settings) && { options: sessionOptions(opts) }),
  });
  // Without a listener a connection's error (e.g. PostgreSQL restarting) would crash the process. The pool listens
  // to idle connections only; a checked-out one whose server goes away between two statements of a transaction
  // emits 'error' too, so every connection gets a listener of its own for its whole life.
  pool.on('error', (err) => opts.onIdleError?.(err));
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      if (client.listenerCount('error') === 1) opts.onIdleError?.(err);
    });
  });
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
