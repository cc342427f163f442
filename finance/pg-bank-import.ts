import { bankRowMoment } from './statement-bookings.js';
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';
import type { Database } from '../db/schema.js';
import { FinanceRefusedError } from './finance-errors.js';
import { financeText } from './finance-desk-text.js';
import { statementText } from './finance-text.js';
import { planAutoBookings } from './statement-bookings.js';
import { createPaymentMatcher } from './payment-matcher.js';
import { readFinanceSettings } from './pg-finance-settings.js';
import { loadOpenOrders } from './pg-open-orders.js';
import { bookReceipts } from './pg-receipts.js';
import { readStatementBytes } from './statement-file.js';
import type { BadRow, Statement, StatementRow, StatementSummary } from './statement-types.js';

/** What an import found, before and after booking. */
export interface ImportCounts {
  rows: number;
  incomeRows: number;
  /** Rows no earlier import brought (by fingerprint). */
  newRows: number;
  /** Rows an earlier import (or an overlapping export) already brought: never booked again. */
  seenBefore: number;
  badRows: number;
  /** After booking: income rows booked automatically, waiting for finance, and the money booked. */
  autoBooked?: number;
  suggested?: number;
  unmatched?: number;
  bookedFen?: number;
}

export interface ImportPreview {
  importId: number;
  fileName: string;
  state: 'previewed' | 'booked';
  /** What the reader recognised, in one Chinese sentence. */
  recognised: string;
  summary: StatementSummary;
  badRows: BadRow[];
  counts: ImportCounts;
}

async function readOrRefuse(bytes: Uint8Array): Promise<Statement> {
  const reading = await readStatementBytes(bytes);
  if (reading.kind === 'refused') throw new FinanceRefusedError('unreadable', reading.problem);
  return reading.statement;
}

/**
 * Reads an uploaded statement file and records the import (who, when, the file, what was recognised, how many rows
 * are new and how many an earlier import already brought). Nothing is booked yet. A file the reader refuses is not
 * recorded (FinanceRefusedError `unreadable`, with the reader's Chinese message).
 */
export async function previewImport(
  db: Kysely<Database>,
  input: { fileName: string; bytes: Uint8Array; audit: AuditActor },
): Promise<ImportPreview> {
  const statement = await readOrRefuse(input.bytes);
  const fingerprints = statement.rows.map((r) => r.fingerprint);
  const known = fingerprints.length
    ? await db
        .selectFrom('bank_statement_rows')
        .select('fingerprint')
        .where('fingerprint', 'in', fingerprints)
        .execute()
    : [];
  const counts: ImportCounts = {
    rows: statement.rows.length,
    incomeRows: statement.summary.incomeRows,
    newRows: statement.rows.length - known.length,
    seenBefore: known.length,
    badRows: statement.badRows.length,
  };
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('bank_imports')
      .values({
        file_name: input.fileName,
        file_sha256: createHash('sha256').update(input.bytes).digest('hex'),
        file_bytes: Buffer.from(input.bytes),
        staff_id: input.audit.staffId,
        state: 'previewed',
        summary: JSON.stringify(statement.summary),
        bad_rows: JSON.stringify(statement.badRows),
        counts: JSON.stringify(counts),
        statement_rows: JSON.stringify(statement.rows),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, input.audit, {
      action: 'bank.import.preview',
      detail: { importId: Number(row.id), fileName: input.fileName, counts },
    });
    return {
      importId: Number(row.id),
      fileName: input.fileName,
      state: 'previewed',
      recognised: statementText.summary(statement.summary),
      summary: statement.summary,
      badRows: statement.badRows,
      counts,
    };
  });
}

/** An import as recorded. */
export async function readImport(db: Kysely<Database>, importId: number): Promise<ImportPreview> {
  const row = await db
    .selectFrom('bank_imports')
    .select(['id', 'file_name', 'state', 'summary', 'bad_rows', 'counts'])
    .where('id', '=', importId)
    .executeTakeFirst();
  if (!row) throw new FinanceRefusedError('not_found', financeText.noSuchImport);
  const summary = row.summary as StatementSummary;
  return {
    importId: Number(row.id),
    fileName: row.file_name,
    state: row.state,
    recognised: statementText.summary(summary),
    summary,
    badRows: row.bad_rows as BadRow[],
    counts: row.counts as ImportCounts,
  };
}

