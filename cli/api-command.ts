import type { Command } from 'commander';
import { parseConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { reportReady } from '../lib/part-process.js';
import { stopAll, untilSignal } from '../lib/lifecycle.js';

export function registerApiCommand(program: Command): void {
  program
    .command('api')
    .description('run the back-office api alone (DATABASE_URL, REDIS_URL, API_PORT …)')
    .action(async () => {
      const { ApiConfig } = await import('../api/config.js');
      const config = parseConfig(ApiConfig, process.env);
      // The WeCom channel's settings depend on each other: checked before anything connects.
      (await import('../bot/wecom-config.js')).wecomConfig(config);
      const log = createLogger({ level: config.LOG_LEVEL, name: 'api' });
      const { prepareDatabase } = await import('./prepare-database.js');
      await prepareDatabase(config.DATABASE_URL, { demo: false, log });
      const { startApi } = await import('../api/main.js');
      const api = await startApi(config, log);
      reportReady({ url: api.url });
      await untilSignal(log);
      await stopAll(log, [{ name: 'api', stop: api.stop }]);
    });
}
