import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/**
 * One problem with one row of an import file. CSV rows are named by `line` (1-based, the header is line 1), JSON
 * rows by `index` (0-based position in the array); `key` is the row's sku or id when it has one. A problem with
 * the whole file (unreadable JSON, a missing column) has neither line nor index.
 */
export interface RowError {
  line?: number;
  index?: number;
  key?: string;
  field: string;
  reason: string;
}

/** Parse outcome of an import file: every row valid, or every problem found. */
export type FileParseResult<K extends string, T> =
  ({ ok: true } & { [P in K]: T[] }) | { ok: false; errors: RowError[] };

/** `第 5 行（WIRE-1）：price：at most 2 decimals`, for people reading a terminal. */
export function formatRowError(e: RowError): string {
  const where =
    e.line !== undefined ? `第 ${e.line} 行` : e.index !== undefined ? `第 ${e.index + 1} 个商品` : '文件';
  const key = e.key ? `（${e.key}）` : '';
  return `${where}${key}：${e.field}：${e.reason}`;
}

/** Orders errors by position so reports read top to bottom. */
export function sortRowErrors(errors: RowError[]): RowError[] {
  return [...errors].sort(
    (a, b) => (a.line ?? a.index ?? -1) - (b.line ?? b.index ?? -1) || a.field.localeCompare(b.field),
  );
}

const hasAtMostTwoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

/** An amount of yuan as written in files: non-negative, at most 2 decimals, below `max`. */
export function yuanAmount(max: number) {
  return z
    .number({ error: (iss) => `must be a number, got ${JSON.stringify(iss.input)}` })
    .refine(Number.isFinite, 'must be a finite number')
    .refine((v) => v >= 0, 'must not be negative')
    .refine(hasAtMostTwoDecimals, 'at most 2 decimals (yuan)')
    .refine((v) => v <= max, `must be at most ${max}`);
}

/** A required text cell: trimmed, not empty. */
export const requiredText = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

/** An optional text cell: trimmed; empty or null means "not set". */
export const optionalText = z
  .string({ error: 'must be text' })
  .trim()
  .nullish()
  .transform((v) => (v ? v : undefined));

/** Turns zod issues of one `raw` row into row errors, skipping fields that already have an error. */
export function issuesToRowErrors(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  where: Pick<RowError, 'line' | 'index' | 'key'>,
  skipFields: ReadonlySet<string> = new Set(),
): RowError[] {
  const valueAt = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
      raw,
    );
  return issues
    .filter((i) => !skipFields.has(String(i.path[0] ?? '')))
    .map((i) => ({
      ...where,
      field: i.path.length ? i.path.join('.') : '(row)',
      reason: i.code === 'invalid_type' && valueAt(i.path) === undefined ? 'is required' : i.message,
    }));
}

/** A CSV data row with its file line. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads CSV text with a header row into rows of trimmed cells. A row with more or fewer cells than the header is
 * left out and reported in `rowErrors` (callers go on validating the other rows); text that is not CSV at all
 * (an unclosed quote) fails as a whole.
 */
export function readCsv(
  text: string,
): { ok: true; header: string[]; rows: CsvRow[]; rowErrors: RowError[] } | { ok: false; errors: RowError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as unknown as typeof records; // with `info: true` each record comes as { record, info }
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return {
      ok: false,
      errors: [{ ...(line !== undefined && { line }), field: '(csv)', reason: (err as Error).message }],
    };
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, errors: [{ line: 1, field: '(csv)', reason: 'the file is empty' }] };
  const header = head.record;
  const errors: RowError[] = [];
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.length) {
      errors.push({
        line: info.lines,
        field: '(row)',
        reason: `${record.length} cells, the header has ${header.length}`,
      });
      continue;
    }
    rows.push({ line: info.lines, cells: Object.fromEntries(header.map((h, i) => [h, record[i]!])) });
  }
  return { ok: true, header, rows, rowErrors: errors };
}

/** Splits a `|`-separated list cell; empty items are dropped, an empty cell is an empty list. */
export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number cell: `undefined` when empty, the number when it reads as one, else the text itself (for zod to reject). */
export function numberCell(cell: string | undefined): number | string | undefined {
  if (cell === undefined || cell === '') return undefined;
  return decimal.test(cell) ? Number(cell) : cell;
}

/** True when `cell` is a plain decimal number. */
export function isDecimal(cell: string): boolean {
  return decimal.test(cell);
}
