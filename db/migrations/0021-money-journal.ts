import { sql, type Kysely } from 'kysely';

/**
 * The money journal: every change of what a customer owes or paid is one immutable row of `money_journal`
 * (commitment, charge, credit, write-off, receipt, allocation), and a booking is undone by a reversal row that
 * mirrors it, never by an update or a delete. `money_receipts` are the documents of money received (by hand or from
 * a bank statement row). The balances the rest of the system reads are sums of journal rows, kept in the same
 * statement by one trigger and guarded by check constraints:
 * - `receivables`: `amount_fen` (charges less credits), `committed_fen`, `paid_fen` (allocations) and
 *   `written_off_fen`; paid + written off never exceed owed + committed;
 * - `money_receipts`: `booked_fen` (the receipt, 0 once reversed) and `allocated_fen`, never above it;
 * - `customers`: `open_fen` = owed + committed − written off − received (negative when the customer has money
 *   with the shop), and `unapplied_fen` (预收: received, not allocated), never negative.
 * Nothing else may write those columns (a trigger refuses). Today's `payments` become receipts allocated to their
 * order, and `payments` a view of the allocations; the migration checks that no receivable changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger receivables_open_fen on receivables;
    drop function receivables_open_fen();
    alter table receivables
      add column written_off_fen bigint not null default 0 check (written_off_fen >= 0);
    alter table customers add column unapplied_fen bigint not null default 0 check (unapplied_fen >= 0);
    alter table payments rename to legacy_payments;
    create temporary table money_before as
      select order_id, customer_id, status, amount_fen, committed_fen, paid_fen from receivables;
    update receivables set amount_fen = 0, committed_fen = 0, paid_fen = 0;
    alter table receivables
      add constraint receivables_settled_within_owed check (paid_fen + written_off_fen <= amount_fen + committed_fen);

    create table money_receipts (
      id bigserial primary key,
      customer_id text not null references customers(id),
      amount_fen bigint not null check (amount_fen > 0),
      method text not null,
      reference text,
      idempotency_key text unique,
      received_at timestamptz not null,
      actor text not null,
      note text,
      created_at timestamptz not null default now(),
      booked_fen bigint not null default 0,
      allocated_fen bigint not null default 0,
      constraint money_receipts_allocated_within check (
        booked_fen in (0, amount_fen) and allocated_fen >= 0 and allocated_fen <= booked_fen));
    create index money_receipts_customer_idx on money_receipts (customer_id, id);

    create table money_journal (
      id bigserial primary key,
      kind text not null check (kind in ('commitment', 'charge', 'credit', 'write_off', 'receipt', 'allocation')),
      customer_id text not null references customers(id),
      order_id text references orders(id),
      receipt_id bigint references money_receipts(id),
      amount_fen bigint not null check (amount_fen <> 0),
      reverses_id bigint unique references money_journal(id),
      shipment_id bigint references shipments(id),
      return_id bigint references order_returns(id),
      credit_note_id bigint references credit_notes(id),
      actor text not null,
      reason text,
      effective_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      constraint money_journal_parties check (
        (kind in ('commitment', 'charge', 'credit') and order_id is not null and receipt_id is null)
        or (kind = 'write_off' and order_id is not null)
        or (kind = 'receipt' and order_id is null and receipt_id is not null)
        or (kind = 'allocation' and order_id is not null and receipt_id is not null)),
      constraint money_journal_sign check (amount_fen > 0 or reverses_id is not null or kind = 'commitment'));
    create index money_journal_customer_idx on money_journal (customer_id, effective_at);
    create index money_journal_order_idx on money_journal (order_id) where order_id is not null;
    create index money_journal_receipt_idx on money_journal (receipt_id) where receipt_id is not null;
  `.execute(db);
  await sql`
    create function money_journal_apply() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from added a join money_journal o on o.id = a.reverses_id
                 where o.reverses_id is not null or o.kind <> a.kind or o.amount_fen <> -a.amount_fen
                    or o.customer_id <> a.customer_id or o.order_id is distinct from a.order_id
                    or o.receipt_id is distinct from a.receipt_id) then
        raise exception 'a reversal must mirror the entry it reverses' using errcode = '23514';
      end if;
      if exists (select 1 from added a where a.order_id is not null and not exists (
                   select 1 from receivables r where r.order_id = a.order_id and r.customer_id = a.customer_id)) then
        raise exception 'an order entry needs the receivable of that order and customer' using errcode = '23514';
      end if;
      if exists (select 1 from added a join money_receipts m on m.id = a.receipt_id
                 where m.customer_id <> a.customer_id) then
        raise exception 'money moves within one customer only' using errcode = '23514';
      end if;
      update receivables r set
        amount_fen = r.amount_fen + d.owed, committed_fen = r.committed_fen + d.committed,
        paid_fen = r.paid_fen + d.paid, written_off_fen = r.written_off_fen + d.written_off
      from (select order_id,
                   sum(case kind when 'charge' then amount_fen when 'credit' then -amount_fen else 0 end) as owed,
                   sum(case kind when 'commitment' then amount_fen else 0 end) as committed,
                   sum(case kind when 'allocation' then amount_fen else 0 end) as paid,
                   sum(case kind when 'write_off' then amount_fen else 0 end) as written_off
            from added where order_id is not null group by order_id) d
      where r.order_id = d.order_id;
      update money_receipts m set
        booked_fen = m.booked_fen + d.booked, allocated_fen = m.allocated_fen + d.allocated
      from (select receipt_id,
                   sum(case kind when 'receipt' then amount_fen else 0 end) as booked,
                   sum(case kind when 'allocation' then amount_fen else 0 end) as allocated
            from added where kind in ('receipt', 'allocation') group by receipt_id) d
      where m.id = d.receipt_id;
      update customers c set open_fen = c.open_fen + d.open, unapplied_fen = c.unapplied_fen + d.unapplied
      from (select customer_id,
                   sum(case kind when 'commitment' then amount_fen when 'charge' then amount_fen
                                 when 'credit' then -amount_fen when 'write_off' then -amount_fen
                                 when 'receipt' then -amount_fen else 0 end) as open,
                   sum(case kind when 'receipt' then amount_fen when 'allocation' then -amount_fen else 0 end)
                     as unapplied
            from added group by customer_id) d
      where c.id = d.customer_id and (d.open <> 0 or d.unapplied <> 0);
      return null;
    end $$;
    create trigger money_journal_apply after insert on money_journal
      referencing new table as added for each statement execute function money_journal_apply();
  `.execute(db);
  await migrateBalances(db);
  await sql`
    create function money_journal_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'money_journal rows are never changed: book a reversal' using errcode = '23514';
    end $$;
    create trigger money_journal_immutable before update or delete on money_journal
      for each row execute function money_journal_immutable();

    create function money_receipts_kept() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'money_receipts rows are never deleted: reverse the receipt' using errcode = '23514';
      end if;
      if pg_trigger_depth() < 2 and (new.booked_fen, new.allocated_fen) is distinct from (old.booked_fen, old.allocated_fen)
         or (new.customer_id, new.amount_fen, new.method, new.reference, new.idempotency_key, new.received_at)
            is distinct from (old.customer_id, old.amount_fen, old.method, old.reference, old.idempotency_key, old.received_at) then
        raise exception 'a receipt is kept by the money journal' using errcode = '23514';
      end if;
      return new;
    end $$;
    create trigger money_receipts_kept before update or delete on money_receipts
      for each row execute function money_receipts_kept();

    create function receivables_money_kept() returns trigger language plpgsql as $$
    begin
      if pg_trigger_depth() >= 2 then return new; end if;
      if tg_op = 'INSERT' and (new.amount_fen, new.committed_fen, new.paid_fen, new.written_off_fen) <> (0, 0, 0, 0)
         or tg_op = 'UPDATE' and (new.amount_fen, new.committed_fen, new.paid_fen, new.written_off_fen)
                                 is distinct from (old.amount_fen, old.committed_fen, old.paid_fen, old.written_off_fen) then
        raise exception 'receivable amounts are kept by the money journal: book an entry' using errcode = '23514';
      end if;
      return new;
    end $$;
    create trigger receivables_money_kept before insert or update on receivables
      for each row execute function receivables_money_kept();

    create function customers_money_kept() returns trigger language plpgsql as $$
    begin
      if pg_trigger_depth() < 2 and (tg_op = 'INSERT' and (new.open_fen, new.unapplied_fen) <> (0, 0)
         or tg_op = 'UPDATE' and (new.open_fen, new.unapplied_fen) is distinct from (old.open_fen, old.unapplied_fen)) then
        raise exception 'customer balances are kept by the money journal' using errcode = '23514';
      end if;
      return new;
    end $$;
    create trigger customers_money_kept before insert or update on customers
      for each row execute function customers_money_kept();
  `.execute(db);
}

/**
 * Books what the receivables and payments of an existing shop say, as journal rows: commitments, a charge per
 * shipment (and an opening charge or credit for what shipments do not explain, e.g. orders shipped before
 * shipments were recorded), the credit notes, and each payment as a receipt allocated to its order (what a payment
 * brought beyond what the order owes stays with the customer as 预收). Void receivables owe nothing. Then checks
 * that every receivable owes, commits and has paid what it did before, and fails the migration otherwise.
 */
