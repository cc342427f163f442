import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';
import type { Database } from '../db/schema.js';
import { jobIds, type PipelineJob } from '../orders/jobs.js';
import { enqueueJobs } from '../orders/pg-outbox.js';
import { completeSettledOrders } from '../orders/pg-shipments.js';
import { FinanceRefusedError } from './finance-errors.js';
import { financeText } from './finance-desk-text.js';
import { paymentReceivedText } from './payment-notice-text.js';
import { bookEntries, lockReceivables, type JournalEntry, type ReceivableMoney } from './pg-money-journal.js';

/** Money to allocate to one order; `writeOffFen` settles a bank fee short of what it asks for. */
export interface AllocationInput {
  orderId: string;
  amountFen: number;
  writeOffFen?: number;
}

/** Money received from one customer, and where it goes; what is not allocated stays as 预收. */
export interface ReceiptInput {
  customerId: string;
  amountFen: number;
  method: string;
  reference?: string | null;
  /** A request's Idempotency-Key (scoped to its sender): a receipt booked under it is not booked again. */
  idempotencyKey?: string | null;
  statementRowId?: number | null;
  receivedAt?: Date | string | null;
  actor: string;
  note?: string | null;
  allocations: readonly AllocationInput[];
  /** The staff member booking it by hand: an audit row in the same transaction. */
  audit?: AuditActor;
}

/** What became of one receipt: booked (with its id), or a repeat of one booked before under the same key. */
export type ReceiptOutcome =
  | { kind: 'booked'; receiptId: number; allocations: BookedAllocation[]; unappliedFen: number }
  | { kind: 'repeat'; receiptId: number };

export interface BookedAllocation {
  orderId: string;
  orderNumber: string;
  amountFen: number;
  writeOffFen: number;
  /** What the order still asks for after this receipt. */
  outstandingFen: number;
}

function refuse(
  code: ConstructorParameters<typeof FinanceRefusedError>[0],
  message: string,
  details?: unknown,
) {
  return new FinanceRefusedError(code, message, details);
}

/** Checks the receipts against the locked receivables, in order, paying down as it goes. */
function checkAllocations(
  inputs: readonly ReceiptInput[],
  receivables: Map<string, ReceivableMoney>,
  numbers: Map<string, string>,
): Map<string, number> {
  const left = new Map([...receivables].map(([id, r]) => [id, r.outstandingFen]));
  for (const input of inputs) {
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) {
      throw refuse('invalid_amount', financeText.invalidAmount);
    }
    const seen = new Set<string>();
    let total = 0;
    for (const a of input.allocations) {
      const number = numbers.get(a.orderId) ?? a.orderId;
      const writeOff = a.writeOffFen ?? 0;
      if (
        !Number.isSafeInteger(a.amountFen) ||
        a.amountFen <= 0 ||
        !Number.isSafeInteger(writeOff) ||
        writeOff < 0
      ) {
        throw refuse('invalid_amount', financeText.invalidAmount, { orderNumber: number });
      }
      if (seen.has(a.orderId))
        throw refuse('order_twice', financeText.orderTwice(number), { orderNumber: number });
      seen.add(a.orderId);
      const receivable = receivables.get(a.orderId);
      if (!receivable)
        throw refuse('no_receivable', financeText.noReceivable(number), { orderNumber: number });
      if (receivable.status === 'void')
        throw refuse('receivable_void', financeText.voided(number), { orderNumber: number });
      if (receivable.customerId !== input.customerId) {
        throw refuse('other_customer', financeText.otherCustomer(number), { orderNumber: number });
      }
      const open = left.get(a.orderId) ?? 0;
      if (a.amountFen + writeOff > open) {
        throw refuse('over_open', financeText.overOpen(number, open), { orderNumber: number, openFen: open });
      }
      left.set(a.orderId, open - a.amountFen - writeOff);
      total += a.amountFen;
    }
    if (total > input.amountFen)
      throw refuse('over_received', financeText.overReceived(total, input.amountFen));
  }
  return left;
}

