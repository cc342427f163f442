import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDb, type TestDb } from '../../test/pg.js';
import { loadProducts } from '../pg-catalog-repository.js';
import { loadDemoData } from './load-demo-data.js';

const fileProducts = (
  JSON.parse(readFileSync(new URL('./products.json', import.meta.url), 'utf8')) as {
    products: { sku: string; stock?: number; tierPrices?: Record<string, number> }[];
  }
).products;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.drop();
});

describe('loadDemoData', () => {
  it('loads every demo product, staff member and customer into an empty database', async () => {
    const summary = await loadDemoData(t.db);
    expect(summary).toEqual({ staff: 8, customers: 15, products: fileProducts.length });

    const products = await loadProducts(t.db);
    expect(products).toHaveLength(fileProducts.length);
    const cement = products.find((p) => p.sku === 'CEM-HL-425-50');
    const fileCement = fileProducts.find((p) => p.sku === 'CEM-HL-425-50');
    expect(cement?.stock).toBe(fileCement?.stock);
    expect(cement?.tierPricesFen.A).toBe(Math.round((fileCement?.tierPrices?.A ?? 0) * 100));
    expect(cement?.priceBreaks).toContainEqual({ minQty: 200, priceFen: 2350, tier: 'A' });

    const wang = await t.db
      .selectFrom('customers')
      .select(['tier', 'rep_id', 'credit_limit_fen'])
      .where('id', '=', 'c-wang-zxd')
      .executeTakeFirstOrThrow();
    expect(wang).toEqual({ tier: 'A', rep_id: 'rep-chen', credit_limit_fen: 5_000_000 });
    const chat = await t.db
      .selectFrom('chat_identities')
      .select(['customer_id', 'staff_id'])
      .where('display_name', 'in', ['王工', '仓库老孙'])
      .orderBy('display_name')
      .execute();
    expect(chat).toEqual(
      expect.arrayContaining([
        { customer_id: 'c-wang-zxd', staff_id: null },
        { customer_id: null, staff_id: 'wh-sun' },
      ]),
    );
  });

  it('changes nothing when loaded a second time', async () => {
    const before = await loadProducts(t.db);
    await expect(loadDemoData(t.db)).resolves.toEqual({
      staff: 8,
      customers: 15,
      products: fileProducts.length,
    });
    expect(await loadProducts(t.db)).toEqual(before);
    const counts = await t.db
      .selectFrom('customers')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(15);
  });
});
