import { createHash } from 'node:crypto';
import { parseAmount } from './statement-cells.js';
import type { StatementRow } from './statement-types.js';

/** Balance and bank serial cells: not needed for matching, but they tell apart rows that look alike. */
export interface RowExtras {
  balance: string;
  serial: string;
}

function normalisedBalance(cell: string): string {
  return cell
    .split('|')
    .map((part) => {
      const amount = parseAmount(part);
      return amount.kind === 'amount' ? String(amount.fen) : part.normalize('NFKC');
    })
    .join('|');
}

/**
 * Gives each row a fingerprint from what the bank wrote (date, time, direction, amount, counterparty, remarks,
 * balance, serial), normalised so that CSV, XLSX, GBK and UTF-8 copies of one export agree, plus the row's
 * occurrence among identical rows of the file, so two genuinely identical transactions stay two.
 */
export function fingerprintRows(
  rows: readonly Omit<StatementRow, 'fingerprint'>[],
  extras: readonly RowExtras[],
): StatementRow[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const extra = extras[index]!;
    const content = JSON.stringify([
      row.date,
      row.time ?? '',
      row.direction,
      row.amountFen,
      row.payerName?.normalize('NFKC') ?? '',
      row.payerAccount ?? '',
      row.remarks.map((remark) => remark.normalize('NFKC')),
      normalisedBalance(extra.balance),
      extra.serial.normalize('NFKC'),
    ]);
    const digest = createHash('sha256').update(content).digest('hex').slice(0, 20);
    const occurrence = seen.get(digest) ?? 0;
    seen.set(digest, occurrence + 1);
    return { ...row, fingerprint: `${digest}-${occurrence}` };
  });
}
