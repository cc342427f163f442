import ExcelJS from 'exceljs';
import { statementText } from './finance-text.js';
import type { TableReading, TableRow } from './statement-table.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Excel stores dates as serial days; exceljs gives them as UTC dates. Times alone sit on 1899-12-30. */
function dateText(value: Date): string {
  const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  if (value.getUTCFullYear() < 1901) return time;
  const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  return time === '00:00:00' ? date : `${date} ${time}`;
}

/** A number as a cell would show it: integers as they are, fractions rounded to fen. */
function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  return Math.abs(rounded - value) < 1e-9 ? String(rounded) : String(value);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

/** Reads the first worksheet of an XLSX file into rows of text cells, as a CSV of the same sheet would read. */
export async function readXlsxTable(bytes: Uint8Array): Promise<TableReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { kind: 'unreadable', problem: statementText.xlsxBroken };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { kind: 'unreadable', problem: statementText.xlsxNoSheet };
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ cells, fileLine: rowNumber });
  });
  return { kind: 'table', table: { rows, source: { format: 'xlsx', sheet: sheet.name } } };
}
