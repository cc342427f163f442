import { sql, type Kysely } from 'kysely';

/**
 * `customers.open_fen`: what the customer owes on open receivables (amount less paid), kept by a trigger on
 * `receivables` in the same transaction as every change there, whoever makes it. The credit check reads and guards
 * this one row instead of summing the customer's receivables: a guarded update of it re-checks the newest version
 * after waiting for a lock, which a sum over other rows inside the same statement cannot.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('customers')
    .addColumn('open_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`
    update customers c set open_fen = r.fen
    from (select customer_id, sum(amount_fen - paid_fen) as fen from receivables where status = 'open'
          group by customer_id) r
    where r.customer_id = c.id`.execute(db);
  await sql`
    create function receivables_open_fen() returns trigger language plpgsql as $$
    declare
      old_open bigint := 0;
      new_open bigint := 0;
    begin
      if tg_op in ('UPDATE', 'DELETE') and old.status = 'open' then
        old_open := old.amount_fen - old.paid_fen;
      end if;
      if tg_op in ('INSERT', 'UPDATE') and new.status = 'open' then
        new_open := new.amount_fen - new.paid_fen;
      end if;
      if tg_op = 'UPDATE' and old.customer_id is distinct from new.customer_id then
        update customers set open_fen = open_fen - old_open where id = old.customer_id and old_open <> 0;
        update customers set open_fen = open_fen + new_open where id = new.customer_id and new_open <> 0;
      elsif tg_op = 'DELETE' then
        update customers set open_fen = open_fen - old_open where id = old.customer_id and old_open <> 0;
      elsif new_open <> old_open then
        update customers set open_fen = open_fen + new_open - old_open where id = new.customer_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger receivables_open_fen after insert or update or delete on receivables
    for each row execute function receivables_open_fen()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists receivables_open_fen on receivables`.execute(db);
  await sql`drop function if exists receivables_open_fen()`.execute(db);
  await db.schema.alterTable('customers').dropColumn('open_fen').execute();
}
