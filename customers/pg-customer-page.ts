import { sql, type Kysely } from 'kysely';
import type { CustomerScope } from '../auth/access.js';
import type { Database } from '../db/schema.js';
import { CREDIT_TERM_DAYS, scopeSql } from '../dashboard/pg-dashboard-queries.js';

export interface CustomerRow {
  id: string;
  name: string;
  tier: string | null;
  region: string | null;
  repId: string | null;
  repName: string | null;
  creditLimitFen: number;
  /** What the customer owes on open receivables. */
  openFen: number;
  /** Of that, what is older than the credit term. */
  overdueFen: number;
  linkVersion: number;
}

export interface CustomerPageQuery {
  scope: CustomerScope;
  search?: string;
  region?: string;
  repId?: string;
  tier?: string;
  overdue?: boolean;
  offset?: number;
  limit?: number;
}

/** One page of customers in `scope`, filtered in PostgreSQL, with the total that match. */
export async function customerPage(
  db: Kysely<Database>,
  q: CustomerPageQuery,
  now = new Date(),
): Promise<{ items: CustomerRow[]; total: number }> {
  const like = q.search ? `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const conditions = [
    scopeSql(q.scope),
    ...(like ? [sql<boolean>`(c.name like ${like} or c.id like ${like})`] : []),
    ...(q.region ? [sql<boolean>`c.region = ${q.region}`] : []),
    ...(q.repId ? [sql<boolean>`c.rep_id = ${q.repId}`] : []),
    ...(q.tier ? [sql<boolean>`c.tier = ${q.tier}`] : []),
  ];
  const r = await sql<{
    id: string;
    name: string;
    tier: string | null;
    region: string | null;
    rep_id: string | null;
    rep_name: string | null;
    credit_limit_fen: string;
    open_fen: string;
    overdue_fen: string;
    link_version: number;
    total: string;
  }>`
    select * from (
      select c.id, c.name, c.tier, c.region, c.rep_id, s.name as rep_name, c.credit_limit_fen, c.open_fen,
             c.link_version,
             coalesce((select sum(greatest(r.amount_fen - r.paid_fen, 0)) from receivables r
                       where r.customer_id = c.id and r.status = 'open'
                         and r.created_at < ${now}::timestamptz - make_interval(days => ${CREDIT_TERM_DAYS})), 0)
               as overdue_fen
      from customers c left join staff s on s.id = c.rep_id
      where ${sql.join(conditions, sql` and `)}
    ) x
    ${q.overdue ? sql`where x.overdue_fen > 0` : sql``}
    order by ${q.overdue ? sql`x.overdue_fen desc,` : sql``} x.name
    limit ${Math.min(q.limit ?? 50, 500)} offset ${q.offset ?? 0}`.execute(db);
  const total = await sql<{ n: string }>`
    select count(*) as n from customers c where ${sql.join(conditions, sql` and `)}
    ${
      q.overdue
        ? sql`and exists (select 1 from receivables r where r.customer_id = c.id and r.status = 'open'
               and r.created_at < ${now}::timestamptz - make_interval(days => ${CREDIT_TERM_DAYS}))`
        : sql``
    }`.execute(db);
  return {
    total: Number(total.rows[0]?.n ?? 0),
    items: r.rows.map((x) => ({
      id: x.id,
      name: x.name,
      tier: x.tier,
      region: x.region,
      repId: x.rep_id,
      repName: x.rep_name,
      creditLimitFen: Number(x.credit_limit_fen),
      openFen: Number(x.open_fen),
      overdueFen: Number(x.overdue_fen),
      linkVersion: x.link_version,
    })),
  };
}
