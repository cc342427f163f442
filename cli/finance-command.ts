import type { Command } from 'commander';
import { InputFileError, readInput } from './input-file.js';

interface MatchOptions {
  open?: string;
  statement?: string;
  config?: string;
  allowBadRows?: boolean;
  verbose?: boolean;
}

async function runMatch(opts: MatchOptions): Promise<number> {
  if (!opts.open || !opts.statement) {
    process.stderr.write('请同时给出 --open（未结清订单 JSONL）和 --statement（银行流水 CSV/XLSX）。\n');
    return 2;
  }
  const [openBytes, statementBytes, configBytes] = await Promise.all([
    readInput(opts.open),
    readInput(opts.statement),
    opts.config ? readInput(opts.config) : undefined,
  ]);
  const { runFinanceMatch } = await import('../finance/finance-match.js');
  const { statementText } = await import('../finance/finance-text.js');
  const outcome = await runFinanceMatch({
    openText: openBytes.toString('utf8'),
    statementBytes,
    ...(configBytes && { configText: configBytes.toString('utf8') }),
    allowBadRows: Boolean(opts.allowBadRows),
  });
  const fileOf = { open: opts.open, statement: opts.statement, config: opts.config ?? 'config' };
  if (outcome.kind === 'bad-input') {
    process.stderr.write(`${fileOf[outcome.input]}：${outcome.problem}\n`);
    for (const row of outcome.badRows ?? []) {
      process.stderr.write(`  ${statementText.badRow(row.line, row.fileLine, row.problem)}\n`);
    }
    return 1;
  }
  process.stderr.write(`${opts.statement}：${statementText.summary(outcome.summary)}\n`);
  for (const row of outcome.badRows) {
    process.stderr.write(`  ${statementText.badRow(row.line, row.fileLine, row.problem)}\n`);
  }
  if (outcome.badRows.length)
    process.stderr.write(`${statementText.badRowsSkipped(outcome.badRows.length)}\n`);
  process.stdout.write(outcome.results.map((result) => `${JSON.stringify(result)}\n`).join(''));
  return 0;
}

export function registerFinanceCommand(program: Command): void {
  const finance = program.command('finance').description('bank statements and payment matching');
  finance
    .command('match')
    .description(
      'match a bank statement (CSV or XLSX) to open orders, in memory; results as JSON Lines on stdout',
    )
    .option('--open <file>', 'open receivables, JSON Lines (FORMAT.md §1)')
    .option('--statement <file>', 'bank statement export, CSV (UTF-8/GBK) or XLSX (FORMAT.md §2)')
    .option('--config <file>', 'matching settings: {"toleranceFen": 500, "dateWindowDays": 45}')
    .option('--allow-bad-rows', 'skip statement rows that cannot be read instead of stopping')
    .option('--verbose', 'print the stack of an unexpected error')
    .action(async (opts: MatchOptions) => {
      try {
        process.exitCode = await runMatch(opts);
      } catch (err) {
        if (err instanceof InputFileError) {
          process.stderr.write(`${err.message}\n`);
        } else {
          const debug =
            opts.verbose || process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace';
          process.stderr.write(`对账失败：${(err as Error).message}\n`);
          if (debug) process.stderr.write(`${(err as Error).stack}\n`);
        }
        process.exitCode = 1;
      }
    });
}
