import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { KeptPictureInput, PictureStore } from '../bot/conversation-types.js';
import type { Db } from '../db/pg-database.js';
import { pictureFormat } from '../reader/sharp-picture-decode.js';

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Pictures in PostgreSQL: each distinct picture once (by SHA-256), each sending with what was read on it. */
export function createPgPictureStore(db: Db): PictureStore {
  return {
    async keep(input: KeptPictureInput) {
      const sha256 = sha256Of(input.bytes);
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('pictures')
          .values({
            sha256,
            content_type: `image/${pictureFormat(input.bytes) ?? 'octet-stream'}`,
            size: input.bytes.byteLength,
            bytes: Buffer.from(input.bytes),
          })
          .onConflict((oc) => oc.column('sha256').doNothing())
          .execute();
        await tx
          .insertInto('order_pictures')
          .values({
            sha256,
            channel: input.channel,
            contact_id: input.contactId,
            session_id: input.sessionId,
            customer_id: input.customerId,
            staff_id: input.staffId,
            lines: JSON.stringify(input.lines),
          })
          .execute();
      });
      return { sha256 };
    },
    async attach(sessionId, orderId) {
      await db
        .updateTable('order_pictures')
        .set({ order_id: orderId })
        .where('session_id', '=', sessionId)
        .where('order_id', 'is', null)
        .execute();
    },
  };
}

/** The pictures an order was made from, oldest first (without their bytes). */
export async function listOrderPictures(db: Db, orderId: string) {
  const rows = await db
    .selectFrom('order_pictures as op')
    .innerJoin('pictures as p', 'p.sha256', 'op.sha256')
    .select(['op.id', 'op.sha256', 'op.channel', 'op.lines', 'op.created_at', 'p.content_type', 'p.size'])
    .where('op.order_id', '=', orderId)
    .orderBy('op.id')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    sha256: r.sha256,
    channel: r.channel,
    contentType: r.content_type,
    size: r.size,
    lines: r.lines,
    sentAt: new Date(r.created_at as unknown as string).toISOString(),
  }));
}

/** One picture of an order, with its bytes; undefined when the order has no such picture. */
export async function readOrderPicture(db: Db, orderId: string, pictureId: string) {
  if (!/^\d{1,18}$/.test(pictureId)) return undefined;
  return db
    .selectFrom('order_pictures as op')
    .innerJoin('pictures as p', 'p.sha256', 'op.sha256')
    .select(['p.sha256', 'p.content_type', 'p.bytes'])
    .where('op.order_id', '=', orderId)
    .where('op.id', '=', sql<string>`${pictureId}::bigint`)
    .executeTakeFirst();
}
