import { bankRowMoment } from './statement-bookings.js';
import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';
import type { StatementRowState } from '../db/finance-schema.js';
import type { Database } from '../db/schema.js';
import { FinanceRefusedError } from './finance-errors.js';
import { financeText } from './finance-desk-text.js';
import type { Allocation } from './match-types.js';
import { learnablePayerName } from './payer-directory.js';
import { readFinanceSettings } from './pg-finance-settings.js';
import { bookReceipts } from './pg-receipts.js';

/** A statement row as the finance desk sees it. */
export interface StatementRowView {
  rowId: number;
  importId: number;
  line: number;
  date: string;
  time: string | null;
  amountFen: number;
  payerName: string | null;
  payerAccount: string | null;
  remarks: string[];
  state: StatementRowState;
  decision: 'auto' | 'suggest' | 'unmatched' | null;
  kind: string | null;
  /** Why, in Chinese (the matcher's reason, or what finance wrote). */
  reason: string | null;
  proposal: Allocation[];
  candidates: string[];
  receiptId: number | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  note: string | null;
}

/** Statement rows by state (default: waiting for finance), oldest first; or the one row `rowId`. */
export async function listStatementRows(
  db: Kysely<Database>,
  filter: { state?: StatementRowState; importId?: number; rowId?: number; limit: number; offset: number },
): Promise<StatementRowView[]> {
  let q = db
    .selectFrom('bank_statement_rows as b')
    .selectAll()
    .select(sql<string>`to_char(b.txn_date, 'YYYY-MM-DD')`.as('day'))
    .where((eb) =>
      filter.rowId !== undefined
        ? eb('b.id', '=', filter.rowId)
        : eb('b.state', '=', filter.state ?? 'waiting'),
    )
    .orderBy('b.txn_date')
    .orderBy('b.id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.importId !== undefined) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('bank_import_rows as i')
          .select('i.row_id')
          .whereRef('i.row_id', '=', 'b.id')
          .where('i.import_id', '=', filter.importId!),
      ),
    );
  }
  return (await q.execute()).map((r) => ({
    rowId: Number(r.id),
    importId: Number(r.import_id),
    line: r.line,
    date: r.day,
    time: r.txn_time,
    amountFen: Number(r.amount_fen),
    payerName: r.payer_name,
    payerAccount: r.payer_account,
    remarks: r.remarks,
    state: r.state,
    decision: r.decision,
    kind: r.kind,
    reason: r.reason,
    proposal: r.proposal as Allocation[],
    candidates: r.candidates,
    receiptId: r.receipt_id === null ? null : Number(r.receipt_id),
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    note: r.note,
  }));
}

export interface RowConfirmation {
  rowId: number;
  /** The customer who paid; taken from the orders when allocations are given. */
  customerId?: string;
  /** Where the money goes; the matcher's proposal when absent. A fee write-off is at most the tolerance. */
  allocations?: { orderNumber: string; amountFen: number; writeOffFen?: number }[];
  note?: string;
  audit: AuditActor;
}

/**
 * Finance confirms (or corrects) a waiting statement row: it is booked as a receipt of the customer, allocated as
 * confirmed, the rest 预收; the payer's name is learned for that customer (a correction teaches the matcher). The
 * row is locked first, so two people confirming it at once book it once: the second is told who did
 * (FinanceRefusedError `already_decided`).
 */
