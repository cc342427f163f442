import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { JOURNAL_EFFECTS, planRelease } from './journal-rules.js';
import {
  bookEntries,
  lockReceivables,
  reverseEntries,
  standingEntries,
  type JournalEntry,
  type ReceivableMoney,
} from './pg-money-journal.js';

/**
 * A step's CTE (after `new_receivables(order_id, customer_id)`) that commits each new receivable's order total in
 * the journal: approved, not shipped yet.
 */
export function commitmentsOfNewReceivables(actor: string): RawBuilder<unknown> {
  return sql`new_commitments as (
    insert into money_journal (kind, customer_id, order_id, amount_fen, actor, reason)
    select 'commitment', r.customer_id, r.order_id, o.total_fen, ${actor}, '订单审核通过'
    from new_receivables r join orders o on o.id = r.order_id where o.total_fen > 0
    returning 1)`;
}

/**
 * Books entries that change what an order owes or commits (a credit note, a commitment released). When the order
 * has been paid or written off beyond what it then asks for, the excess goes back first: write-offs, then
 * allocations, newest first, each reversed and re-booked smaller where only part must go, so the money returns to
 * the customer's unapplied credit (预收) and nothing is lost. Returns the fen moved back to 预收.
 */
export async function bookReduction(
  tx: Kysely<Database>,
  receivable: ReceivableMoney,
  entries: readonly JournalEntry[],
  actor: string,
  reason: string,
): Promise<number> {
  const change = entries.reduce(
    (sum, e) => sum + (JOURNAL_EFFECTS[e.kind].owed + JOURNAL_EFFECTS[e.kind].committed) * e.amountFen,
    0,
  );
  const capacity = receivable.amountFen + receivable.committedFen + change;
  const excess = receivable.paidFen + receivable.writtenOffFen - capacity;
  if (excess <= 0) {
    await bookEntries(tx, entries);
    return 0;
  }
  const standing = await standingEntries(tx, { orderId: receivable.orderId }, ['write_off', 'allocation']);
  const plan = planRelease(standing, excess);
  await reverseEntries(tx, plan.reverse, actor, reason);
  await bookEntries(tx, [
    ...entries,
    ...plan.rebook.map((row) => ({
      kind: row.kind,
      customerId: row.customerId,
      orderId: row.orderId,
      receiptId: row.receiptId,
      amountFen: row.amountFen,
      actor,
      reason,
    })),
  ]);
  return plan.releasedAllocationFen;
}

export interface DeliveryBooking {
  orderId: string;
  /** Value of what went out: owed from now on. */
  shippedFen: number;
  /** Value of what will not be delivered: no longer committed. */
  droppedFen: number;
  shipmentId?: number;
  actor: string;
}

/**
 * Delivery in the journal: what shipped moves from committed to owed (a charge naming the shipment), what will not
 * come leaves committed. Orders without a receivable (no customer) owe nothing here.
 */
export async function bookDelivery(tx: Kysely<Database>, d: DeliveryBooking): Promise<void> {
  const receivable = (await lockReceivables(tx, [d.orderId])).get(d.orderId);
  if (!receivable) return;
  const release = Math.min(receivable.committedFen, d.shippedFen + d.droppedFen);
  const common = { customerId: receivable.customerId, orderId: d.orderId, actor: d.actor };
  const charge: JournalEntry[] =
    d.shippedFen > 0
      ? [
          {
            ...common,
            kind: 'charge',
            amountFen: d.shippedFen,
            shipmentId: d.shipmentId ?? null,
            reason: '发货',
          },
        ]
      : [];
  const releaseEntry: JournalEntry[] =
    release > 0 ? [{ ...common, kind: 'commitment', amountFen: -release, reason: '发货或取消余量' }] : [];
  await bookReduction(tx, receivable, [...charge, ...releaseEntry], d.actor, '未发部分取消，多收的款转预收');
}

/** A credit note in the journal (a return): the order owes its value less; money paid beyond goes to 预收. */
export async function bookCreditNote(
  tx: Kysely<Database>,
  c: {
    orderId: string;
    amountFen: number;
    creditNoteId: number;
    returnId: number | null;
    actor: string;
    reason: string;
  },
): Promise<number> {
  const receivable = (await lockReceivables(tx, [c.orderId])).get(c.orderId);
  if (!receivable) return 0;
  return bookReduction(
    tx,
    receivable,
    [
      {
        kind: 'credit',
        customerId: receivable.customerId,
        orderId: c.orderId,
        amountFen: c.amountFen,
        creditNoteId: c.creditNoteId,
        returnId: c.returnId,
        actor: c.actor,
        reason: c.reason,
      },
    ],
    c.actor,
    '退货冲减，多收的款转预收',
  );
}

/** Releases what a cancelled order still commits; returns its receivable as it was, or undefined. */
export async function releaseCommitment(
  tx: Kysely<Database>,
  orderId: string,
  actor: string,
  reason: string,
): Promise<ReceivableMoney | undefined> {
  const receivable = (await lockReceivables(tx, [orderId])).get(orderId);
  if (!receivable || receivable.committedFen === 0) return receivable;
  await bookReduction(
    tx,
    receivable,
    [
      {
        kind: 'commitment',
        customerId: receivable.customerId,
        orderId,
        amountFen: -receivable.committedFen,
        actor,
        reason,
      },
    ],
    actor,
    reason,
  );
  return receivable;
}
