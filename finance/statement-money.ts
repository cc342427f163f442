import { parseAmount, parseDirection, type AmountCell } from './statement-cells.js';
import type { ColumnMap } from './statement-columns.js';
import type { MoneyDirection, StatementLayout } from './statement-types.js';

/** Which way a row's money went and how much, or what is wrong with its amount cells. */
export type RowMoney =
  | { kind: 'money'; direction: MoneyDirection; amountFen: number }
  | { kind: 'bad'; problem: 'amount' | 'both' }
  | { kind: 'empty' };

/** The layout a header implies: income/expense columns win over a signed amount column. */
export function layoutOf(columns: ColumnMap): StatementLayout {
  if (columns.income.length + columns.expense.length > 0) return 'income-and-expense-columns';
  return columns.direction.length > 0 ? 'amount-and-direction' : 'signed-amount';
}

/** The first cell of `indexes` that holds a non-zero amount; invalid when any of them is not an amount. */
function firstAmount(cells: readonly string[], indexes: readonly number[]): AmountCell {
  let found: AmountCell = { kind: 'none' };
  for (const index of indexes) {
    const cell = parseAmount(cells[index] ?? '');
    if (cell.kind === 'invalid') return cell;
    if (found.kind === 'none' && cell.kind === 'amount' && cell.fen !== 0) found = cell;
  }
  return found;
}

/**
 * Reads the money of one row. A negative amount is never income: in an income column it is a reversal, and
 * with a 贷 direction it contradicts the sign, so the row is not read as money received.
 */
export function readRowMoney(
  cells: readonly string[],
  columns: ColumnMap,
  layout: StatementLayout,
): RowMoney {
  if (layout === 'income-and-expense-columns') {
    const income = firstAmount(cells, columns.income);
    const expense = firstAmount(cells, columns.expense);
    if (income.kind === 'invalid' || expense.kind === 'invalid') return { kind: 'bad', problem: 'amount' };
    if (income.kind === 'amount' && expense.kind === 'amount') return { kind: 'bad', problem: 'both' };
    if (income.kind === 'amount') {
      return {
        kind: 'money',
        direction: income.fen > 0 ? 'income' : 'expense',
        amountFen: Math.abs(income.fen),
      };
    }
    if (expense.kind === 'amount')
      return { kind: 'money', direction: 'expense', amountFen: Math.abs(expense.fen) };
    return { kind: 'empty' };
  }
  const amount = firstAmount(cells, columns.signedAmount);
  if (amount.kind === 'invalid') return { kind: 'bad', problem: 'amount' };
  if (amount.kind === 'none') return { kind: 'empty' };
  const stated = columns.direction.map((index) => parseDirection(cells[index] ?? '')).find(Boolean);
  const bySign = amount.fen > 0 ? 'income' : 'expense';
  const direction = stated === 'expense' || bySign === 'expense' ? 'expense' : 'income';
  return { kind: 'money', direction, amountFen: Math.abs(amount.fen) };
}
