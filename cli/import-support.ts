import cliProgress from 'cli-progress';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';
import { formatRowError, type RowError } from '../lib/file-rows.js';
import { createLogger } from '../lib/logger.js';

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
  process.stderr.write(`${file}：有 ${errors.length} 处问题，什么都没有导入\n`);
  for (const e of errors) process.stderr.write(`  ${formatRowError(e)}\n`);
  process.exitCode = 1;
}

/**
 * A progress bar on stderr for imports of at least `threshold` rows, shown only when stderr is a terminal; a
 * no-op otherwise (pipes, CI, logs). Call `stop()` when done.
 */
export function importProgress(label: string, threshold = 1000) {
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done: number, total: number): void {
      if (!process.stderr.isTTY || total < threshold) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: `${label} [{bar}] {value}/{total} {percentage}% {eta_formatted}`,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop(): void {
      bar?.stop();
    },
  };
}
