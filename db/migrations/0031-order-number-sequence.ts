import { sql, type Kysely } from 'kysely';

/**
 * Order numbers without a hot row. 0011 counted each day's numbers in its `order_number_days` row, updated by every
 * placement and so locked until the placing transaction committed: placements queued on that one row, one commit
 * (one WAL flush on a durable server) at a time, which capped the whole pipeline at about 1 / (flush time)
 * orders per second (issue 17: ~200/s durable on the 2-core machine, ~120 ms of each placement spent waiting for
 * the row). Now `order_number_seq` (a sequence: no row lock, never handed out twice) gives every placement its
 * value, and a day's number is that value less the day's `base` (the sequence's value when the day's row was
 * created, once per day). Numbers still never repeat (and `orders_number_uq` still holds); as before, a placement
 * that turns out to be a repeat, or that rolls back, leaves a gap. Days already numbered go on from their `last`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create sequence order_number_seq as bigint;
    alter table order_number_days add column base bigint;
    update order_number_days set base = -last;
    alter table order_number_days alter column base set not null, drop column last;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table order_number_days add column last integer;
    update order_number_days d set last = coalesce((
      select max(substr(o.number, 13)::int) from orders o
      where o.number ~ ('^LD-' || to_char(d.day, 'YYYYMMDD') || '-[0-9]+$')), 0);
    alter table order_number_days alter column last set not null, drop column base;
    drop sequence order_number_seq;
  `.execute(db);
}
