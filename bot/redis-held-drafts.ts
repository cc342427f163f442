import type { Redis } from 'ioredis';
import type { DraftLine } from '../dialog/dialog-types.js';
import type { Logger } from '../lib/logger.js';
import type { ChatAddress, OrderIntake } from './conversation-types.js';

/** A draft held for a rep as earlier versions kept it in Redis (`<prefix>:chat:reviews`, number → JSON). */
interface LegacyHeldDraft {
  no: number;
  reason: 'new_customer' | 'over_limit';
  order: {
    sourceKey: string;
    customerId: string | null;
    placedByStaffId: string | null;
    channel: string;
    lines: DraftLine[];
    note?: string;
  };
  requester: ChatAddress & { name: string };
}

/**
 * Moves drafts that earlier versions held for a rep in Redis into PostgreSQL: each becomes an order (placed with
 * its own confirmation key, so running this twice places nothing twice) that the review chain sends to its rep
 * (`needsRep`), and leaves Redis only once placed. Redis keeps conversations, never business state.
 */
export async function migrateHeldDrafts(opts: {
  redis: Redis;
  prefix: string;
  intake: OrderIntake;
  log: Logger;
}): Promise<number> {
  const hash = `${opts.prefix}:chat:reviews`;
  const held = await opts.redis.hgetall(hash);
  let moved = 0;
  for (const [no, raw] of Object.entries(held)) {
    const draft = JSON.parse(raw) as LegacyHeldDraft;
    const placed = await opts.intake.place({
      ...draft.order,
      needsRep: true,
      ...(draft.order.customerId === null && { guestChat: draft.requester }),
    });
    await opts.redis.hdel(hash, no);
    moved++;
    opts.log.info(
      { heldNo: no, orderNumber: placed.orderNumber, reason: draft.reason },
      'held draft moved into orders',
    );
  }
  if (moved > 0) await opts.redis.del(`${hash}:seq`);
  return moved;
}
