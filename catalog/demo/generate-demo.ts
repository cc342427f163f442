import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildingProducts } from './demo-building.js';
import { electricalProducts } from './demo-electrical.js';
import { groceryProducts } from './demo-groceries.js';
import { hardwareProducts } from './demo-hardware.js';
import { plumbingProducts } from './demo-plumbing.js';
import { ean13CheckDigit, seededRandom, type DemoProductRow, type DraftProduct } from './demo-product.js';

/** The demo catalog file's content: `{ "products": [...] }` as in FORMAT.md §1. */
export interface DemoCatalog {
  products: DemoProductRow[];
}

/** Stock the demo needs on purpose: sold-out items and short stock a customer can run into. */
const stockOverrides: Record<string, number> = {
  'WIRE-BVR-10-YG-QF': 0,
  'TILE-MP-60120-GY-SM': 0,
  'CEM-HL-525-50': 40,
  'WIRE-BV-4-YG-YD': 35,
  'SW-SIE-RZ-16A3H': 45,
  'PPR-RF-32-H': 30,
  'TADH-DAVCO-C2-20': 50,
  'DRK-REDBULL-250': 72,
  'MCB-CHINT-NXB-2P63': 30,
};

/** Quantity breaks (inclusive at minQty, in the sale unit); a `tier` break applies to that tier only. */
const priceBreaks: Record<string, NonNullable<DemoProductRow['priceBreaks']>> = {
  'CEM-HL-425-50': [
    { minQty: 200, price: 25 },
    { minQty: 200, price: 23.5, tier: 'A' },
  ],
  'CEM-HX-425-50': [{ minQty: 100, price: 24.5 }],
  'AGG-SAND-RIVER': [{ minQty: 30, price: 158 }],
  'TILE-DP-8080-WH-PG': [{ minQty: 90, price: 55 }],
  'WIRE-BV-25-RD-YD': [{ minQty: 20, price: 255 }],
  'WIRE-BV-25-BU-YD': [{ minQty: 20, price: 255 }],
  'WIRE-BV-25-YG-YD': [{ minQty: 20, price: 255 }],
  'SW-BULL-G07-5H': [{ minQty: 100, price: 7.2 }],
  'PPR-WX-20-H': [
    { minQty: 100, price: 27.5 },
    { minQty: 100, price: 26.5, tier: 'A' },
  ],
  'ANCHOR-M8X80-GALV': [{ minQty: 1000, price: 0.38 }],
  'DRK-NFSQ-550': [{ minQty: 240, price: 0.92 }],
  'DRK-REDBULL-250': [{ minQty: 240, price: 4.4 }],
};

/**
 * Builds the demo shop's catalog. Deterministic: every family draws from its own seeded random source, so
 * editing one family leaves the others' stock untouched. Barcodes are fictitious EAN-13s (prefix 697) numbered
 * per brand in catalog order; bulk goods (sand, loose bolts, nails by weight) get none.
 */
export function buildDemoCatalog(): DemoCatalog {
  const families: ((random: () => number) => DraftProduct[])[] = [
    buildingProducts,
    electricalProducts,
    plumbingProducts,
    hardwareProducts,
    groceryProducts,
  ];
  const drafts = families.flatMap((family, index) => family(seededRandom(20260 + index)));
  const brandIndex = new Map<string, number>();
  const brandItems = new Map<string, number>();
  const products = drafts.map(({ noBarcode, ...draft }): DemoProductRow => {
    const product: DemoProductRow = { ...draft };
    const stock = stockOverrides[draft.sku];
    if (stock !== undefined) product.stock = stock;
    const breaks = priceBreaks[draft.sku];
    if (breaks) product.priceBreaks = breaks;
    if (!noBarcode) {
      const brand = draft.brand ?? '';
      if (!brandIndex.has(brand)) brandIndex.set(brand, brandIndex.size + 1);
      const item = (brandItems.get(brand) ?? 0) + 1;
      brandItems.set(brand, item);
      const first12 = `697${String(brandIndex.get(brand)).padStart(4, '0')}${String(item).padStart(5, '0')}`;
      product.barcode = `${first12}${ean13CheckDigit(first12)}`;
    }
    return orderFields(product);
  });
  return { products };
}

/** Writes fields in the order FORMAT.md lists them, so the file reads the same way as the spec. */
function orderFields(p: DemoProductRow): DemoProductRow {
  const ordered: Record<string, unknown> = {
    sku: p.sku,
    name: p.name,
    category: p.category,
    brand: p.brand,
    aliases: p.aliases,
    specs: p.specs,
    unit: p.unit,
    unitAliases: p.unitAliases,
    conversions: p.conversions,
    barcode: p.barcode,
    price: p.price,
    tierPrices: p.tierPrices,
    priceBreaks: p.priceBreaks,
    stock: p.stock,
  };
  for (const [key, value] of Object.entries(ordered)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete ordered[key];
  }
  return ordered as unknown as DemoProductRow;
}

/** Writes `products.json` next to this file. */
export async function writeDemoCatalog(): Promise<string> {
  const path = fileURLToPath(new URL('./products.json', import.meta.url));
  await writeFile(path, `${JSON.stringify(buildDemoCatalog(), null, 2)}\n`);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = await writeDemoCatalog();
  process.stdout.write(`wrote ${path}\n`);
}