/**
 * Books receipts with their allocations (and fee write-offs) in one transaction the caller holds, set-based so a
 * whole bank statement costs a few statements: locks the orders and receivables allocated to (id order), checks
 * every allocation against what the order still asks for (FinanceRefusedError, nothing written), writes the
 * receipts and ONE journal statement, completes shipped orders that are now settled, and queues one chat notice
 * per receipt to the customer and their rep. A receipt whose Idempotency-Key was booked before is a `repeat`.
 */
export async function bookReceipts(
  tx: Kysely<Database>,
  inputs: readonly ReceiptInput[],
): Promise<ReceiptOutcome[]> {
  const keys = inputs.flatMap((i) => (i.idempotencyKey ? [i.idempotencyKey] : []));
  const earlier = keys.length
    ? await tx
        .selectFrom('money_receipts')
        .select(['id', 'idempotency_key'])
        .where('idempotency_key', 'in', keys)
        .execute()
    : [];
  const byKey = new Map(earlier.map((r) => [r.idempotency_key!, Number(r.id)]));
  const fresh = inputs.filter((i) => !(i.idempotencyKey && byKey.has(i.idempotencyKey)));
  const orderIds = [...new Set(fresh.flatMap((i) => i.allocations.map((a) => a.orderId)))].sort();
  const orders = orderIds.length
    ? await tx
        .selectFrom('orders')
        .select(['id', 'number', 'status'])
        .where('id', 'in', orderIds)
        .orderBy('id')
        .forUpdate()
        .execute()
    : [];
  const numbers = new Map(orders.map((o) => [o.id, o.number]));
  const receivables = await lockReceivables(tx, orderIds);
  const after = checkAllocations(fresh, receivables, numbers);
  const ids = fresh.length
    ? (
        await sql<{ id: number }>`select nextval(pg_get_serial_sequence('money_receipts', 'id')) as id
                                  from generate_series(1, ${fresh.length}::int)`.execute(tx)
      ).rows.map((r) => Number(r.id))
    : [];
  const inserted = fresh.length
    ? await sql<{ id: number }>`
        insert into money_receipts (id, customer_id, amount_fen, method, reference, idempotency_key, statement_row_id,
                                    received_at, actor, note)
        select * from unnest(${ids}::bigint[], ${fresh.map((i) => i.customerId)}::text[],
                             ${fresh.map((i) => i.amountFen)}::bigint[], ${fresh.map((i) => i.method)}::text[],
                             ${fresh.map((i) => i.reference ?? null)}::text[],
                             ${fresh.map((i) => i.idempotencyKey ?? null)}::text[],
                             ${fresh.map((i) => i.statementRowId ?? null)}::bigint[],
                             ${fresh.map((i) => stamp(i.receivedAt))}::timestamptz[],
                             ${fresh.map((i) => i.actor)}::text[], ${fresh.map((i) => i.note ?? null)}::text[])
        on conflict (idempotency_key) do nothing
        returning id`.execute(tx)
    : { rows: [] };
  const booked = new Set(inserted.rows.map((r) => Number(r.id)));
  const entries: JournalEntry[] = [];
  const outcomes = new Map<ReceiptInput, ReceiptOutcome>();
  const raced: ReceiptInput[] = [];
  fresh.forEach((input, k) => {
    const receiptId = ids[k]!;
    if (!booked.has(receiptId)) {
      raced.push(input);
      return;
    }
    const at = stamp(input.receivedAt);
    const common = { customerId: input.customerId, receiptId, actor: input.actor, effectiveAt: at };
    entries.push({ ...common, kind: 'receipt', amountFen: input.amountFen, reason: input.note ?? null });
    for (const a of input.allocations) {
      entries.push({
        ...common,
        kind: 'allocation',
        orderId: a.orderId,
        amountFen: a.amountFen,
        reason: null,
      });
      if (a.writeOffFen) {
        entries.push({
          ...common,
          kind: 'write_off',
          orderId: a.orderId,
          amountFen: a.writeOffFen,
          reason: '手续费差额',
        });
      }
    }
    const allocated = input.allocations.reduce((s, a) => s + a.amountFen, 0);
    outcomes.set(input, {
      kind: 'booked',
      receiptId,
      unappliedFen: input.amountFen - allocated,
      allocations: input.allocations.map((a) => ({
        orderId: a.orderId,
        orderNumber: numbers.get(a.orderId) ?? a.orderId,
        amountFen: a.amountFen,
        writeOffFen: a.writeOffFen ?? 0,
        outstandingFen: 0,
      })),
    });
  });
  if (raced.length) {
    // Another transaction booked the same key while this one ran: the unique index kept it once.
    const again = await tx
      .selectFrom('money_receipts')
      .select(['id', 'idempotency_key'])
      .where(
        'idempotency_key',
        'in',
        raced.map((i) => i.idempotencyKey!),
      )
      .execute();
    for (const r of again) byKey.set(r.idempotency_key!, Number(r.id));
  }
  await bookEntries(tx, entries);
  await afterBooking(tx, [...outcomes], after, orders);
  return inputs.map((input) => {
    const outcome = outcomes.get(input);
    if (outcome) return outcome;
    const receiptId = byKey.get(input.idempotencyKey ?? '');
    if (receiptId === undefined) throw new Error('a receipt was neither booked nor found');
    return { kind: 'repeat', receiptId };
  });
}

