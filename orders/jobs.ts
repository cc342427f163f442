import { z } from 'zod';

/**
 * The job catalog: every BullMQ queue of the order pipeline, every job name on it and the zod schema of its
 * payload. Producers (the outbox relay) and consumers (the workers, the bot for `notify`) share these types;
 * consumers validate each payload when they dequeue it.
 *
 * Queue names here are bare; BullMQ keys are prefixed with QUEUE_PREFIX by the adapters.
 */

const OrderRef = z.object({ orderId: z.string().min(1) });

export const NOTIFY_EVENTS = [
  'reserved',
  'shortage',
  'in_review',
  'approved',
  'rejected',
  'shipped',
  'remainder_cancelled',
  'returned',
  'paid',
  'completed',
  'cancelled',
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export const Recipient = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('customer'), id: z.string().min(1) }),
  z.object({ kind: z.literal('staff'), id: z.string().min(1) }),
  z.object({
    kind: z.literal('chat'),
    channel: z.string().min(1),
    contactId: z.string().min(1),
    groupId: z.string().min(1).optional(),
  }),
]);
/**
 * Who should read a notification: every chat identity bound to this customer or staff member, or one chat (an
 * unknown contact who ordered before being bound to a customer).
 */
export type Recipient = z.infer<typeof Recipient>;

/**
 * What the bot delivers: `text` (brief 简体中文, ready to send) to the chat identities of every recipient in
 * `to`. The bot does not interpret `event`; it is there for logging and for channels that style messages.
 */
export const NotifyPayload = z.object({
  orderId: z.string().min(1),
  orderNumber: z.string().min(1),
  event: z.enum(NOTIFY_EVENTS),
  to: z.array(Recipient).min(1),
  text: z.string().min(1),
});
export type NotifyPayload = z.infer<typeof NotifyPayload>;

/** A job whose retries ran out, parked for a person to look at and retry. */
export const DeadLetterPayload = z.object({
  queue: z.string(),
  jobName: z.string(),
  jobId: z.string(),
  data: z.unknown(),
  failedReason: z.string(),
  attemptsMade: z.number().int(),
  failedAt: z.number().int(),
});
export type DeadLetterPayload = z.infer<typeof DeadLetterPayload>;

export const jobCatalog = {
  /** Reserve an order's lines; release them on cancel/reject; consume them on shipment. */
  stock: {
    reserve: OrderRef,
    release: OrderRef,
    consume: OrderRef,
  },
  /** Price a reserved order by customer tier and quantity breaks. */
  pricing: { price: OrderRef },
  /** Credit check and auto-approval of a priced order. */
  finance: { 'credit-check': OrderRef },
  /** Chat notifications, consumed by the bot. */
  notify: { notify: NotifyPayload },
  /** Exhausted jobs of every other queue; no worker consumes it: the api lists and retries them. */
  'dead-letter': { 'dead-letter': DeadLetterPayload },
} as const satisfies Record<string, Record<string, z.ZodType>>;

export type JobCatalog = typeof jobCatalog;
export type QueueName = keyof JobCatalog;
export const QUEUE_NAMES = Object.keys(jobCatalog) as QueueName[];
/** The queues the order worker consumes. */
export const WORKER_QUEUES = ['stock', 'pricing', 'finance'] as const satisfies readonly QueueName[];
export type WorkerQueueName = (typeof WORKER_QUEUES)[number];
export const DEAD_LETTER_QUEUE = 'dead-letter' satisfies QueueName;

export type JobName<Q extends QueueName> = keyof JobCatalog[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = z.infer<
  JobCatalog[Q][N] extends z.ZodType ? JobCatalog[Q][N] : never
>;

/** One job to publish, typed by queue and name: the outbox stores these and the relay sends them. */
export type PipelineJob = {
  [Q in QueueName]: {
    [N in JobName<Q>]: { queue: Q; name: N; jobId: string; payload: JobPayload<Q, N> };
  }[JobName<Q>];
}[QueueName];

/** Per-job context a handler gets: the BullMQ id and attempt (for logs) and when the job was created. */
export interface JobContext {
  jobId: string;
  attempt: number;
  /** Creation time of the job (ms since the epoch): tells a redelivery from a late duplicate. */
  createdAt: number;
  /** The job was started before (it failed or its worker died): an earlier attempt may have committed. */
  redelivery: boolean;
}

/** The handlers of one queue: TypeScript refuses a map that misses a job name. */
export type QueueHandlers<Q extends QueueName> = {
  [N in JobName<Q>]: (payload: JobPayload<Q, N>, ctx: JobContext) => Promise<void>;
};

/** The handlers of every queue the worker consumes. */
export type WorkerHandlers = { [Q in WorkerQueueName]: QueueHandlers<Q> };

export type ParsedJob =
  | { kind: 'ok'; payload: unknown }
  | { kind: 'unknown_job'; message: string }
  | { kind: 'invalid_payload'; message: string };

/** Validates a dequeued job against the catalog. */
export function parseJob(queue: QueueName, name: string, data: unknown): ParsedJob {
  const schema = (jobCatalog[queue] as Record<string, z.ZodType>)[name];
  if (!schema) return { kind: 'unknown_job', message: `queue ${queue} has no job named ${name}` };
  const result = schema.safeParse(data);
  if (!result.success) {
    return {
      kind: 'invalid_payload',
      message: `invalid ${queue}/${name} payload: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    };
  }
  return { kind: 'ok', payload: result.data };
}

/**
 * Deterministic BullMQ job ids, so publishing the same outbox row twice adds one job. The first job of an order
 * (stock reserve) uses the bare order id; BullMQ ids may not contain `:`.
 */
export const jobIds = {
  reserve: (orderId: string) => orderId,
  release: (orderId: string) => `${orderId}-release`,
  consume: (orderId: string) => `${orderId}-consume`,
  price: (orderId: string) => orderId,
  creditCheck: (orderId: string) => orderId,
  /** One message per order, event, occurrence (step, shipment, return, payment) and audience. */
  notify: (
    orderId: string,
    event: NotifyEvent,
    audience: 'customer' | 'staff' | 'rep' | 'all',
    occurrence = '',
  ) => `${orderId}-${event}${occurrence ? `-${occurrence}` : ''}-${audience}`,
};
