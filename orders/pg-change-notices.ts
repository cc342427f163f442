import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { OUTBOX_CHANNEL } from './pg-outbox.js';

/**
 * A CTE for a statement that is its own transaction (run outside an explicit transaction): it tells the triggers
 * of `stock` and `orders` to send no notices at commit (migration 0032), because the caller sends them right
 * after the statement with `sendChangeNotices`. PostgreSQL lets only one transaction that notifies commit at a
 * time, WAL flush included, so a notice sent in the transaction keeps every other such commit waiting for this
 * one's flush; sent after the commit, it waits for nothing. The statement must read the CTE (`noticesDeferred`),
 * or PostgreSQL skips it.
 */
export const deferNotices: RawBuilder<unknown> = sql`notices_deferred as (
  select set_config('liaodan.change_notices', 'after_commit', true) as setting)`;

/** A select-list item that reads `deferNotices`' CTE, so that it runs. */
export const noticesDeferred: RawBuilder<unknown> = sql`(select count(*) from notices_deferred) as deferred`;

/**
 * Runs `work` on one connection of `db` (a transaction already is one), so that a statement and the notices sent
 * after its commit take a connection from the pool once, not twice.
 */
export function onOneConnection<T>(
  db: Kysely<Database>,
  work: (connection: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.connection().execute(work);
}

/** What a statement with `deferNotices` changed: the notices its triggers would have sent. */
export interface ChangeNotices {
  /** `liaodan_live` payloads: `{op, id, status, customerId}` per order inserted or moved (as the trigger writes them). */
  orders?: readonly string[];
  /** `liaodan_stock`: the SKUs whose stock rows changed. */
  skus?: readonly string[];
  /** Outbox rows were written: wake the relay (`liaodan_outbox`). */
  outbox?: boolean;
}

/** The `liaodan_live` payload of an order's change, as `orders_live_notify` writes it. */
export const orderNotice = (
  op: 'insert' | 'update',
  id: string,
  status: string,
  customerId: string | null,
): string => JSON.stringify({ op, id, status, customerId });

/**
 * Sends the notices of a statement that ran with `deferNotices`, in one statement that writes nothing (so it
 * needs no WAL flush and holds the notification lock only for itself). Clears the setting again, in case the
 * statement ran inside a caller's transaction. A notice that cannot be sent (the connection dropped) is lost,
 * as notices are while a listener reconnects; the listeners refresh on reconnect, and the change itself has
 * committed, so this never fails.
 */
export async function sendChangeNotices(db: Kysely<Database>, notices: ChangeNotices): Promise<void> {
  const orders = notices.orders ?? [];
  const skus = [...new Set(notices.skus ?? [])];
  if (orders.length === 0 && skus.length === 0 && !notices.outbox) return;
  await sql`
    select set_config('liaodan.change_notices', '', true),
           (select count(pg_notify('liaodan_live', p)) from unnest(${orders}::text[]) p),
           (select count(pg_notify('liaodan_stock', s)) from unnest(${skus}::text[]) s),
           (select pg_notify(${OUTBOX_CHANNEL}, '') where ${notices.outbox === true}::boolean)`
    .execute(db)
    .catch(() => undefined);
}
