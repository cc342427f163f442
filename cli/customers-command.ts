import type { Command } from 'commander';
import { openImportDb, reportRowErrors } from './import-support.js';
import { assertReadable } from './input-file.js';

export function registerCustomersCommand(program: Command): void {
  program
    .command('customers')
    .description('manage customers')
    .command('import <file>')
    .description(
      'validate a customers CSV (id,name,tier,region,credit_limit,rep,chat_names) and upsert it in one transaction',
    )
    .action(async (file: string) => {
      await assertReadable(file);
      const { db, log } = await openImportDb();
      try {
        const { importCustomersFile } = await import('../customers/customer-import.js');
        const r = await importCustomersFile(db, file);
        if (!r.ok) return reportRowErrors(file, r.errors);
        const s = r.summary;
        log.info({ file, rows: r.rows, ...s }, 'customers imported');
        process.stdout.write(
          `${r.rows} customers: ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged; ` +
            `chat names ${s.chatNamesBound} bound, ${s.chatNamesUnbound} unbound\n`,
        );
      } finally {
        await db.destroy();
      }
    });
}
