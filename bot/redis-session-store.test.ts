import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { createRedisMessageDedupe } from './redis-message-dedupe.js';
import { createRedisSessionStore } from './redis-session-store.js';

let redis: Redis;

beforeAll(() => {
  redis = new Redis(testRedisUrl(), { enableAutoPipelining: true });
});

afterAll(() => {
  redis.disconnect();
});

const address = { channel: 'wechat', contactId: 'wx-a' };
const session = { id: 's-1', dialog: null, hasDraft: false, updatedAt: 1 };

describe('RedisSessionStore', () => {
  it('opens the session of an event seen for the first time, and reads nothing for a repeat', async () => {
    const prefix = uniquePrefix('sessions');
    const sessions = createRedisSessionStore({ redis, prefix, ttlMs: 60_000, dedupeWindowMs: 200 });
    expect(await sessions.open(address, { id: 'm-1', fingerprint: 'wx-a||7|水泥' })).toEqual({
      kind: 'opened',
      session: null,
    });
    await sessions.put(address, session);
    expect(await sessions.open(address, { id: 'm-2', fingerprint: 'wx-a||7|32.5' })).toEqual({
      kind: 'opened',
      session,
    });
    expect(await sessions.open(address, { id: 'm-2', fingerprint: 'wx-a||7|确认' })).toEqual({
      kind: 'repeat',
    });
    expect(await sessions.open(address, { id: 'm-3', fingerprint: 'wx-a||7|32.5' })).toEqual({
      kind: 'repeat',
    });
    await new Promise((r) => setTimeout(r, 250));
    expect(await sessions.open(address, { id: 'm-4', fingerprint: 'wx-a||7|32.5' })).toEqual({
      kind: 'opened',
      session,
    });
    // Without an event (the web chat), only the session.
    expect(await sessions.open(address)).toEqual({ kind: 'opened', session });
  });

  it("marks events with the channel dedupe's keys, so an event is one event whichever checked it", async () => {
    const prefix = uniquePrefix('sessions');
    const sessions = createRedisSessionStore({ redis, prefix, ttlMs: 60_000 });
    const dedupe = createRedisMessageDedupe({ redis, prefix, windowMs: 3000 });
    expect(await dedupe.firstTime('m-1', 'wx-a||6|')).toBe(true);
    expect(await sessions.open(address, { id: 'm-1', fingerprint: 'wx-a||7|你好' })).toEqual({
      kind: 'repeat',
    });
    expect((await sessions.open(address, { id: 'm-2', fingerprint: 'wx-a||7|水泥' })).kind).toBe('opened');
    expect(await dedupe.firstTime('m-3', 'wx-a||7|水泥')).toBe(false);
  });

  it('gives one opening to the same event delivered many times at once', async () => {
    const prefix = uniquePrefix('sessions');
    const sessions = createRedisSessionStore({ redis, prefix, ttlMs: 60_000 });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => sessions.open(address, { id: 'm-same', fingerprint: 'wx-a||7|确认' })),
    );
    expect(outcomes.filter((o) => o.kind === 'opened')).toHaveLength(1);
  });
});
