import { sql, type Kysely } from 'kysely';
import type { CustomerScope } from '../auth/access.js';
import type { Database } from '../db/schema.js';
import { customerInScope } from '../orders/pg-order-queries.js';

export interface CustomerSummary {
  id: string;
  name: string;
  tier: string | null;
  region: string | null;
  repId: string | null;
  repName: string | null;
  creditLimitFen: number;
  /** What the customer owes on open receivables. */
  openFen: number;
}

/** Customers by name, only those in `scope`; `search` matches name or id. */
export async function listCustomers(
  db: Kysely<Database>,
  q: { scope: CustomerScope; search?: string; limit?: number; offset?: number },
): Promise<CustomerSummary[]> {
  let query = db
    .selectFrom('customers as c')
    .leftJoin('staff as s', 's.id', 'c.rep_id')
    .select([
      'c.id',
      'c.name',
      'c.tier',
      'c.region',
      'c.rep_id',
      's.name as rep_name',
      'c.credit_limit_fen',
      'c.open_fen',
    ])
    .orderBy('c.name')
    .limit(Math.min(q.limit ?? 50, 500))
    .offset(q.offset ?? 0);
  if (q.scope.kind !== 'all') query = query.where(customerInScope(q.scope));
  if (q.search) {
    const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('c.name', 'like', like), eb('c.id', 'like', like)]));
  }
  return (await query.execute()).map((r) => ({
    id: r.id,
    name: r.name,
    tier: r.tier,
    region: r.region,
    repId: r.rep_id,
    repName: r.rep_name,
    creditLimitFen: Number(r.credit_limit_fen),
    openFen: Number(r.open_fen),
  }));
}

/** The customer's id, rep and region (for permission checks) and current link version. */
export async function findCustomer(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('customers')
    .select(['id', 'name', 'rep_id', 'region', 'link_version'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      name: row.name,
      repId: row.rep_id,
      region: row.region,
      linkVersion: row.link_version,
    }
  );
}

/** Raises the customer's link version: every link made before stops working, and the sessions opened with them end. */
export async function revokeCustomerLinks(tx: Kysely<Database>, id: string): Promise<number> {
  const row = await tx
    .updateTable('customers')
    .set({ link_version: sql`link_version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .returning('link_version')
    .executeTakeFirstOrThrow();
  return row.link_version;
}
