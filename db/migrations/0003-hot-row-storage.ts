import { sql, type Kysely } from 'kysely';

/**
 * Stock rows of popular SKUs are updated by every order (reserve, release, consume). Leave room in each page so
 * those updates stay HOT (no index writes, pruned in place), and vacuum the table after a few hundred dead rows
 * instead of a fraction of its size, so a hot row's version chain stays short under bursts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stock set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500, autovacuum_vacuum_cost_delay = 0)`.execute(
    db,
  );
  await sql`alter table orders set (fillfactor = 80)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stock reset (fillfactor, autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, autovacuum_vacuum_cost_delay)`.execute(
    db,
  );
  await sql`alter table orders reset (fillfactor)`.execute(db);
}
