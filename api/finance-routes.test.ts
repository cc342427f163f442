import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { hashPassword } from '../auth/argon2-passwords.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { journalDrift } from '../finance/pg-journal-check.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { shipOrder } from '../orders/pg-shipments.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { shopDay } from '../lib/shop-day.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';
import { placeOrder } from '../test/order-fixtures.js';

/**
 * The finance desk through the api as the back office calls it: payments by hand in yuan, receivables and aging,
 * bank statement upload, suggestions confirmed by two people at once, 对账单 in three formats and sent in chat,
 * the mismatch report, and who may see what.
 */

let shop: TestApi;
let fin: ApiClient;
let fin2: ApiClient;
const CUSTOMER = 'c-wang-zxd';
const orders: { number: string; totalFen: number }[] = [];

/** An approved order of the customer, shipped in full when `ship`. */
async function order(qty: number, ship: boolean) {
  const placed = await placeOrder(shop.t.db, CUSTOMER, [{ sku: 'CEM-JY-WHITE-25', qty, unitPriceFen: 3000 }]);
  await reserveOrderStock(shop.t.db, placed.orderId, 'partial');
  await priceOrder(shop.t.db, placed.orderId);
  await creditCheckOrder(shop.t.db, placed.orderId);
  if (ship)
    await shipOrder(shop.t.db, { orderId: placed.orderId, staffId: 'wh-sun', lines: [{ lineNo: 1, qty }] });
  const o = await shop.t.db
    .selectFrom('orders')
    .select(['number', 'total_fen', 'status'])
    .where('id', '=', placed.orderId)
    .executeTakeFirstOrThrow();
  orders.push({ number: o.number, totalFen: Number(o.total_fen) });
  return { number: o.number, totalFen: Number(o.total_fen), status: o.status };
}

const json = async <T>(res: Response, status: number): Promise<T> => {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  return JSON.parse(text) as T;
};

beforeAll(async () => {
  shop = await startTestApi();
  await shop.t.db
    .insertInto('staff')
    .values({
      id: 'fin-li',
      name: '李会计',
      roles: ['finance'],
      password_hash: await hashPassword(DEMO_PASSWORD),
    })
    .execute();
  await shop.t.db
    .updateTable('customers')
    .set({ credit_limit_fen: 100_000_000 })
    .where('id', '=', CUSTOMER)
    .execute();
  fin = await ApiClient.staff(shop.url, 'fin-zhou', DEMO_PASSWORD);
  fin2 = await ApiClient.staff(shop.url, 'fin-li', DEMO_PASSWORD);
}, 60_000);

afterAll(async () => {
  await shop?.stop();
});