const stamp = (at: Date | string | null | undefined) =>
  at instanceof Date ? at.toISOString() : (at ?? new Date().toISOString());

/** Completions, notices and audit rows of what was booked. */
async function afterBooking(
  tx: Kysely<Database>,
  booked: [ReceiptInput, ReceiptOutcome][],
  outstanding: Map<string, number>,
  orders: { id: string; status: string }[],
): Promise<void> {
  for (const [, outcome] of booked) {
    if (outcome.kind !== 'booked') continue;
    for (const a of outcome.allocations) a.outstandingFen = outstanding.get(a.orderId) ?? 0;
  }
  const settledShipped = orders.filter((o) => o.status === 'shipped' && (outstanding.get(o.id) ?? 1) <= 0);
  await completeSettledOrders(
    tx,
    settledShipped.map((o) => o.id),
    booked[0]?.[0].actor ?? 'system',
  );
  const customers = [...new Set(booked.map(([input]) => input.customerId))];
  const reps = customers.length
    ? await tx.selectFrom('customers').select(['id', 'rep_id']).where('id', 'in', customers).execute()
    : [];
  const repOf = new Map(reps.map((c) => [c.id, c.rep_id]));
  const jobs: PipelineJob[] = [];
  for (const [input, outcome] of booked) {
    if (outcome.kind !== 'booked') continue;
    const rep = repOf.get(input.customerId);
    jobs.push({
      queue: 'notify',
      name: 'notify',
      jobId: jobIds.customerNotice(input.customerId, 'payment_received', String(outcome.receiptId), 'all'),
      payload: {
        customerId: input.customerId,
        event: 'payment_received',
        to: [
          { kind: 'customer', id: input.customerId },
          ...(rep ? [{ kind: 'staff' as const, id: rep }] : []),
        ],
        text: paymentReceivedText({
          amountFen: input.amountFen,
          method: input.method,
          orders: outcome.allocations.map((a) => ({
            orderNumber: a.orderNumber,
            amountFen: a.amountFen,
            stillOwedFen: a.outstandingFen,
          })),
          unappliedFen: outcome.unappliedFen,
        }),
      },
    });
    if (input.audit) {
      await writeAudit(tx, input.audit, {
        action: 'money.receipt',
        customerId: input.customerId,
        orderId: input.allocations.length === 1 ? input.allocations[0]!.orderId : null,
        detail: {
          receiptId: outcome.receiptId,
          amountFen: input.amountFen,
          method: input.method,
          reference: input.reference ?? null,
          allocations: outcome.allocations.map((a) => ({
            orderNumber: a.orderNumber,
            amountFen: a.amountFen,
          })),
          unappliedFen: outcome.unappliedFen,
        },
      });
    }
  }
  await enqueueJobs(tx, jobs);
}
