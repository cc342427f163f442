import type { Command } from 'commander';
import { openImportDb, reportRowErrors } from './import-support.js';
import { assertReadable } from './input-file.js';

export function registerStaffCommand(program: Command): void {
  program
    .command('staff')
    .description('manage staff')
    .command('import <file>')
    .description('validate a staff CSV (id,name,role,chat_names) and upsert it in one transaction')
    .action(async (file: string) => {
      await assertReadable(file);
      const { db, log } = await openImportDb();
      try {
        const { importStaffFile } = await import('../customers/customer-import.js');
        const r = await importStaffFile(db, file);
        if (!r.ok) return reportRowErrors(file, r.errors);
        const s = r.summary;
        log.info({ file, rows: r.rows, ...s }, 'staff imported');
        process.stdout.write(
          `${r.rows} staff: ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged; ` +
            `chat names ${s.chatNamesBound} bound, ${s.chatNamesUnbound} unbound\n`,
        );
      } finally {
        await db.destroy();
      }
    });
}
