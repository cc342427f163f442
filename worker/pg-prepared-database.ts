import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/pg-database.js';
import type { Database } from '../db/schema.js';
import type { Logger } from '../lib/logger.js';

/** Statements prepared per connection at most; past it, queries run unnamed as usual. */
const MAX_PREPARED = 400;

/**
 * A pg client that prepares every parameterized statement under a name derived from its text, so PostgreSQL
 * parses and plans each distinct statement once per connection instead of on every execution. The pipeline's
 * statements are few and hot (planning a four-table join cost more than running it); this roughly halves the
 * database CPU per order.
 */
class PreparingClient extends pg.Client {
  /** Statement text → its prepared name on this connection. */
  private readonly names = new Map<string, string>();

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query() is a wide overload set
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
      let name = this.names.get(config);
      if (!name && this.names.size < MAX_PREPARED) {
        name = `lq_${createHash('sha1').update(config).digest('base64url').slice(0, 22)}`;
        this.names.set(config, name);
      }
      if (name) return super.query({ name, text: config, values }, callback);
    }
    return super.query(config, values, callback);
  }
}

/**
 * The worker's database: Kysely over a pool of preparing clients. A lost idle connection (database restart) is
 * logged and replaced instead of crashing the process.
 */
export function createPreparedDb(opts: { url: string; max: number; log: Logger }): Db {
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.max, Client: PreparingClient });
  pool.on('error', (err) => opts.log.warn({ err }, 'idle database connection lost'));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
