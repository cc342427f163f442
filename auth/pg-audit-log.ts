import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Who acted, as the session says: the staff member, the roles they held, and where the request came from. */
export interface AuditActor {
  staffId: string;
  roles: readonly string[];
  address: string | null;
}

/** What was done, and to which order or customer. */
export interface AuditEntry {
  /** e.g. `order.approve`, `payment.record`, `staff.update`, `customer.links.revoke`. */
  action: string;
  orderId?: string | null;
  customerId?: string | null;
  statusBefore?: string | null;
  statusAfter?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Writes one audit row. Call it with the transaction of the action itself, so the row and the action commit or
 * roll back together.
 */
export async function writeAudit(tx: Kysely<Database>, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      staff_id: actor.staffId,
      roles: [...actor.roles],
      action: entry.action,
      order_id: entry.orderId ?? null,
      customer_id: entry.customerId ?? null,
      status_before: entry.statusBefore ?? null,
      status_after: entry.statusAfter ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      address: actor.address,
    })
    .execute();
}

export interface AuditFilter {
  staffId?: string;
  orderNo?: number;
  /** A day in the shop's time zone (Asia/Shanghai), `YYYY-MM-DD`. */
  day?: string;
  /** Only rows about these customers' orders or the customers themselves (a manager's regions). */
  regions?: string[];
  limit?: number;
  offset?: number;
}

export interface AuditRow {
  id: number;
  at: Date;
  staffId: string;
  staffName: string | null;
  roles: string[];
  action: string;
  orderNo: number | null;
  customerId: string | null;
  statusBefore: string | null;
  statusAfter: string | null;
  detail: unknown;
  address: string | null;
}

/** Audit rows newest first, filtered by person, order and day. */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter): Promise<AuditRow[]> {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('staff as s', 's.id', 'a.staff_id')
    .leftJoin('orders as o', 'o.id', 'a.order_id')
    .leftJoin('customers as c', (join) =>
      join.on(sql<boolean>`c.id = coalesce(a.customer_id, o.customer_id)`),
    )
    .select([
      'a.id',
      sql<Date>`a.at`.as('at'),
      'a.staff_id',
      's.name as staff_name',
      'a.roles',
      'a.action',
      'o.no',
      sql<string | null>`coalesce(a.customer_id, o.customer_id)`.as('customer_id'),
      'a.status_before',
      'a.status_after',
      'a.detail',
      'a.address',
    ])
    .orderBy('a.id', 'desc')
    .limit(Math.min(filter.limit ?? 100, 500))
    .offset(filter.offset ?? 0);
  if (filter.staffId) q = q.where('a.staff_id', '=', filter.staffId);
  if (filter.orderNo !== undefined) q = q.where('o.no', '=', filter.orderNo);
  if (filter.day) {
    q = q
      .where(sql<boolean>`a.at >= (${filter.day}::date)::timestamp at time zone 'Asia/Shanghai'`)
      .where(sql<boolean>`a.at < (${filter.day}::date + 1)::timestamp at time zone 'Asia/Shanghai'`);
  }
  if (filter.regions) q = q.where('c.region', 'in', filter.regions.length ? filter.regions : ['']);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    staffId: r.staff_id,
    staffName: r.staff_name,
    roles: r.roles,
    action: r.action,
    orderNo: r.no === null ? null : Number(r.no),
    customerId: r.customer_id,
    statusBefore: r.status_before,
    statusAfter: r.status_after,
    detail: r.detail,
    address: r.address,
  }));
}
