import type { Command } from 'commander';
import { parseConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('run the order pipeline: outbox relay + stock, pricing and finance workers')
    .action(async () => {
      const { WorkerConfig } = await import('../worker/config.js');
      const config = parseConfig(WorkerConfig, process.env);
      const log = createLogger({ level: config.LOG_LEVEL, name: 'worker' });
      const { startWorker } = await import('../worker/main.js');
      const running = await startWorker(config, log);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log.info({ signal }, 'stopping');
          running.stop().then(resolve, (err: unknown) => {
            log.error({ err }, 'stop failed');
            process.exitCode = 1;
            resolve();
          });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
