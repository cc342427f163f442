import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';
import type { Database } from '../db/schema.js';
import { FinanceRefusedError } from './finance-errors.js';
import { financeText } from './finance-desk-text.js';
import { allocateOldestFirst, type OpenForAllocation } from './journal-rules.js';
import { bookEntries, lockReceivables, reverseEntries, standingEntries } from './pg-money-journal.js';
import { bookReceipts, type ReceiptOutcome } from './pg-receipts.js';

/** Where money goes: named orders with amounts, or the customer's open orders oldest first. */
export type AllocationChoice = { orderNumber: string; amountFen: number }[] | 'oldest-first';

/** The customer's orders that still ask for money, oldest first, locked when `lock` (orders, then receivables). */
export async function openOrdersForAllocation(
  tx: Kysely<Database>,
  customerId: string,
  lock: boolean,
): Promise<OpenForAllocation[]> {
  const rows = await tx
    .selectFrom('receivables as r')
    .innerJoin('orders as o', 'o.id', 'r.order_id')
    .select([
      'r.order_id',
      'o.number',
      sql<string>`to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS')`.as(
        'issued_at',
      ),
    ])
    .where('r.customer_id', '=', customerId)
    .where('r.status', '<>', 'void')
    .where(sql<boolean>`r.amount_fen + r.committed_fen - r.paid_fen - r.written_off_fen > 0`)
    .execute();
  const ids = rows.map((r) => r.order_id).sort();
  if (lock && ids.length) {
    await tx.selectFrom('orders').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
  }
  const money = await lockReceivables(tx, ids);
  return rows.map((r) => ({
    orderId: r.order_id,
    orderNumber: r.number,
    issuedAt: r.issued_at,
    outstandingFen: money.get(r.order_id)?.outstandingFen ?? 0,
  }));
}

/** Resolves a choice to order ids and amounts, against the customer's locked open orders. */
function resolveChoice(choice: AllocationChoice, open: OpenForAllocation[], amountFen: number) {
  if (choice === 'oldest-first') return allocateOldestFirst(open, amountFen).allocations;
  const byNumber = new Map(open.map((o) => [o.orderNumber, o]));
  return choice.map((c) => {
    const order = byNumber.get(c.orderNumber);
    if (!order) {
      throw new FinanceRefusedError('no_receivable', financeText.noReceivable(c.orderNumber), {
        orderNumber: c.orderNumber,
      });
    }
    return { orderId: order.orderId, orderNumber: c.orderNumber, amountFen: c.amountFen };
  });
}

export interface HandPayment {
  customerId: string;
  amountFen: number;
  method: 'cash' | 'transfer' | 'wechat' | 'alipay';
  reference?: string | null;
  receivedAt?: Date | null;
  note?: string | null;
  allocations: AllocationChoice;
  idempotencyKey?: string | null;
  audit: AuditActor;
}

/**
 * A payment booked by hand: a receipt of the customer, allocated to the orders named (or oldest first), the rest
 * 预收; the customer and their rep are told in chat. With the same Idempotency-Key it is booked once.
 */
export async function bookHandPayment(db: Kysely<Database>, p: HandPayment): Promise<ReceiptOutcome> {
  return db.transaction().execute(async (tx) => {
    await mustHaveCustomer(tx, p.customerId);
    const open = await openOrdersForAllocation(tx, p.customerId, true);
    const [outcome] = await bookReceipts(tx, [
      {
        customerId: p.customerId,
        amountFen: p.amountFen,
        method: p.method,
        reference: p.reference ?? null,
        idempotencyKey: p.idempotencyKey ?? null,
        receivedAt: p.receivedAt ?? null,
        note: p.note ?? null,
        actor: `staff:${p.audit.staffId}`,
        allocations: resolveChoice(p.allocations, open, p.amountFen),
        audit: p.audit,
      },
    ]);
    return outcome!;
  });
}

async function mustHaveCustomer(tx: Kysely<Database>, customerId: string): Promise<void> {
  const c = await tx.selectFrom('customers').select('id').where('id', '=', customerId).executeTakeFirst();
  if (!c) throw new FinanceRefusedError('not_found', financeText.noSuchCustomer);
}

