import { readCsvTable } from './csv-statement-table.js';
import { readXlsxTable } from './exceljs-statement-table.js';
import { statementText } from './finance-text.js';
import { readStatement } from './statement-reader.js';
import type { TableReading } from './statement-table.js';
import type { StatementReading } from './statement-types.js';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/** The bytes of an export as a table: XLSX by its zip signature, the old binary .xls refused, else CSV text. */
export async function readStatementTable(bytes: Uint8Array): Promise<TableReading> {
  if (bytes.length === 0) return { kind: 'unreadable', problem: statementText.emptyFile };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsxTable(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return { kind: 'unreadable', problem: statementText.oldExcel };
  return readCsvTable(bytes);
}

/** Reads a statement file's bytes (CSV in UTF-8/GBK, or XLSX) into transactions (FORMAT.md §2). */
export async function readStatementBytes(bytes: Uint8Array): Promise<StatementReading> {
  const table = await readStatementTable(bytes);
  if (table.kind === 'unreadable') return { kind: 'refused', problem: table.problem };
  return readStatement(table.table);
}
