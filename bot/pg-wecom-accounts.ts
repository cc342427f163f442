import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import type { KfWakeUp } from './wecom-callback.js';

/** The PostgreSQL NOTIFY channel a recorded wake-up signals on (payload: the open_kfid). */
export const WECOM_WAKE_CHANNEL = 'wecom_wake';

/** How long the callback's sync_msg token is valid. */
export const SYNC_TOKEN_TTL_MS = 10 * 60_000;

/** An account's pull state as the pull loop reads it. */
export interface AccountPullState {
  openKfId: string;
  cursor: string | null;
  /** The callback token, when one younger than SYNC_TOKEN_TTL_MS is stored. */
  syncToken: string | null;
  wokenAt: Date;
}

/** Records a callback's wake-up (the newest token wins) and notifies the pull loops, in one statement. */
export async function recordWakeUp(db: Db, wakeUp: KfWakeUp, now: Date): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('wecom_accounts')
      .values({ open_kfid: wakeUp.openKfId, sync_token: wakeUp.token, sync_token_at: now, woken_at: now })
      .onConflict((oc) =>
        oc.column('open_kfid').doUpdateSet({
          sync_token: wakeUp.token,
          sync_token_at: now,
          woken_at: sql`greatest(wecom_accounts.woken_at, excluded.woken_at)`,
          updated_at: now,
        }),
      )
      .execute();
    await sql`select pg_notify(${WECOM_WAKE_CHANNEL}, ${wakeUp.openKfId})`.execute(tx);
  });
}

/** Makes sure the configured accounts have rows (a safety-net pull needs no callback first). */
export async function ensureAccounts(db: Db, openKfIds: string[]): Promise<void> {
  if (!openKfIds.length) return;
  await db
    .insertInto('wecom_accounts')
    .values(openKfIds.map((id) => ({ open_kfid: id })))
    .onConflict((oc) => oc.column('open_kfid').doNothing())
    .execute();
}

/** Accounts woken after their last finished pull (all of them when `all`, for the safety-net poll). */
export async function accountsDue(db: Db, all: boolean): Promise<string[]> {
  let query = db.selectFrom('wecom_accounts').select('open_kfid');
  if (!all)
    query = query.where((eb) =>
      eb.or([eb('pulled_through', 'is', null), eb('woken_at', '>', eb.ref('pulled_through'))]),
    );
  return (await query.orderBy('open_kfid').execute()).map((r) => r.open_kfid);
}

export async function readPullState(db: Db, openKfId: string, now: Date): Promise<AccountPullState | null> {
  const row = await db
    .selectFrom('wecom_accounts')
    .select(['open_kfid', 'cursor', 'sync_token', 'sync_token_at', 'woken_at'])
    .where('open_kfid', '=', openKfId)
    .executeTakeFirst();
  if (!row) return null;
  const fresh = row.sync_token_at && now.getTime() - row.sync_token_at.getTime() < SYNC_TOKEN_TTL_MS;
  return {
    openKfId: row.open_kfid,
    cursor: row.cursor,
    syncToken: fresh ? row.sync_token : null,
    wokenAt: row.woken_at,
  };
}

/** Stores the cursor after a page: a restart resumes from here. */
export async function saveCursor(db: Db, openKfId: string, cursor: string, now: Date): Promise<void> {
  await db
    .updateTable('wecom_accounts')
    .set({ cursor, pages: sql`pages + 1`, updated_at: now })
    .where('open_kfid', '=', openKfId)
    .execute();
}

/** The pull that started from wake-up `through` has read everything. */
export async function finishPull(db: Db, openKfId: string, through: Date): Promise<void> {
  await db
    .updateTable('wecom_accounts')
    .set({ pulled_through: through })
    .where('open_kfid', '=', openKfId)
    .where((eb) => eb.or([eb('pulled_through', 'is', null), eb('pulled_through', '<', through)]))
    .execute();
}

/** A token the platform refused (expired, invalid) is not offered again. */
export async function dropSyncToken(db: Db, openKfId: string, token: string): Promise<void> {
  await db
    .updateTable('wecom_accounts')
    .set({ sync_token: null, sync_token_at: null })
    .where('open_kfid', '=', openKfId)
    .where('sync_token', '=', token)
    .execute();
}