/**
 * Applies a customer's unapplied money (预收) to its open orders, named or oldest first, drawing on its receipts
 * oldest first. Returns what was applied.
 */
export async function applyCredit(
  db: Kysely<Database>,
  a: { customerId: string; allocations: AllocationChoice; audit: AuditActor },
): Promise<{ appliedFen: number; allocations: { orderNumber: string; amountFen: number }[] }> {
  return db.transaction().execute(async (tx) => {
    await mustHaveCustomer(tx, a.customerId);
    const open = await openOrdersForAllocation(tx, a.customerId, true);
    const receipts = await tx
      .selectFrom('money_receipts')
      .select(['id', 'booked_fen', 'allocated_fen'])
      .where('customer_id', '=', a.customerId)
      .where(sql<boolean>`booked_fen > allocated_fen`)
      .orderBy('id')
      .forUpdate()
      .execute();
    const credit = receipts.reduce((s, r) => s + Number(r.booked_fen) - Number(r.allocated_fen), 0);
    const wanted = resolveChoice(a.allocations, open, credit);
    const total = wanted.reduce((s, w) => s + w.amountFen, 0);
    if (total > credit) throw new FinanceRefusedError('over_received', financeText.overCredit(credit));
    const outstanding = new Map(open.map((o) => [o.orderId, o.outstandingFen]));
    const entries = [];
    let k = 0;
    let leftInReceipt = receipts.length
      ? Number(receipts[0]!.booked_fen) - Number(receipts[0]!.allocated_fen)
      : 0;
    for (const w of wanted) {
      if (!Number.isSafeInteger(w.amountFen) || w.amountFen <= 0) {
        throw new FinanceRefusedError('invalid_amount', financeText.invalidAmount);
      }
      const open = outstanding.get(w.orderId) ?? 0;
      if (w.amountFen > open)
        throw new FinanceRefusedError('over_open', financeText.overOpen(w.orderNumber, open));
      outstanding.set(w.orderId, open - w.amountFen);
      let need = w.amountFen;
      while (need > 0) {
        const take = Math.min(need, leftInReceipt);
        if (take > 0) {
          entries.push({
            kind: 'allocation' as const,
            customerId: a.customerId,
            orderId: w.orderId,
            receiptId: Number(receipts[k]!.id),
            amountFen: take,
            actor: `staff:${a.audit.staffId}`,
            reason: '预收款抵扣',
          });
        }
        need -= take;
        leftInReceipt -= take;
        if (need > 0) {
          k++;
          leftInReceipt = Number(receipts[k]!.booked_fen) - Number(receipts[k]!.allocated_fen);
        }
      }
    }
    await bookEntries(tx, entries);
    const applied = wanted.map((w) => ({ orderNumber: w.orderNumber, amountFen: w.amountFen }));
    await writeAudit(tx, a.audit, {
      action: 'money.apply_credit',
      customerId: a.customerId,
      detail: { appliedFen: total, allocations: applied },
    });
    return { appliedFen: total, allocations: applied };
  });
}

/**
 * Reverses a whole receipt (a wrong booking, a bounced transfer): its allocations and write-offs, then the receipt
 * itself, each by a mirror row; a statement row it booked waits for finance again. The orders it paid ask for the
 * money again (an order completed meanwhile keeps its status; the mismatch report shows it).
 */
