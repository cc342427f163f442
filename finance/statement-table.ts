/** A statement file as a grid of cells, before any column is understood. */

/** One row of cells with the line (CSV) or row number (XLSX) it came from. */
export interface TableRow {
  cells: string[];
  fileLine: number;
}

/** How the file was stored: shown in the import summary. */
export type TableSource =
  | { format: 'csv'; encoding: 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16'; separator: 'comma' | 'tab' }
  | { format: 'xlsx'; sheet: string };

export interface StatementTable {
  rows: TableRow[];
  source: TableSource;
}

/** A table, or why the bytes are not one (the text is Chinese, for the person importing). */
export type TableReading = { kind: 'table'; table: StatementTable } | { kind: 'unreadable'; problem: string };
