import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import type { DialogState } from '../dialog/dialog-types.js';
import { parseCatalogJson } from './catalog-file.js';
import type { Product } from './product.js';

/**
 * Any catalog a shop can upload must build an engine that answers: a catalog whose index build throws leaves the
 * shop's chat dead (the bot does not start; a reload keeps the old catalog). The products here are the eval shops'
 * own, shuffled across trades: names, aliases, spec values and units of one trade put on another's products, as
 * a shop's hand-made spreadsheet can (a stainless tube with the alias 六分管 once crashed the index on load).
 */
const shopsDir = fileURLToPath(new URL('../test/eval-shops/', import.meta.url));
const allProducts: Product[] = readdirSync(shopsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(shopsDir, entry.name, 'catalog.json')))
  .flatMap((entry) => {
    const parsed = parseCatalogJson(readFileSync(join(shopsDir, entry.name, 'catalog.json'), 'utf8'));
    return parsed.ok ? parsed.products : [];
  });

const pick = <T>(list: T[]) => fc.nat({ max: list.length - 1 }).map((i) => list[i]!);
const anyProduct = pick(allProducts);
const anyAlias = pick(allProducts.flatMap((p) => p.aliases));
const anySpec = pick(allProducts.flatMap((p) => Object.entries(p.specs)));
const anyName = pick(allProducts.map((p) => p.name));

/** One product of some shop, with words and values of others put on it. */
const mixedProduct = (index: number) =>
  fc
    .record({
      base: anyProduct,
      name: fc.option(anyName, { freq: 4 }),
      aliases: fc.array(anyAlias, { maxLength: 3 }),
      specs: fc.array(anySpec, { maxLength: 3 }),
      unitFrom: fc.option(anyProduct, { freq: 4 }),
    })
    .map(({ base, name, aliases, specs, unitFrom }): Product => ({
      ...base,
      sku: `${base.sku}-${index}`,
      barcode: undefined,
      ...(name !== null && { name }),
      aliases: [...base.aliases, ...aliases],
      specs: { ...base.specs, ...Object.fromEntries(specs) },
      ...(unitFrom !== null && {
        unit: unitFrom.unit,
        unitAliases: unitFrom.unitAliases,
        conversions: unitFrom.conversions,
      }),
    }));

const mixedCatalog = fc
  .integer({ min: 1, max: 24 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => mixedProduct(i))));

describe('Catalogs mixed from every eval shop', () => {
  it('always build an engine that answers their own words without throwing', () => {
    expect(allProducts.length).toBeGreaterThan(3000);
    let built = 0;
    fc.assert(
      fc.property(mixedCatalog, fc.array(fc.nat(), { minLength: 2, maxLength: 2 }), (products, [a, b]) => {
        const engine = createDialogEngine({ products, maxQtyPerLine: 5000 });
        built += 1;
        const first = products[a! % products.length]!;
        const second = products[b! % products.length]!;
        let state: DialogState | null = null;
        for (const text of [
          `${first.aliases[0] ?? first.name}${Object.values(first.specs)[0] ?? ''} 10${first.unit}`,
          `${second.name} ${Object.values(second.specs).join(' ')} 各两${second.unit}`,
          '不对 改成5个',
          '确认',
        ]) {
          const turn = engine.handle(state, {
            text,
            customer: { id: 'c', name: 'c' },
            history: [],
            now: new Date(0),
          });
          expect(turn.replies.length).toBeGreaterThan(0);
          state = turn.state;
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
    expect(built).toBe(300);
  });
});
