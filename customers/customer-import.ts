import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RowError } from '../lib/file-rows.js';
import { parseCustomersCsv, parseStaffCsv, type CsvParseResult } from './customer-csv.js';
import {
  importCustomers,
  importStaff,
  type PeopleImportResult,
  type PeopleImportSummary,
} from './pg-customer-repository.js';

export type PeopleFileImportResult =
  { ok: true; summary: PeopleImportSummary; rows: number } | { ok: false; errors: RowError[] };

/** Database errors name people by input position; files name them by line. */
function toLines(result: PeopleImportResult, lines: number[]): PeopleFileImportResult | undefined {
  if (result.ok) return undefined;
  return {
    ok: false,
    errors: result.errors.map(({ index, ...e }) => ({
      ...e,
      ...(index !== undefined && { line: lines[index] }),
    })),
  };
}

async function importPeopleFile<T>(
  path: string,
  parse: (text: string) => CsvParseResult<T>,
  write: (rows: T[]) => Promise<PeopleImportResult>,
): Promise<PeopleFileImportResult> {
  const parsed = parse(await readFile(path, 'utf8'));
  if (!parsed.ok) return parsed;
  const result = await write(parsed.rows);
  return (
    toLines(result, parsed.lines) ?? {
      ok: true,
      summary: (result as { summary: PeopleImportSummary }).summary,
      rows: parsed.rows.length,
    }
  );
}

/**
 * Reads, validates and imports a customers CSV; every bad row (reps that are not staff included) is reported and
 * then nothing is written. Faults (I/O, database) throw.
 */
export function importCustomersFile(db: Kysely<Database>, path: string): Promise<PeopleFileImportResult> {
  return importPeopleFile(path, parseCustomersCsv, (rows) => importCustomers(db, rows));
}

/** Reads, validates and imports a staff CSV, like importCustomersFile. */
export function importStaffFile(db: Kysely<Database>, path: string): Promise<PeopleFileImportResult> {
  return importPeopleFile(path, parseStaffCsv, (rows) => importStaff(db, rows));
}
