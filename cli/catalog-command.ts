import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { formatRowError, type RowError } from '../lib/file-rows.js';
import { importProgress } from './import-progress.js';

const DbConfig = z.object({ DATABASE_URL: common.DATABASE_URL, LOG_LEVEL: common.LOG_LEVEL });

/** Opens the database of DATABASE_URL with the schema brought up to date (shared by the import commands). */
export async function openImportDb() {
  const config = parseConfig(DbConfig, process.env);
  const log = createLogger({ level: config.LOG_LEVEL });
  const { createDb, migrateToLatest } = await import('../db/pg-database.js');
  const db = createDb({ url: config.DATABASE_URL, max: 2 });
  try {
    await migrateToLatest(db);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { db, log };
}

/** Prints every row error to stderr and sets a failing exit code. */
export function reportRowErrors(file: string, errors: RowError[]): void {
  process.stderr.write(`${file}: ${errors.length} problem(s), nothing imported\n`);
  for (const e of errors) process.stderr.write(`  ${formatRowError(e)}\n`);
  process.exitCode = 1;
}

const formatOption = () => new Option('--format <format>', 'file format').choices(['json', 'csv']);

export function registerCatalogCommand(program: Command): void {
  const catalog = program.command('catalog').description('import and export the product catalog');

  catalog
    .command('import <file>')
    .description('validate a .json or .csv catalog and upsert it in one transaction (DATABASE_URL)')
    .option('--replace', 'deactivate products that are not in the file')
    .addOption(formatOption())
    .action(async (file: string, opts: { replace?: boolean; format?: 'json' | 'csv' }) => {
      const started = Date.now();
      const { readCatalogFile } = await import('../catalog/catalog-import.js');
      const parsed = await readCatalogFile(file, opts.format);
      if (!parsed.ok) return reportRowErrors(file, parsed.errors);
      const { db, log } = await openImportDb();
      const { importProducts } = await import('../catalog/pg-catalog-repository.js');
      const progress = importProgress('products');
      try {
        const summary = await importProducts(db, parsed.products, {
          replace: Boolean(opts.replace),
          onProgress: progress.update,
        });
        progress.stop();
        const ms = Date.now() - started;
        log.info({ file, products: parsed.products.length, ...summary, ms }, 'catalog imported');
        const { inserted, updated, unchanged, deactivated } = summary;
        process.stdout.write(
          `${parsed.products.length} products: ${inserted} inserted, ${updated} updated, ${unchanged} unchanged, ` +
            `${deactivated} deactivated (${(ms / 1000).toFixed(1)} s)\n`,
        );
      } finally {
        progress.stop();
        await db.destroy();
      }
    });

  catalog
    .command('export')
    .description('write the whole catalog (inactive products included) to stdout or --out')
    .addOption(formatOption().makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { format: 'json' | 'csv'; out?: string }) => {
      const { db } = await openImportDb();
      try {
        const { exportCatalog } = await import('../catalog/catalog-import.js');
        const text = await exportCatalog(db, opts.format);
        if (opts.out) await writeFile(opts.out, text);
        else process.stdout.write(text);
      } finally {
        await db.destroy();
      }
    });
}