export async function confirmStatementRow(
  db: Kysely<Database>,
  c: RowConfirmation,
): Promise<{ rowId: number; receiptId: number; customerId: string; learnedPayerName: string | null }> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('bank_statement_rows')
      .selectAll()
      .select(sql<string>`to_char(txn_date, 'YYYY-MM-DD')`.as('day'))
      .where('id', '=', c.rowId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new FinanceRefusedError('not_found', financeText.noSuchRow);
    if (row.state !== 'waiting') {
      throw new FinanceRefusedError('already_decided', financeText.rowDecided(row.state, row.decided_by), {
        state: row.state,
        decidedBy: row.decided_by,
        receiptId: row.receipt_id === null ? null : Number(row.receipt_id),
      });
    }
    if (row.direction !== 'income') throw new FinanceRefusedError('invalid_amount', financeText.rowNotIncome);
    const wanted: { orderNumber: string; amountFen: number; writeOffFen?: number }[] =
      c.allocations ??
      (row.proposal as Allocation[]).map((a) => ({ orderNumber: a.orderNo, amountFen: a.amountFen }));
    const orders = wanted.length
      ? await tx
          .selectFrom('orders')
          .select(['id', 'number', 'customer_id'])
          .where(
            'number',
            'in',
            wanted.map((w) => w.orderNumber),
          )
          .execute()
      : [];
    const byNumber = new Map(orders.map((o) => [o.number, o]));
    for (const w of wanted) {
      if (!byNumber.has(w.orderNumber)) {
        throw new FinanceRefusedError('not_found', financeText.noSuchOrder(w.orderNumber), {
          orderNumber: w.orderNumber,
        });
      }
    }
    const customerId = c.customerId ?? orders[0]?.customer_id ?? null;
    if (!customerId) throw new FinanceRefusedError('not_found', financeText.rowCustomerNeeded);
    const { toleranceFen } = await readFinanceSettings(tx);
    if (wanted.some((w) => (w.writeOffFen ?? 0) > toleranceFen)) {
      throw new FinanceRefusedError('write_off_too_large', financeText.writeOffTooLarge(toleranceFen));
    }
    const [outcome] = await bookReceipts(tx, [
      {
        customerId,
        amountFen: Number(row.amount_fen),
        method: 'bank',
        reference: row.payer_account,
        statementRowId: c.rowId,
        receivedAt: bankRowMoment(row.day, row.txn_time),
        actor: `staff:${c.audit.staffId}`,
        note: [row.payer_name, ...row.remarks].filter(Boolean).join(' / ') || null,
        allocations: wanted.map((w) => ({
          orderId: byNumber.get(w.orderNumber)!.id,
          amountFen: w.amountFen,
          ...(w.writeOffFen !== undefined && { writeOffFen: w.writeOffFen }),
        })),
        audit: c.audit,
      },
    ]);
    const receiptId = outcome!.receiptId;
    await tx
      .updateTable('bank_statement_rows')
      .set({
        state: 'booked',
        receipt_id: receiptId,
        decided_by: c.audit.staffId,
        decided_at: sql`now()`,
        note: c.note ?? null,
      })
      .where('id', '=', c.rowId)
      .execute();
    const learned = learnablePayerName(row.payer_name);
    if (learned) {
      await tx
        .insertInto('customer_payer_names')
        .values({
          customer_id: customerId,
          name: learned,
          source: 'learned',
          staff_id: c.audit.staffId,
          statement_row_id: c.rowId,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await writeAudit(tx, c.audit, {
      action: 'bank.row.confirm',
      customerId,
      detail: {
        rowId: c.rowId,
        receiptId,
        corrected: c.allocations !== undefined || c.customerId !== undefined,
        proposal: row.proposal,
        allocations: wanted,
        learnedPayerName: learned,
      },
    });
    return { rowId: c.rowId, receiptId, customerId, learnedPayerName: learned };
  });
}

/** Finance marks a waiting row as not a customer's payment (a supplier's refund, the owner's own money). */
export async function dismissStatementRow(
  db: Kysely<Database>,
  d: { rowId: number; reason: string; audit: AuditActor },
): Promise<{ rowId: number }> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('bank_statement_rows')
      .select(['id', 'state', 'decided_by'])
      .where('id', '=', d.rowId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new FinanceRefusedError('not_found', financeText.noSuchRow);
    if (row.state !== 'waiting') {
      throw new FinanceRefusedError('already_decided', financeText.rowDecided(row.state, row.decided_by));
    }
    await tx
      .updateTable('bank_statement_rows')
      .set({ state: 'dismissed', decided_by: d.audit.staffId, decided_at: sql`now()`, note: d.reason })
      .where('id', '=', d.rowId)
      .execute();
    await writeAudit(tx, d.audit, {
      action: 'bank.row.dismiss',
      detail: { rowId: d.rowId, reason: d.reason },
    });
    return { rowId: d.rowId };
  });
}

/** The names a customer's money is known to come from. */
export async function payerNamesOf(db: Kysely<Database>, customerId: string) {
  return db
    .selectFrom('customer_payer_names')
    .select([
      'name',
      'source',
      'staff_id as staffId',
      'statement_row_id as statementRowId',
      'created_at as createdAt',
    ])
    .where('customer_id', '=', customerId)
    .orderBy('name')
    .execute();
}

/** Adds a payer name for a customer by hand (the owner's spouse, the shop's company account). */
export async function addPayerName(
  db: Kysely<Database>,
  p: { customerId: string; name: string; audit: AuditActor },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('customer_payer_names')
      .values({
        customer_id: p.customerId,
        name: p.name.normalize('NFKC').trim(),
        source: 'entered',
        staff_id: p.audit.staffId,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await writeAudit(tx, p.audit, {
      action: 'customer.payer_name',
      customerId: p.customerId,
      detail: { name: p.name },
    });
  });
}
