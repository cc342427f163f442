import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { overdueCustomers } from '../finance/pg-receivables.js';
import { ChainSteps, type ReviewChain } from './review-chain.js';

/** What the review chain needs to know beyond an order and its customer row. */
export interface ReviewContext {
  chain: ReviewChain;
  /** Customers with an order that went through before (not new). */
  known: Set<string>;
  /** Customers owing money past the payment terms beyond their 预收 (the money journal's aging). */
  overdue: Set<string>;
}

/** The current review chain (the newest version). */
export async function currentReviewChain(db: Kysely<Database>): Promise<ReviewChain> {
  const row = await db
    .selectFrom('review_chains')
    .select(['version', 'steps'])
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return { version: row.version, steps: ChainSteps.parse(row.steps) };
}

/** The chain and what it asks of these customers, in two statements. */
export async function loadReviewContext(
  db: Kysely<Database>,
  customerIds: readonly string[],
  excludeOrderIds: readonly string[] = [],
): Promise<ReviewContext> {
  const ids = [...new Set(customerIds)];
  const [chain, facts, overdue] = await Promise.all([
    currentReviewChain(db),
    ids.length === 0
      ? Promise.resolve({ rows: [] as { customer_id: string; known: boolean }[] })
      : // One look at each customer's own orders (orders_customer_idx), stopping at the first that went through.
        // Written as `exists (…)`, a generic plan made while `orders` was small (a worker's prepared statement)
        // hashed the customer ids of EVERY approved order through orders_status_idx on each call (9,500 rows,
        // 7.9 ms for 7 customers, growing with the table); a lateral subquery with `limit 1` cannot be hashed, and
        // the status test is kept out of reach of orders_status_idx (`is true`) so that no plan walks that index.
        sql<{ customer_id: string; known: boolean }>`
          select c.id as customer_id, k.known is not null as known
          from customers c
          left join lateral (
            select true as known from orders o
            where o.customer_id = c.id
              and (o.status in ('approved', 'partially_shipped', 'shipped', 'completed')) is true
              and o.id <> all(${[...excludeOrderIds]}::text[])
            limit 1) k on true
          where c.id = any(${ids}::text[])`.execute(db),
    overdueCustomers(db, ids),
  ]);
  return {
    chain,
    known: new Set(facts.rows.filter((r) => r.known).map((r) => r.customer_id)),
    overdue,
  };
}
