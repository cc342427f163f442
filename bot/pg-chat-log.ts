import type { Db } from '../db/pg-database.js';
import type { ChatLog } from './conversation-types.js';

type Entry = Parameters<ChatLog['record']>[0][number];

/** Rows per insert at most (PostgreSQL takes 65,535 parameters; a row has 7). */
const MAX_ROWS = 2_000;

/**
 * The chat log in PostgreSQL (`chat_messages`, migration 0020). Each turn's `record` resolves once its rows are
 * committed, as with one insert per turn; but while an insert is in flight, the turns that end meanwhile wait
 * for it and then go in together in one insert (group commit): under load the log costs one statement per batch of
 * turns, not one per turn, and a quiet chat still writes at once.
 */
export function createPgChatLog(db: Db): ChatLog {
  let waiting: { entries: Entry[]; done: { resolve: () => void; reject: (err: unknown) => void }[] } = {
    entries: [],
    done: [],
  };
  let writing = false;
  let drained: Promise<void> = Promise.resolve();

  async function drain(): Promise<void> {
    writing = true;
    while (waiting.done.length > 0) {
      const batch = waiting;
      waiting = { entries: [], done: [] };
      try {
        for (let i = 0; i < batch.entries.length; i += MAX_ROWS) {
          await db
            .insertInto('chat_messages')
            .values(
              batch.entries.slice(i, i + MAX_ROWS).map((e) => ({
                customer_id: e.customerId,
                channel: e.channel,
                speaker: e.speaker,
                staff_id: e.staffId,
                name: e.name,
                text: e.text,
                at: e.at,
              })),
            )
            .execute();
        }
        for (const d of batch.done) d.resolve();
      } catch (err) {
        for (const d of batch.done) d.reject(err);
      }
    }
    writing = false;
  }

  return {
    record(entries) {
      if (entries.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiting.entries.push(...entries);
        waiting.done.push({ resolve, reject });
        if (!writing) drained = drain();
      });
    },
    flush: () => drained,
  };
}
