import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { createRedisMessageDedupe } from './redis-message-dedupe.js';

let redis: Redis;

beforeAll(() => {
  redis = new Redis(testRedisUrl(), { enableAutoPipelining: true });
});

afterAll(() => {
  redis.disconnect();
});

describe('RedisMessageDedupe', () => {
  it('takes a message id once, and the same content under another id only after the window', async () => {
    const prefix = uniquePrefix('dedupe');
    const dedupe = createRedisMessageDedupe({ redis, prefix, windowMs: 200 });
    expect(await dedupe.firstTime('m-1', 'wx-a||1|水泥 50袋')).toBe(true);
    expect(await dedupe.firstTime('m-1', 'wx-a||1|水泥 50袋')).toBe(false);
    expect(await dedupe.firstTime('m-2', 'wx-a||1|水泥 50袋')).toBe(false);
    expect(await dedupe.firstTime('m-3', 'wx-b||1|水泥 50袋')).toBe(true);
    await new Promise((r) => setTimeout(r, 250));
    expect(await dedupe.firstTime('m-4', 'wx-a||1|水泥 50袋')).toBe(true);
    // An id seen before stays a duplicate after the content window, and marks its content for the window again.
    expect(await dedupe.firstTime('m-1', 'wx-a||1|确认')).toBe(false);
    expect(await dedupe.firstTime('m-5', 'wx-a||1|确认')).toBe(false);
    expect(await redis.pttl(`${prefix}:chat:msg:m-4`)).toBeGreaterThan(23 * 3600_000);
  });

  it('gives one first time to events delivered at once, from a second bot process as well', async () => {
    const prefix = uniquePrefix('dedupe');
    const other = new Redis(testRedisUrl(), { enableAutoPipelining: true });
    try {
      const here = createRedisMessageDedupe({ redis, prefix, windowMs: 3000 });
      const there = createRedisMessageDedupe({ redis: other, prefix, windowMs: 3000 });
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? here : there).firstTime('m-same', 'wx-a||1|确认')),
      );
      expect(answers.filter(Boolean)).toHaveLength(1);
    } finally {
      other.disconnect();
    }
  });
});
