import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../test/pg.js';
import { exportCatalog, importCatalogFile } from './catalog-import.js';
import { importProducts, loadProducts } from './pg-catalog-repository.js';
import type { Product } from './product.js';

const dev = fileURLToPath(new URL('../test/dev-catalog/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'liaodan-catalog-'));

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.drop();
});

async function emptyCatalog() {
  await sql`truncate products, tier_prices, stock, stock_ledger cascade`.execute(t.db);
}

function product(sku: string, over: Partial<Product> = {}): Product {
  return {
    sku,
    name: `商品${sku}`,
    aliases: [],
    specs: {},
    unit: '个',
    unitAliases: [],
    conversions: {},
    priceFen: 1000,
    tierPricesFen: {},
    priceBreaks: [],
    stock: 10,
    active: true,
    ...over,
  };
}

const updatedAt = async () =>
  (
    await t.db
      .selectFrom('products')
      .select(['sku', sql<string>`updated_at::text`.as('at')])
      .orderBy('sku')
      .execute()
  ).map((r) => `${r.sku}@${r.at}`);

describe('catalog import into PostgreSQL', () => {
  it('gives identical products from the JSON and the CSV dev catalogs', async () => {
    await emptyCatalog();
    const fromJson = await importCatalogFile(t.db, join(dev, 'catalog.json'));
    expect(fromJson).toMatchObject({ ok: true, summary: { inserted: 127, updated: 0, deactivated: 0 } });
    const jsonProducts = await loadProducts(t.db);
    await emptyCatalog();
    const fromCsv = await importCatalogFile(t.db, join(dev, 'catalog.csv'));
    expect(fromCsv).toMatchObject({ ok: true, summary: { inserted: 127 } });
    const csvProducts = await loadProducts(t.db);
    expect(csvProducts).toHaveLength(127);
    expect(csvProducts).toEqual(jsonProducts);
    expect(csvProducts.find((p) => p.sku === 'WR-BV15-R')).toMatchObject({
      priceFen: 12600,
      tierPricesFen: { A: 11800, B: 12200 },
      conversions: { 米: 0.01 },
      stock: 300,
    });
  });

  it('changes nothing when the same file is imported twice', async () => {
    await emptyCatalog();
    await importCatalogFile(t.db, join(dev, 'catalog.json'));
    const before = await updatedAt();
    const productsBefore = await loadProducts(t.db);
    const ledgerRows = async () =>
      (
        await t.db
          .selectFrom('stock_ledger')
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const ledgerBefore = await ledgerRows();
    const second = await importCatalogFile(t.db, join(dev, 'catalog.csv'));
    expect(second).toEqual({
      ok: true,
      products: 127,
      summary: { inserted: 0, updated: 0, unchanged: 127, deactivated: 0 },
    });
    expect(await updatedAt()).toEqual(before);
    expect(await loadProducts(t.db)).toEqual(productsBefore);
    expect(await ledgerRows()).toBe(ledgerBefore);
  });

  it('imports nothing from a file with bad rows and names every one of them', async () => {
    await emptyCatalog();
    const file = join(tmp, 'bad.csv');
    writeFileSync(
      file,
      'sku,name,unit,price,stock\nGOOD-1,好,个,1,1\nBAD-1,坏,个,-1,1\nBAD-2,坏,,2,1\nGOOD-2,好,个,3,1.5\n',
    );
    const r = await importCatalogFile(t.db, file);
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 3, key: 'BAD-1', field: 'price', reason: 'must not be negative' },
        { line: 4, key: 'BAD-2', field: 'unit', reason: 'must not be empty' },
        { line: 5, key: 'GOOD-2', field: 'stock', reason: 'must be a whole number' },
      ],
    });
    expect(await loadProducts(t.db)).toEqual([]);
  });

  it('counts inserted, updated and unchanged products and keeps reservations when stock changes', async () => {
    await emptyCatalog();
    await importProducts(t.db, [product('A'), product('B', { tierPricesFen: { A: 900 } }), product('C')]);
    await t.db.updateTable('stock').set({ reserved: 4 }).where('sku', '=', 'C').execute();
    const summary = await importProducts(t.db, [
      product('A'),
      product('B', { tierPricesFen: { A: 800, B: 950 } }),
      product('C', { stock: 20 }),
      product('D'),
    ]);
    expect(summary).toEqual({ inserted: 1, updated: 2, unchanged: 1, deactivated: 0 });
    const stock = await t.db.selectFrom('stock').selectAll().where('sku', '=', 'C').executeTakeFirstOrThrow();
    expect([stock.on_hand, stock.reserved]).toEqual([24, 4]);
    const products = await loadProducts(t.db);
    expect(products.find((p) => p.sku === 'B')?.tierPricesFen).toEqual({ A: 800, B: 950 });
    expect(products.find((p) => p.sku === 'C')?.stock).toBe(20);
  });

  it('records every change of on-hand stock in the stock ledger', async () => {
    await emptyCatalog();
    await importProducts(t.db, [product('A', { stock: 5 }), product('B', { stock: 0 })]);
    await importProducts(t.db, [product('A', { stock: 3 }), product('B', { stock: 0 })]);
    await importProducts(t.db, [product('A', { stock: 3 }), product('B', { stock: 7 })]);
    const ledger = await t.db
      .selectFrom('stock_ledger')
      .select(['sku', 'reason', 'on_hand_delta', 'actor'])
      .orderBy('id')
      .execute();
    expect(ledger).toEqual([
      { sku: 'A', reason: 'receive', on_hand_delta: 5, actor: 'catalog-import' },
      { sku: 'A', reason: 'adjust', on_hand_delta: -2, actor: 'catalog-import' },
      { sku: 'B', reason: 'adjust', on_hand_delta: 7, actor: 'catalog-import' },
    ]);
  });

  it('deactivates products missing from the file with --replace and keeps them otherwise', async () => {
    await emptyCatalog();
    await importProducts(t.db, [product('A'), product('B'), product('C')]);
    expect(await importProducts(t.db, [product('A')])).toMatchObject({ unchanged: 1, deactivated: 0 });
    expect(await importProducts(t.db, [product('A')], { replace: true })).toMatchObject({
      unchanged: 1,
      deactivated: 2,
    });
    expect((await loadProducts(t.db)).map((p) => p.sku)).toEqual(['A']);
    const all = await loadProducts(t.db, { includeInactive: true });
    expect(all.map((p) => [p.sku, p.active])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
    ]);
    expect(await importProducts(t.db, [product('A'), product('B')], { replace: true })).toMatchObject({
      updated: 1,
      deactivated: 0,
    });
  });

  for (const format of ['json', 'csv'] as const) {
    it(`round-trips export → import into an empty database → export (${format})`, async () => {
      await emptyCatalog();
      await importCatalogFile(t.db, join(dev, 'catalog.json'));
      await importProducts(t.db, [
        product('ZZ-BREAKS', {
          priceBreaks: [
            { minQty: 100, priceFen: 950 },
            { minQty: 200, priceFen: 900, tier: 'A' },
          ],
          specs: { 颜色: '白', 规格: 'DN20' },
        }),
        product('ZZ-OFF', { active: false }),
      ]);
      const first = await exportCatalog(t.db, format);
      const other = await createTestDb();
      try {
        const file = join(tmp, `export.${format}`);
        writeFileSync(file, first);
        const r = await importCatalogFile(other.db, file);
        expect(r).toMatchObject({ ok: true, summary: { inserted: 129 } });
        expect(await exportCatalog(other.db, format)).toBe(first);
      } finally {
        await other.drop();
      }
    });
  }
});
