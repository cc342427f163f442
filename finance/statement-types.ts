import type { TableSource } from './statement-table.js';

/** Which way the money of a statement row went. `none` is a row with no amount (a zero line). */
export type MoneyDirection = 'income' | 'expense' | 'none';

/**
 * One transaction of a bank statement as read. `line` counts transactions only (FORMAT.md §2): the first row
 * after the header is line 1, whatever lines stand before it in the file.
 */
export interface StatementRow {
  line: number;
  /** The file's own line (CSV) or row (XLSX) number, for messages. */
  fileLine: number;
  /** The transaction date, YYYY-MM-DD (the booking date only when the export has no other). */
  date: string;
  time: string | null;
  direction: MoneyDirection;
  /** The amount in fen, never negative; `direction` says which way it went. */
  amountFen: number;
  /** The counterparty's name without an appended account number; null when the export names nobody. */
  payerName: string | null;
  payerAccount: string | null;
  /** Every remark-like cell of the row that has text (摘要, 附言, 用途, 备注, 交易类型 …), in column order. */
  remarks: string[];
  /**
   * Stable across re-imports: the same bank row in the same file again, in an overlapping export, or in the
   * XLSX and CSV of one export gets the same fingerprint; two identical rows of one file get different ones.
   */
  fingerprint: string;
}

/** A row that could not be read (an amount that is not a number, a date that is not a date). */
export interface BadRow {
  line: number;
  fileLine: number;
  problem: string;
}

/** How the export says which way money went. */
export type StatementLayout = 'income-and-expense-columns' | 'signed-amount' | 'amount-and-direction';

/** What the reader recognised, shown before anything is booked. */
export interface StatementSummary {
  source: TableSource;
  layout: StatementLayout;
  /** The bank named above the header, when one is. */
  bank: string | null;
  /** The account holder named above the header (`户名：X`); its own transfers are not customer payments. */
  accountHolder: string | null;
  /** The header as found in the file. */
  header: string[];
  firstDate: string | null;
  lastDate: string | null;
  incomeRows: number;
  expenseRows: number;
  zeroRows: number;
  summaryLines: number;
  /** Lines after the header that are neither transactions nor summaries (导出时间, notes, a repeated header). */
  otherLines: number;
  badRows: number;
}

export interface Statement {
  rows: StatementRow[];
  badRows: BadRow[];
  summary: StatementSummary;
}

/** A statement, or why it was refused as a whole (Chinese, for the person importing). Nothing is booked then. */
export type StatementReading = { kind: 'read'; statement: Statement } | { kind: 'refused'; problem: string };
