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
 * content's. Each is set whatever the other's outcome, as a transaction of the two would; 0 when either was set
 * before. When both were new: the value of a third key if one is given and holds one (the chat's session, read in
 * the same round trip), else 1.
 */
const MARK_BOTH = `
local id = redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX')
local content = redis.call('SET', KEYS[2], '1', 'PX', ARGV[2], 'NX')
if not (id and content) then return 0 end
if #KEYS < 3 then return 1 end
return redis.call('GET', KEYS[3]) or 1`;

const MARK_BOTH_SHA = createHash('sha1').update(MARK_BOTH).digest('hex');

const DEFAULT_ID_TTL_MS = 24 * 3600_000;

/** What marking an event found: a repeat, or the first time (with the value read along, null when none). */
export type MarkOutcome = { kind: 'repeat' } | { kind: 'first'; value: string | null };

/**
 * Marks a message event as seen, by its id and by its content (`fingerprint`: talker, chat and text) for
 * `windowMs`, and reads `readKey` in the same command when the event is new. Shared by the channel's dedupe and
 * the session store, which checks a text message and loads its chat's session in one round trip; the keys are
 * the same for both, so an event is one event whichever of them saw it.
 */
export async function markFirstTime(
  opts: RedisMessageDedupeOptions,
  messageId: string,
  fingerprint: string,
  readKey?: string,
): Promise<MarkOutcome> {
  const fp = createHash('sha1').update(fingerprint).digest('base64url');
  const keys = [`${opts.prefix}:chat:msg:${messageId}`, `${opts.prefix}:chat:fp:${fp}`];
  if (readKey !== undefined) keys.push(readKey);
  const args = [...keys, opts.idTtlMs ?? DEFAULT_ID_TTL_MS, Math.max(1, opts.windowMs)];
  // By its SHA-1, and the whole script when Redis does not have it (a new or restarted server). Not through
  // ioredis' defineCommand: a command defined while an auto-pipeline is open breaks that pipeline (ioredis #1931).
  let reply: unknown;
  try {
    reply = await opts.redis.evalsha(MARK_BOTH_SHA, keys.length, ...args);
  } catch (err) {
    if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
    reply = await opts.redis.eval(MARK_BOTH, keys.length, ...args);
  }
  if (reply === 0) return { kind: 'repeat' };
  return { kind: 'first', value: typeof reply === 'string' ? reply : null };
}

/** Message-event dedupe in Redis (SET NX in a script), so it also holds across a bot restart. */
export function createRedisMessageDedupe(opts: RedisMessageDedupeOptions): MessageDedupe {
  return {
    async firstTime(messageId, fingerprint) {
      return (await markFirstTime(opts, messageId, fingerprint)).kind === 'first';
    },
  };
}
