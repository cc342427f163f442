import type { Db } from '../db/pg-database.js';
import type { ContactKey } from './pg-wecom-contacts.js';
import type { Media } from './wecom-api.js';

/** Keeps a picture, file or voice message a customer sent (media_id lives 3 days on the platform). */
export async function saveMedia(
  db: Db,
  key: ContactKey,
  msg: { msgid: string; msgtype: string },
  media: Media,
): Promise<string> {
  const row = await db
    .insertInto('wecom_media')
    .values({
      open_kfid: key.openKfId,
      external_userid: key.externalUserId,
      msgid: msg.msgid,
      msgtype: msg.msgtype,
      content_type: media.contentType,
      filename: media.filename,
      bytes: media.bytes,
    })
    .onConflict((oc) => oc.columns(['open_kfid', 'msgid']).doUpdateSet({ content_type: media.contentType }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The back office's view of what customers sent, newest first (bytes via `readMedia`). */
export async function listMedia(db: Db, externalUserId?: string, limit = 100) {
  let q = db
    .selectFrom('wecom_media')
    .select(['id', 'external_userid', 'msgtype', 'content_type', 'filename', 'created_at']);
  if (externalUserId) q = q.where('external_userid', '=', externalUserId);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export async function readMedia(db: Db, id: string) {
  return db.selectFrom('wecom_media').selectAll().where('id', '=', id).executeTakeFirst();
}
