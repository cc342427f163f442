import type { Command } from 'commander';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';

const MigrateConfig = z.object({ DATABASE_URL: common.DATABASE_URL, LOG_LEVEL: common.LOG_LEVEL });

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the PostgreSQL schema up to date (DATABASE_URL)')
    .action(async () => {
      const config = parseConfig(MigrateConfig, process.env);
      const log = createLogger({ level: config.LOG_LEVEL });
      const { createDb, migrateToLatest } = await import('../db/pg-database.js');
      const db = createDb({ url: config.DATABASE_URL, max: 1 });
      try {
        const result = await migrateToLatest(db);
        const applied = result.results?.map((r) => r.migrationName) ?? [];
        log.info({ applied }, applied.length ? 'migrations applied' : 'schema already up to date');
      } finally {
        await db.destroy();
      }
    });
}
