import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Kept = ColumnType<number, never, never>;

/** What a journal row does (see db/migrations/0021-money-journal.ts). */
export type JournalKind = 'commitment' | 'charge' | 'credit' | 'write_off' | 'receipt' | 'allocation';

/** One immutable booking; a reversal mirrors the row it reverses (same kind and parties, negated amount). */
export interface MoneyJournalTable {
  id: Generated<number>;
  kind: JournalKind;
  customer_id: string;
  order_id: string | null;
  receipt_id: number | null;
  amount_fen: number;
  reverses_id: number | null;
  shipment_id: number | null;
  return_id: number | null;
  credit_note_id: number | null;
  actor: string;
  reason: string | null;
  /** When it happened for the books (a shipment's day, a bank row's date); aging and 对账单 read this. */
  effective_at: Timestamp;
  created_at: Generated<Timestamp>;
}

/** Money received from a customer (by hand or from a bank statement row); kept columns are sums of the journal. */
export interface MoneyReceiptTable {
  id: Generated<number>;
  customer_id: string;
  amount_fen: number;
  /** cash, transfer, wechat, alipay, bank (from a statement), or what older versions recorded. */
  method: string;
  reference: string | null;
  idempotency_key: string | null;
  statement_row_id: number | null;
  received_at: Timestamp;
  actor: string;
  note: string | null;
  created_at: Generated<Timestamp>;
  /** The receipt's amount while it stands, 0 once reversed. */
  booked_fen: Kept;
  allocated_fen: Kept;
}

/** Names a customer's money is known to come from: entered, or learned when finance confirmed a bank row. */
export interface CustomerPayerNameTable {
  customer_id: string;
  name: string;
  source: 'entered' | 'learned';
  staff_id: string | null;
  statement_row_id: number | null;
  created_at: Generated<Timestamp>;
}

/** Matching and aging settings of the shop (one row). */
export interface FinanceSettingsTable {
  id: Generated<number>;
  tolerance_fen: number;
  date_window_days: number;
  payment_terms_days: number;
  unmatched_alert_days: number;
  updated_by: string | null;
  updated_at: Generated<Timestamp>;
}

export type BankImportState = 'previewed' | 'booked';

/** One statement file brought in: who, when, the file itself, what the reader recognised and the counts. */
export interface BankImportTable {
  id: Generated<number>;
  file_name: string;
  file_sha256: string;
  file_bytes: Buffer;
  staff_id: string;
  state: BankImportState;
  summary: ColumnType<unknown, string, string>;
  bad_rows: ColumnType<unknown, string, string>;
  counts: ColumnType<unknown, string, string>;
  /** The transactions as the reader read them at preview; booking uses exactly these. */
  statement_rows: ColumnType<unknown, string, string>;
  created_at: Generated<Timestamp>;
  booked_at: Timestamp | null;
  booked_by: string | null;
}

export type StatementRowState = 'booked' | 'waiting' | 'dismissed' | 'ignored';

/** One bank transaction, once, by its fingerprint, whichever imports brought it. */
export interface BankStatementRowTable {
  id: Generated<number>;
  fingerprint: string;
  import_id: number;
  line: number;
  file_line: number;
  txn_date: ColumnType<string, string, string>;
  txn_time: string | null;
  direction: 'income' | 'expense' | 'none';
  amount_fen: number;
  payer_name: string | null;
  payer_account: string | null;
  remarks: string[];
  state: StatementRowState;
  decision: 'auto' | 'suggest' | 'unmatched' | null;
  kind: string | null;
  reason: string | null;
  proposal: ColumnType<unknown, string | undefined, string>;
  candidates: string[];
  receipt_id: number | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  note: string | null;
  created_at: Generated<Timestamp>;
}

/** Which rows each import held, new or seen before. */
export interface BankImportRowTable {
  import_id: number;
  row_id: number;
  line: number;
  seen_before: boolean;
}
