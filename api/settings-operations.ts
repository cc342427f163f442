import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../auth/pg-audit-log.js';
import type { Database } from '../db/schema.js';
import { currentReviewChain } from '../orders/pg-review-context.js';
import { ChainSteps } from '../orders/review-chain.js';
import { auditActor, defineOperation, type Operation } from './operations.js';

const ChainBody = z.object({ steps: ChainSteps });

/** The shop's settings: the review chain (every change a new version; orders keep the one they started with). */
export function settingsOperations(db: Kysely<Database>): Operation[] {
  return [
    defineOperation({
      id: 'getReviewChain',
      method: 'GET',
      path: '/api/settings/review-chain',
      summary: '审核流程：业务员确认、订单审核、财务审核、出库审核，每步开关和条件',
      tag: '设置',
      access: ['clerk', 'finance', 'manager'],
      handle: () => currentReviewChain(db),
    }),
    defineOperation({
      id: 'setReviewChain',
      method: 'PUT',
      path: '/api/settings/review-chain',
      summary: '改审核流程（存成新版本；已经在审的订单按原来的流程走完）',
      tag: '设置',
      access: ['admin'],
      body: ChainBody,
      async handle(input) {
        return db.transaction().execute(async (tx) => {
          const before = await currentReviewChain(tx);
          const row = await tx
            .insertInto('review_chains')
            .values({ steps: JSON.stringify(input.body.steps), created_by: auditActor(input).staffId })
            .returning('version')
            .executeTakeFirstOrThrow();
          await writeAudit(tx, auditActor(input), {
            action: 'settings.review_chain',
            detail: { from: before.version, to: row.version, steps: input.body.steps },
          });
          await sql`select pg_notify('liaodan_settings', 'review_chain')`.execute(tx);
          return { version: row.version, steps: input.body.steps };
        });
      },
    }),
  ] as Operation[];
}
