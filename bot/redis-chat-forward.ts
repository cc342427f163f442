import type { Redis } from 'ioredis';
import type { Logger } from '../lib/logger.js';
import type { ChatForward, ForwardItem } from './outbound-router.js';

export interface RedisChatForwardOptions {
  redis: Redis;
  prefix: string;
  /** At most this many undelivered messages are kept per channel (when no bot runs). Default 10,000. */
  maxPending?: number;
}

/**
 * Messages for a live channel (WeChat) written by a process that does not run it (the api's web chat) wait in a
 * Redis list per channel; the bot process that runs the channel consumes them.
 */
export function createRedisChatForward(opts: RedisChatForwardOptions): ChatForward & {
  consume(
    channel: string,
    deliver: (item: ForwardItem) => Promise<void>,
    log: Logger,
  ): { stop(): Promise<void> };
} {
  const key = (channel: string) => `${opts.prefix}:chat:forward:${channel}`;
  const max = opts.maxPending ?? 10_000;
  return {
    async push(channel, item) {
      await opts.redis.multi().rpush(key(channel), JSON.stringify(item)).ltrim(key(channel), -max, -1).exec();
    },
    consume(channel, deliver, log) {
      const conn = opts.redis.duplicate({ enableAutoPipelining: false });
      let stopping = false;
      const loop = (async () => {
        while (!stopping) {
          try {
            const popped = await conn.blpop(key(channel), 1);
            if (!popped) continue;
            await deliver(JSON.parse(popped[1]) as ForwardItem).catch((err: unknown) =>
              log.warn({ err, channel }, 'forwarded message not delivered'),
            );
          } catch (err) {
            if (!stopping) {
              log.warn({ err }, 'chat forward read failed');
              await new Promise((r) => setTimeout(r, 1000));
            }
          }
        }
      })();
      return {
        async stop() {
          stopping = true;
          conn.disconnect();
          await loop;
        },
      };
    },
  };
}