/**
 * Books a previewed import, once, from the rows read at preview: under one lock for imports, the rows go in by
 * fingerprint (a row an earlier
 * import brought is not booked again), the open orders are locked and read as they stand, the new income rows are
 * matched in line order by the same matcher `liaodan finance match` runs, `auto` rows are booked (receipt,
 * allocations, fee write-offs, 预收 for the rest) and the others wait for finance with their reasons. Rows the
 * reader could not read stop it unless `allowBadRows`. A second call answers what the first one booked.
 */
export async function bookImport(
  db: Kysely<Database>,
  input: { importId: number; allowBadRows: boolean; audit: AuditActor },
): Promise<ImportPreview> {
  await db.transaction().execute(async (tx) => {
    const stored = await tx
      .selectFrom('bank_imports')
      .select(['id', 'state', 'summary', 'bad_rows', 'statement_rows', 'counts'])
      .where('id', '=', input.importId)
      .forUpdate()
      .executeTakeFirst();
    if (!stored) throw new FinanceRefusedError('not_found', financeText.noSuchImport);
    if (stored.state === 'booked') return;
    await sql`select pg_advisory_xact_lock(hashtext('liaodan:bank-import'))`.execute(tx);
    const statement: Statement = {
      rows: stored.statement_rows as StatementRow[],
      badRows: stored.bad_rows as BadRow[],
      summary: stored.summary as StatementSummary,
    };
    if (statement.badRows.length && !input.allowBadRows) {
      throw new FinanceRefusedError(
        'bad_rows',
        financeText.badRowsStop(statement.badRows.length),
        statement.badRows,
      );
    }
    const rowIds = await insertRows(tx, input.importId, statement);
    const fresh = statement.rows.filter((r) => rowIds.get(r.fingerprint)?.fresh && r.direction === 'income');
    const settings = await readFinanceSettings(tx);
    const { orders: open, idOf } = await loadOpenOrders(tx, { lock: true });
    const matcher = createPaymentMatcher(open, settings);
    const results = matcher.match(fresh, { accountHolder: statement.summary.accountHolder });
    const plan = planAutoBookings(open, fresh, results, settings.toleranceFen);
    const actor = `staff:${input.audit.staffId}`;
    const outcomes = await bookReceipts(
      tx,
      plan.bookings.map((b) => ({
        customerId: b.customerId,
        amountFen: b.row.amountFen,
        method: 'bank',
        reference: b.row.payerAccount,
        statementRowId: rowIds.get(b.row.fingerprint)!.id,
        receivedAt: bankRowMoment(b.row.date, b.row.time),
        actor,
        note: [b.row.payerName, ...b.row.remarks].filter(Boolean).join(' / ') || null,
        allocations: b.allocations.map((a) => ({
          orderId: idOf.get(a.orderNo)!,
          amountFen: a.amountFen,
          writeOffFen: a.writeOffFen,
        })),
      })),
    );
    const receiptOf = new Map(
      plan.bookings.map((b, k) => [
        b.row.line,
        outcomes[k]?.kind === 'booked' ? outcomes[k].receiptId : null,
      ]),
    );
    const byLine = new Map(fresh.map((r) => [r.line, r]));
    await sql`
      update bank_statement_rows b set
        state = v.state, decision = v.decision, kind = v.kind, reason = v.reason, proposal = v.proposal,
        candidates = string_to_array(v.candidates, chr(31)), receipt_id = v.receipt_id,
        decided_at = case when v.state = 'booked' then now() end
      from unnest(${results.map((r) => rowIds.get(byLine.get(r.line)!.fingerprint)!.id)}::bigint[],
                  ${results.map((r) => (r.decision === 'auto' ? 'booked' : 'waiting'))}::text[],
                  ${results.map((r) => r.decision)}::text[], ${results.map((r) => r.kind)}::text[],
                  ${results.map((r) => r.reason)}::text[],
                  ${results.map((r) => JSON.stringify(r.allocations))}::jsonb[],
                  ${results.map((r) => (r.decision === 'auto' ? [] : r.candidates).join('\u001f'))}::text[],
                  ${results.map((r) => receiptOf.get(r.line) ?? null)}::bigint[])
        as v(id, state, decision, kind, reason, proposal, candidates, receipt_id)
      where b.id = v.id`.execute(tx);
    const counts: ImportCounts = {
      ...(stored.counts as ImportCounts),
      newRows: [...rowIds.values()].filter((r) => r.fresh).length,
      seenBefore: [...rowIds.values()].filter((r) => !r.fresh).length,
      autoBooked: results.filter((r) => r.decision === 'auto').length,
      suggested: results.filter((r) => r.decision === 'suggest').length,
      unmatched: results.filter((r) => r.decision === 'unmatched').length,
      bookedFen: plan.bookings.reduce((s, b) => s + b.row.amountFen, 0),
    };
    await tx
      .updateTable('bank_imports')
      .set({
        state: 'booked',
        counts: JSON.stringify(counts),
        booked_at: sql`now()`,
        booked_by: input.audit.staffId,
      })
      .where('id', '=', input.importId)
      .execute();
    await writeAudit(tx, input.audit, {
      action: 'bank.import.book',
      detail: { importId: input.importId, counts, allowBadRows: input.allowBadRows },
    });
  });
  return readImport(db, input.importId);
}

