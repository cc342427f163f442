import { readCsvTable } from './csv-statement-table.js';
import { readXlsxTable } from './exceljs-statement-table.js';
import { statementText } from './finance-text.js';
import { readStatement } from './statement-reader.js';
import type { TableReading } from './statement-table.js';
import type { StatementReading } from './statement-types.js';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/** Files people pick by mistake, told by their first bytes. */
const NOT_STATEMENTS: { magic: readonly number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: ' PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: '图片（PNG）' },
  { magic: [0xff, 0xd8, 0xff], what: '图片（JPG）' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: '图片（GIF）' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: '压缩包（RAR）' },
];

/** Text has no NUL bytes (UTF-16, which has, comes with its byte-order mark). */
const looksBinary = (bytes: Uint8Array) =>
  !(bytes[0] === 0xff && bytes[1] === 0xfe) &&
  !(bytes[0] === 0xfe && bytes[1] === 0xff) &&
  bytes.subarray(0, 4096).includes(0);

/**
 * The bytes of an export as a table: XLSX by its zip signature, the old binary .xls refused, a PDF, a picture or
 * other binary refused in words, else CSV text.
 */
export async function readStatementTable(bytes: Uint8Array): Promise<TableReading> {
  if (bytes.length === 0) return { kind: 'unreadable', problem: statementText.emptyFile };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsxTable(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return { kind: 'unreadable', problem: statementText.oldExcel };
  const other = NOT_STATEMENTS.find((n) => startsWith(bytes, n.magic));
  if (other) return { kind: 'unreadable', problem: statementText.notAStatement(other.what) };
  if (looksBinary(bytes))
    return { kind: 'unreadable', problem: statementText.notAStatement('其他格式的文件') };
  return readCsvTable(bytes);
}

/** Reads a statement file's bytes (CSV in UTF-8/GBK, or XLSX) into transactions (FORMAT.md §2). */
export async function readStatementBytes(bytes: Uint8Array): Promise<StatementReading> {
  const table = await readStatementTable(bytes);
  if (table.kind === 'unreadable') return { kind: 'refused', problem: table.problem };
  const reading = readStatement(table.table);
  if (
    reading.kind === 'read' &&
    reading.statement.rows.length === 0 &&
    reading.statement.badRows.length === 0
  )
    return { kind: 'refused', problem: statementText.noTransactions };
  return reading;
}
