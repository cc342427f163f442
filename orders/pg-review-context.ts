import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ChainSteps, type ReviewChain } from './review-chain.js';

/** Receivables older than this with money still owed make a customer overdue. */
export const OVERDUE_AFTER_DAYS = 30;

/** What the review chain needs to know beyond an order and its customer row. */
export interface ReviewContext {
  chain: ReviewChain;
  /** Customers with an order that went through before (not new). */
  known: Set<string>;
  /** Customers with overdue receivables. */
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
  const [chain, facts] = await Promise.all([
    currentReviewChain(db),
    ids.length === 0
      ? Promise.resolve({ rows: [] as { customer_id: string; known: boolean; overdue: boolean }[] })
      : sql<{ customer_id: string; known: boolean; overdue: boolean }>`
          select c.id as customer_id,
                 exists (select 1 from orders o where o.customer_id = c.id
                           and o.status in ('approved', 'partially_shipped', 'shipped', 'completed')
                           and o.id <> all(${[...excludeOrderIds]}::text[])) as known,
                 exists (select 1 from receivables r where r.customer_id = c.id and r.status = 'open'
                           and r.amount_fen > r.paid_fen
                           and r.created_at < now() - make_interval(days => ${OVERDUE_AFTER_DAYS})) as overdue
          from customers c where c.id = any(${ids}::text[])`.execute(db),
  ]);
  return {
    chain,
    known: new Set(facts.rows.filter((r) => r.known).map((r) => r.customer_id)),
    overdue: new Set(facts.rows.filter((r) => r.overdue).map((r) => r.customer_id)),
  };
}
