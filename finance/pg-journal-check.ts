import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** A balance that differs from the sum of its journal rows, or breaks a rule of the books. */
export interface JournalDrift {
  what: 'receivable' | 'receipt' | 'customer';
  id: string;
  problem: string;
}

/**
 * Recomputes every kept balance from the journal and lists those that differ (none, unless something wrote
 * around the journal, e.g. with its triggers switched off). The property test and the mismatch report run it.
 */
export async function journalDrift(db: Kysely<Database>): Promise<JournalDrift[]> {
  const r = await sql<JournalDrift>`
    with sums as (
      select order_id,
             sum(case kind when 'charge' then amount_fen when 'credit' then -amount_fen else 0 end) as owed,
             sum(case kind when 'commitment' then amount_fen else 0 end) as committed,
             sum(case kind when 'allocation' then amount_fen else 0 end) as paid,
             sum(case kind when 'write_off' then amount_fen else 0 end) as written_off
      from money_journal where order_id is not null group by order_id)
    select 'receivable' as what, r.order_id as id,
           format('kept %s/%s/%s/%s, journal %s/%s/%s/%s', r.amount_fen, r.committed_fen, r.paid_fen, r.written_off_fen,
                  coalesce(s.owed, 0), coalesce(s.committed, 0), coalesce(s.paid, 0), coalesce(s.written_off, 0)) as problem
    from receivables r left join sums s using (order_id)
    where (r.amount_fen, r.committed_fen, r.paid_fen, r.written_off_fen)
          <> (coalesce(s.owed, 0), coalesce(s.committed, 0), coalesce(s.paid, 0), coalesce(s.written_off, 0))
       or r.paid_fen + r.written_off_fen > r.amount_fen + r.committed_fen
    union all
    select 'receipt', m.id::text, format('kept %s/%s, journal %s/%s', m.booked_fen, m.allocated_fen, s.booked, s.allocated)
    from money_receipts m
    cross join lateral (select coalesce(sum(case kind when 'receipt' then amount_fen else 0 end), 0) as booked,
                               coalesce(sum(case kind when 'allocation' then amount_fen else 0 end), 0) as allocated
                        from money_journal j where j.receipt_id = m.id) s
    where (m.booked_fen, m.allocated_fen) <> (s.booked, s.allocated) or s.allocated > s.booked or s.allocated < 0
    union all
    select 'customer', c.id, format('kept %s/%s, journal %s/%s', c.open_fen, c.unapplied_fen, s.open, s.unapplied)
    from customers c
    cross join lateral (
      select coalesce(sum(case kind when 'commitment' then amount_fen when 'charge' then amount_fen
                                    when 'credit' then -amount_fen when 'write_off' then -amount_fen
                                    when 'receipt' then -amount_fen else 0 end), 0) as open,
             coalesce(sum(case kind when 'receipt' then amount_fen when 'allocation' then -amount_fen else 0 end), 0)
               as unapplied
      from money_journal j where j.customer_id = c.id) s
    where (c.open_fen, c.unapplied_fen) <> (s.open, s.unapplied) or s.unapplied < 0`.execute(db);
  return r.rows;
}
