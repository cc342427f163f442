import { sql, type Kysely } from 'kysely';
import type { JournalKind } from '../db/finance-schema.js';
import type { Database } from '../db/schema.js';

/** One booking to write. Amounts are positive; only a commitment may shrink (negative) without being a reversal. */
export interface JournalEntry {
  kind: JournalKind;
  customerId: string;
  orderId?: string | null;
  receiptId?: number | null;
  amountFen: number;
  shipmentId?: number | null;
  returnId?: number | null;
  creditNoteId?: number | null;
  actor: string;
  reason?: string | null;
  /** When it happened for the books; now by default. */
  effectiveAt?: Date | string | null;
}

/** A journal row as stored. */
export interface JournalRow {
  id: number;
  kind: JournalKind;
  customerId: string;
  orderId: string | null;
  receiptId: number | null;
  amountFen: number;
  reversesId: number | null;
}

/**
 * Writes journal rows in ONE statement, so the balance trigger runs once and checks the result as a whole
 * (receivables, receipts and customers are updated in that statement and their check constraints hold or the
 * statement fails). Callers lock the orders and receivables they book on first (orders → receivables → receipts
 * → customers is the lock order everywhere). Returns the new ids in input order.
 */
export async function bookEntries(tx: Kysely<Database>, entries: readonly JournalEntry[]): Promise<number[]> {
  const real = entries.filter((e) => e.amountFen !== 0);
  if (real.length === 0) return [];
  for (const e of real) {
    if (!Number.isSafeInteger(e.amountFen))
      throw new RangeError(`journal amount ${e.amountFen} is not whole fen`);
  }
  const column = <T>(pick: (e: JournalEntry) => T) => real.map(pick);
  const r = await sql<{ id: number }>`
    insert into money_journal (kind, customer_id, order_id, receipt_id, amount_fen, shipment_id, return_id,
                               credit_note_id, actor, reason, effective_at)
    select kind, customer_id, order_id, receipt_id, amount_fen, shipment_id, return_id, credit_note_id, actor, reason,
           coalesce(effective_at, now())
    from unnest(${column((e) => e.kind)}::text[], ${column((e) => e.customerId)}::text[],
                ${column((e) => e.orderId ?? null)}::text[], ${column((e) => e.receiptId ?? null)}::bigint[],
                ${column((e) => e.amountFen)}::bigint[], ${column((e) => e.shipmentId ?? null)}::bigint[],
                ${column((e) => e.returnId ?? null)}::bigint[], ${column((e) => e.creditNoteId ?? null)}::bigint[],
                ${column((e) => e.actor)}::text[], ${column((e) => e.reason ?? null)}::text[],
                ${column((e) => (e.effectiveAt instanceof Date ? e.effectiveAt.toISOString() : (e.effectiveAt ?? null)))}::timestamptz[])
         with ordinality as v(kind, customer_id, order_id, receipt_id, amount_fen, shipment_id, return_id,
                              credit_note_id, actor, reason, effective_at, n)
    order by n
    returning id`.execute(tx);
  return r.rows.map((row) => Number(row.id));
}

/**
 * Reverses journal rows: each gets a mirror row (same kind and parties, negated amount) naming it. A row already
 * reversed, or itself a reversal, is refused by the unique index and the trigger.
 */
export async function reverseEntries(
  tx: Kysely<Database>,
  ids: readonly number[],
  actor: string,
  reason: string,
): Promise<number[]> {
  if (ids.length === 0) return [];
  const r = await sql<{ id: number }>`
    insert into money_journal (kind, customer_id, order_id, receipt_id, amount_fen, reverses_id, shipment_id, return_id,
                               credit_note_id, actor, reason, effective_at)
    select kind, customer_id, order_id, receipt_id, -amount_fen, id, shipment_id, return_id, credit_note_id,
           ${actor}, ${reason}, now()
    from money_journal where id = any(${[...ids]}::bigint[])
    order by id
    returning id`.execute(tx);
  return r.rows.map((row) => Number(row.id));
}

