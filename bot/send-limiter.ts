/**
 * Outgoing messages per chat: a token bucket (a burst of `burst`, then one every `intervalMs`) and strict order
 * within a chat. Chats do not wait for each other. Puppets get accounts restricted for sending too fast.
 */
export interface SendLimiter {
  schedule(chatKey: string, send: () => Promise<void>): Promise<void>;
}

export interface SendLimiterOptions {
  burst: number;
  intervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Bucket {
  tokens: number;
  at: number;
  pending: number;
  tail: Promise<void>;
}

export function createSendLimiter(opts: SendLimiterOptions): SendLimiter {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const buckets = new Map<string, Bucket>();

  async function take(bucket: Bucket): Promise<void> {
    for (;;) {
      const t = now();
      bucket.tokens =
        opts.intervalMs > 0
          ? Math.min(opts.burst, bucket.tokens + (t - bucket.at) / opts.intervalMs)
          : opts.burst;
      bucket.at = t;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await sleep(Math.ceil((1 - bucket.tokens) * opts.intervalMs));
    }
  }

  /** Forgets idle chats whose bucket has refilled, so the map does not grow with every chat ever seen. */
  function sweep(): void {
    const t = now();
    for (const [key, b] of buckets) {
      if (b.pending === 0 && t - b.at >= opts.burst * opts.intervalMs) buckets.delete(key);
    }
  }

  return {
    schedule(chatKey, send) {
      if (buckets.size > 10_000) sweep();
      let bucket = buckets.get(chatKey);
      if (!bucket) {
        bucket = { tokens: opts.burst, at: now(), pending: 0, tail: Promise.resolve() };
        buckets.set(chatKey, bucket);
      }
      const b = bucket;
      b.pending += 1;
      const run = b.tail
        .then(async () => {
          await take(b);
          await send();
        })
        .finally(() => {
          b.pending -= 1;
        });
      b.tail = run.catch(() => undefined);
      return run;
    },
  };
}
