import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseExpected, scoreResults } from '../test/finance-score.js';
import { readCsvTable } from './csv-statement-table.js';
import { parseOpenOrders, type OpenOrder } from './open-orders.js';
import { createPaymentMatcher } from './payment-matcher.js';
import { readStatementBytes } from './statement-file.js';
import type { Statement } from './statement-types.js';

const dir = fileURLToPath(new URL('../test/finance-layouts/', import.meta.url));
const read = (name: string) => readFileSync(dir + name);
const opened = parseOpenOrders(read('open.jsonl').toString('utf8'));
const orders: OpenOrder[] = opened.kind === 'orders' ? opened.orders : [];
const config = { toleranceFen: 500, dateWindowDays: 45 };

/** Each layout of issue 21, with the lines of the expense rows a sign-blind reader would book. */
const layouts = [
  { file: 'signed-amount.csv', layout: 'signed-amount', expenseTraps: [2, 4] },
  { file: 'amount-and-direction.csv', layout: 'amount-and-direction', expenseTraps: [2, 4] },
  { file: 'two-income-columns.csv', layout: 'income-and-expense-columns', expenseTraps: [2, 4] },
  { file: 'wallet-payers.csv', layout: 'signed-amount', expenseTraps: [4, 6] },
  { file: 'yyyymmdd-newest-first.tsv', layout: 'signed-amount', expenseTraps: [5, 7] },
] as const;

async function statementOf(bytes: Uint8Array): Promise<Statement> {
  const reading = await readStatementBytes(bytes);
  if (reading.kind !== 'read') throw new Error(reading.problem);
  return reading.statement;
}

function match(statement: Statement) {
  return createPaymentMatcher(orders, config).match(statement.rows, {
    accountHolder: statement.summary.accountHolder,
  });
}

/** The same export saved as XLSX: plain numbers as numbers, ISO dates as dates, the rest as text. */
async function asXlsx(csv: Uint8Array): Promise<Uint8Array> {
  const table = readCsvTable(csv);
  if (table.kind !== 'table') throw new Error('fixture is not CSV');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('交易明细');
  for (const row of table.table.rows) {
    sheet.addRow(
      row.cells.map((raw) => {
        const cell = raw.trim();
        if (/^-?(0|[1-9]\d{0,11})(\.\d+)?$/.test(cell)) return Number(cell);
        if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
        return raw;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('statement layouts of issue 21', () => {
  for (const { file, layout, expenseTraps } of layouts) {
    describe(file, () => {
      const csv = read(file);
      const expected = parseExpected(read(file.replace(/\.(csv|tsv)$/, '.expected.jsonl')).toString('utf8'));

      it('books every planted receivable and never an expense', async () => {
        const statement = await statementOf(csv);
        expect(statement.summary.layout).toBe(layout);
        expect(statement.badRows).toEqual([]);
        for (const line of expenseTraps) {
          expect(statement.rows.find((row) => row.line === line)?.direction).toBe('expense');
        }
        const results = match(statement);
        expect(results.filter((result) => (expenseTraps as readonly number[]).includes(result.line))).toEqual(
          [],
        );
        const score = scoreResults(expected, results);
        expect(score).toMatchObject({ wrongAuto: 0, autoRight: score.autoExpected, right: score.rows });
      });

      it('has expense rows that a sign-blind reader would book', async () => {
        const statement = await statementOf(csv);
        const signBlind = statement.rows.map((row) => ({
          ...row,
          direction: row.amountFen ? 'income' : row.direction,
        }));
        const results = createPaymentMatcher(orders, config).match(signBlind, { accountHolder: null });
        for (const line of expenseTraps) {
          expect(results.find((result) => result.line === line)?.decision).toBe('auto');
        }
      });

      it('reads the UTF-8 with BOM, GBK and XLSX copies the same, fingerprints included', async () => {
        const plain = await statementOf(csv);
        const withBom = await statementOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv]));
        const gbk = await statementOf(iconv.encode(csv.toString('utf8'), 'gbk'));
        const xlsx = await statementOf(await asXlsx(csv));
        expect(gbk.summary.source).toMatchObject({ format: 'csv', encoding: 'gbk' });
        expect(xlsx.summary.source).toMatchObject({ format: 'xlsx' });
        for (const copy of [withBom, gbk, xlsx]) {
          expect(copy.rows).toEqual(plain.rows.map((row) => ({ ...row, fileLine: expect.any(Number) })));
          expect(match(copy)).toEqual(match(plain));
        }
      });
    });
  }
});
