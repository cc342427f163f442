import { sql } from 'kysely';
import { readCustomerLink } from '../auth/customer-link.js';
import type { Db } from '../db/pg-database.js';
import type { ContactKey } from './pg-wecom-contacts.js';

/** The chat_identities channel of WeChat users reached through 微信客服 (external_userid as external id). */
export const WECOM_CHANNEL = 'wecom';
/** chat_identities channel binding a rep (staff) to their WeCom userid, for hand-over (never sent to). */
export const WECOM_SERVICER_CHANNEL = 'wecom-servicer';

export type LinkBinding =
  { kind: 'bound'; customerId: string; customerName: string } | { kind: 'revoked' } | { kind: 'invalid' };

/**
 * Binds a WeChat user to the customer a link's scene_param speaks for: signed with the installation's secret and
 * of the customer's current link version (a raised version revokes older links).
 */
export async function bindFromLink(
  db: Db,
  appSecret: string,
  externalUserId: string,
  sceneParam: string,
): Promise<LinkBinding> {
  let token = sceneParam;
  try {
    token = decodeURIComponent(sceneParam);
  } catch {
    // Not URL-encoded (whether the platform decodes scene_param is not documented): use it as it is.
  }
  const link = readCustomerLink(appSecret, token);
  if (!link) return { kind: 'invalid' };
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'name', 'link_version'])
    .where('id', '=', link.customerId)
    .executeTakeFirst();
  if (!customer) return { kind: 'invalid' };
  if (customer.link_version !== link.version) return { kind: 'revoked' };
  await bindContact(db, externalUserId, customer.id);
  return { kind: 'bound', customerId: customer.id, customerName: customer.name };
}

/** chat_identities(wecom, external_userid) → the customer (rebinding replaces an earlier customer). */
export async function bindContact(db: Db, externalUserId: string, customerId: string): Promise<void> {
  await db
    .insertInto('chat_identities')
    .values({ channel: WECOM_CHANNEL, external_id: externalUserId, customer_id: customerId })
    .onConflict((oc) =>
      oc.columns(['channel', 'external_id']).doUpdateSet({ customer_id: customerId, staff_id: null }),
    )
    .execute();
}

/** A new contact said who they are; one waiting request per user collects what they said. Returns its id. */
export async function requestBinding(db: Db, key: ContactKey, said: string): Promise<string> {
  const row = await db
    .insertInto('wecom_binding_requests')
    .values({ open_kfid: key.openKfId, external_userid: key.externalUserId, said })
    .onConflict((oc) =>
      oc
        .column('external_userid')
        .where('status', '=', 'waiting')
        .doUpdateSet({ said: sql`wecom_binding_requests.said || ' / ' || excluded.said` }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface BindingRequest {
  id: string;
  openKfId: string;
  externalUserId: string;
  said: string;
  status: 'waiting' | 'confirmed' | 'rejected';
  customerId: string | null;
  createdAt: Date;
}

/** Requests for the back office, oldest waiting first. */
export async function listBindingRequests(
  db: Db,
  status: BindingRequest['status'] = 'waiting',
): Promise<BindingRequest[]> {
  const rows = await db
    .selectFrom('wecom_binding_requests')
    .selectAll()
    .where('status', '=', status)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    openKfId: r.open_kfid,
    externalUserId: r.external_userid,
    said: r.said,
    status: r.status,
    customerId: r.customer_id,
    createdAt: r.created_at,
  }));
}

/** A rep decides a waiting request; confirming binds the user to the customer. Null: no such waiting request. */
export async function decideBinding(
  db: Db,
  input: { requestId: string; decidedBy: string } & (
    { confirm: true; customerId: string } | { confirm: false }
  ),
): Promise<BindingRequest | null> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('wecom_binding_requests')
      .set({
        status: input.confirm ? 'confirmed' : 'rejected',
        customer_id: input.confirm ? input.customerId : null,
        decided_by: input.decidedBy,
        decided_at: new Date(),
      })
      .where('id', '=', input.requestId)
      .where('status', '=', 'waiting')
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    if (input.confirm) await bindContact(tx, row.external_userid, input.customerId);
    return {
      id: row.id,
      openKfId: row.open_kfid,
      externalUserId: row.external_userid,
      said: row.said,
      status: row.status,
      customerId: row.customer_id,
      createdAt: row.created_at,
    };
  });
}
