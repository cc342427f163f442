import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import type { IdempotencyClaim, IdempotencyStore } from './idempotency-middleware.js';

export interface PgIdempotencyOptions {
  /** A claim still running after this long belongs to a request that died with its process: it is taken over. */
  abandonedAfterMs?: number;
  /** Answers are kept this long. */
  keepHours?: number;
  random?: () => number;
}

/** Idempotency keys in PostgreSQL (`idempotency_keys`): a claim is an insert, so two requests never both win. */
export function pgIdempotencyStore(db: Db, opts: PgIdempotencyOptions = {}): IdempotencyStore {
  const abandonedAfterMs = opts.abandonedAfterMs ?? 60_000;
  const keepHours = opts.keepHours ?? 24;
  const random = opts.random ?? Math.random;
  return {
    async claim(scope, key, requestHash): Promise<IdempotencyClaim> {
      if (random() < 0.01) {
        await sql`delete from idempotency_keys where created_at < now() - make_interval(hours => ${keepHours})`.execute(
          db,
        );
      }
      // A new key, or one whose first request died running (same request, claimed long ago): ours now.
      const claimed = await sql`
        insert into idempotency_keys (scope, key, request_hash, state) values (${scope}, ${key}, ${requestHash}, 'running')
        on conflict (scope, key) do update set created_at = now()
          where idempotency_keys.state = 'running' and idempotency_keys.request_hash = excluded.request_hash
            and idempotency_keys.created_at < now() - make_interval(secs => ${abandonedAfterMs / 1000})
        returning 1`.execute(db);
      const inserted = claimed.rows.length > 0;
      if (inserted) return { kind: 'claimed' };
      const row = await db
        .selectFrom('idempotency_keys')
        .select(['state', 'request_hash', 'response_status', 'response_body'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row) return this.claim(scope, key, requestHash); // released meanwhile
      if (row.state === 'running') return { kind: 'running', requestHash: row.request_hash };
      return {
        kind: 'done',
        requestHash: row.request_hash,
        status: row.response_status ?? 200,
        body: row.response_body,
      };
    },
    async complete(scope, key, status, body) {
      await db
        .updateTable('idempotency_keys')
        .set({ state: 'done', response_status: status, response_body: JSON.stringify(body) })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
    },
    async release(scope, key) {
      await db
        .deleteFrom('idempotency_keys')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('state', '=', 'running')
        .execute();
    },
  };
}
