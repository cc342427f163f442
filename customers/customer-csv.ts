import { z } from 'zod';
import {
  issuesToRowErrors,
  numberCell,
  optionalText,
  readCsv,
  requiredText,
  sortRowErrors,
  splitList,
  yuanAmount,
  type CsvRow,
  type RowError,
} from '../lib/file-rows.js';
import { yuanToFen } from '../catalog/product.js';
import { readRoles } from '../auth/roles.js';
import type { Customer, StaffMember } from './customer.js';

/** Parsed rows in file order with the CSV line of each, or every problem found. */
export type CsvParseResult<T> = { ok: true; rows: T[]; lines: number[] } | { ok: false; errors: RowError[] };

const chatNames = z.array(z.string()).transform((names) => [...new Set(names)]);

const CustomerRowSchema = z.object({
  id: requiredText,
  name: requiredText,
  tier: optionalText,
  region: optionalText,
  credit_limit: yuanAmount(100_000_000_000).optional(),
  rep: optionalText,
  chat_names: chatNames,
});

const StaffRowSchema = z.object({
  id: requiredText,
  name: requiredText,
  roles: z.string().transform((cell, ctx) => {
    const { roles, unknown } = readRoles(cell);
    if (unknown.length) ctx.addIssue({ code: 'custom', message: `不认识的角色：${unknown.join('、')}` });
    else if (roles.length === 0) ctx.addIssue({ code: 'custom', message: '至少要有一个角色' });
    return roles;
  }),
  regions: z
    .string()
    .optional()
    .transform((cell) => (cell ?? '').split(/[|,，、;；\s]+/).filter(Boolean)),
  chat_names: chatNames,
});

/**
 * Validates every row of a people file (customers or staff): zod per row, then duplicate ids and duplicate chat
 * names across rows (both rows named).
 */
function parsePeopleCsv<S extends z.ZodType<{ id: string; chat_names: string[] }>, T>(
  text: string,
  required: string[],
  schema: S,
  numberColumns: string[],
  toValue: (row: z.output<S>) => T,
): CsvParseResult<T> {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const missing = required.filter((col) => !csv.header.includes(col));
  if (missing.length) {
    return {
      ok: false,
      errors: missing.map((col) => ({ line: 1, field: col, reason: 'required column is missing' })),
    };
  }
  const errors: RowError[] = [...csv.rowErrors];
  const rows: T[] = [];
  const lines: number[] = [];
  type Seen = Map<string, { line: number; key: string | undefined }>;
  const ids: Seen = new Map();
  const names: Seen = new Map();
  const dup = (row: CsvRow, key: string | undefined, field: string, value: string, seen: Seen) => {
    const first = seen.get(value);
    if (!first) return seen.set(value, { line: row.line, key });
    const what = field === 'id' ? 'duplicate id' : `chat name ${value} is used twice`;
    errors.push({
      line: first.line,
      ...(first.key && { key: first.key }),
      field,
      reason: `${what}, also at line ${row.line}`,
    });
    errors.push({
      line: row.line,
      ...(key && { key }),
      field,
      reason: `${what}, also at line ${first.line}`,
    });
  };
  for (const row of csv.rows) {
    const raw: Record<string, unknown> = { ...row.cells, chat_names: splitList(row.cells.chat_names) };
    for (const col of numberColumns) raw[col] = numberCell(row.cells[col]);
    const key = row.cells.id || undefined;
    if (key) dup(row, key, 'id', key, ids);
    for (const name of new Set(raw.chat_names as string[])) dup(row, key, 'chat_names', name, names);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      errors.push(...issuesToRowErrors(parsed.error.issues, raw, { line: row.line, ...(key && { key }) }));
    } else {
      rows.push(toValue(parsed.data));
      lines.push(row.line);
    }
  }
  return errors.length ? { ok: false, errors: sortRowErrors(errors) } : { ok: true, rows, lines };
}

/** Parses a customers CSV (`id,name,tier,region,credit_limit,rep,chat_names`; credit_limit in yuan). Pure. */
export function parseCustomersCsv(text: string): CsvParseResult<Customer> {
  return parsePeopleCsv(text, ['id', 'name'], CustomerRowSchema, ['credit_limit'], (r) => ({
    id: r.id,
    name: r.name,
    ...(r.tier !== undefined && { tier: r.tier }),
    ...(r.region !== undefined && { region: r.region }),
    creditLimitFen: yuanToFen(r.credit_limit ?? 0),
    ...(r.rep !== undefined && { repId: r.rep }),
    chatNames: r.chat_names,
  }));
}

/**
 * Parses a staff CSV (`id,name,roles,regions,chat_names`; roles such as `业务员|财务` or `rep,finance`, regions for
 * managers). A file with the older single `role` column reads the same. Pure.
 */
export function parseStaffCsv(text: string): CsvParseResult<StaffMember> {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const renamed = /(^|,)\s*role\s*(,|$)/.test(header)
    ? text.replace(header, header.replace(/(^|,)(\s*)role(\s*)(,|$)/, '$1$2roles$3$4'))
    : text;
  return parsePeopleCsv(renamed, ['id', 'name', 'roles'], StaffRowSchema, [], (r) => ({
    id: r.id,
    name: r.name,
    roles: r.roles,
    regions: r.regions,
    chatNames: r.chat_names,
  }));
}
