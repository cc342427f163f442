import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import { SEND_WINDOW_MS, MESSAGES_PER_WINDOW, type WindowRefusal } from './wecom-send-window.js';

/** One WeChat user on one customer-service account. */
export interface ContactKey {
  openKfId: string;
  externalUserId: string;
}

export interface ContactRow {
  lastCustomerMessageAt: Date | null;
  sentSinceCustomerMessage: number;
  servedByPerson: boolean;
  askedWho: boolean;
}

export async function readContact(db: Db, key: ContactKey): Promise<ContactRow | null> {
  const row = await db
    .selectFrom('wecom_contacts')
    .selectAll()
    .where('open_kfid', '=', key.openKfId)
    .where('external_userid', '=', key.externalUserId)
    .executeTakeFirst();
  return row
    ? {
        lastCustomerMessageAt: row.last_customer_message_at,
        sentSinceCustomerMessage: row.sent_since_customer_message,
        servedByPerson: row.served_by_person,
        askedWho: row.asked_who,
      }
    : null;
}

/** Makes sure the contact has a row (enter_session before any message). */
export async function touchContact(db: Db, key: ContactKey): Promise<void> {
  await db
    .insertInto('wecom_contacts')
    .values({ open_kfid: key.openKfId, external_userid: key.externalUserId })
    .onConflict((oc) => oc.columns(['open_kfid', 'external_userid']).doNothing())
    .execute();
}

/** The customer wrote at `at`: a new allowance of MESSAGES_PER_WINDOW messages within SEND_WINDOW_MS. */
export async function noteCustomerMessage(db: Db, key: ContactKey, at: Date): Promise<void> {
  await db
    .insertInto('wecom_contacts')
    .values({
      open_kfid: key.openKfId,
      external_userid: key.externalUserId,
      last_customer_message_at: at,
      sent_since_customer_message: 0,
    })
    .onConflict((oc) =>
      oc.columns(['open_kfid', 'external_userid']).doUpdateSet({
        last_customer_message_at: sql`greatest(wecom_contacts.last_customer_message_at, excluded.last_customer_message_at)`,
        // Every customer message opens a new allowance (several may share one second of send_time).
        sent_since_customer_message: 0,
        updated_at: at,
      }),
    )
    .execute();
}

/**
 * Takes `count` sends from the contact's allowance, atomically (the pull loop and the notify consumer send at the
 * same time). Refused: why.
 */
export async function reserveSends(
  db: Db,
  key: ContactKey,
  count: number,
  now: Date,
): Promise<{ granted: true } | { granted: false; reason: WindowRefusal }> {
  const since = new Date(now.getTime() - SEND_WINDOW_MS);
  const updated = await db
    .updateTable('wecom_contacts')
    .set({ sent_since_customer_message: sql`sent_since_customer_message + ${count}` })
    .where('open_kfid', '=', key.openKfId)
    .where('external_userid', '=', key.externalUserId)
    .where('last_customer_message_at', '>', since)
    .where('sent_since_customer_message', '<=', MESSAGES_PER_WINDOW - count)
    .returning('sent_since_customer_message')
    .executeTakeFirst();
  if (updated) return { granted: true };
  const row = await readContact(db, key);
  const open = row?.lastCustomerMessageAt && row.lastCustomerMessageAt > since;
  return { granted: false, reason: open ? 'quota' : 'outside_window' };
}

/** A reserved send the platform refused did not count. */
export async function returnSend(db: Db, key: ContactKey): Promise<void> {
  await db
    .updateTable('wecom_contacts')
    .set({ sent_since_customer_message: sql`greatest(0, sent_since_customer_message - 1)` })
    .where('open_kfid', '=', key.openKfId)
    .where('external_userid', '=', key.externalUserId)
    .execute();
}

/** The platform says the allowance is used up (95001): believe it until the customer writes again. */
export async function exhaustSends(db: Db, key: ContactKey): Promise<void> {
  await db
    .updateTable('wecom_contacts')
    .set({ sent_since_customer_message: MESSAGES_PER_WINDOW })
    .where('open_kfid', '=', key.openKfId)
    .where('external_userid', '=', key.externalUserId)
    .execute();
}

export async function setContactFlags(
  db: Db,
  key: ContactKey,
  flags: { servedByPerson?: boolean; askedWho?: boolean },
): Promise<void> {
  await touchContact(db, key);
  await db
    .updateTable('wecom_contacts')
    .set({
      ...(flags.servedByPerson !== undefined && { served_by_person: flags.servedByPerson }),
      ...(flags.askedWho !== undefined && { asked_who: flags.askedWho }),
    })
    .where('open_kfid', '=', key.openKfId)
    .where('external_userid', '=', key.externalUserId)
    .execute();
}

/** The account the user wrote to last (notices go there), or null when they never did. */
export async function latestAccountOf(db: Db, externalUserId: string): Promise<string | null> {
  const row = await db
    .selectFrom('wecom_contacts')
    .select('open_kfid')
    .where('external_userid', '=', externalUserId)
    .orderBy(sql`last_customer_message_at desc nulls last`)
    .limit(1)
    .executeTakeFirst();
  return row?.open_kfid ?? null;
}
