import { parse } from 'csv-parse/sync';
import { statementText } from './finance-text.js';
import { isHeader, mapColumns, recognisedCount } from './statement-columns.js';
import type { TableReading, TableRow, TableSource } from './statement-table.js';

type Encoding = Extract<TableSource, { format: 'csv' }>['encoding'];

/** Text of a CSV export: UTF-8 with or without BOM, UTF-16 with BOM, otherwise GBK (GB18030). */
export function decodeStatementText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
}

function parseRows(text: string, delimiter: string, toLine?: number): TableRow[] {
  const records = parse(text, {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
    ...(toLine !== undefined && { to_line: toLine }),
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ cells: record, fileLine: info.lines }));
}

/** The best header any of the first rows gives with this separator (0 when none is a header). */
function headerScore(rows: TableRow[]): number {
  let best = 0;
  for (const row of rows) {
    const map = mapColumns(row.cells);
    if (isHeader(map)) best = Math.max(best, recognisedCount(map));
  }
  return best;
}

/**
 * Reads CSV bytes into rows. The separator is the one (comma or tab) that splits the header row into recognised
 * names; when neither does, comma (the header is then refused by the statement reader with the names found).
 */
export function readCsvTable(bytes: Uint8Array): TableReading {
  const { text, encoding } = decodeStatementText(bytes);
  const separators = [
    { delimiter: ',', separator: 'comma' as const },
    { delimiter: '\t', separator: 'tab' as const },
  ];
  const scored = separators.map((s) => {
    try {
      return { ...s, score: headerScore(parseRows(text, s.delimiter, 80)) };
    } catch {
      return { ...s, score: -1 };
    }
  });
  const chosen = scored[1]!.score > scored[0]!.score ? scored[1]! : scored[0]!;
  try {
    const rows = parseRows(text, chosen.delimiter);
    return {
      kind: 'table',
      table: { rows, source: { format: 'csv', encoding, separator: chosen.separator } },
    };
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return { kind: 'unreadable', problem: statementText.csvBroken(line) };
  }
}
