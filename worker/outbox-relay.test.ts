import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../lib/free-port.js';
import { startLocalRedis, type LocalRedis } from '../lib/local-redis.js';
import { startOutboxRelay, type OutboxRelay, type OutboxStore } from '../orders/outbox-relay.js';
import { pgOutboxStore } from '../orders/pg-outbox.js';
import { dropTestDb, placeOrder, seedCatalog, testLogger, waitFor } from '../test/order-fixtures.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { uniquePrefix } from '../test/redis.js';
import { bullmqOutboxPublisher } from './bullmq-outbox-publisher.js';
import { createPipelineQueues, type PipelineQueues } from './bullmq-queues.js';
import { pgOutboxWake, type PgWake } from './pg-outbox-wake.js';

let t: TestDb;
let dir: string;
let port: number;
let redis: LocalRedis;

beforeAll(async () => {
  t = await createTestDb();
  await seedCatalog(t.db, [{ sku: 'S', name: '水泥', unit: '袋', priceFen: 100, stock: 10 }]);
  dir = mkdtempSync(join(tmpdir(), 'liaodan-relay-'));
  port = await freePort();
  // With persistence, as in production: jobs published before the outage survive the restart.
  redis = await startLocalRedis({ dir, port, ephemeral: false });
});
afterAll(async () => {
  await redis?.stop();
  await dropTestDb(t);
  rmSync(dir, { recursive: true, force: true });
});

async function unpublished(): Promise<number> {
  const r = await t.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('published_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

function relayWith(pq: PipelineQueues, store: OutboxStore, wake: PgWake): OutboxRelay {
  return startOutboxRelay({
    store,
    publisher: bullmqOutboxPublisher(pq.queues, 1000),
    wake,
    log: testLogger(),
    batchSize: 7,
    pollMs: 200,
    backoffMs: 50,
    maxBackoffMs: 400,
  });
}

describe('outbox relay', () => {
  it('publishes every order exactly once across a Redis outage', async () => {
    const pq = createPipelineQueues({ redisUrl: redis.url, prefix: uniquePrefix('relay'), failFast: true });
    const wake = pgOutboxWake(t.url, testLogger());
    const relay = relayWith(pq, pgOutboxStore(t.db), wake);
    try {
      const before = await Promise.all(
        Array.from({ length: 20 }, () => placeOrder(t.db, null, [{ sku: 'S', qty: 1 }])),
      );
      await waitFor('the first orders published', async () =>
        (await unpublished()) === 0 ? true : undefined,
      );

      await redis.stop();
      const during = await Promise.all(
        Array.from({ length: 30 }, () => placeOrder(t.db, null, [{ sku: 'S', qty: 1 }])),
      );
      await new Promise((r) => setTimeout(r, 800));
      expect(await unpublished()).toBe(30);
      const failed = await t.db
        .selectFrom('outbox')
        .select(['attempts', 'last_error'])
        .where('published_at', 'is', null)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      expect(failed.attempts).toBeGreaterThan(0);
      expect(failed.last_error).toBeTruthy();

      redis = await startLocalRedis({ dir, port, ephemeral: false });
      await waitFor(
        'the relay to catch up',
        async () => ((await unpublished()) === 0 ? true : undefined),
        20_000,
      );

      const jobs = await pq.queues.stock.getJobs(['waiting']);
      const ids = jobs.map((j) => j?.id).sort();
      expect(ids).toEqual([...before, ...during].map((o) => o.orderId).sort());
      expect(relay.published()).toBe(50);
    } finally {
      await relay.stop();
      await wake.close();
      await pq.close();
    }
  });

  it('adds one job when a relay dies after publishing and before marking the rows', async () => {
    const pq = createPipelineQueues({ redisUrl: redis.url, prefix: uniquePrefix('relay'), failFast: true });
    const wake = pgOutboxWake(t.url, testLogger());
    const real = pgOutboxStore(t.db);
    let crashes = 0;
    const crashingOnce: OutboxStore = {
      ...real,
      publishBatch: (limit, publish) =>
        real.publishBatch(limit, async (rows) => {
          await publish(rows);
          if (crashes++ === 0) throw new Error('relay died before marking');
        }),
    };
    const relay = relayWith(pq, crashingOnce, wake);
    try {
      const orders = await Promise.all(
        Array.from({ length: 5 }, () => placeOrder(t.db, null, [{ sku: 'S', qty: 1 }])),
      );
      await waitFor('the orders published', async () => ((await unpublished()) === 0 ? true : undefined));
      expect(crashes).toBeGreaterThan(1);
      const jobs = await pq.queues.stock.getJobs(['waiting']);
      expect(jobs.map((j) => j?.id).sort()).toEqual(orders.map((o) => o.orderId).sort());
    } finally {
      await relay.stop();
      await wake.close();
      await pq.close();
    }
  });
});
