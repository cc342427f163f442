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

/** Message-event dedupe in Redis (SET NX), so it also holds across a bot restart. */
export function createRedisMessageDedupe(opts: RedisMessageDedupeOptions): MessageDedupe {
  const idTtl = opts.idTtlMs ?? 24 * 3600_000;
  return {
    async firstTime(messageId, fingerprint) {
      const fp = createHash('sha1').update(fingerprint).digest('base64url');
      const result = await opts.redis
        .multi()
        .set(`${opts.prefix}:chat:msg:${messageId}`, '1', 'PX', idTtl, 'NX')
        .set(`${opts.prefix}:chat:fp:${fp}`, '1', 'PX', Math.max(1, opts.windowMs), 'NX')
        .exec();
      if (!result) return true;
      return result.every(([err, reply]) => !err && reply === 'OK');
    },
  };
}
