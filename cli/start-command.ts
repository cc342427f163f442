import type { Command } from 'commander';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { stopAll, untilSignal } from '../lib/lifecycle.js';

/** What `liaodan start` itself reads; each process it runs parses its own schema on top. */
export const StartConfig = z.object({
  LOG_LEVEL: common.LOG_LEVEL,
  DATABASE_URL: common.DATABASE_URL.optional(),
  REDIS_URL: common.REDIS_URL.optional(),
  DATA_DIR: z.string().default('./data'),
  LOCAL_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  LOCAL_REDIS_PORT: z.coerce.number().int().min(1).max(65535).default(63799),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
});

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'run everything: local PostgreSQL/Redis when no URLs are set, migrations, demo data, api, worker, bot',
    )
    .action(async () => {
      const config = parseConfig(StartConfig, process.env);
      const log = createLogger({ level: config.LOG_LEVEL, name: 'liaodan' });
      const parts: { name: string; stop: () => Promise<void> }[] = [];
      const env: Record<string, string | undefined> = { ...process.env };
      try {
        if (!config.DATABASE_URL || !config.REDIS_URL) {
          const { startLocalServices } = await import('../lib/local-services.js');
          const local = await startLocalServices({
            dataDir: config.DATA_DIR,
            pgPort: config.LOCAL_PG_PORT,
            redisPort: config.LOCAL_REDIS_PORT,
            log,
            install: true,
            want: { postgres: !config.DATABASE_URL, redis: !config.REDIS_URL },
          });
          parts.push({ name: 'local services', stop: local.stop });
          env.DATABASE_URL = config.DATABASE_URL ?? local.databaseUrl;
          env.REDIS_URL = config.REDIS_URL ?? local.redisUrl;
        }
        const { prepareDatabase } = await import('./prepare-database.js');
        await prepareDatabase(env.DATABASE_URL as string, { demo: config.DEMO_DATA === 'auto', log });

        const { WorkerConfig } = await import('../worker/config.js');
        const { startWorker } = await import('../worker/main.js');
        const worker = await startWorker(parseConfig(WorkerConfig, env), log.child({ process: 'worker' }));
        parts.push({ name: 'worker', stop: worker.stop });

        const { BotConfig } = await import('../bot/config.js');
        const { startBot } = await import('../bot/main.js');
        const bot = await startBot(parseConfig(BotConfig, env), log.child({ process: 'bot' }));
        parts.push({ name: 'bot', stop: bot.stop });

        const { ApiConfig } = await import('../api/config.js');
        const { startApi } = await import('../api/main.js');
        const api = await startApi(parseConfig(ApiConfig, env), log.child({ process: 'api' }));
        parts.push({ name: 'api', stop: api.stop });
        log.info(
          { chat: `${api.url}/chat`, admin: `${api.url}/admin/queues` },
          'liaodan is running: Ctrl-C stops it',
        );
      } catch (err) {
        await stopAll(log, parts);
        throw err;
      }
      await untilSignal(log);
      await stopAll(log, parts);
    });
}
