import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { MessageDedupe } from './message-dedupe.js';

export interface RedisMessageDedupeOptions {
  redis: Redis;
  prefix: string;
  /** Window for identical content under different ids. */
  windowMs: number;
  /** How long message ids are remembered (a reconnecting puppet may replay recent messages). */
  idTtlMs?: number;
}

/**
 * Both marks set in one command (one command a message instead of MULTI, two SETs and EXEC): the id's and the
 * content's. Each is set whatever the other's outcome, as a transaction of the two would; 1 when both were new.
 */
const MARK_BOTH = `
local id = redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX')
local content = redis.call('SET', KEYS[2], '1', 'PX', ARGV[2], 'NX')
if id and content then return 1 end
return 0`;

const MARK_BOTH_SHA = createHash('sha1').update(MARK_BOTH).digest('hex');

/** Message-event dedupe in Redis (SET NX in a script), so it also holds across a bot restart. */
export function createRedisMessageDedupe(opts: RedisMessageDedupeOptions): MessageDedupe {
  const idTtl = opts.idTtlMs ?? 24 * 3600_000;
  // By its SHA-1, and the whole script when Redis does not have it (a new or restarted server). Not through
  // ioredis' defineCommand: a command defined while an auto-pipeline is open breaks that pipeline (ioredis #1931).
  const markBoth = async (...args: [string, string, number, number]) => {
    try {
      return await opts.redis.evalsha(MARK_BOTH_SHA, 2, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return opts.redis.eval(MARK_BOTH, 2, ...args);
    }
  };
  return {
    async firstTime(messageId, fingerprint) {
      const fp = createHash('sha1').update(fingerprint).digest('base64url');
      const first = await markBoth(
        `${opts.prefix}:chat:msg:${messageId}`,
        `${opts.prefix}:chat:fp:${fp}`,
        idTtl,
        Math.max(1, opts.windowMs),
      );
      return first === 1;
    },
  };
}
