import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { createPgOrderIntake } from './pg-order-intake.js';
import { migrateHeldDrafts } from './redis-held-drafts.js';
import { seedChatPeople } from './testing/seed.js';
import { TINY_PRODUCTS } from './testing/tiny-engine.js';

let t: TestDb;
let redis: Redis;

beforeAll(async () => {
  t = await createTestDb();
  await seedChatPeople(t.db, TINY_PRODUCTS);
  redis = new Redis(testRedisUrl());
});
afterAll(async () => {
  redis.disconnect();
  await t.drop();
});

describe('drafts held for a rep in Redis by earlier versions', () => {
  it('become orders waiting for their rep, once, and leave Redis', async () => {
    const prefix = uniquePrefix('held');
    const line = { sku: 'CEM-425', name: '水泥', qty: 30, unit: '袋', unitPriceFen: 2500 };
    const held = [
      {
        no: 1,
        reason: 'new_customer',
        order: {
          sourceKey: 's-guest:3',
          customerId: null,
          placedByStaffId: null,
          channel: 'wechat',
          lines: [line],
          note: '新客户 路人甲',
        },
        totalFen: 75_000,
        requester: { channel: 'wechat', contactId: 'wx-guest', name: '路人甲' },
        repIds: ['s-zhang'],
        createdAt: 0,
      },
      {
        no: 2,
        reason: 'over_limit',
        order: {
          sourceKey: 's-wang:7',
          customerId: 'c-wang',
          placedByStaffId: null,
          channel: 'web',
          lines: [line],
        },
        totalFen: 75_000,
        requester: { channel: 'web', contactId: 'customer:c-wang', name: '王老板' },
        repIds: ['s-zhang'],
        createdAt: 0,
      },
    ];
    for (const h of held) await redis.hset(`${prefix}:chat:reviews`, String(h.no), JSON.stringify(h));
    await redis.set(`${prefix}:chat:reviews:seq`, '2');
    const deps = { redis, prefix, intake: createPgOrderIntake(t.db), log: pino({ level: 'silent' }) };

    expect(await migrateHeldDrafts(deps)).toBe(2);
    expect(await migrateHeldDrafts(deps)).toBe(0);
    expect(await redis.exists(`${prefix}:chat:reviews`, `${prefix}:chat:reviews:seq`)).toBe(0);
    const orders = await t.db
      .selectFrom('orders')
      .select(['customer_id', 'needs_rep', 'status', 'guest_chat', 'source_key'])
      .orderBy('source_key')
      .execute();
    expect(orders).toEqual([
      {
        customer_id: null,
        needs_rep: true,
        status: 'confirmed',
        guest_chat: { channel: 'wechat', contactId: 'wx-guest', name: '路人甲' },
        source_key: 's-guest:3',
      },
      {
        customer_id: 'c-wang',
        needs_rep: true,
        status: 'confirmed',
        guest_chat: null,
        source_key: 's-wang:7',
      },
    ]);
    // Placed again with the same confirmation key, nothing doubles.
    await redis.hset(`${prefix}:chat:reviews`, '2', JSON.stringify(held[1]));
    await migrateHeldDrafts(deps);
    expect(await t.db.selectFrom('orders').select('id').execute()).toHaveLength(2);
  });
});
