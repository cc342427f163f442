import type { Db } from '../db/pg-database.js';
import type { WecomMessageState } from '../db/schema.js';

/** What claiming a pulled message found. */
export type Claim =
  /** First time seen: handle it, then `finishMessage`. */
  | 'new'
  /** Handled (or skipped) before: a page pulled again after a restart. */
  | 'done'
  /** Recalled by the customer before it was handled: not applied. */
  | 'recalled'
  /** A pull that died while handling it (the account lock is ours now, so nobody else is). */
  | 'interrupted';

/**
 * Claims a pulled message by (account, msgid), so each is handled once across restarts and overlapping pulls. Call
 * only while holding the account's pull lock: a message found `handling` then belongs to a pull that died.
 */
export async function claimMessage(
  db: Db,
  openKfId: string,
  msg: { msgid: string; external_userid?: string | undefined; msgtype: string; origin: number },
): Promise<Claim> {
  const inserted = await db
    .insertInto('wecom_messages')
    .values({
      open_kfid: openKfId,
      msgid: msg.msgid,
      external_userid: msg.external_userid ?? null,
      msgtype: msg.msgtype,
      origin: msg.origin,
      state: 'handling',
    })
    .onConflict((oc) => oc.columns(['open_kfid', 'msgid']).doNothing())
    .returning('msgid')
    .executeTakeFirst();
  if (inserted) return 'new';
  const row = await db
    .selectFrom('wecom_messages')
    .select('state')
    .where('open_kfid', '=', openKfId)
    .where('msgid', '=', msg.msgid)
    .executeTakeFirstOrThrow();
  if (row.state === 'recalled') {
    // Claimed now, so that a second pull of the page does not see it as recalled-and-waiting again.
    await finishMessage(db, openKfId, msg.msgid, 'skipped', new Date());
    return 'recalled';
  }
  if (row.state === 'handling') {
    await finishMessage(db, openKfId, msg.msgid, 'interrupted', new Date());
    return 'interrupted';
  }
  return 'done';
}

export async function finishMessage(
  db: Db,
  openKfId: string,
  msgid: string,
  state: Exclude<WecomMessageState, 'handling'>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('wecom_messages')
    .set({ state, handled_at: now })
    .where('open_kfid', '=', openKfId)
    .where('msgid', '=', msgid)
    .execute();
}

/**
 * A customer recalled a message. Not handled yet: it never will be (`not_applied`). Already handled: the caller
 * tells a rep (`applied`).
 */
export async function recallMessage(
  db: Db,
  openKfId: string,
  msgid: string,
  externalUserId: string | undefined,
): Promise<'not_applied' | 'applied'> {
  const inserted = await db
    .insertInto('wecom_messages')
    .values({
      open_kfid: openKfId,
      msgid,
      external_userid: externalUserId ?? null,
      msgtype: 'unknown',
      origin: 3,
      state: 'recalled',
    })
    .onConflict((oc) => oc.columns(['open_kfid', 'msgid']).doNothing())
    .returning('msgid')
    .executeTakeFirst();
  if (inserted) return 'not_applied';
  const row = await db
    .selectFrom('wecom_messages')
    .select('state')
    .where('open_kfid', '=', openKfId)
    .where('msgid', '=', msgid)
    .executeTakeFirstOrThrow();
  return row.state === 'handled' ? 'applied' : 'not_applied';
}
