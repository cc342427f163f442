import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Job } from 'bullmq';
import type { PipelineJob } from '../orders/jobs.js';
import {
  dropTestDb,
  duplicatedTransitions,
  placeOrder,
  seedCatalog,
  testLogger,
  testWorkerConfig,
  waitFor,
  waitForStatuses,
} from '../test/order-fixtures.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { createPipelineQueues, type PipelineQueues } from './bullmq-queues.js';
import { startWorker, type RunningWorker } from './main.js';

let t: TestDb;
let worker: RunningWorker;
let pq: PipelineQueues;
/**
 * Orders whose steps "crash" once each after their commit: the first enqueue of each step's follow-ups (told
 * apart by the queue of the first follow-up) throws, as if the worker died before adding them.
 */
const crashAfterCommit = new Set<string>();
const crashed = new Set<string>();

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(
    t.db,
    [
      { sku: 'WIRE', name: '电线', unit: '捆', priceFen: 20000, stock: 10_000 },
      { sku: 'FEW', name: '角阀', unit: '个', priceFen: 500, stock: 1 },
    ],
    [{ id: 'c-rich', name: '王老板', creditLimitFen: 1_000_000_000 }],
  );
  const config = testWorkerConfig(t.url);
  pq = createPipelineQueues({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX });
  worker = await startWorker(config, testLogger(), {
    enqueue: (real) => async (jobs: readonly PipelineJob[]) => {
      const first = jobs[0];
      const orderId = first && 'orderId' in first.payload ? String(first.payload.orderId) : '';
      const key = first && `${orderId}:${first.queue}`;
      if (first && key && crashAfterCommit.has(orderId) && !crashed.has(key)) {
        crashed.add(key);
        throw new Error('worker died after the commit, before adding the next jobs');
      }
      await real(jobs);
    },
  });
});
afterAll(async () => {
  await worker?.stop();
  await pq?.close();
  await dropTestDb(t);
});

async function jobsOf(orderId: string): Promise<Job[]> {
  const all = await Promise.all(
    (['stock', 'pricing', 'finance', 'notify'] as const).map((q) => pq.queues[q].getJobs([], 0, -1)),
  );
  return all.flat().filter((j): j is Job => !!j && (j.data as { orderId?: string }).orderId === orderId);
}

describe('follow-up jobs added after the commit', () => {
  /**
   * Places an order whose every step loses its first enqueue, waits for its approval, and checks that each step
   * job ran twice (the crash, then the retry), moved the order once and that every follow-up exists once.
   */
  async function crashEveryStep(lines: { sku: string; qty: number }[], steps: string[], notices: string[]) {
    const o = await placeOrder(t.db, 'c-rich', lines);
    crashAfterCommit.add(o.orderId);
    await waitForStatuses(t.db, [o.orderId], ['approved']);
    // The last step adds the notification before its own job is marked completed: wait for both.
    const jobs = await waitFor('the approval notification and every step job completed', async () => {
      const js = await jobsOf(o.orderId);
      const told = js.some((j) => j.queueName === 'notify' && j.id?.includes('approved'));
      const finished = js.filter((j) => j.queueName !== 'notify').every((j) => j.finishedOn !== undefined);
      return told && finished ? js : undefined;
    });
    // A step's crash is keyed by the queue of its first follow-up: the next step's, or notify for the last one.
    expect([...crashed].filter((k) => k.startsWith(o.orderId)).sort()).toEqual(
      [...steps.slice(1), 'notify'].map((q) => `${o.orderId}:${q}`).sort(),
    );
    const ids = jobs.map((j) => `${j.queueName}/${j.id}`).sort();
    expect(ids).toEqual(
      [...steps.map((q) => `${q}/${o.orderId}`), ...notices.map((n) => `notify/${o.orderId}-${n}`)].sort(),
    );
    const stepJobs = jobs.filter((j) => j.queueName !== 'notify');
    expect(stepJobs.map((j) => j.attemptsMade)).toEqual(steps.map(() => 2));
    expect(await duplicatedTransitions(t.db)).toBe(0);
    const ledger = await t.db
      .selectFrom('stock_ledger')
      .select('id')
      .where('order_id', '=', o.orderId)
      .execute();
    // Every line reserved something, once.
    expect(ledger).toHaveLength(lines.length);
  }

  it('re-adds the next jobs exactly once when a step committed and its worker died before adding them', async () => {
    // Reserved in full, the order is priced by the reservation and credit-checked in the same job: one step job,
    // whose retry finds the order approved and re-adds both notifications.
    await crashEveryStep([{ sku: 'WIRE', qty: 3 }], ['stock'], ['reserved-all', 'approved-all']);
  });

  it('does the same for an order reserved short, which the pricing step prices', async () => {
    await crashEveryStep(
      [
        { sku: 'WIRE', qty: 3 },
        { sku: 'FEW', qty: 2 },
      ],
      ['stock', 'pricing', 'finance'],
      ['reserved-all', 'approved-all'],
    );
  });

  it('adds no follow-up jobs for a late duplicate of a finished step', async () => {
    const o = await placeOrder(t.db, 'c-rich', [{ sku: 'WIRE', qty: 2 }]);
    await waitForStatuses(t.db, [o.orderId], ['approved']);
    await waitFor('the approval notification', async () =>
      (await jobsOf(o.orderId)).some((j) => j.id?.includes('approved')) ? true : undefined,
    );
    // Remove the step's notification, as retention eventually does: a late duplicate must not send it again.
    const told = `${o.orderId}-approved-all`;
    await (await pq.queues.notify.getJob(told))?.remove();
    const late = await pq.queues.finance.add(
      'credit-check',
      { orderId: o.orderId },
      { jobId: `${o.orderId}-late` },
    );
    await waitFor('the late duplicate to finish', async () =>
      (await late.isCompleted()) ? true : undefined,
    );
    expect(await pq.queues.notify.getJob(told)).toBeUndefined();
    expect(await duplicatedTransitions(t.db)).toBe(0);
  });
});
