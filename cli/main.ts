import { Command } from 'commander';
import { ConfigError } from '../lib/config.js';
import { registerApiCommand } from './api-command.js';
import { registerBotCommand } from './bot-command.js';
import { registerCatalogCommand } from './catalog-command.js';
import { registerChatCommand } from './chat-command.js';
import { registerCustomersCommand } from './customers-command.js';
import { registerFinanceCommand } from './finance-command.js';
import { registerHealthCommand } from './health-command.js';
import { registerStaffCommand } from './staff-command.js';
import { registerMigrateCommand } from './migrate-command.js';
import { registerSimulateCommand } from './simulate-command.js';
import { registerStartCommand } from './start-command.js';
import { registerWorkerCommand } from './worker-command.js';

/**
 * The `liaodan` command. Each sub-command lives in its own `*-command.ts` file and loads its process's code only
 * when it runs, so `liaodan --help` stays fast.
 */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('liaodan').description('聊单: chat-to-order for wholesale-market businesses');
  registerStartCommand(program);
  registerMigrateCommand(program);
  registerSimulateCommand(program);
  registerWorkerCommand(program);
  registerApiCommand(program);
  registerCatalogCommand(program);
  registerStaffCommand(program);
  registerCustomersCommand(program);
  registerFinanceCommand(program);
  registerBotCommand(program);
  registerChatCommand(program);
  registerHealthCommand(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 78; // EX_CONFIG
      return;
    }
    throw err;
  } finally {
    // A part run by `liaodan start` holds an IPC channel that would keep it alive after it stopped.
    if (process.connected) process.disconnect();
  }
}
