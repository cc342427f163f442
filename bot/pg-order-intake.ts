import type { Db } from '../db/pg-database.js';
import { placeConfirmedOrders } from '../orders/pg-order-batch.js';
import type { ConfirmedOrder, PlacedOrder } from '../orders/pg-order-repository.js';
import type { OrderIntake, PlaceOrderInput } from './conversation-types.js';
import type { OrderNotices } from './pg-order-notices.js';

/** Orders per transaction at most: a bound on one statement's size after a long wait (PostgreSQL down, say). */
const MAX_BATCH = 200;

interface Waiting {
  order: ConfirmedOrder;
  resolve: (placed: PlacedOrder) => void;
  reject: (err: unknown) => void;
}

/**
 * Confirmed drafts into PostgreSQL through the order pipeline's repository: order, lines, history and the outbox
 * row, idempotent by source key. The outbox relay (worker process) moves it to BullMQ.
 *
 * Group commit: the confirmations that arrive in the same event-loop turn are placed in one transaction, and while
 * one is in flight, those that arrive meanwhile wait for it and then go together in the next
 * (`placeConfirmedOrders`), so a batch shares one commit and one WAL flush; a lone confirmation on a quiet chat
 * still goes at once. Each `place` resolves only once its order is committed (so 已下单 is never said of an order
 * a crash could lose), and one order's failure fails only its own `place`. With `notices`, the placements' change
 * notices are handed to it after the commit instead of sent before `place` resolves (the chat runtime's: one round
 * trip less for the customer's answer).
 */
export function createPgOrderIntake(db: Db, notices?: OrderNotices): OrderIntake {
  let waiting: Waiting[] = [];
  let placing = false;

  async function drain(): Promise<void> {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(batch.length);
      try {
        const outcomes = await placeConfirmedOrders(
          db,
          batch.map((w) => w.order),
          undefined,
          notices && ((changes) => notices.send(changes)),
        );
        outcomes.forEach((outcome, k) => {
          if (outcome.outcome === 'placed') batch[k]!.resolve(outcome.order);
          else batch[k]!.reject(outcome.error);
        });
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    placing = false;
  }

  return {
    place: (input) =>
      new Promise<PlacedOrder>((resolve, reject) => {
        waiting.push({ order: confirmedOrder(input), resolve, reject });
        if (!placing) {
          placing = true;
          setImmediate(() => void drain());
        }
      }),
  };
}

function confirmedOrder(input: PlaceOrderInput): ConfirmedOrder {
  return {
    sourceKey: input.sourceKey,
    customerId: input.customerId,
    placedByStaffId: input.placedByStaffId,
    channel: input.channel,
    lines: input.lines.map((l) => ({ sku: l.sku, qty: l.qty, unit: l.unit, unitPriceFen: l.unitPriceFen })),
    needsRep: input.needsRep,
    ...(input.note !== undefined && { note: input.note }),
    ...(input.guestChat && { guestChat: input.guestChat }),
  };
}
