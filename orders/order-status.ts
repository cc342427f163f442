import type { OrderStatus } from '../db/schema.js';

export type { OrderStatus };

/**
 * The order state machine, the only place that says which status may follow which:
 *
 * confirmed → reserved → priced → in_review (the steps of the review chain, one at a time) → approved
 *   → partially_shipped → shipped → completed (shipped and paid in full);
 * cancelled from anything before the first shipment, rejected at a review step. After a partial shipment the
 * remainder is shipped later or cancelled by decision, which makes the order shipped.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  confirmed: ['reserved', 'cancelled'],
  reserved: ['priced', 'cancelled'],
  priced: ['in_review', 'approved', 'cancelled'],
  in_review: ['approved', 'rejected', 'cancelled'],
  approved: ['partially_shipped', 'shipped', 'cancelled'],
  partially_shipped: ['shipped'],
  shipped: ['completed'],
  completed: [],
  cancelled: [],
  rejected: [],
};

export const ORDER_STATUSES = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];

/** Statuses an order never leaves. */
export const FINAL_STATUSES: readonly OrderStatus[] = ['completed', 'cancelled', 'rejected'];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** A transition the state machine does not allow (e.g. shipping an order still waiting for review). */
export class InvalidTransitionError extends Error {
  constructor(
    readonly orderId: string,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`order ${orderId} cannot go from ${from} to ${to}`);
    this.name = 'InvalidTransitionError';
  }
}

/** The order does not exist. */
export class OrderNotFoundError extends Error {
  constructor(readonly orderId: string) {
    super(`order ${orderId} not found`);
    this.name = 'OrderNotFoundError';
  }
}

/** Throws InvalidTransitionError unless `from → to` is allowed. */
export function assertTransition(orderId: string, from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(orderId, from, to);
}
