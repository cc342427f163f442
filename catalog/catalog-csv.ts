import { stringify } from 'csv-stringify/sync';
import { validateCatalogRows, type RawCatalogRow } from './catalog-file.js';
import { fenToYuan, type Product } from './product.js';
import {
  isDecimal,
  numberCell,
  readCsv,
  sortRowErrors,
  splitList,
  type CsvRow,
  type FileParseResult,
  type RowError,
} from '../lib/file-rows.js';

const BASE_COLUMNS = [
  'sku',
  'name',
  'category',
  'brand',
  'aliases',
  'unit',
  'unit_aliases',
  'conversions',
  'barcode',
  'price',
  'stock',
] as const;
const REQUIRED_COLUMNS = ['sku', 'name', 'unit', 'price'];

type CellParse<T> = { ok: true; value: T } | { ok: false; reason: string };

/** `吨=20|托=40` → { 吨: 20, 托: 40 }. */
function parseConversions(cell: string): CellParse<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const item of splitList(cell)) {
    const m = /^(.+?)=(.*)$/.exec(item);
    if (!m || !m[1]!.trim() || !isDecimal(m[2]!.trim())) {
      return { ok: false, reason: `"${item}" is not unit=number (e.g. 吨=20)` };
    }
    out[m[1]!.trim()] = Number(m[2]!.trim());
  }
  return { ok: true, value: out };
}

/** `100=17.5|A:200=16` → [{ minQty: 100, price: 17.5 }, { tier: 'A', minQty: 200, price: 16 }]. */
function parsePriceBreaks(cell: string): CellParse<{ minQty: number; price: number; tier?: string }[]> {
  const out: { minQty: number; price: number; tier?: string }[] = [];
  for (const item of splitList(cell)) {
    const m = /^(?:([^:=]+):)?([^:=]+)=([^:=]+)$/.exec(item);
    if (!m || !isDecimal(m[2]!.trim()) || !isDecimal(m[3]!.trim())) {
      return { ok: false, reason: `"${item}" is not [tier:]minQty=price (e.g. 100=17.5 or A:200=16)` };
    }
    const tier = m[1]?.trim();
    out.push({ minQty: Number(m[2]!.trim()), price: Number(m[3]!.trim()), ...(tier && { tier }) });
  }
  return { ok: true, value: out };
}

function parseBoolean(cell: string): CellParse<boolean> {
  const v = cell.toLowerCase();
  if (['true', '1', 'yes', 'y'].includes(v)) return { ok: true, value: true };
  if (['false', '0', 'no', 'n'].includes(v)) return { ok: true, value: false };
  return { ok: false, reason: `"${cell}" is not true or false` };
}

/** One CSV row → the JSON file shape, plus the errors of cells that do not read at all. */
function rowToRaw(row: CsvRow): RawCatalogRow {
  const c = row.cells;
  const cellErrors: RowError[] = [];
  const sku = c.sku || undefined;
  const raw: Record<string, unknown> = {
    sku: c.sku,
    name: c.name,
    category: c.category || undefined,
    brand: c.brand || undefined,
    aliases: splitList(c.aliases),
    unit: c.unit,
    unitAliases: splitList(c.unit_aliases),
    barcode: c.barcode || undefined,
    price: numberCell(c.price),
    stock: numberCell(c.stock),
  };
  const special: [string, string, (cell: string) => CellParse<unknown>][] = [
    ['conversions', 'conversions', parseConversions],
    ['price_breaks', 'priceBreaks', parsePriceBreaks],
    ['active', 'active', parseBoolean],
  ];
  for (const [column, field, parse] of special) {
    const cell = c[column];
    if (!cell) continue;
    const r = parse(cell);
    if (r.ok) raw[field] = r.value;
    else cellErrors.push({ line: row.line, ...(sku && { key: sku }), field, reason: r.reason });
  }
  const specs: Record<string, string> = {};
  const tierPrices: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(c)) {
    if (!cell) continue;
    if (column.startsWith('spec:')) specs[column.slice(5).trim()] = cell;
    else if (column.startsWith('price:')) tierPrices[column.slice(6).trim()] = numberCell(cell);
  }
  raw.specs = specs;
  raw.tierPrices = tierPrices;
  return { where: { line: row.line }, raw, cellErrors };
}

/**
 * Parses a CSV catalog file's text (FORMAT.md §1 plus our `price_breaks` and `active` columns). Unknown columns
 * are ignored. Pure.
 */
export function parseCatalogCsv(text: string): FileParseResult<'products', Product> {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const missing = REQUIRED_COLUMNS.filter((col) => !csv.header.includes(col));
  if (missing.length) {
    return {
      ok: false,
      errors: missing.map((col) => ({ line: 1, field: col, reason: 'required column is missing' })),
    };
  }
  const result = validateCatalogRows(csv.rows.map(rowToRaw));
  if (!csv.rowErrors.length) return result;
  return { ok: false, errors: sortRowErrors([...csv.rowErrors, ...(result.ok ? [] : result.errors)]) };
}

const list = (items: string[]) => items.join('|');
const pairs = (o: Record<string, number>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${v}`)
    .join('|');

/**
 * Writes products as a CSV catalog file. Spec columns follow in order of first use, tier columns sorted;
 * `price_breaks` and `active` columns appear only when some product needs them. Pure.
 */
export function formatCatalogCsv(products: Product[]): string {
  const specColumns = [...new Set(products.flatMap((p) => Object.keys(p.specs)))];
  const tiers = [...new Set(products.flatMap((p) => Object.keys(p.tierPricesFen)))].sort();
  const withBreaks = products.some((p) => p.priceBreaks.length > 0);
  const withActive = products.some((p) => !p.active);
  const header = [
    ...BASE_COLUMNS,
    ...(withBreaks ? ['price_breaks'] : []),
    ...(withActive ? ['active'] : []),
    ...specColumns.map((s) => `spec:${s}`),
    ...tiers.map((t) => `price:${t}`),
  ];
  const rows = products.map((p) => {
    const tierPrice = (t: string) => p.tierPricesFen[t];
    return [
      p.sku,
      p.name,
      p.category ?? '',
      p.brand ?? '',
      list(p.aliases),
      p.unit,
      list(p.unitAliases),
      pairs(p.conversions),
      p.barcode ?? '',
      String(fenToYuan(p.priceFen)),
      String(p.stock),
      ...(withBreaks
        ? [
            p.priceBreaks
              .map((b) => `${b.tier !== undefined ? `${b.tier}:` : ''}${b.minQty}=${fenToYuan(b.priceFen)}`)
              .join('|'),
          ]
        : []),
      ...(withActive ? [String(p.active)] : []),
      ...specColumns.map((s) => p.specs[s] ?? ''),
      ...tiers.map((t) => (tierPrice(t) === undefined ? '' : String(fenToYuan(tierPrice(t)!)))),
    ];
  });
  return stringify([header, ...rows]);
}
