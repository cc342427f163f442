import type { OrderStatus } from '../db/schema.js';

export type { OrderStatus };

/**
 * The order state machine, the only place that says which status may follow which:
 *
 * confirmed → reserved → priced → pending_review | approved → shipped → completed,
 * and cancelled (from anything before shipment) or rejected (from review).
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  confirmed: ['reserved', 'cancelled'],
  reserved: ['priced', 'cancelled'],
  priced: ['pending_review', 'approved', 'cancelled'],
  pending_review: ['approved', 'rejected', 'cancelled'],
  approved: ['shipped', 'cancelled'],
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
