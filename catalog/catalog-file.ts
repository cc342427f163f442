import { z } from 'zod';
import { fenToYuan, yuanToFen, type Product } from './product.js';
import {
  issuesToRowErrors,
  optionalText,
  requiredText,
  sortRowErrors,
  yuanAmount,
  type FileParseResult,
  type RowError,
} from '../lib/file-rows.js';

const MAX_PRICE_YUAN = 10_000_000;
const MAX_STOCK = 1_000_000_000;

const textList = z
  .array(z.string({ error: 'must be text' }).trim(), { error: 'must be a list of text' })
  .nullish()
  .transform((v) => (v ?? []).filter((s) => s !== ''));

const specValue = z
  .union([z.string(), z.number()], { error: 'must be text' })
  .transform((v) => String(v).trim());

const PriceBreakSchema = z.object({
  minQty: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .positive('must be positive')
    .max(MAX_STOCK),
  price: yuanAmount(MAX_PRICE_YUAN),
  tier: optionalText,
});

/**
 * One product of the catalog file (FORMAT.md §1) plus our extensions `priceBreaks` and `active`. Unknown fields
 * are ignored; known ones are validated. Prices are yuan.
 */
export const CatalogFileProductSchema = z.object({
  sku: requiredText,
  name: requiredText,
  category: optionalText,
  brand: optionalText,
  aliases: textList,
  specs: z
    .record(z.string(), specValue, { error: 'must be an object of attribute: value' })
    .nullish()
    .transform((v) => Object.fromEntries(Object.entries(v ?? {}).filter(([, x]) => x !== ''))),
  unit: requiredText,
  unitAliases: textList,
  conversions: z
    .record(
      z.string().trim().min(1, 'unit must not be empty'),
      z.number({ error: 'must be a number' }).refine((n) => Number.isFinite(n) && n > 0, 'must be positive'),
      { error: 'must be an object of unit: number' },
    )
    .nullish()
    .transform((v) => v ?? {}),
  barcode: optionalText,
  price: yuanAmount(MAX_PRICE_YUAN),
  tierPrices: z
    .record(z.string().trim().min(1, 'tier must not be empty'), yuanAmount(MAX_PRICE_YUAN), {
      error: 'must be an object of tier: price',
    })
    .nullish()
    .transform((v) => v ?? {}),
  priceBreaks: z
    .array(PriceBreakSchema, { error: 'must be a list of {minQty, price, tier?}' })
    .nullish()
    .transform((v) => v ?? [])
    .refine(
      (breaks) => new Set(breaks.map((b) => `${b.tier ?? ''}\u0000${b.minQty}`)).size === breaks.length,
      'two breaks with the same minQty and tier',
    ),
  stock: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .nonnegative('must not be negative')
    .max(MAX_STOCK)
    .nullish()
    .transform((v) => v ?? 0),
  active: z
    .boolean({ error: 'must be true or false' })
    .nullish()
    .transform((v) => v ?? true),
});

/** A product as written in a JSON catalog file (the input shape: optional fields may be left out). */
export type CatalogFileProduct = z.input<typeof CatalogFileProductSchema>;
type ValidFileProduct = z.output<typeof CatalogFileProductSchema>;

function toProduct(p: ValidFileProduct): Product {
  return {
    sku: p.sku,
    name: p.name,
    ...(p.category !== undefined && { category: p.category }),
    ...(p.brand !== undefined && { brand: p.brand }),
    aliases: p.aliases,
    specs: p.specs,
    unit: p.unit,
    unitAliases: p.unitAliases,
    conversions: p.conversions,
    ...(p.barcode !== undefined && { barcode: p.barcode }),
    priceFen: yuanToFen(p.price),
    tierPricesFen: Object.fromEntries(Object.entries(p.tierPrices).map(([t, v]) => [t, yuanToFen(v)])),
    priceBreaks: p.priceBreaks.map((b) => ({
      minQty: b.minQty,
      priceFen: yuanToFen(b.price),
      ...(b.tier !== undefined && { tier: b.tier }),
    })),
    stock: p.stock,
    active: p.active,
  };
}