/** The standing (not reversed, not reversals) rows of some kinds for an order, newest first. */
export async function standingEntries(
  tx: Kysely<Database>,
  where: { orderId?: string; receiptId?: number },
  kinds: readonly JournalKind[],
): Promise<JournalRow[]> {
  let q = tx
    .selectFrom('money_journal as j')
    .select([
      'j.id',
      'j.kind',
      'j.customer_id',
      'j.order_id',
      'j.receipt_id',
      'j.amount_fen',
      'j.reverses_id',
    ])
    .where('j.kind', 'in', [...kinds])
    .where('j.reverses_id', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('money_journal as x').select('x.id').whereRef('x.reverses_id', '=', 'j.id'))),
    )
    .orderBy('j.id', 'desc');
  if (where.orderId !== undefined) q = q.where('j.order_id', '=', where.orderId);
  if (where.receiptId !== undefined) q = q.where('j.receipt_id', '=', where.receiptId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    customerId: r.customer_id,
    orderId: r.order_id,
    receiptId: r.receipt_id === null ? null : Number(r.receipt_id),
    amountFen: Number(r.amount_fen),
    reversesId: r.reverses_id === null ? null : Number(r.reverses_id),
  }));
}

/** An order's receivable as the journal keeps it. */
export interface ReceivableMoney {
  orderId: string;
  customerId: string;
  amountFen: number;
  committedFen: number;
  paidFen: number;
  writtenOffFen: number;
  /** Still to pay: owed + committed − paid − written off. */
  outstandingFen: number;
  status: 'open' | 'paid' | 'void';
}

/** Locks the receivables of these orders (in order id order) and reads them; orders without one are missing. */
export async function lockReceivables(
  tx: Kysely<Database>,
  orderIds: readonly string[],
): Promise<Map<string, ReceivableMoney>> {
  if (orderIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('receivables')
    .select([
      'order_id',
      'customer_id',
      'amount_fen',
      'committed_fen',
      'paid_fen',
      'written_off_fen',
      'status',
    ])
    .where('order_id', 'in', [...new Set(orderIds)])
    .orderBy('order_id')
    .forUpdate()
    .execute();
  return new Map(
    rows.map((r) => {
      const money = {
        orderId: r.order_id,
        customerId: r.customer_id,
        amountFen: Number(r.amount_fen),
        committedFen: Number(r.committed_fen),
        paidFen: Number(r.paid_fen),
        writtenOffFen: Number(r.written_off_fen),
        status: r.status,
      };
      const outstandingFen = money.amountFen + money.committedFen - money.paidFen - money.writtenOffFen;
      return [r.order_id, { ...money, outstandingFen }];
    }),
  );
}

/** A receipt's allocation to one order that still stands, with the write-off booked with it. */
export interface StandingAllocation {
  allocationId: number;
  receiptId: number;
  orderNumber: string;
  amountFen: number;
  writeOffFen: number;
}

/**
 * The allocations of some receipts that still stand (not reversed), oldest first per receipt, each with the
 * write-off the same receipt booked on the same order (undone together with the allocation).
 */
export async function standingAllocationsOf(
  db: Kysely<Database>,
  receiptIds: readonly number[],
): Promise<StandingAllocation[]> {
  if (receiptIds.length === 0) return [];
  const r = await sql<{
    id: string;
    receipt_id: string;
    number: string;
    amount_fen: string;
    write_off_fen: string;
  }>`
    with standing as (
      select j.id, j.kind, j.receipt_id, j.order_id, j.amount_fen
      from money_journal j
      where j.receipt_id = any(${[...receiptIds]}::bigint[])
        and j.kind in ('allocation', 'write_off')
        and j.reverses_id is null
        and not exists (select 1 from money_journal x where x.reverses_id = j.id)
    )
    select a.id, a.receipt_id, o.number, a.amount_fen,
           coalesce((select sum(w.amount_fen) from standing w
                     where w.kind = 'write_off' and w.receipt_id = a.receipt_id and w.order_id = a.order_id), 0)
             as write_off_fen
    from standing a join orders o on o.id = a.order_id
    where a.kind = 'allocation'
    order by a.receipt_id, a.id`.execute(db);
  return r.rows.map((row) => ({
    allocationId: Number(row.id),
    receiptId: Number(row.receipt_id),
    orderNumber: row.number,
    amountFen: Number(row.amount_fen),
    writeOffFen: Number(row.write_off_fen),
  }));
}
