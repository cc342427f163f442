import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { hashPassword } from '../auth/argon2-passwords.js';
import { signCustomerLink } from '../auth/customer-link.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { DEV_APP_SECRET } from '../lib/config.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { shipOrder } from '../orders/pg-shipments.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';
import { placeOrder } from '../test/order-fixtures.js';

/**
 * The denial matrix: every operation of the route table (read from the OpenAPI document it makes, with the roles
 * each declares) × every kind of caller. Each cell is allowed or refused (401 without a session, 403 otherwise) as
 * declared; a refused call changes nothing in PostgreSQL.
 */

let shop: TestApi;
let orderNumber: string;
let shipmentNumber: string;

interface Persona {
  name: string;
  kind: 'anonymous' | 'customer' | 'staff';
  roles: string[];
  /** Whether the order's customer (c-wang-zxd: rep-chen's, region 城东) is theirs. */
  ownsTarget: boolean;
  client?: ApiClient;
}

const personas: Persona[] = [
  { name: 'anonymous', kind: 'anonymous', roles: [], ownsTarget: false },
  { name: 'customer c-wang-zxd', kind: 'customer', roles: [], ownsTarget: true },
  { name: 'rep-chen (the customer’s rep)', kind: 'staff', roles: ['rep'], ownsTarget: true },
  { name: 'rep-zhao (another rep)', kind: 'staff', roles: ['rep'], ownsTarget: false },
  { name: 'clerk-wu', kind: 'staff', roles: ['clerk'], ownsTarget: true },
  { name: 'wh-sun', kind: 'staff', roles: ['warehouse'], ownsTarget: true },
  { name: 'fin-zhou', kind: 'staff', roles: ['finance'], ownsTarget: true },
  { name: 'mgr-huang (城东, 开发区)', kind: 'staff', roles: ['manager'], ownsTarget: true },
  { name: 'mgr-west (城西 only)', kind: 'staff', roles: ['manager'], ownsTarget: false },
  { name: 'admin-li', kind: 'staff', roles: ['admin'], ownsTarget: true },
];

beforeAll(async () => {
  shop = await startTestApi();
  await shop.t.db
    .insertInto('staff')
    .values({
      id: 'mgr-west',
      name: '西区经理',
      roles: ['manager'],
      regions: ['城西'],
      password_hash: await hashPassword(DEMO_PASSWORD),
    })
    .execute();
  for (const p of personas) {
    if (p.kind === 'staff')
      p.client = await ApiClient.staff(shop.url, p.name.split(' ')[0] as string, DEMO_PASSWORD);
    else if (p.kind === 'customer') {
      const token = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-wang-zxd', version: 1 });
      p.client = await ApiClient.customer(shop.url, `/chat/c/${token}`);
    } else p.client = ApiClient.anonymous(shop.url);
  }
  const placed = await placeOrder(shop.t.db, 'c-wang-zxd', [
    { sku: 'CEM-JY-WHITE-25', qty: 1, unitPriceFen: 3000 },
  ]);
  await reserveOrderStock(shop.t.db, placed.orderId, 'partial');
  await priceOrder(shop.t.db, placed.orderId);
  await creditCheckOrder(shop.t.db, placed.orderId);
  orderNumber = placed.orderNumber;
  // A shipment of another order of the same customer, for the delivery-note and return cells.
  const shipped = await placeOrder(shop.t.db, 'c-wang-zxd', [
    { sku: 'CEM-JY-WHITE-25', qty: 2, unitPriceFen: 3000 },
  ]);
  await reserveOrderStock(shop.t.db, shipped.orderId, 'partial');
  await priceOrder(shop.t.db, shipped.orderId);
  await creditCheckOrder(shop.t.db, shipped.orderId);
  shipmentNumber = (
    await shipOrder(shop.t.db, {
      orderId: shipped.orderId,
      staffId: 'wh-sun',
      lines: [{ lineNo: 1, qty: 1 }],
    })
  ).number;
}, 60_000);

/** The customer signed in through their current link (the matrix's revoke cell ends earlier sessions). */
async function customerClient(): Promise<ApiClient> {
  const { link_version: version } = await shop.t.db
    .selectFrom('customers')
    .select('link_version')
    .where('id', '=', 'c-wang-zxd')
    .executeTakeFirstOrThrow();
  const token = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-wang-zxd', version });
  return ApiClient.customer(shop.url, `/chat/c/${token}`);
}

afterAll(async () => {
  await shop?.stop();
});

/** Everything a call could change, in one digest. */
async function stateDigest(): Promise<string> {
  const r = await sql<{ digest: string }>`
    select md5(concat_ws('|',
      (select string_agg(id || status || total_fen, ',' order by id) from orders),
      (select string_agg(order_id || paid_fen || status, ',' order by order_id) from receivables),
      (select count(*) from payments),
      (select count(*) from audit_log),
      (select count(*) from password_links),
      (select string_agg(id || name || array_to_string(roles, '/') || array_to_string(regions, '/') || active || auth_epoch, ',' order by id) from staff),
      (select string_agg(id || link_version, ',' order by id) from customers),
      (select count(*) from outbox)
    )) as digest`.execute(shop.t.db);
  return r.rows[0]?.digest ?? '';
}

