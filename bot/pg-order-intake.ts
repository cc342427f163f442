import type { Db } from '../db/pg-database.js';
import { placeConfirmedOrder } from '../orders/pg-order-repository.js';
import type { OrderIntake } from './conversation-types.js';
import type { OrderNotices } from './pg-order-notices.js';

/**
 * Confirmed drafts into PostgreSQL through the order pipeline's repository: order, lines, history and the outbox
 * row in one transaction, idempotent by source key. The outbox relay (worker process) moves it to BullMQ. With
 * `notices`, the placement's change notices are handed to it after the commit instead of sent before `place`
 * resolves (the chat runtime's: one round trip less for the customer's answer).
 */
export function createPgOrderIntake(db: Db, notices?: OrderNotices): OrderIntake {
  return {
    place: (input) =>
      placeConfirmedOrder(
        db,
        {
          sourceKey: input.sourceKey,
          customerId: input.customerId,
          placedByStaffId: input.placedByStaffId,
          channel: input.channel,
          lines: input.lines.map((l) => ({
            sku: l.sku,
            qty: l.qty,
            unit: l.unit,
            unitPriceFen: l.unitPriceFen,
          })),
          needsRep: input.needsRep,
          ...(input.note !== undefined && { note: input.note }),
          ...(input.guestChat && { guestChat: input.guestChat }),
        },
        undefined,
        notices && ((changes) => notices.send(changes)),
      ),
  };
}
