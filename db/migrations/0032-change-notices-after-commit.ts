import { sql, type Kysely } from 'kysely';

/**
 * Change notices that need not wait in the commit. PostgreSQL serializes the commits of all transactions that
 * NOTIFY: each takes one lock in its pre-commit and holds it until its commit is done, WAL flush included. With the
 * per-row notices of `stock_changes` (0012) and `orders_live_notify` (0020), every placement and every pipeline step
 * committed one at a time, one WAL flush each, and no two could share a flush (issue 17; pgbench on the 2-core
 * machine, 24 clients inserting one row each, durable: 9,455 commits/s without a NOTIFY, 385/s with one in the
 * transaction, 5,638/s with the NOTIFY sent as its own statement after the commit).
 *
 * A transaction that sets `liaodan.change_notices` to `after_commit` (with `set_config(…, true)`, for itself
 * only) promises to send these notices itself right after it commits (orders/pg-change-notices.ts); the triggers
 * then send nothing. Every other writer is unchanged: its notices go out at its commit, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function notify_stock_change() returns trigger language plpgsql as $$
    begin
      if current_setting('liaodan.change_notices', true) = 'after_commit' then
        return null;
      end if;
      perform pg_notify('liaodan_stock', coalesce(new.sku, old.sku));
      return null;
    end $$;
    create or replace function orders_live_notify() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and new.status is not distinct from old.status
         and new.updated_at is not distinct from old.updated_at then
        return null;
      end if;
      if current_setting('liaodan.change_notices', true) = 'after_commit' then
        return null;
      end if;
      perform pg_notify('liaodan_live', json_build_object(
        'op', lower(tg_op), 'id', new.id, 'status', new.status, 'customerId', new.customer_id)::text);
      return null;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function notify_stock_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('liaodan_stock', coalesce(new.sku, old.sku));
      return null;
    end $$;
    create or replace function orders_live_notify() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and new.status is not distinct from old.status
         and new.updated_at is not distinct from old.updated_at then
        return null;
      end if;
      perform pg_notify('liaodan_live', json_build_object(
        'op', lower(tg_op), 'id', new.id, 'status', new.status, 'customerId', new.customer_id)::text);
      return null;
    end $$;
  `.execute(db);
}
