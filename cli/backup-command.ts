import type { Command } from 'commander';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';

const BackupConfig = z.object({
  DATABASE_URL: common.DATABASE_URL,
  REDIS_URL: common.REDIS_URL,
  QUEUE_PREFIX: common.QUEUE_PREFIX,
});

/**
 * `liaodan backup [--out DIR]` and `liaodan restore DIR`: PostgreSQL (pg_dump) and the installation's Redis keys,
 * taken while the shop runs; restored into a fresh database and Redis. See cli/backup.ts and the README.
 */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'back up PostgreSQL (pg_dump) and the Redis keys of this installation (conversations, queues)',
    )
    .option('--out <dir>', 'folder to write the backup folder in', 'backups')
    .action(async (opts: { out: string }) => {
      const config = parseConfig(BackupConfig, process.env);
      const { backup } = await import('./backup.js');
      const { dir, manifest } = await backup({
        databaseUrl: config.DATABASE_URL,
        redisUrl: config.REDIS_URL,
        prefix: config.QUEUE_PREFIX,
        out: opts.out,
      });
      process.stdout.write(
        `备份好了：${dir}\n订单 ${manifest.rows.orders ?? 0}，收款 ${manifest.rows.payments ?? 0}，` +
          `库存流水 ${manifest.rows.stock_ledger ?? 0}，Redis 键 ${manifest.redisKeys}\n`,
      );
    });
  program
    .command('restore <dir>')
    .description('restore a backup into an empty PostgreSQL database and Redis (DATABASE_URL, REDIS_URL)')
    .action(async (dir: string) => {
      const config = parseConfig(BackupConfig, process.env);
      const { restore } = await import('./backup.js');
      const { manifest, rows } = await restore({
        dir,
        databaseUrl: config.DATABASE_URL,
        redisUrl: config.REDIS_URL,
        prefix: config.QUEUE_PREFIX,
      });
      process.stdout.write(
        `恢复好了（备份时间 ${manifest.takenAt}）：订单 ${rows.orders ?? 0}，收款 ${rows.payments ?? 0}，` +
          `库存流水 ${rows.stock_ledger ?? 0}，Redis 键 ${manifest.redisKeys}，行数与备份一致\n`,
      );
    });
}
