import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PipelineJob } from './jobs.js';
import type { OutboxRow, OutboxStore } from './outbox-relay.js';

/** The PostgreSQL channel every outbox write notifies, so relays wake up at once instead of polling. */
export const OUTBOX_CHANNEL = 'liaodan_outbox';

/**
 * Adds jobs to the outbox. Call it inside the transaction that makes the change the jobs follow from: they are
 * published if and only if that transaction commits.
 */
export async function enqueueJobs(tx: Kysely<Database>, jobs: readonly PipelineJob[]): Promise<void> {
  if (jobs.length === 0) return;
  // One round trip; the notification is delivered on commit, once per transaction however many rows were added.
  await sql`
    with added as (
      insert into outbox (queue, job_name, job_id, payload)
      values ${sql.join(jobs.map((j) => sql`(${j.queue}, ${j.name}, ${j.jobId}, ${JSON.stringify(j.payload)}::jsonb)`))}
      returning 1)
    select pg_notify(${OUTBOX_CHANNEL}, '') from (select count(*) from added) c`.execute(tx);
}

/**
 * The relay's store over the `outbox` table. A batch is claimed with `FOR UPDATE SKIP LOCKED`, so several
 * relays (one per worker process) share the work without publishing a row at the same time; rows are marked
 * published only after the publisher returned, in the same transaction.
 */
export function pgOutboxStore(db: Kysely<Database>): OutboxStore {
  return {
    async publishBatch(limit, publish) {
      return db.transaction().execute(async (tx) => {
        const rows = await tx
          .selectFrom('outbox')
          .select(['id', 'queue', 'job_name', 'job_id', 'payload'])
          .where('published_at', 'is', null)
          .orderBy('id')
          .limit(limit)
          .forUpdate()
          .skipLocked()
          .execute();
        if (rows.length === 0) return 0;
        const batch: OutboxRow[] = rows.map((r) => ({
          id: r.id,
          queue: r.queue,
          jobName: r.job_name,
          jobId: r.job_id,
          payload: r.payload,
        }));
        await publish(batch);
        await tx
          .updateTable('outbox')
          .set({ published_at: sql`now()`, attempts: sql`attempts + 1`, last_error: null })
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
        return rows.length;
      });
    },
    async recordFailure(error) {
      // Best effort, outside the rolled-back batch: shows on the oldest waiting rows why they are late.
      await db
        .updateTable('outbox')
        .set({ attempts: sql`attempts + 1`, last_error: error.slice(0, 500) })
        .where('id', 'in', (qb) =>
          qb.selectFrom('outbox').select('id').where('published_at', 'is', null).orderBy('id').limit(100),
        )
        .execute();
    },
    async pending() {
      const r = await db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('published_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
