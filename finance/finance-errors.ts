/** Why the books cannot take a booking, as a stable code. */
export type FinanceRefusalCode =
  | 'invalid_amount'
  | 'over_received'
  | 'no_receivable'
  | 'receivable_void'
  | 'other_customer'
  | 'over_open'
  | 'order_twice'
  | 'not_found'
  | 'already_decided'
  | 'already_reversed'
  | 'bad_rows'
  | 'changed_meanwhile'
  | 'unreadable'
  | 'write_off_too_large';

/**
 * A booking the books refuse (nothing was written). `message` is Chinese, for the person at the finance desk;
 * `details` names what it is about (order numbers, amounts, a statement row).
 */
export class FinanceRefusedError extends Error {
  constructor(
    readonly code: FinanceRefusalCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'FinanceRefusedError';
  }
}
