import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { placeOrder } from '../test/order-fixtures.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';
import type { TestDb } from '../test/pg.js';

const logLines: { level: number; msg: string; err?: { stack?: string } }[] = [];
let shop: TestApi;
let t: TestDb;
let admin: ApiClient;
let orderNumber: string;
/** An order the hostile requests may change as they like. */
let targetNumber: string;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  shop = await startTestApi({ log: pino({ level: 'info' }, sink) });
  t = shop.t;
  admin = await ApiClient.staff(shop.url, 'admin-li', DEMO_PASSWORD);
  // Approved orders with a receivable, for payments.
  [orderNumber, targetNumber] = await Promise.all([approvedOrder(), approvedOrder()]);
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

interface Probe {
  method: string;
  path: string;
  body?: string;
  contentType?: string;
}

interface Route {
  method: string;
  path: string;
  body?: Record<string, unknown>;
}

/** Sample values for path parameters and bodies, by name. */
const SAMPLE: Record<string, unknown> = {
  shipmentNumber: 'FH-20000101-0001-1',
  sku: 'CEM-JY-WHITE-25',
  decision: 'approve',
  comment: '测试',
  customerId: 'c-wang-zxd',
  staffId: 'rep-zhao',
  jobId: 'nope',
  token: 'not-a-token',
  reason: '测试',
  amountFen: 1,
  method: 'cash',
  reference: 'R1',
  text: '水泥 1袋',
  login: 'rep-chen',
  password: 'wrong-password',
  name: '改个名',
  roles: ['rep'],
  regions: ['城东'],
  active: true,
};

/** Every route of the route table, read from the OpenAPI document it makes, with sample parameters and bodies. */
async function routes(): Promise<Route[]> {
  const doc = (await (await admin.get('/api/openapi.json')).json()) as {
    paths: Record<
      string,
      Record<
        string,
        { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }
      >
    >;
  };
  const list: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(String(name === 'orderNumber' ? targetNumber : SAMPLE[name])),
      );
      const properties = op.requestBody?.content['application/json']?.schema.properties;
      const body = properties
        ? Object.fromEntries(Object.keys(properties).map((k) => [k, SAMPLE[k] ?? 'x']))
        : undefined;
      // Signing out would end the session the probes ride on.
      if (path === '/auth/logout') continue;
      list.push({ method: method.toUpperCase(), path, ...(body && { body }) });
    }
  }
  return [...list, { method: 'GET', path: '/healthz' }, { method: 'GET', path: '/chat' }];
}

const CONTROL = ['\u0000', '\u0001', '\u0008', '\u001b', '\u007f'];
/** Every C0 control character but tab, line feed and carriage return, and DEL. */
const EVERY_CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f'].filter(
  (c) => !'\t\n\r'.includes(c),
);
const BAD_JSON = ['{', '{"a":', '[1,2', 'nul', '"text"', '{"text": "\\ud800"}', '{"a":1}}', '\u0000'];
const TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/xml',
];

/** Every kind of client mistake against every route: bad JSON, wrong types, huge bodies, control bytes everywhere. */
function hostileProbes(list: Route[]): Probe[] {
  const probes: Probe[] = [];
  for (const route of list) {
    const [path, query] = route.path.split('?') as [string, string | undefined];
    const segments = path.split('/');
    for (const c of CONTROL) {
      const encoded = encodeURIComponent(c);
      for (let i = 1; i < segments.length; i++) {
        const bent = [...segments];
        bent[i] = `${bent[i]}${encoded}`;
        probes.push({ method: route.method, path: bent.join('/') + (query ? `?${query}` : '') });
      }
      probes.push({
        method: route.method,
        path: `${path}?${query ? `${query}&` : ''}status=${encoded}&as=${encoded}`,
      });
    }
    probes.push({ method: route.method, path: `${path}%E0%A4%A` });
    if (route.method === 'GET') continue;
    for (const text of BAD_JSON) probes.push({ ...route, body: text, contentType: 'application/json' });
    for (const type of TYPES) probes.push({ ...route, body: 'a=1&staffId=x', contentType: type });
    probes.push({
      ...route,
      body: JSON.stringify({ x: 'y'.repeat(2_000_000) }),
      contentType: 'application/json',
    });
    for (const [field, value] of Object.entries(route.body ?? { any: 'x' })) {
      for (const c of EVERY_CONTROL) {
        const body = { ...route.body, [field]: typeof value === 'string' ? `${value}${c}` : c };
        probes.push({ ...route, body: JSON.stringify(body), contentType: 'application/json' });
        probes.push({
          ...route,
          body: JSON.stringify({ ...route.body, [`${field}${c}`]: 1 }),
          contentType: 'application/json',
        });
      }
      for (const wrong of [null, 12, -1, 1e30, true, [], {}, 'x'.repeat(5000)]) {
        probes.push({
          ...route,
          body: JSON.stringify({ ...route.body, [field]: wrong }),
          contentType: 'application/json',
        });
      }
    }
  }
  for (const path of ['/nope', '/admin/nope', '/chat/api/nope', '/%00', '/admin/orders/%00/approve']) {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) probes.push({ method, path });
  }
  return probes;
}

async function send(p: Probe): Promise<{ status: number; body: string; requestId: string | null }> {
  const res = await fetch(`${shop.url}${p.path}`, {
    method: p.method,
    redirect: 'manual',
    headers: {
      cookie: admin.cookieHeader(),
      origin: new URL(shop.url).origin,
      'x-csrf-token': admin.csrfToken ?? '',
      ...(p.contentType && { 'content-type': p.contentType }),
    },
    ...(p.body !== undefined && { body: p.body }),
  });
  return { status: res.status, body: await res.text(), requestId: res.headers.get('x-request-id') };
}

describe('hostile requests', () => {
  it('never get a 500: each is answered 4xx with a stable code and a Chinese message, and logs no stack', async () => {
    const probes = hostileProbes(await routes());
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    for (let i = 0; i < probes.length; i += 8) {
      const answers = await Promise.all(probes.slice(i, i + 8).map(send));
      answers.forEach((a, j) => {
        statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
        const probe = probes[i + j] as Probe;
        if (a.status >= 500)
          problems.push(`${a.status} ${probe.method} ${probe.path} ${a.body.slice(0, 200)}`);
        if (!a.requestId) problems.push(`no request id: ${probe.method} ${probe.path}`);
        if (a.status >= 400) {
          const error = (JSON.parse(a.body) as { error?: { code?: string; message?: string } }).error;
          if (!error?.code || !/[\u4e00-\u9fff]/.test(error.message ?? ''))
            problems.push(
              `${a.status} without code or Chinese message: ${probe.method} ${probe.path} ${a.body.slice(0, 120)}`,
            );
        }
      });
    }
    process.stdout.write(
      `${JSON.stringify({ hostileRequests: probes.length, statuses: Object.fromEntries(statuses) })}\n`,
    );
    expect(probes.length).toBeGreaterThan(1500);
    expect(problems).toEqual([]);
    expect(logLines.filter((l) => l.level >= 50)).toEqual([]);
  }, 240_000);
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
