import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import type { ChatLog } from './conversation-types.js';

type Entry = Parameters<ChatLog['record']>[0][number];

/** Rows per insert at most: a bound on one statement's size after a long wait (PostgreSQL down, say). */
const MAX_ROWS = 5_000;

/**
 * A string as its UTF-8 bytes carry it: an unpaired surrogate (a WeChat text can hold one) as U+FFFD. pg sends a
 * text parameter that way; in JSON it would be a `\ud800` escape, which PostgreSQL's JSON functions refuse.
 */
const wellFormed = (text: string) => (text as string & { toWellFormed(): string }).toWellFormed();

/**
 * The rows as one JSON parameter, taken apart in their order: the same statement text whatever the number of rows,
 * so a connection that prepares statements (the bot's) parses and plans it once, not once per batch size. One JSON
 * text costs the bot a fraction of the garbage of seven array literals (pg builds those element by element, about
 * 4 KB a message); every string is made well formed first, as pg's UTF-8 encoding of a text parameter makes it, so
 * what is stored is what the arrays stored.
 */
function insertRows(db: Db, entries: Entry[]) {
  const rows = JSON.stringify(
    entries.map((e) => ({
      customer_id: wellFormed(e.customerId),
      channel: wellFormed(e.channel),
      speaker: e.speaker,
      staff_id: e.staffId === null ? null : wellFormed(e.staffId),
      name: e.name === null ? null : wellFormed(e.name),
      text: wellFormed(e.text),
      at: e.at.toISOString(),
    })),
  );
  return sql`
    insert into chat_messages (customer_id, channel, speaker, staff_id, name, text, at)
    select customer_id, channel, speaker, staff_id, name, text, at
      from rows from (json_to_recordset(${rows}::json)
             as (customer_id text, channel text, speaker text, staff_id text, name text, text text, at timestamptz))
           with ordinality as row (customer_id, channel, speaker, staff_id, name, text, at, position)
     order by position`.execute(db);
}

/**
 * The chat log in PostgreSQL (`chat_messages`, migration 0020). Each turn's `record` resolves once its rows are
 * committed, as with one insert per turn; but the turns that end in the same event-loop turn go in together (turns
 * end in bursts: the replies of Redis's auto-pipelined commands resolve together), and while an insert is in
 * flight, the turns that end meanwhile wait for it and then go in together in the next (group commit): under load
 * the log costs one statement per batch of turns, not one per turn, and a quiet chat still writes at once.
 */
export function createPgChatLog(db: Db): ChatLog {
  let waiting: { entries: Entry[]; done: { resolve: () => void; reject: (err: unknown) => void }[] } = {
    entries: [],
    done: [],
  };
  let writing = false;
  let drained: Promise<void> = Promise.resolve();

  async function drain(): Promise<void> {
    while (waiting.done.length > 0) {
      const batch = waiting;
      waiting = { entries: [], done: [] };
      try {
        for (let i = 0; i < batch.entries.length; i += MAX_ROWS)
          await insertRows(db, batch.entries.slice(i, i + MAX_ROWS));
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
        if (!writing) {
          writing = true;
          drained = new Promise<void>((resolve) => setImmediate(resolve)).then(drain);
        }
      });
    },
    flush: () => drained,
  };
}