/** A row to validate, with where it came from and the errors found before zod (malformed CSV cells). */
export interface RawCatalogRow {
  where: Pick<RowError, 'line' | 'index'>;
  raw: unknown;
  cellErrors?: RowError[];
}

/**
 * Validates raw rows (from JSON or CSV) into products. Reports every problem of every row, and both rows of a
 * duplicate sku; products come back in file order only when there is no problem at all.
 */
export function validateCatalogRows(rows: RawCatalogRow[]): FileParseResult<'products', Product> {
  const errors: RowError[] = [];
  const products: Product[] = [];
  const firstSeen = new Map<string, RawCatalogRow['where']>();
  for (const row of rows) {
    const rawSku = (row.raw as { sku?: unknown } | null)?.sku;
    const key = typeof rawSku === 'string' && rawSku.trim() ? rawSku.trim() : undefined;
    const where = { ...row.where, ...(key !== undefined && { key }) };
    const cellErrors = row.cellErrors ?? [];
    errors.push(...cellErrors);
    if (key !== undefined) {
      const first = firstSeen.get(key);
      if (first) {
        const name = (w: RawCatalogRow['where']) =>
          w.line !== undefined ? `line ${w.line}` : `products[${w.index}]`;
        errors.push({ ...first, key, field: 'sku', reason: `duplicate sku, also at ${name(row.where)}` });
        errors.push({ ...where, field: 'sku', reason: `duplicate sku, also at ${name(first)}` });
      } else firstSeen.set(key, row.where);
    }
    const parsed = CatalogFileProductSchema.safeParse(row.raw);
    if (!parsed.success) {
      const skip = new Set(cellErrors.map((e) => e.field.split('.')[0] ?? ''));
      errors.push(...issuesToRowErrors(parsed.error.issues, row.raw, where, skip));
    } else if (cellErrors.length === 0) products.push(toProduct(parsed.data));
  }
  return errors.length ? { ok: false, errors: sortRowErrors(errors) } : { ok: true, products };
}

/** Parses a JSON catalog file's text (`{"products": [...]}`, FORMAT.md §1). Pure. */
export function parseCatalogJson(text: string): FileParseResult<'products', Product> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, errors: [{ field: '(json)', reason: (err as Error).message }] };
  }
  const list = (doc as { products?: unknown } | null)?.products;
  if (!Array.isArray(list)) {
    return { ok: false, errors: [{ field: 'products', reason: 'the file must be {"products": [...]}' }] };
  }
  return validateCatalogRows(list.map((raw, index) => ({ where: { index }, raw })));
}

/** The file shape of a product: optional fields left out when empty, `active` only when false. */
export function toCatalogFileProduct(p: Product): CatalogFileProduct {
  const nonEmpty = (o: object) => Object.keys(o).length > 0;
  return {
    sku: p.sku,
    name: p.name,
    ...(p.category !== undefined && { category: p.category }),
    ...(p.brand !== undefined && { brand: p.brand }),
    ...(p.aliases.length > 0 && { aliases: p.aliases }),
    ...(nonEmpty(p.specs) && { specs: p.specs }),
    unit: p.unit,
    ...(p.unitAliases.length > 0 && { unitAliases: p.unitAliases }),
    ...(nonEmpty(p.conversions) && { conversions: p.conversions }),
    ...(p.barcode !== undefined && { barcode: p.barcode }),
    price: fenToYuan(p.priceFen),
    ...(nonEmpty(p.tierPricesFen) && {
      tierPrices: Object.fromEntries(Object.entries(p.tierPricesFen).map(([t, f]) => [t, fenToYuan(f)])),
    }),
    ...(p.priceBreaks.length > 0 && {
      priceBreaks: p.priceBreaks.map((b) => ({
        minQty: b.minQty,
        price: fenToYuan(b.priceFen),
        ...(b.tier !== undefined && { tier: b.tier }),
      })),
    }),
    stock: p.stock,
    ...(!p.active && { active: false }),
  };
}

/** Writes products as a JSON catalog file (two-space indent, trailing newline). Pure. */
export function formatCatalogJson(products: Product[]): string {
  return `${JSON.stringify({ products: products.map(toCatalogFileProduct) }, null, 2)}\n`;
}
