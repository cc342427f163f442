import { sql, type Kysely } from 'kysely';

/**
 * What the back office's dashboard and order list read fast over a million orders, and the notification that makes
 * an open dashboard live:
 * - `orders (created_at) include (…)`: today, yesterday, the last 7 and 14 days, by hour and by region, answered
 *   from the index alone;
 * - `receivables (created_at) where open`: overdue receivables (open and older than the credit term);
 * - `order_lines (sku, order_id)`: a SKU's orders (top SKUs, the stock ledger's orders);
 * - a trigger that sends `{op, id, status, customerId}` on `liaodan_live` after an order is inserted or its status
 *   (or `updated_at`, which every review step and shipment touches) changes, so the api can push it to open pages;
 * - `chat_messages`: what is said about each customer (their messages, staff's for them, the bot's replies), so an
 *   order's page shows the chat around it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists orders_created_cover_idx on orders (created_at)
    include (status, total_fen, customer_id)`.execute(db);
  await sql`create index if not exists receivables_open_created_idx on receivables (created_at)
    include (customer_id, amount_fen, paid_fen) where status = 'open'`.execute(db);
  await sql`create index if not exists order_lines_sku_idx on order_lines (sku, order_id)`.execute(db);
  await sql`
    create table if not exists chat_messages (
      id bigserial primary key,
      customer_id text not null references customers(id) on delete cascade,
      channel text not null,
      speaker text not null check (speaker in ('customer', 'staff', 'bot')),
      staff_id text,
      name text,
      text text not null,
      at timestamptz not null default now())`.execute(db);
  await sql`create index if not exists chat_messages_customer_idx on chat_messages (customer_id, at)`.execute(
    db,
  );
  await sql`
    create or replace function orders_live_notify() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and new.status is not distinct from old.status
         and new.updated_at is not distinct from old.updated_at then
        return null;
      end if;
      perform pg_notify('liaodan_live', json_build_object(
        'op', lower(tg_op), 'id', new.id, 'status', new.status, 'customerId', new.customer_id)::text);
      return null;
    end $$`.execute(db);
  await sql`drop trigger if exists orders_live_notify on orders`.execute(db);
  await sql`create trigger orders_live_notify after insert or update on orders
    for each row execute function orders_live_notify()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists chat_messages`.execute(db);
  await sql`drop trigger if exists orders_live_notify on orders`.execute(db);
  await sql`drop function if exists orders_live_notify()`.execute(db);
  await sql`drop index if exists order_lines_sku_idx`.execute(db);
  await sql`drop index if exists receivables_open_created_idx`.execute(db);
  await sql`drop index if exists orders_created_cover_idx`.execute(db);
}
