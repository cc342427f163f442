import pg from 'pg';
import type { Logger } from '../lib/logger.js';

/** The channel `db/migrations/0020-dashboard.ts` notifies on: a new order, or an order whose status changed. */
export const LIVE_CHANNEL = 'liaodan_live';

/** What the trigger sends. */
export interface OrderChange {
  op: 'insert' | 'update';
  id: string;
  status: string;
  customerId: string | null;
}

export interface LiveSource {
  /** Calls `listener` for every change until the returned function is called. */
  subscribe(listener: (change: OrderChange) => void): () => void;
  close(): Promise<void>;
}

/**
 * Order changes from PostgreSQL LISTEN, on a connection of its own that reconnects when it drops (changes while it
 * is down are missed: pages refresh their figures when the stream reconnects).
 */
export function pgLiveSource(url: string, log: Logger): LiveSource {
  const listeners = new Set<(change: OrderChange) => void>();
  let client: pg.Client | undefined;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const deliver = (msg: pg.Notification) => {
    let change: OrderChange;
    try {
      change = JSON.parse(msg.payload ?? '') as OrderChange;
    } catch {
      return;
    }
    for (const l of listeners) l(change);
  };

  const connect = async (attempt: number): Promise<void> => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', deliver);
    c.on('error', (err) => {
      log.warn({ err }, 'live listener connection lost');
      c.end().catch(() => undefined);
      if (client === c) client = undefined;
      if (!closed) retryTimer = setTimeout(() => void connect(1), 1000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${LIVE_CHANNEL}`);
      client = c;
    } catch (err) {
      await c.end().catch(() => undefined);
      const delay = Math.min(10_000, 250 * 2 ** attempt);
      log.warn({ err, delayMs: delay }, 'live listener cannot connect, retrying');
      if (!closed) retryTimer = setTimeout(() => void connect(attempt + 1), delay);
    }
  };
  void connect(0);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      listeners.clear();
      await client?.end().catch(() => undefined);
    },
  };
}