async function migrateBalances(db: Kysely<unknown>): Promise<void> {
  await sql`
    update customers set open_fen = 0;
    insert into money_journal (kind, customer_id, order_id, amount_fen, actor, reason, effective_at)
      select 'commitment', b.customer_id, b.order_id, b.committed_fen, 'migration', '迁移：已审核未发货', r.created_at
      from money_before b join receivables r using (order_id)
      where b.status <> 'void' and b.committed_fen > 0;
    insert into money_journal (kind, customer_id, order_id, shipment_id, amount_fen, actor, reason, effective_at)
      select 'charge', b.customer_id, b.order_id, s.id, v.value, 'migration', '迁移：发货', s.shipped_at
      from money_before b join shipments s on s.order_id = b.order_id
      join lateral (select sum(sl.qty * l.unit_price_fen) as value from shipment_lines sl
                    join order_lines l on l.order_id = s.order_id and l.line_no = sl.line_no
                    where sl.shipment_id = s.id) v on v.value > 0
      where b.status <> 'void';
    insert into money_journal (kind, customer_id, order_id, amount_fen, actor, reason, effective_at)
      select case when d.rest > 0 then 'charge' else 'credit' end, d.customer_id, d.order_id, abs(d.rest),
             'migration', '迁移：期初应收', d.created_at
      from (select b.customer_id, b.order_id, r.created_at,
                   b.amount_fen
                   - coalesce((select sum(amount_fen) from money_journal j
                               where j.order_id = b.order_id and j.kind = 'charge'), 0)
                   + coalesce((select sum(amount_fen) from credit_notes c where c.order_id = b.order_id), 0) as rest
            from money_before b join receivables r using (order_id) where b.status <> 'void') d
      where d.rest <> 0;
    insert into money_journal (kind, customer_id, order_id, credit_note_id, return_id, amount_fen, actor, reason, effective_at)
      select 'credit', b.customer_id, b.order_id, c.id, c.return_id, c.amount_fen, 'migration', c.reason, c.created_at
      from money_before b join credit_notes c on c.order_id = b.order_id
      where b.status <> 'void';
    insert into money_receipts (id, customer_id, amount_fen, method, reference, idempotency_key, received_at, actor,
                                note, created_at)
      select p.id, b.customer_id, p.amount_fen, p.method, p.reference, p.idempotency_key, p.received_at, p.actor,
             '迁移：原收款记录', p.created_at
      from legacy_payments p join money_before b on b.order_id = p.order_id;
    select setval(pg_get_serial_sequence('money_receipts', 'id'), greatest((select max(id) from money_receipts), 1));
    insert into money_journal (kind, customer_id, receipt_id, amount_fen, actor, reason, effective_at)
      select 'receipt', customer_id, id, amount_fen, actor, note, received_at from money_receipts order by id;
    insert into money_journal (kind, customer_id, order_id, receipt_id, amount_fen, actor, reason, effective_at)
      select 'allocation', customer_id, order_id, id, allocated, actor, note, received_at
      from (select m.id, m.customer_id, b.order_id, m.actor, m.note, m.received_at,
                   least(m.amount_fen, greatest(0, (b.amount_fen + b.committed_fen)
                     - coalesce(sum(m.amount_fen) over (partition by b.order_id order by m.id
                                                      rows between unbounded preceding and 1 preceding), 0)))
                     as allocated
            from money_receipts m join legacy_payments p on p.id = m.id join money_before b on b.order_id = p.order_id
            where b.status <> 'void') a
      where allocated > 0;
  `.execute(db);
  const changed = await sql<{ n: number }>`
    select count(*)::int as n from money_before b join receivables r using (order_id)
    where case when b.status = 'void' then (r.amount_fen, r.committed_fen, r.paid_fen) <> (0, 0, 0)
               else (r.amount_fen, r.committed_fen, r.paid_fen)
                    <> (b.amount_fen, b.committed_fen, least(b.paid_fen, b.amount_fen + b.committed_fen)) end`.execute(
    db,
  );
  if ((changed.rows[0]?.n ?? 0) > 0) {
    throw new Error(
      `0021-money-journal: ${changed.rows[0]?.n} receivables would change; nothing was migrated`,
    );
  }
  await sql`
    drop table legacy_payments;
    drop table money_before;
    create view payments as
      select j.id, j.order_id, j.amount_fen, m.method, m.reference, m.idempotency_key, j.actor, m.received_at,
             j.created_at, j.receipt_id, j.reverses_id
      from money_journal j join money_receipts m on m.id = j.receipt_id
      where j.kind = 'allocation';
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0021-money-journal cannot be undone: restore a backup');
}
