import type { Command } from 'commander';
import { assertReadable } from './input-file.js';

export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('run dialogs (JSON Lines on stdin) through the conversation engine, results on stdout')
    .requiredOption('--catalog <file>', 'catalog file, JSON or CSV (FORMAT.md §1)')
    .option('--max-qty <n>', 'largest quantity of one order line', '100000')
    .action(async (opts: { catalog: string; maxQty: string }) => {
      await assertReadable(opts.catalog);
      const { runSimulate } = await import('../dialog/simulate.js');
      const code = await runSimulate({
        catalogPath: opts.catalog,
        maxQtyPerLine: Number(opts.maxQty),
        input: process.stdin,
        output: process.stdout,
        errors: process.stderr,
      });
      process.exitCode = code;
    });
}
