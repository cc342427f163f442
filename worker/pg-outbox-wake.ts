import pg from 'pg';
import type { Logger } from '../lib/logger.js';
import type { WakeSignal } from '../orders/outbox-relay.js';
import { OUTBOX_CHANNEL } from '../orders/pg-outbox.js';

export interface PgWake extends WakeSignal {
  close(): Promise<void>;
}

/**
 * Wakes the relay on PostgreSQL NOTIFY from outbox writes. Keeps its own connection and reconnects when it drops;
 * while it is down the relay falls back to polling. A notification that arrives while nobody waits is kept, so
 * the next `wait` returns at once.
 */
export function pgOutboxWake(url: string, log: Logger): PgWake {
  let pending = false;
  let waiters: (() => void)[] = [];
  let client: pg.Client | undefined;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const fire = () => {
    if (waiters.length === 0) {
      pending = true;
      return;
    }
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };

  const connect = async (attempt: number): Promise<void> => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', fire);
    c.on('error', (err) => {
      log.warn({ err }, 'outbox listener connection lost');
      c.end().catch(() => undefined);
      if (client === c) client = undefined;
      if (!closed) retryTimer = setTimeout(() => void connect(1), 1000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${OUTBOX_CHANNEL}`);
      client = c;
      fire(); // rows may have arrived while not listening
    } catch (err) {
      await c.end().catch(() => undefined);
      const delay = Math.min(10_000, 250 * 2 ** attempt);
      log.warn({ err, delayMs: delay }, 'outbox listener cannot connect, retrying');
      if (!closed) retryTimer = setTimeout(() => void connect(attempt + 1), delay);
    }
  };
  void connect(0);

  return {
    wait(ms) {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve();
        }, ms);
        const done = () => {
          clearTimeout(t);
          resolve();
        };
        waiters.push(done);
      });
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      fire();
      await client?.end().catch(() => undefined);
    },
  };
}
