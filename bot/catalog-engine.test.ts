import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { loadDemoData } from '../catalog/demo/load-demo-data.js';
import { countStock, receiveGoods } from '../orders/pg-goods-in.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { loadProducts } from '../catalog/pg-catalog-repository.js';
import type { Product } from '../catalog/product.js';
import { createReloadingEngine } from './catalog-engine.js';
import { startChatRuntime, type ChatRuntime } from './chat-runtime.js';
import { pgCatalogChanges, pgCatalogFingerprint, pgSellableStock } from './pg-catalog-changes.js';

const log = pino({ level: 'silent' });
let t: TestDb;
let redis: Redis;
let changes: ReturnType<typeof pgCatalogChanges>;
let chat: ChatRuntime & { stop(): void };
let asker = 0;

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoData(t.db);
  redis = new Redis(testRedisUrl());
  changes = pgCatalogChanges(t.url, log);
  await changes.ready;
  chat = await startChatRuntime({
    db: t.db,
    redis,
    prefix: uniquePrefix('fresh'),
    log,
    sessionTtlMs: 3600_000,
    maxQtyPerLine: 100_000,
    catalogReloadMs: 0,
    changes,
  });
});

afterAll(async () => {
  chat.stop();
  await changes.close();
  redis.disconnect();
  await t.drop();
});

/** A new customer conversation each time, so no earlier draft answers for the catalog. */
const ask = async (text: string) =>
  (
    await chat.service.handle({
      channel: 'web',
      contactId: `customer:c-wang-zxd:${++asker}`,
      contactName: '王师傅',
      as: { kind: 'customer', id: 'c-wang-zxd' },
      text,
    })
  ).join('\n');

async function msUntil(check: () => Promise<boolean>, limitMs: number): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > limitMs) throw new Error('not seen in time');
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - start;
}

describe('stock and prices in chat', () => {
  it('follow PostgreSQL within two seconds of a change, with no timer', async () => {
    await countStock(t.db, {
      staffId: 'wh-sun',
      reason: '盘点',
      lines: [{ sku: 'CEM-JY-WHITE-25', countedQty: 0 }],
    });
    const outMs = await msUntil(async () => (await ask('白水泥 2袋')).includes('没货'), 2000);
    await receiveGoods(t.db, { staffId: 'wh-sun', lines: [{ sku: 'CEM-JY-WHITE-25', qty: 50 }] });
    const backMs = await msUntil(async () => !(await ask('白水泥 2袋')).includes('没货'), 2000);

    // 王师傅 is a tier-A customer: he pays the tier price, so that is the price a shop would change for him.
    await t.db
      .updateTable('tier_prices')
      .set({ price_fen: 12_300 })
      .where('sku', '=', 'CEM-JY-WHITE-25')
      .where('tier', '=', 'A')
      .execute();
    const priceMs = await msUntil(async () => (await ask('白水泥 2袋')).includes('246'), 2000);
    process.stdout.write(
      `${JSON.stringify({ catalogFreshness: { outOfStockMs: outMs, backInStockMs: backMs, priceMs } })}\n`,
    );
    expect(Math.max(outMs, backMs, priceMs)).toBeLessThan(2000);
  });
});

describe('the safety net that looks for changes no notification told of', () => {
  it('rebuilds the engine only when products or prices changed, and otherwise refreshes every stock', async () => {
    const builtFrom: Product[][] = [];
    const engine = await createReloadingEngine({
      load: () => loadProducts(t.db),
      loadStock: pgSellableStock(t.db),
      fingerprint: pgCatalogFingerprint(t.db),
      build: (products) => {
        builtFrom.push(products);
        return {
          handle: () => {
            throw new Error('no turn is taken here');
          },
        };
      },
      reloadMs: 0,
      log,
    });
    const product = builtFrom[0]!.find((p) => p.sku !== 'CEM-JY-WHITE-25')!;
    const stockBefore = product.stock;

    await receiveGoods(t.db, { staffId: 'wh-sun', lines: [{ sku: product.sku, qty: 3 }] });
    await engine.lookForChanges();
    expect(builtFrom).toHaveLength(1);
    expect(product.stock).toBe(stockBefore + 3);

    await engine.lookForChanges();
    expect(builtFrom).toHaveLength(1);

    await t.db
      .updateTable('products')
      .set({ name: `${product.name}（新）` })
      .where('sku', '=', product.sku)
      .execute();
    await engine.lookForChanges();
    expect(builtFrom).toHaveLength(2);
    expect(builtFrom[1]!.find((p) => p.sku === product.sku)!.name).toBe(`${product.name}（新）`);
    engine.stop();
  });

  it('keeps the previous catalog whole when a changed one fails to build: its engine and the stock it quotes', async () => {
    const builtFrom: Product[][] = [];
    let failing = false;
    let stockChanged: (skus: string[]) => void = () => {};
    const engine = await createReloadingEngine({
      load: () => loadProducts(t.db),
      loadStock: pgSellableStock(t.db),
      fingerprint: pgCatalogFingerprint(t.db),
      build: (products) => {
        if (failing) throw new Error('this catalog does not build');
        builtFrom.push(products);
        return {
          handle: () => {
            throw new Error('no turn is taken here');
          },
        };
      },
      changes: { onStock: (listener) => (stockChanged = listener), onCatalog: () => {} },
      settleMs: 0,
      reloadMs: 0,
      log,
    });
    const product = builtFrom[0]!.find((p) => p.sku !== 'CEM-JY-WHITE-25')!;
    const stockBefore = product.stock;
    failing = true;
    await engine.reload();
    expect(builtFrom).toHaveLength(1);

    await receiveGoods(t.db, { staffId: 'wh-sun', lines: [{ sku: product.sku, qty: 2 }] });
    stockChanged([product.sku]);
    await msUntil(async () => product.stock === stockBefore + 2, 2000);
    engine.stop();
  });
});
