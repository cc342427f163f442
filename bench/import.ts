/**
 * `npm run bench:import`: starts a throwaway PostgreSQL, imports 50,000 generated products from JSON and from
 * CSV through the same functions as `liaodan catalog import` (read + validate, then importProducts), re-imports
 * (a no-op), imports again with 10% of the prices changed, and prints the timings; the last line is JSON.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { readCatalogFile } from '../catalog/catalog-import.js';
import { formatCatalogCsv } from '../catalog/catalog-csv.js';
import { importProducts, type ImportSummary } from '../catalog/pg-catalog-repository.js';
import { createDb, migrateToLatest, type Db } from '../db/pg-database.js';
import { freePort } from '../lib/free-port.js';
import { startLocalPostgres } from '../lib/local-postgres.js';
import { generateCatalog } from './generate-catalog.js';

const N = Number(process.argv[2] ?? 50_000);

/** What `liaodan catalog import FILE` does once the database is open. */
async function importFile(db: Db, file: string): Promise<{ ms: number; summary: ImportSummary }> {
  const started = performance.now();
  const parsed = await readCatalogFile(file);
  if (!parsed.ok) throw new Error(`bench catalog invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const summary = await importProducts(db, parsed.products);
  return { ms: Math.round(performance.now() - started), summary };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaodan-bench-'));
  chmodSync(dir, 0o755);
  const pg = await startLocalPostgres({ dir: join(dir, 'pg'), port: await freePort() });
  const db = createDb({ url: pg.url, max: 2 });
  try {
    await migrateToLatest(db);
    const products = generateCatalog(N);
    const jsonFile = join(dir, 'catalog.json');
    const csvFile = join(dir, 'catalog.csv');
    writeFileSync(jsonFile, JSON.stringify({ products }));
    const parsed = await readCatalogFile(jsonFile);
    if (!parsed.ok) throw new Error('generated catalog is invalid');
    writeFileSync(csvFile, formatCatalogCsv(parsed.products));
    const changed = products.map((p, i) => (i % 10 === 0 ? { ...p, price: p.price + 1 } : p));
    const changedFile = join(dir, 'changed.json');
    writeFileSync(changedFile, JSON.stringify({ products: changed }));

    const json = await importFile(db, jsonFile);
    const log = (what: string, r: { ms: number; summary: ImportSummary }) =>
      process.stdout.write(
        `${what.padEnd(28)} ${String(r.ms).padStart(6)} ms  ${JSON.stringify(r.summary)}\n`,
      );
    log(`import ${N} (JSON, empty DB)`, json);
    await sql`truncate products, tier_prices, stock, stock_ledger cascade`.execute(db);
    const csv = await importFile(db, csvFile);
    log(`import ${N} (CSV, empty DB)`, csv);
    const again = await importFile(db, jsonFile);
    log('re-import (no change)', again);
    if (again.summary.inserted || again.summary.updated) throw new Error('re-import was not a no-op');
    const update = await importFile(db, changedFile);
    log('import with 10% changed', update);
    process.stdout.write(
      `${JSON.stringify({
        products: N,
        importJsonMs: json.ms,
        importCsvMs: csv.ms,
        reimportMs: again.ms,
        update10pctMs: update.ms,
      })}\n`,
    );
  } finally {
    await db.destroy();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
