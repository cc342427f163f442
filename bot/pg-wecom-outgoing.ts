import type { Db } from '../db/pg-database.js';
import type { WecomOutgoingTable } from '../db/schema.js';
import type { ContactKey } from './pg-wecom-contacts.js';

/** The reason of replies deferred while more messages of the same customer wait in the page being handled. */
export const BATCHED = 'batched';

export type OutgoingKind = WecomOutgoingTable['kind'];

/** A message to a WeChat user that has not reached them (held for the next chance, or failed for good). */
export interface UndeliveredMessage {
  id: string;
  openKfId: string;
  externalUserId: string;
  kind: OutgoingKind;
  text: string;
  state: 'held' | 'failed';
  reason: string | null;
  createdAt: Date;
}

export async function recordOutgoing(
  db: Db,
  key: ContactKey,
  row: {
    kind: OutgoingKind;
    text: string;
    state: 'sent' | 'held' | 'failed';
    reason?: string;
    msgid?: string;
    now: Date;
  },
): Promise<string> {
  const inserted = await db
    .insertInto('wecom_outgoing')
    .values({
      open_kfid: key.openKfId,
      external_userid: key.externalUserId,
      kind: row.kind,
      text: row.text,
      state: row.state,
      reason: row.reason ?? null,
      wecom_msgid: row.msgid ?? null,
      created_at: row.now,
      sent_at: row.state === 'sent' ? row.now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Messages held for this user, oldest first (sent with the next answer after they write again). */
export async function heldFor(
  db: Db,
  externalUserId: string,
): Promise<{ id: string; text: string; reason: string | null }[]> {
  return db
    .selectFrom('wecom_outgoing')
    .select(['id', 'text', 'reason'])
    .where('external_userid', '=', externalUserId)
    .where('state', '=', 'held')
    .orderBy('id')
    .execute();
}

/** Whether replies of this user still wait for the end of a page. */
export async function hasBatched(db: Db, externalUserId: string): Promise<boolean> {
  const row = await db
    .selectFrom('wecom_outgoing')
    .select('id')
    .where('external_userid', '=', externalUserId)
    .where('state', '=', 'held')
    .where('reason', '=', BATCHED)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Rows merged into a message recorded under a new row. */
export async function removeOutgoing(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.deleteFrom('wecom_outgoing').where('id', 'in', ids).execute();
}

export async function markSent(db: Db, ids: string[], msgid: string, now: Date): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('wecom_outgoing')
    .set({ state: 'sent', wecom_msgid: msgid, sent_at: now, reason: null })
    .where('id', 'in', ids)
    .execute();
}

/**
 * The platform reported a sent message as not delivered (msg_send_fail): it is held again for the next chance.
 * Returns it, or null when it was not ours.
 */
export async function holdAfterSendFail(
  db: Db,
  msgid: string,
  reason: string,
): Promise<{ externalUserId: string; text: string } | null> {
  const rows = await db
    .updateTable('wecom_outgoing')
    .set({ state: 'held', reason })
    .where('wecom_msgid', '=', msgid)
    .where('state', '=', 'sent')
    .returning(['external_userid', 'text'])
    .execute();
  if (!rows.length) return null;
  return { externalUserId: rows[0]!.external_userid, text: rows.map((r) => r.text).join('\n') };
}

/** What has not reached customers, newest first: for the back office. */
export async function listUndelivered(db: Db, opts: { limit?: number } = {}): Promise<UndeliveredMessage[]> {
  const rows = await db
    .selectFrom('wecom_outgoing')
    .selectAll()
    .where('state', 'in', ['held', 'failed'])
    .orderBy('id', 'desc')
    .limit(opts.limit ?? 200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    openKfId: r.open_kfid,
    externalUserId: r.external_userid,
    kind: r.kind,
    text: r.text,
    state: r.state as 'held' | 'failed',
    reason: r.reason,
    createdAt: r.created_at,
  }));
}
