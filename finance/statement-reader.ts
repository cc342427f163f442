import { cleanCell, parseDate, parseTime, splitCounterparty, cleanAccount } from './statement-cells.js';
import { isHeader, mapColumns, recognisedCount, type ColumnMap } from './statement-columns.js';
import { fingerprintRows } from './statement-fingerprint.js';
import { statementText } from './finance-text.js';
import { layoutOf, readRowMoney } from './statement-money.js';
import { findAccountHolder, findBank } from './statement-preamble.js';
import type { StatementTable, TableRow } from './statement-table.js';
import type { BadRow, StatementReading, StatementRow, StatementSummary } from './statement-types.js';

const summaryWords = /合计|总计|小计|累计|共\s*\d+\s*笔|笔数/;

/** The date column whose cells read as dates, most preferred first; and a column that holds only times. */
function chooseDateColumns(columns: ColumnMap, body: readonly TableRow[]) {
  const sample = body.slice(0, 300);
  const share = (index: number, read: (cell: string) => unknown) => {
    const filled = sample.map((row) => cleanCell(row.cells[index])).filter((cell) => cell !== '');
    return filled.length ? filled.filter((cell) => read(cell)).length / filled.length : 0;
  };
  const date = columns.dates.find((index) => share(index, parseDate) >= 0.5) ?? columns.dates[0]!;
  const time = [...columns.dates, ...columns.times].find(
    (index) => index !== date && share(index, parseTime) >= 0.5,
  );
  return { date, time };
}

function firstHeaderIndex(rows: readonly TableRow[]): number {
  return rows.findIndex((row) => isHeader(mapColumns(row.cells)));
}

function refuse(rows: readonly TableRow[]): StatementReading {
  const candidates = rows.slice(0, 40).map((row) => row.cells.map(cleanCell).filter((cell) => cell !== ''));
  const byRecognised = (cells: string[]) => recognisedCount(mapColumns(cells)) * 1000 + cells.length;
  const found = candidates.sort((a, b) => byRecognised(b) - byRecognised(a))[0] ?? [];
  return { kind: 'refused', problem: statementText.headerNotRecognised(found) };
}

/**
 * Reads a statement table (FORMAT.md §2): finds the header below any preamble, maps its columns, and reads each
 * transaction row. Blank lines, summary lines (合计, 人民币合计 …) and notes are skipped; a row whose date or amount
 * cannot be read is listed in `badRows` with its line, and the caller decides whether the rest goes in.
 */
export function readStatement(table: StatementTable): StatementReading {
  const headerIndex = firstHeaderIndex(table.rows);
  if (headerIndex < 0) return refuse(table.rows);
  const preamble = table.rows.slice(0, headerIndex);
  const header = table.rows[headerIndex]!.cells.map(cleanCell);
  const columns = mapColumns(header);
  const layout = layoutOf(columns);
  const body = table.rows.slice(headerIndex + 1);
  const dateColumns = chooseDateColumns(columns, body);
  const headerText = header.join('\u0001');

  const rows: Omit<StatementRow, 'fingerprint'>[] = [];
  const extras: { balance: string; serial: string }[] = [];
  const badRows: BadRow[] = [];
  const counts = { summaryLines: 0, otherLines: 0 };
  let line = 0;
  for (const tableRow of body) {
    const cells = tableRow.cells.map(cleanCell);
    if (cells.every((cell) => cell === '')) continue;
    if (cells.join('\u0001') === headerText) {
      counts.otherLines++;
      continue;
    }
    const when = parseDate(cells[dateColumns.date] ?? '');
    const money = readRowMoney(cells, columns, layout);
    if (!when) {
      if (summaryWords.test(cells.join(' '))) counts.summaryLines++;
      else if (money.kind === 'empty') counts.otherLines++;
      else
        badRows.push({
          line: ++line,
          fileLine: tableRow.fileLine,
          problem: statementText.badDate(cells[dateColumns.date] ?? ''),
        });
      continue;
    }
    line++;
    if (money.kind === 'bad') {
      badRows.push({ line, fileLine: tableRow.fileLine, problem: statementText.badAmount(money.problem) });
      continue;
    }
    const counterparty = columns.payerName
      .map((index) => splitCounterparty(cells[index] ?? ''))
      .find((party) => party.name !== null) ?? { name: null, account: null };
    const account = columns.payerAccount.map((index) => cleanAccount(cells[index] ?? '')).find(Boolean);
    const separateTime = dateColumns.time === undefined ? null : parseTime(cells[dateColumns.time] ?? '');
    rows.push({
      line,
      fileLine: tableRow.fileLine,
      date: when.date,
      time: when.time ?? separateTime,
      direction: money.kind === 'money' ? money.direction : 'none',
      amountFen: money.kind === 'money' ? money.amountFen : 0,
      payerName: counterparty.name,
      payerAccount: account ?? counterparty.account,
      remarks: [...new Set(columns.remark.map((index) => cells[index] ?? '').filter((cell) => cell !== ''))],
    });
    extras.push({
      balance: columns.balance.map((index) => cells[index] ?? '').join('|'),
      serial: columns.serial.map((index) => cells[index] ?? '').join('|'),
    });
  }
  const dates = rows.map((row) => row.date).sort();
  const summary: StatementSummary = {
    source: table.source,
    layout,
    bank: findBank(preamble, header),
    accountHolder: findAccountHolder(preamble),
    header: header.filter((cell) => cell !== ''),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    incomeRows: rows.filter((row) => row.direction === 'income').length,
    expenseRows: rows.filter((row) => row.direction === 'expense').length,
    zeroRows: rows.filter((row) => row.direction === 'none').length,
    ...counts,
    badRows: badRows.length,
  };
  return { kind: 'read', statement: { rows: fingerprintRows(rows, extras), badRows, summary } };
}
