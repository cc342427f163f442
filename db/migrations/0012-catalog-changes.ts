import { sql, type Kysely } from 'kysely';

/**
 * Tells the processes that quote stock and prices in chat when they change: `liaodan_stock` carries the SKU of
 * every stock row changed (PostgreSQL sends one notification per distinct payload and transaction), and
 * `liaodan_catalog` says that products or tier prices changed. A notification is sent only when its transaction
 * commits, so nobody is told of a change that did not happen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function notify_stock_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('liaodan_stock', coalesce(new.sku, old.sku));
      return null;
    end $$;
    create trigger stock_changes after insert or update of on_hand, reserved or delete on stock
      for each row execute function notify_stock_change();
    create function notify_catalog_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('liaodan_catalog', tg_table_name);
      return null;
    end $$;
    create trigger products_changes after insert or update or delete on products
      for each statement execute function notify_catalog_change();
    create trigger tier_prices_changes after insert or update or delete on tier_prices
      for each statement execute function notify_catalog_change();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger if exists stock_changes on stock;
    drop trigger if exists products_changes on products;
    drop trigger if exists tier_prices_changes on tier_prices;
    drop function if exists notify_stock_change();
    drop function if exists notify_catalog_change();
  `.execute(db);
}