export async function reverseReceipt(
  db: Kysely<Database>,
  r: { receiptId: number; reason: string; audit: AuditActor },
): Promise<{ receiptId: number; reversedFen: number; orders: string[] }> {
  return db.transaction().execute(async (tx) => {
    const receipt = await tx
      .selectFrom('money_receipts')
      .select(['id', 'customer_id', 'booked_fen', 'statement_row_id'])
      .where('id', '=', r.receiptId)
      .executeTakeFirst();
    if (!receipt) throw new FinanceRefusedError('not_found', financeText.noSuchReceipt);
    const standing = await standingEntries(tx, { receiptId: r.receiptId }, [
      'allocation',
      'write_off',
      'receipt',
    ]);
    const orderIds = [...new Set(standing.flatMap((e) => (e.orderId ? [e.orderId] : [])))].sort();
    if (orderIds.length) {
      await tx
        .selectFrom('orders')
        .select('id')
        .where('id', 'in', orderIds)
        .orderBy('id')
        .forUpdate()
        .execute();
      await lockReceivables(tx, orderIds);
    }
    await tx.selectFrom('money_receipts').select('id').where('id', '=', r.receiptId).forUpdate().execute();
    // Read again under the locks: a reversal that ran meanwhile has left nothing standing.
    const current = await standingEntries(tx, { receiptId: r.receiptId }, [
      'allocation',
      'write_off',
      'receipt',
    ]);
    const receiptEntry = current.find((e) => e.kind === 'receipt');
    if (!receiptEntry) throw new FinanceRefusedError('already_reversed', financeText.receiptReversed);
    const actor = `staff:${r.audit.staffId}`;
    await reverseEntries(
      tx,
      current.filter((e) => e.kind !== 'receipt').map((e) => e.id),
      actor,
      r.reason,
    );
    await reverseEntries(tx, [receiptEntry.id], actor, r.reason);
    await reopenReceivables(tx, orderIds);
    if (receipt.statement_row_id !== null) {
      await tx
        .updateTable('bank_statement_rows')
        .set({ state: 'waiting', receipt_id: null, decided_by: null, decided_at: null, note: r.reason })
        .where('id', '=', receipt.statement_row_id)
        .execute();
    }
    const numbers = orderIds.length
      ? (await tx.selectFrom('orders').select('number').where('id', 'in', orderIds).execute()).map(
          (o) => o.number,
        )
      : [];
    await writeAudit(tx, r.audit, {
      action: 'money.reverse_receipt',
      customerId: receipt.customer_id,
      detail: { receiptId: r.receiptId, reason: r.reason, orders: numbers },
    });
    return { receiptId: r.receiptId, reversedFen: Number(receipt.booked_fen), orders: numbers };
  });
}

/** Receivables marked paid that ask for money again are open again. */
async function reopenReceivables(tx: Kysely<Database>, orderIds: readonly string[]): Promise<void> {
  if (orderIds.length === 0) return;
  await sql`update receivables set status = 'open', settled_at = null
            where order_id = any(${[...orderIds]}::text[]) and status = 'paid'
              and amount_fen + committed_fen - paid_fen - written_off_fen > 0`.execute(tx);
}

/**
 * Takes one allocation off its order (money booked to the wrong order): a mirror row, the money back to the
 * customer's 预收, ready to apply elsewhere. Write-offs the same receipt made on that order go with it.
 */
export async function reverseAllocation(
  db: Kysely<Database>,
  r: { allocationId: number; reason: string; audit: AuditActor },
): Promise<{ allocationId: number; orderNumber: string; amountFen: number }> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('money_journal as j')
      .innerJoin('orders as o', 'o.id', 'j.order_id')
      .select(['j.id', 'j.order_id', 'j.receipt_id', 'j.customer_id', 'j.amount_fen', 'o.number'])
      .where('j.id', '=', r.allocationId)
      .where('j.kind', '=', 'allocation')
      .where('j.reverses_id', 'is', null)
      .executeTakeFirst();
    if (!row || !row.order_id) throw new FinanceRefusedError('not_found', financeText.noSuchAllocation);
    await tx.selectFrom('orders').select('id').where('id', '=', row.order_id).forUpdate().execute();
    await lockReceivables(tx, [row.order_id]);
    const standing = await standingEntries(tx, { orderId: row.order_id }, ['allocation', 'write_off']);
    if (!standing.some((e) => e.id === r.allocationId)) {
      throw new FinanceRefusedError('already_reversed', financeText.allocationReversed);
    }
    const withIt = standing.filter((e) => e.kind === 'write_off' && e.receiptId === Number(row.receipt_id));
    await reverseEntries(
      tx,
      [r.allocationId, ...withIt.map((e) => e.id)],
      `staff:${r.audit.staffId}`,
      r.reason,
    );
    await reopenReceivables(tx, [row.order_id]);
    await writeAudit(tx, r.audit, {
      action: 'money.reverse_allocation',
      orderId: row.order_id,
      customerId: row.customer_id,
      detail: { allocationId: r.allocationId, amountFen: Number(row.amount_fen), reason: r.reason },
    });
    return { allocationId: r.allocationId, orderNumber: row.number, amountFen: Number(row.amount_fen) };
  });
}