describe('payments by hand', () => {
  it('books a payment in yuan oldest first, once per Idempotency-Key, and tells the customer in chat', async () => {
    const a = await order(10, true);
    const b = await order(5, true);
    const amount = a.totalFen + 1000; // all of a, ¥10 towards b
    const body = {
      customerId: CUSTOMER,
      amountYuan: (amount / 100).toFixed(2),
      method: 'wechat',
      oldestFirst: true,
    };
    const headers = { 'idempotency-key': 'pay-hand-0001' };
    const [first, second] = await Promise.all([
      fin.post('/api/finance/payments', body, headers),
      fin.post('/api/finance/payments', body, headers),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 201]);
    const booked = await json<{
      kind: string;
      receiptId: number;
      allocations: { orderNumber: string; amountFen: number; outstandingFen: number }[];
    }>(first, 201);
    expect(booked.allocations).toEqual([
      expect.objectContaining({ orderNumber: a.number, amountFen: a.totalFen, outstandingFen: 0 }),
      expect.objectContaining({ orderNumber: b.number, amountFen: 1000, outstandingFen: b.totalFen - 1000 }),
    ]);
    const receipts = await shop.t.db
      .selectFrom('money_receipts')
      .select('id')
      .where('customer_id', '=', CUSTOMER)
      .execute();
    expect(receipts).toHaveLength(1);
    const notice = await shop.t.db
      .selectFrom('outbox')
      .select('payload')
      .where('job_id', 'like', `customer-${CUSTOMER}-payment_received-%`)
      .executeTakeFirstOrThrow();
    expect((notice.payload as { text: string }).text).toContain('已结清');
    const detail = await json<{ status: string }>(await fin.get(`/api/orders/${a.number}`), 200);
    expect(detail.status).toBe('completed');
  });

  it('refuses an allocation above what an order owes, and amounts that are not yuan, booking nothing', async () => {
    const c = await order(2, true);
    const over = await fin.post('/api/finance/payments', {
      customerId: CUSTOMER,
      amountYuan: '100000',
      method: 'cash',
      allocations: [{ orderNumber: c.number, amountYuan: ((c.totalFen + 1) / 100).toFixed(2) }],
    });
    expect(over.status).toBe(422);
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe('over_open');
    const bad = await fin.post('/api/finance/payments', {
      customerId: CUSTOMER,
      amountYuan: '12.345',
      method: 'cash',
      allocations: [],
    });
    expect(bad.status).toBe(400);
    expect(await shop.t.db.selectFrom('money_receipts').select('id').execute()).toHaveLength(1);
  });

  it('keeps money beyond the orders as 预收 and applies it to a later order', async () => {
    const prepaid = await fin.post('/api/finance/payments', {
      customerId: CUSTOMER,
      amountYuan: '500',
      method: 'cash',
      allocations: [],
    });
    expect((await json<{ unappliedFen: number }>(prepaid, 201)).unappliedFen).toBe(50_000);
    const later = await order(1, false);
    const applied = await json<{ appliedFen: number }>(
      await fin.post(`/api/finance/customers/${CUSTOMER}/apply-credit`, {
        allocations: [{ orderNumber: later.number, amountYuan: (later.totalFen / 100).toFixed(2) }],
      }),
      200,
    );
    expect(applied.appliedFen).toBe(later.totalFen);
    const customer = await shop.t.db
      .selectFrom('customers')
      .select(['unapplied_fen'])
      .where('id', '=', CUSTOMER)
      .executeTakeFirstOrThrow();
    expect(Number(customer.unapplied_fen)).toBe(50_000 - later.totalFen);
    expect(await journalDrift(shop.t.db)).toEqual([]);
  });
});

