import { pathToFileURL } from 'node:url';
import type { CatalogFileProduct } from '../catalog/catalog-file.js';
import {
  ean13CheckDigit,
  seededRandom,
  shopRound,
  stockBetween,
  tierPricesFor,
  type TierSet,
} from '../catalog/demo/demo-product.js';
import { textHash, type Family, type FamilyProduct } from './catalog-family.js';
import { buildingFamilies } from './families-building.js';
import { electricalFamilies } from './families-electrical.js';
import { hardwareFamilies } from './families-hardware.js';
import { plumbingFamilies } from './families-plumbing.js';

export type { CatalogFileProduct };

/** Every family the generator draws from, and how many distinct products they can make together. */
export const families: Family[] = [
  ...electricalFamilies,
  buildingFamilies.cement,
  buildingFamilies.tiles,
  plumbingFamilies.ppr,
  plumbingFamilies.pvc,
  hardwareFamilies.fasteners,
  buildingFamilies.paints,
  hardwareFamilies.fmcg,
];
export const catalogCapacity = families.reduce((n, f) => n + f.size, 0);

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A bijection of [0, size) that spreads consecutive picks over brands, sizes and colours. */
function permutation(size: number, seed: number, salt: number): (k: number) => number {
  let a = Math.max(1, Math.floor(size * 0.6180339887) + seed * 7919 + salt) % size || 1;
  while (gcd(a, size) !== 1) a = (a + 1) % size || 1;
  const c = (seed * 104729 + salt * 31) % size;
  return (k) => (a * k + c) % size;
}

/** EAN-13 barcodes: 69 (China) + a 5-digit company number per brand + a 5-digit item number. */
function barcodeMaker(): (brand: string) => string {
  const companies = new Map<string, { code: number; next: number }>();
  const used = new Set<number>();
  const company = (brand: string) => {
    let code = 10000 + (textHash(brand) % 90000);
    while (used.has(code)) code = code === 99999 ? 10000 : code + 1;
    used.add(code);
    return { code, next: 0 };
  };
  return (brand) => {
    let c = companies.get(brand) ?? company(brand);
    if (c.next > 99999) c = company(`${brand}#${c.code}`);
    companies.set(brand, c);
    const first12 = `69${c.code}${String(c.next++).padStart(5, '0')}`;
    return `${first12}${ean13CheckDigit(first12)}`;
  };
}

const BREAK_QTY: Record<string, number> = { 袋: 100, 卷: 20, 盒: 50, 根: 100, 套: 200, 片: 200 };
const STOCK_MAX: Record<string, number> = {
  袋: 3000,
  卷: 300,
  片: 6000,
  盒: 800,
  根: 1500,
  箱: 400,
  桶: 200,
};

function finish(
  fp: FamilyProduct,
  sku: string,
  seed: number,
  barcode: (brand: string) => string,
): CatalogFileProduct {
  const random = seededRandom(textHash(sku) ^ seed);
  const price = Math.max(0.1, shopRound(fp.price));
  const r = random();
  const tierSet: TierSet = r < 0.7 ? 'AB' : r < 0.85 ? 'ABC' : 'none';
  const tierPrices = tierPricesFor(price, tierSet);
  const breakQty = BREAK_QTY[fp.unit] ?? 100;
  const breaks =
    fp.bulk && random() < 0.25 && price >= 1
      ? [
          { minQty: breakQty, price: shopRound(price * 0.97) },
          { minQty: breakQty * 5, price: shopRound(price * 0.93), tier: 'A' },
        ].filter((b) => b.price < price)
      : [];
  const aliases = [...new Set(fp.aliases)].filter((a) => a !== fp.name);
  return {
    sku,
    name: fp.name,
    category: fp.category,
    brand: fp.brand,
    aliases,
    specs: fp.specs,
    unit: fp.unit,
    unitAliases: fp.unitAliases,
    ...(fp.conversions && Object.keys(fp.conversions).length > 0 && { conversions: fp.conversions }),
    ...(!fp.noBarcode && random() < 0.85 && { barcode: barcode(fp.brand) }),
    price,
    ...(tierPrices && { tierPrices }),
    ...(breaks.length > 0 && { priceBreaks: breaks }),
    stock: random() < 0.05 ? 0 : stockBetween(random, 10, STOCK_MAX[fp.unit] ?? 2000),
  };
}

/**
 * A deterministic catalog of `n` products in the JSON file shape (FORMAT.md §1): wires, cement, tiles, pipes
 * and fittings, switches, breakers, fasteners, lighting, paint, drinks and food, mixed in realistic proportions,
 * with many brands and series per family. Skus and EAN-13 barcodes are unique. Throws a RangeError when `n` is
 * more than the families can make (`catalogCapacity`).
 */
export function generateCatalog(n: number, seed = 1): CatalogFileProduct[] {
  if (!Number.isInteger(n) || n < 0 || n > catalogCapacity) {
    throw new RangeError(`n must be a whole number from 0 to ${catalogCapacity}`);
  }
  const perms = families.map((f, i) => permutation(f.size, seed, i));
  const taken = families.map(() => 0);
  const credit = families.map(() => 0);
  const barcode = barcodeMaker();
  const skus = new Set<string>();
  const out: CatalogFileProduct[] = [];
  while (out.length < n) {
    // Smooth weighted round robin over the families that still have products left.
    let best = -1;
    let total = 0;
    families.forEach((f, i) => {
      if (taken[i]! >= f.size) return;
      credit[i]! += f.weight;
      total += f.weight;
      if (best < 0 || credit[i]! > credit[best]!) best = i;
    });
    credit[best]! -= total;
    const f = families[best]!;
    const fp = f.at(perms[best]!(taken[best]!++));
    const sku = `${f.prefix}-${fp.code}`;
    if (skus.has(sku)) throw new Error(`generateCatalog: sku ${sku} generated twice`);
    skus.add(sku);
    out.push(finish(fp, sku, seed, barcode));
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const csv = argv.includes('--csv');
  const [n = '1000', seed = '1'] = argv.filter((a) => !a.startsWith('--'));
  const products = generateCatalog(Number(n), Number(seed));
  if (!csv) {
    process.stdout.write(`${JSON.stringify({ products }, null, 1)}\n`);
    return;
  }
  const { validateCatalogRows } = await import('../catalog/catalog-file.js');
  const { formatCatalogCsv } = await import('../catalog/catalog-csv.js');
  const parsed = validateCatalogRows(products.map((raw, index) => ({ where: { index }, raw })));
  if (!parsed.ok)
    throw new Error(`generated catalog is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  process.stdout.write(formatCatalogCsv(parsed.products));
}

// `npx tsx bench/generate-catalog.ts 50000 [seed] [--csv] > catalog.json`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });
}
