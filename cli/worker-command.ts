import type { Command } from 'commander';
import { parseConfig } from '../lib/config.js';
import { stopAll, untilSignal } from '../lib/lifecycle.js';
import { createLogger } from '../lib/logger.js';
import { reportReady } from '../lib/part-process.js';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('run the order pipeline: outbox relay + stock, pricing and finance workers')
    .action(async () => {
      const { WorkerConfig } = await import('../worker/config.js');
      const config = parseConfig(WorkerConfig, process.env);
      const log = createLogger({ level: config.LOG_LEVEL, name: 'worker' });
      const { prepareDatabase } = await import('./prepare-database.js');
      await prepareDatabase(config.DATABASE_URL, { demo: false, log });
      const { startWorker } = await import('../worker/main.js');
      const running = await startWorker(config, log);
      reportReady();
      await untilSignal(log);
      await stopAll(log, [{ name: 'worker', stop: running.stop }]);
    });
}
