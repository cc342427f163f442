import { z } from 'zod';
import { statementText } from './finance-text.js';
import { MatchConfigSchema, parseOpenOrders, type MatchConfig } from './open-orders.js';
import { createPaymentMatcher } from './payment-matcher.js';
import { readStatementBytes } from './statement-file.js';
import type { MatchResult } from './match-types.js';
import type { BadRow, StatementSummary } from './statement-types.js';

/** The inputs of `liaodan finance match`, as bytes and text already read from their files. */
export interface FinanceMatchInput {
  openText: string;
  statementBytes: Uint8Array;
  /** config.json's text, or undefined for the defaults. */
  configText?: string;
  /** Go on without the rows that cannot be read (the CLI's --allow-bad-rows). */
  allowBadRows: boolean;
}

/** The run's outcome: results, or which input is wrong and why (Chinese). */
export type FinanceMatchOutcome =
  | { kind: 'matched'; results: MatchResult[]; summary: StatementSummary; badRows: BadRow[] }
  | { kind: 'bad-input'; input: 'open' | 'statement' | 'config'; problem: string; badRows?: BadRow[] };

function parseConfig(text: string | undefined): MatchConfig | string {
  if (text === undefined) return MatchConfigSchema.parse({});
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return '不是有效的 JSON';
  }
  const parsed = MatchConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] ?? { path: [], message: z.prettifyError(parsed.error) };
  return `${issue.path.join('.') || '整个文件'}：${issue.message}`;
}

/**
 * Reads the open orders, the statement and the config, and matches the statement's income rows: exactly what
 * the back office runs on an imported statement, in memory. Bad statement rows stop the run unless allowed.
 */
export async function runFinanceMatch(input: FinanceMatchInput): Promise<FinanceMatchOutcome> {
  const config = parseConfig(input.configText);
  if (typeof config === 'string') return { kind: 'bad-input', input: 'config', problem: config };
  const open = parseOpenOrders(input.openText);
  if (open.kind === 'invalid') {
    const shown = open.problems.slice(0, 3).map((p) => `第 ${p.line} 行 ${p.problem}`);
    const more = open.problems.length > 3 ? `，另有 ${open.problems.length - 3} 处` : '';
    return { kind: 'bad-input', input: 'open', problem: `${shown.join('；')}${more}` };
  }
  const reading = await readStatementBytes(input.statementBytes);
  if (reading.kind === 'refused') return { kind: 'bad-input', input: 'statement', problem: reading.problem };
  const { statement } = reading;
  if (statement.badRows.length && !input.allowBadRows) {
    return {
      kind: 'bad-input',
      input: 'statement',
      problem: statementText.badRowsStop(statement.badRows.length),
      badRows: statement.badRows,
    };
  }
  const matcher = createPaymentMatcher(open.orders, config);
  const results = matcher.match(statement.rows, { accountHolder: statement.summary.accountHolder });
  return { kind: 'matched', results, summary: statement.summary, badRows: statement.badRows };
}