/**
 * Puts every transaction of the file in `bank_statement_rows` once (a fingerprint seen before keeps its first row)
 * and records which rows this import held. Returns each fingerprint's row id and whether this import brought it.
 */
async function insertRows(
  tx: Kysely<Database>,
  importId: number,
  statement: Statement,
): Promise<Map<string, { id: number; fresh: boolean }>> {
  const rows = statement.rows;
  const out = new Map<string, { id: number; fresh: boolean }>();
  if (rows.length === 0) return out;
  const inserted = await sql<{ id: number; fingerprint: string }>`
    insert into bank_statement_rows (fingerprint, import_id, line, file_line, txn_date, txn_time, direction, amount_fen,
                                     payer_name, payer_account, remarks, state)
    select f, ${importId}::bigint, l, fl, d::date, t, dir, a, pn, pa,
           string_to_array(rm, chr(31)), case when dir = 'income' and a > 0 then 'waiting' else 'ignored' end
    from unnest(${rows.map((r) => r.fingerprint)}::text[], ${rows.map((r) => r.line)}::int[],
                ${rows.map((r) => r.fileLine)}::int[], ${rows.map((r) => r.date)}::text[],
                ${rows.map((r) => r.time)}::text[], ${rows.map((r) => r.direction)}::text[],
                ${rows.map((r) => r.amountFen)}::bigint[], ${rows.map((r) => r.payerName)}::text[],
                ${rows.map((r) => r.payerAccount)}::text[], ${rows.map((r) => r.remarks.join('\u001f'))}::text[])
         as v(f, l, fl, d, t, dir, a, pn, pa, rm)
    on conflict (fingerprint) do nothing
    returning id, fingerprint`.execute(tx);
  for (const r of inserted.rows) out.set(r.fingerprint, { id: Number(r.id), fresh: true });
  const missing = rows.map((r) => r.fingerprint).filter((f) => !out.has(f));
  if (missing.length) {
    const earlier = await tx
      .selectFrom('bank_statement_rows')
      .select(['id', 'fingerprint'])
      .where('fingerprint', 'in', missing)
      .execute();
    for (const r of earlier) out.set(r.fingerprint, { id: Number(r.id), fresh: false });
  }
  await sql`
    insert into bank_import_rows (import_id, row_id, line, seen_before)
    select ${importId}::bigint, id, line, not fresh
    from unnest(${rows.map((r) => out.get(r.fingerprint)!.id)}::bigint[], ${rows.map((r) => r.line)}::int[],
                ${rows.map((r) => out.get(r.fingerprint)!.fresh)}::boolean[]) as v(id, line, fresh)
    on conflict do nothing`.execute(tx);
  return out;
}
