import type { Db } from '../db/pg-database.js';
import { sendChangeNotices, type ChangeNotices } from '../orders/pg-change-notices.js';

/** Sends the change notices of committed placements without making anyone wait for them. */
export interface OrderNotices {
  /** Queues the notices of a committed placement; they go out once, soon, in the background. */
  send(notices: ChangeNotices): void;
  /** Resolves once every notice queued so far is sent (or given up, as a lost notice is). */
  flush(): Promise<void>;
}

/**
 * The notices of chat placements in PostgreSQL, sent after each placement's commit but off its connection and off
 * the reply's path: the notices of placements that commit in the same event-loop turn go out together, and while
 * one statement of notices is in flight, those of placements that commit meanwhile are gathered for the next (as
 * the chat log groups its rows). A placement then holds its pool
 * connection for one round trip instead of two, and the customer's 已下单 waits for one. A notice that cannot be
 * sent is lost, as `sendChangeNotices` says: the listeners refresh on reconnect, and the outbox relay also polls.
 */
export function createPgOrderNotices(db: Db): OrderNotices {
  let waiting: { orders: string[]; skus: string[]; outbox: boolean } | null = null;
  let drained: Promise<void> = Promise.resolve();
  let sending = false;

  async function drain(): Promise<void> {
    while (waiting) {
      const batch = waiting;
      waiting = null;
      await sendChangeNotices(db, batch);
    }
    sending = false;
  }

  return {
    send(notices) {
      waiting ??= { orders: [], skus: [], outbox: false };
      waiting.orders.push(...(notices.orders ?? []));
      waiting.skus.push(...(notices.skus ?? []));
      waiting.outbox ||= notices.outbox === true;
      if (!sending) {
        sending = true;
        drained = new Promise<void>((resolve) => setImmediate(resolve)).then(drain);
      }
    },
    flush: () => drained,
  };
}
