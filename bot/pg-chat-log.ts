import type { Db } from '../db/pg-database.js';
import type { ChatLog } from './conversation-types.js';

/** The chat log in PostgreSQL (`chat_messages`, migration 0020): one insert per turn. */
export function createPgChatLog(db: Db): ChatLog {
  return {
    async record(entries) {
      if (entries.length === 0) return;
      await db
        .insertInto('chat_messages')
        .values(
          entries.map((e) => ({
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
    },
  };
}
