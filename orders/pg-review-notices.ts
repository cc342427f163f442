import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PipelineJob } from './jobs.js';
import { notificationJobs, type NoticeOrder } from './notify-text.js';
import { STEP_DECIDERS, type ReviewStep } from './review-chain.js';

/**
 * The notifications of an order starting to wait at `step`: the customer hears it is being checked; the people
 * who decide the step hear why (the rep for the rep step, otherwise every active holder of the step's roles).
 */
export async function reviewNotices(
  tx: Kysely<Database>,
  notice: NoticeOrder,
  step: ReviewStep,
  reason: string,
): Promise<PipelineJob[]> {
  if (step !== 'rep' || !notice.repId) {
    const roles = step === 'rep' ? ['rep'] : STEP_DECIDERS[step].filter((r) => r !== 'manager');
    const deciders = await tx
      .selectFrom('staff')
      .select('id')
      .where(sql<boolean>`roles && ${roles}::text[]`)
      .where('active', '=', true)
      .orderBy('id')
      .execute();
    notice.fallbackStaffIds = deciders.map((d) => d.id);
    if (deciders.length === 0) {
      // Nobody holds the step's role: the shop's admins decide it, so they hear of it.
      const admins = await tx
        .selectFrom('staff')
        .select('id')
        .where(sql<boolean>`'admin' = any(roles)`)
        .where('active', '=', true)
        .orderBy('id')
        .execute();
      notice.fallbackStaffIds = admins.map((a) => a.id);
    }
  }
  return notificationJobs(notice, { event: 'in_review', step, reason });
}
