/**
 * Repeated requests: an Idempotency-Key makes a payment sent twice, in sequence or at once, book once. Hostile
 * requests are a case of the fault suite (test/faults/hostile-requests.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { placeOrder } from '../test/order-fixtures.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';
import type { TestDb } from '../test/pg.js';

let shop: TestApi;
let t: TestDb;
let admin: ApiClient;
let orderNumber: string;

beforeAll(async () => {
  shop = await startTestApi();
  t = shop.t;
  admin = await ApiClient.staff(shop.url, 'admin-li', DEMO_PASSWORD);
  // An approved order with a receivable, for payments.
  orderNumber = await approvedOrder();
}, 60_000);

async function approvedOrder(): Promise<string> {
  const placed = await placeOrder(t.db, 'c-wang-zxd', [
    { sku: 'CEM-JY-WHITE-25', qty: 1, unitPriceFen: 3000 },
  ]);
  await reserveOrderStock(t.db, placed.orderId, 'partial');
  await priceOrder(t.db, placed.orderId);
  await creditCheckOrder(t.db, placed.orderId);
  return placed.orderNumber;
}

afterAll(async () => {
  await shop?.stop();
});

describe('an Idempotency-Key', () => {
  const pay = (key: string, amountFen = 100) =>
    admin.post(
      `/api/orders/${orderNumber}/payments`,
      { amountFen, method: 'cash' },
      { 'idempotency-key': key },
    );
  const paymentsUnder = async (key: string) =>
    (await t.db.selectFrom('payments').select('id').where('idempotency_key', 'like', `%:${key}`).execute())
      .length;

  it('books a payment sent twice in a row once, and answers the repeat with the first answer', async () => {
    const first = await pay('pay-sequence-0001');
    const second = await pay('pay-sequence-0001');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(await paymentsUnder('pay-sequence-0001')).toBe(1);
  });

  it('books a payment sent ten times at once once', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => pay('pay-concurrent-0001')));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(await paymentsUnder('pay-concurrent-0001')).toBe(1);
  });

  it('refuses the same key for another request, and books the same payment again under a new key', async () => {
    expect((await pay('pay-reuse-0001', 100)).status).toBe(201);
    const reused = await pay('pay-reuse-0001', 200);
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { error: { code: string } }).error.code).toBe('idempotency_key_reused');
    expect((await pay('pay-reuse-0002', 100)).status).toBe(201);
  });
});
