import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { isDatabaseUnavailable } from '../db/pg-errors.js';
import { postponeJob } from '../lib/job-postpone.js';
import type { Logger } from '../lib/logger.js';
import { NotifyPayload } from '../orders/jobs.js';
import type { Outbound } from './conversation-types.js';

export interface NotifyConsumerOptions {
  /**
   * A connection with `maxRetriesPerRequest: null`. The consumer works on its own duplicate: a Worker sharing the
   * conversation's connection tripled the chat's reply latency.
   */
  connection: Redis;
  prefix: string;
  outbound: Outbound;
  log: Logger;
  concurrency?: number;
  /** Called after each job, delivered or failed (the process's heartbeat). */
  onJobDone?: () => void;
}

/**
 * Consumes the pipeline's `notify` queue: each job's text goes to every recipient's chat identities (and their
 * web/terminal inbox). Invalid payloads fail at once; delivery errors retry under the job's own attempts.
 */
export function startNotifyConsumer(opts: NotifyConsumerOptions): { close(): Promise<void> } {
  const connection = opts.connection.duplicate();
  const worker = new Worker(
    'notify',
    async (job, token) => {
      const parsed = NotifyPayload.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(`invalid notify payload: ${parsed.error.message}`);
      const { to, text, orderNumber, event } = parsed.data;
      const log = opts.log.child({ jobId: job.id, orderNumber, event });
      try {
        for (const recipient of to) {
          if (recipient.kind === 'chat') {
            const { kind: _kind, ...address } = recipient;
            await opts.outbound.toChat(address, text);
          } else await opts.outbound.toParty(recipient, text);
        }
      } catch (err) {
        // Recipients already told are told again on the next try: a repeated notice beats a lost one.
        if (isDatabaseUnavailable(err)) await postponeJob(job, token, 1000);
        throw err;
      }
      log.info({ recipients: to.length }, 'notification delivered');
    },
    { connection, prefix: opts.prefix, concurrency: opts.concurrency ?? 4 },
  );
  worker.on('failed', (job, err) => {
    opts.onJobDone?.();
    opts.log.warn({ err, jobId: job?.id }, 'notification failed');
  });
  worker.on('completed', () => opts.onJobDone?.());
  worker.on('error', (err) => opts.log.error({ err }, 'notify consumer error'));
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
