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
import { registerWecomCommand } from './wecom-command.js';
import { registerWecomDemoCommand } from './wecom-demo-command.js';

const SHOWN_AS_IS = ['InputFileError', 'CommandError', 'LocalServicesError'];

/**
 * Says why a command failed, in one line a shop's staff can act on, and returns the exit code. The stack is shown
 * only with `--verbose` or LOG_LEVEL=debug: a stack is for developers, not for whoever imports a price list.
 */
function reportFailure(err: unknown, verbose: boolean): number {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    return 78; // EX_CONFIG
  }
  const error = err instanceof Error ? err : new Error(String(err));
  const line = SHOWN_AS_IS.includes(error.name) ? error.message : `出错了：${error.message}`;
  process.stderr.write(`${line}\n`);
  const debug = verbose || ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');
  if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
  else if (!SHOWN_AS_IS.includes(error.name)) process.stderr.write('（加 --verbose 可以看到详细信息）\n');
  return 1;
}

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
  registerWecomCommand(program);
  registerWecomDemoCommand(program);
  program.option('--verbose', 'print the stack of an error');
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = reportFailure(err, argv.includes('--verbose'));
  } finally {
    // A part run by `liaodan start` holds an IPC channel that would keep it alive after it stopped.
    if (process.connected) process.disconnect();
  }
}