describe('receivables and the 对账单', () => {
  it('lists receivables per customer with aging buckets, scoped to a manager’s regions', async () => {
    const all = await json<{
      customers: { customerId: string; aging: Record<string, number>; outstandingFen: number }[];
    }>(await fin.get('/api/finance/receivables'), 200);
    const wang = all.customers.find((c) => c.customerId === CUSTOMER)!;
    expect(wang.aging['0-30']).toBeGreaterThan(0);
    const west = await ApiClient.staff(shop.url, 'mgr-huang', DEMO_PASSWORD);
    const scoped = await json<{ customers: { region: string }[] }>(
      await west.get('/api/finance/receivables'),
      200,
    );
    expect(scoped.customers.every((c) => ['城东', '开发区'].includes(c.region))).toBe(true);
  });

  it('gives the statement as JSON, PDF and Excel, sends it in chat, and the customer opens the link', async () => {
    const statement = await json<{
      openingFen: number;
      closingFen: number;
      lines: { kind: string; balanceFen: number }[];
    }>(await fin.get(`/api/finance/customers/${CUSTOMER}/statement`), 200);
    expect(statement.lines.some((l) => l.kind === 'shipment')).toBe(true);
    expect(statement.lines.some((l) => l.kind === 'payment')).toBe(true);
    const open = await sql<{
      fen: number;
    }>`select sum(amount_fen - paid_fen - written_off_fen)::int as fen from receivables where customer_id = ${CUSTOMER}`.execute(
      shop.t.db,
    );
    const unapplied = (
      await shop.t.db
        .selectFrom('customers')
        .select('unapplied_fen')
        .where('id', '=', CUSTOMER)
        .executeTakeFirstOrThrow()
    ).unapplied_fen;
    expect(statement.closingFen).toBe(Number(open.rows[0]!.fen) - Number(unapplied));
    const pdf = await fin.get(`/api/finance/customers/${CUSTOMER}/statement?format=pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const xlsx = await fin.get(`/api/finance/customers/${CUSTOMER}/statement?format=xlsx`);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const sent = await json<{ url: string; text: string }>(
      await fin.post(`/api/finance/customers/${CUSTOMER}/statement/send`, {}),
      200,
    );
    expect(sent.text).toContain('对账单');
    const link = await ApiClient.anonymous(shop.url).get(new URL(sent.url).pathname);
    expect(link.status).toBe(200);
    expect(link.headers.get('content-type')).toBe('application/pdf');
    expect((await ApiClient.anonymous(shop.url).get(`${new URL(sent.url).pathname}x`)).status).toBe(404);
  });
});

describe('bank statements through the api', () => {
  it('books what is certain, and two people confirming one suggestion book it once', async () => {
    const x = await order(3, true);
    const y = await order(3, true); // same amount: a payment of that amount by the known payer is a suggestion
    await shop.t.db
      .insertInto('customer_payer_names')
      .values({ customer_id: CUSTOMER, name: '王振兴', source: 'entered' })
      .execute();
    const z = await order(7, true);
    // The shop's day (Asia/Shanghai): orders are issued on it, and a payment dated before its order is no match.
    const day = shopDay();
    const csv = [
      '交易日期,收入金额,支出金额,对方户名,摘要',
      `${day},${(z.totalFen / 100).toFixed(2)},,王振兴,货款 ${z.number}`,
      `${day},${(x.totalFen / 100).toFixed(2)},,王振兴,货款`,
      `${day},,88.00,某供应商,货款支出`,
    ].join('\n');
    const preview = await json<{ importId: number; counts: { rows: number; incomeRows: number } }>(
      await fin.post('/api/finance/bank-imports', {
        fileName: '流水.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      }),
      201,
    );
    expect(preview.counts).toMatchObject({ rows: 3, incomeRows: 2 });
    const booked = await json<{ counts: { autoBooked: number; suggested: number } }>(
      await fin.post(`/api/finance/bank-imports/${preview.importId}/book`, {}),
      200,
    );
    expect(booked.counts).toMatchObject({ autoBooked: 1, suggested: 1 });
    const waiting = await json<{ items: { rowId: number; candidates: string[] }[] }>(
      await fin.get('/api/finance/statement-rows'),
      200,
    );
    const row = waiting.items.find(
      (r) => r.candidates.includes(x.number) && r.candidates.includes(y.number),
    )!;
    const choice = { allocations: [{ orderNumber: y.number, amountYuan: (y.totalFen / 100).toFixed(2) }] };
    const answers = await Promise.all([
      fin.post(`/api/finance/statement-rows/${row.rowId}/confirm`, choice),
      fin2.post(`/api/finance/statement-rows/${row.rowId}/confirm`, choice),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const receipts = await shop.t.db
      .selectFrom('money_receipts')
      .select('id')
      .where('statement_row_id', '=', row.rowId)
      .execute();
    expect(receipts).toHaveLength(1);
    expect(await journalDrift(shop.t.db)).toEqual([]);
  });

  it('reports mismatches with links to what they are about', async () => {
    const report = await json<{ lines: { kind: string; links: { paths: string[] } }[] }>(
      await fin.get('/api/finance/mismatches'),
      200,
    );
    const unallocated = report.lines.find((l) => l.kind === 'payment_not_allocated');
    expect(unallocated?.links.paths[0]).toBe(`/api/finance/customers/${CUSTOMER}/receivables`);
  });
});