interface DocOperation {
  operationId: string;
  'x-roles': string[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
}

const SAMPLE: Record<string, unknown> = {
  customerId: 'c-wang-zxd',
  staffId: 'rep-liu',
  jobId: 'no-such-job',
  token: 'not-a-token',
  reason: '测试',
  amountFen: 1,
  creditLimitFen: 5_000_000,
  method: 'cash',
  text: '你好',
  login: 'nobody',
  password: 'wrong-password',
  name: '刘晓燕',
  sku: 'CEM-JY-WHITE-25',
  decision: 'approve',
  comment: '测试',
  step: 'finance',
};
/** Signing out would end the session the other cells ride on; the attack tests cover it. */
const SKIPPED = new Set(['logout']);

type Expected = 'allowed' | 401 | 403;

function expectedFor(op: DocOperation, path: string, p: Persona): Expected {
  const roles = op['x-roles'];
  if (roles.includes('anyone')) return 'allowed';
  if (p.kind === 'anonymous') return 401;
  if (roles.includes('signed_in')) return 'allowed';
  if (roles.includes('customer')) return p.kind === 'customer' ? 'allowed' : 403;
  if (p.kind !== 'staff' || !p.roles.some((r) => roles.includes(r))) return 403;
  const aboutOne = /\{(orderNumber|customerId|shipmentNumber)\}/.test(path);
  return aboutOne && !p.ownsTarget ? 403 : 'allowed';
}

describe('the denial matrix', () => {
  it('allows or refuses every operation for every caller as the route table declares, and a refusal changes nothing', async () => {
    const doc = (await (await ApiClient.anonymous(shop.url).get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, DocOperation>>;
    };
    const wrong: string[] = [];
    let cells = 0;
    const allowedCount: Record<string, number> = {};
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (SKIPPED.has(op.operationId)) continue;
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeURIComponent(
            String(
              name === 'orderNumber'
                ? orderNumber
                : name === 'shipmentNumber'
                  ? shipmentNumber
                  : SAMPLE[name],
            ),
          ),
        );
        const properties = op.requestBody?.content['application/json']?.schema.properties;
        const body = properties
          ? Object.fromEntries(Object.keys(properties).map((k) => [k, SAMPLE[k] ?? 'x']))
          : method === 'get'
            ? undefined
            : {};
        for (const p of personas) {
          cells++;
          if (p.kind === 'customer' && (await (p.client as ApiClient).whoAmI()) === null) {
            p.client = await customerClient();
          }
          const expected = expectedFor(op, template, p);
          const before = expected === 'allowed' ? '' : await stateDigest();
          const res = await (p.client as ApiClient).request(method.toUpperCase(), path, body);
          const text = await res.text();
          const code = res.status >= 400 ? (JSON.parse(text) as { error: { code: string } }).error.code : '';
          const refused =
            (res.status === 401 && code === 'unauthorized') ||
            (res.status === 403 && ['forbidden', 'out_of_scope'].includes(code));
          const cell = `${method.toUpperCase()} ${template} × ${p.name}: expected ${expected}, got ${res.status} ${code}`;
          if (expected === 'allowed') {
            if (refused) wrong.push(cell);
            else allowedCount[p.name] = (allowedCount[p.name] ?? 0) + 1;
          } else {
            if (res.status !== expected || !refused) wrong.push(cell);
            else if ((await stateDigest()) !== before) wrong.push(`${cell}, and it changed the database`);
          }
        }
      }
    }
    process.stdout.write(
      `${JSON.stringify({ matrixCells: cells, operations: cells / personas.length, allowedPerCaller: allowedCount })}\n`,
    );
    expect(wrong).toEqual([]);
    expect(cells).toBeGreaterThan(150);
  }, 120_000);

  it('shows a rep only their own customers and their orders in every list', async () => {
    const zhao = personas.find((p) => p.name.startsWith('rep-zhao'))?.client as ApiClient;
    const customers = (await (await zhao.get('/api/customers?limit=500')).json()) as {
      items: { repId: string }[];
    };
    expect(customers.items.length).toBeGreaterThan(0);
    expect(new Set(customers.items.map((c) => c.repId))).toEqual(new Set(['rep-zhao']));
    const orders = (await (await zhao.get('/api/orders?limit=500')).json()) as {
      items: { number: string }[];
    };
    expect(orders.items.map((o) => o.number)).not.toContain(orderNumber);
    const people = (await (await zhao.get('/chat/api/people')).json()) as { customers: { id: string }[] };
    expect(people.customers.map((c) => c.id)).not.toContain('c-wang-zxd');
    const west = personas.find((p) => p.name.startsWith('mgr-west'))?.client as ApiClient;
    const regions = (await (await west.get('/api/customers?limit=500')).json()) as {
      items: { region: string }[];
    };
    expect(new Set(regions.items.map((c) => c.region))).toEqual(new Set(['城西']));
  });
});
