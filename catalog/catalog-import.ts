import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FileParseResult, RowError } from '../lib/file-rows.js';
import { formatCatalogCsv, parseCatalogCsv } from './catalog-csv.js';
import { formatCatalogJson, parseCatalogJson } from './catalog-file.js';
import {
  exportProducts,
  importProducts,
  type ImportProductsOptions,
  type ImportSummary,
} from './pg-catalog-repository.js';
import type { Product } from './product.js';

export type CatalogFormat = 'json' | 'csv';

/** The format a file name says it has (`.json` / `.csv`, any case), or undefined. */
export function catalogFormatOf(path: string): CatalogFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : undefined;
}

/** Parses catalog text in either format. Pure. */
export function parseCatalog(text: string, format: CatalogFormat): FileParseResult<'products', Product> {
  return format === 'json' ? parseCatalogJson(text) : parseCatalogCsv(text);
}

/** Writes products in either format. Pure. */
export function formatCatalog(products: Product[], format: CatalogFormat): string {
  return format === 'json' ? formatCatalogJson(products) : formatCatalogCsv(products);
}

export type CatalogImportResult =
  { ok: true; summary: ImportSummary; products: number } | { ok: false; errors: RowError[] };

/** Reads and validates a catalog file (format from its extension unless given); touches no database. */
export async function readCatalogFile(
  path: string,
  format: CatalogFormat | undefined = catalogFormatOf(path),
): Promise<FileParseResult<'products', Product>> {
  if (!format) {
    return { ok: false, errors: [{ field: '(file)', reason: `${path}: expected a .json or .csv file` }] };
  }
  return parseCatalog(await readFile(path, 'utf8'), format);
}

/**
 * Reads, validates and imports a catalog file (format from its extension unless given). Every bad row is
 * reported and then nothing is written; otherwise the import is one transaction. Faults (I/O, database) throw.
 */
export async function importCatalogFile(
  db: Kysely<Database>,
  path: string,
  opts: ImportProductsOptions & { format?: CatalogFormat } = {},
): Promise<CatalogImportResult> {
  const parsed = await readCatalogFile(path, opts.format);
  if (!parsed.ok) return parsed;
  const summary = await importProducts(db, parsed.products, opts);
  return { ok: true, summary, products: parsed.products.length };
}

/** The whole catalog (inactive products included) as file text; importing it back reproduces it. */
export async function exportCatalog(db: Kysely<Database>, format: CatalogFormat): Promise<string> {
  return formatCatalog(await exportProducts(db), format);
}
