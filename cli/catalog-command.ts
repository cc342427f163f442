import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { importProgress, openImportDb, reportRowErrors } from './import-support.js';
import { assertReadable } from './input-file.js';

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
      await assertReadable(file);
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
