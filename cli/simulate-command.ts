import { createReadStream } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { assertReadable } from './input-file.js';

export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description(
      'run dialogs (JSON Lines, --dialogs or stdin) through the conversation engine, results on stdout; picture turns are read as the chat reads them',
    )
    .requiredOption('--catalog <file>', 'catalog file, JSON or CSV (FORMAT.md §1)')
    .option('--dialogs <file>', 'dialogs file (FORMAT.md §2, §6); standard input when left out')
    .option('--max-qty <n>', 'largest quantity of one order line', '100000')
    .action(async (opts: { catalog: string; dialogs?: string; maxQty: string }) => {
      await assertReadable(opts.catalog);
      if (opts.dialogs) await assertReadable(opts.dialogs);
      const { runSimulate } = await import('../dialog/simulate.js');
      const { simulatedPictures } = await import('../photo/simulate-pictures.js');
      const { createThreadedPictureReader } = await import('../reader/threaded-picture-reader.js');
      // Threads and models start on the first picture only; text-only dialogs never load them.
      const reader = createThreadedPictureReader();
      try {
        const code = await runSimulate({
          catalogPath: opts.catalog,
          maxQtyPerLine: Number(opts.maxQty),
          input: opts.dialogs ? createReadStream(opts.dialogs) : process.stdin,
          output: process.stdout,
          errors: process.stderr,
          pictures: simulatedPictures(reader, opts.dialogs ? dirname(opts.dialogs) : process.cwd()),
        });
        process.exitCode = code;
      } finally {
        await reader.close();
      }
    });
}
