import type { Redis } from 'ioredis';

/** One line of a web chat as its page shows it: the person's message, the bot's reply, or a notice. */
export interface ChatHistoryEntry {
  from: 'me' | 'bot' | 'notice';
  text: string;
  /** Epoch milliseconds. */
  at: number;
}

/** The last messages of each web chat inbox, so the page shows them again after a reload or on another device. */
export interface ChatHistory {
  append(inbox: string, entries: ChatHistoryEntry[]): Promise<void>;
  /** Oldest first. */
  recent(inbox: string): Promise<ChatHistoryEntry[]>;
}

/**
 * Web chat history as capped Redis lists (conversation state, like the sessions): the last `keep` entries per
 * inbox (default 200), dropped `ttlMs` after the last message (default 30 days).
 */
export function createRedisChatHistory(opts: {
  redis: Redis;
  prefix: string;
  keep?: number;
  ttlMs?: number;
}): ChatHistory {
  const keep = opts.keep ?? 200;
  const ttl = opts.ttlMs ?? 30 * 24 * 3600_000;
  const key = (inbox: string) => `${opts.prefix}:chat:history:${inbox}`;
  return {
    async append(inbox, entries) {
      if (entries.length === 0) return;
      await opts.redis
        .multi()
        .rpush(key(inbox), ...entries.map((e) => JSON.stringify(e)))
        .ltrim(key(inbox), -keep, -1)
        .pexpire(key(inbox), ttl)
        .exec();
    },
    async recent(inbox) {
      const raw = await opts.redis.lrange(key(inbox), 0, -1);
      return raw.flatMap((line) => {
        try {
          return [JSON.parse(line) as ChatHistoryEntry];
        } catch {
          return [];
        }
      });
    },
  };
}
