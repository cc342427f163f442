import { signCustomerLink } from '../auth/customer-link.js';
import type { Db } from '../db/pg-database.js';
import type { WecomApi, WecomResult } from './wecom-api.js';

/** The add_contact_way scene of personal links; scene_param is only honoured on links made with a scene. */
export const LINK_SCENE = 'liaodan';

/**
 * A customer's personal 微信客服 link: the account's contact link with the customer's signed, revocable token as
 * `scene_param`, so that enter_session binds whoever opens it to the customer. For the back office (shown as a link
 * and a QR code of it) and `liaodan wecom link`. Null when there is no such customer.
 */
export async function customerWecomLink(
  db: Db,
  api: WecomApi,
  input: { openKfId: string; appSecret: string; customerId: string },
): Promise<WecomResult<{ url: string }> | null> {
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'link_version'])
    .where('id', '=', input.customerId)
    .executeTakeFirst();
  if (!customer) return null;
  const way = await api.addContactWay({ open_kfid: input.openKfId, scene: LINK_SCENE });
  if (!way.ok) return way;
  const token = signCustomerLink(input.appSecret, {
    customerId: customer.id,
    version: customer.link_version,
  });
  const separator = way.value.url.includes('?') ? '&' : '?';
  return { ok: true, value: { url: `${way.value.url}${separator}scene_param=${encodeURIComponent(token)}` } };
}
