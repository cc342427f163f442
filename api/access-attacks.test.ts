import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { Redis } from 'ioredis';
import { signCustomerLink } from '../auth/customer-link.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { DEV_APP_SECRET } from '../lib/config.js';
import { creditCheckOrder } from '../orders/pg-finance.js';
import { decideReviewStep } from '../orders/pg-review.js';
import { priceOrder } from '../orders/pg-pricing.js';
import { reserveOrderStock } from '../orders/pg-stock-reserve.js';
import { ApiClient } from '../test/api-client.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';
import { placeOrder } from '../test/order-fixtures.js';
import { testRedisUrl } from '../test/redis.js';
import { ApiConfig } from './config.js';
import { parseConfig, type ConfigError } from '../lib/config.js';

let shop: TestApi;
let redis: Redis;

beforeAll(async () => {
  shop = await startTestApi();
  redis = new Redis(testRedisUrl());
}, 60_000);

afterAll(async () => {
  redis?.disconnect();
  await shop?.stop();
});

const linkOf = (customerId: string, version = 1) =>
  `/chat/c/${signCustomerLink(DEV_APP_SECRET, { customerId, version })}`;

/** An order of c-wang-zxd waiting for review. */
async function pendingOrder(): Promise<{ orderId: string; orderNumber: string }> {
  await shop.t.db
    .updateTable('customers')
    .set({ credit_limit_fen: 0 })
    .where('id', '=', 'c-wang-zxd')
    .execute();
  const o = await placeOrder(shop.t.db, 'c-wang-zxd', [
    { sku: 'CEM-JY-WHITE-25', qty: 1, unitPriceFen: 3000 },
  ]);
  await reserveOrderStock(shop.t.db, o.orderId, 'partial');
  await priceOrder(shop.t.db, o.orderId);
  await creditCheckOrder(shop.t.db, o.orderId);
  return o;
}

const statusOf = async (orderId: string) =>
  (await shop.t.db.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow())
    .status;

describe('attacks that used to work', () => {
  it('cannot post to the chat as staff, or as another customer', async () => {
    const anonymous = ApiClient.anonymous(shop.url);
    const asStaff = await anonymous.post('/chat/api/messages', { as: 'staff:admin-li', text: '确认 3' });
    expect(asStaff.status).toBe(401);
    const wang = await ApiClient.customer(shop.url, linkOf('c-wang-zxd'));
    const res = await wang.post('/chat/api/messages', { as: 'customer:c-zhang-sd', text: '河沙 10吨' });
    expect(res.status).toBe(200);
    // The message was Wang's: Zhang has no conversation at all.
    expect(await redis.exists(`${shop.prefix}:chat:session:web|customer:c-zhang-sd|-`)).toBe(0);
    expect(await redis.get(`${shop.prefix}:chat:session:web|customer:c-wang-zxd|-`)).toContain(
      'AGG-SAND-RIVER',
    );
  });

  it("cannot read another person's inbox, nor the people list without a session", async () => {
    await redis.rpush(`${shop.prefix}:chat:inbox:customer:c-zhang-sd`, '订单 9 已发货');
    const anonymous = ApiClient.anonymous(shop.url);
    expect((await anonymous.get('/chat/api/inbox?as=customer:c-zhang-sd')).status).toBe(401);
    expect((await anonymous.get('/chat/api/people')).status).toBe(401);
    expect((await anonymous.get('/api/orders')).status).toBe(401);
    const wang = await ApiClient.customer(shop.url, linkOf('c-wang-zxd'));
    const inbox = (await (await wang.get('/chat/api/inbox?as=customer:c-zhang-sd')).json()) as {
      messages: string[];
    };
    expect(inbox.messages).not.toContain('订单 9 已发货');
  });

  it('refuses a form posted from another site, and JSON from another origin, and changes nothing', async () => {
    const { orderId, orderNumber } = await pendingOrder();
    const clerk = await ApiClient.staff(shop.url, 'clerk-wu', DEMO_PASSWORD);
    const form = await fetch(`${shop.url}/api/orders/${orderNumber}/cancel`, {
      method: 'POST',
      headers: {
        cookie: clerk.cookieHeader(),
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'reason=gone',
    });
    expect(form.status).toBe(415);
    const evil = new ApiClient(shop.url, { origin: 'https://evil.example' }).withCookies(
      clerk.cookieHeader(),
    );
    const json = await evil.post(`/api/orders/${orderNumber}/cancel`, { reason: 'gone' });
    expect(json.status).toBe(403);
    expect(((await json.json()) as { error: { code: string } }).error.code).toBe('cross_origin');
    const noOrigin = new ApiClient(shop.url, { origin: null }).withCookies(clerk.cookieHeader());
    expect((await noOrigin.post(`/api/orders/${orderNumber}/cancel`, { reason: 'gone' })).status).toBe(403);
    expect(await statusOf(orderId)).toBe('in_review');
  });

  it('refuses a same-origin JSON post without the session’s CSRF token', async () => {
    const { orderId, orderNumber } = await pendingOrder();
    const clerk = await ApiClient.staff(shop.url, 'clerk-wu', DEMO_PASSWORD);
    const tokenless = new ApiClient(shop.url, { csrf: false }).withCookies(clerk.cookieHeader());
    const res = await tokenless.post(`/api/orders/${orderNumber}/review`, { decision: 'approve' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('csrf_token');
    expect(await statusOf(orderId)).toBe('in_review');
  });

  it('does not accept a session replayed after logout', async () => {
    const rep = await ApiClient.staff(shop.url, 'rep-chen', DEMO_PASSWORD);
    const old = rep.cookieHeader();
    expect((await rep.get('/api/orders')).status).toBe(200);
    expect((await rep.post('/auth/logout')).status).toBe(204);
    const replay = new ApiClient(shop.url).withCookies(old);
    expect((await replay.get('/api/orders')).status).toBe(401);
  });

  it('gives a new session id at sign-in, so one planted before is worthless', async () => {
    const victim = ApiClient.anonymous(shop.url);
    await victim.get('/chat/api/demo-accounts'); // any request; no session is made for an anonymous caller
    const planted = 'liaodan.sid=planted-session-id';
    victim.withCookies(planted);
    const res = await victim.post('/auth/login', { login: 'rep-liu', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(victim.cookieHeader()).not.toContain('planted-session-id');
  });

  it('ends every session of a revoked customer link, and the old link opens nothing', async () => {
    const old = linkOf('c-hongxing-wj');
    const customer = await ApiClient.customer(shop.url, old);
    expect(await customer.whoAmI()).toEqual(expect.objectContaining({ id: 'c-hongxing-wj' }));
    const rep = await ApiClient.staff(shop.url, 'rep-zhao', DEMO_PASSWORD);
    expect((await rep.post('/api/customers/c-hongxing-wj/link/revoke')).status).toBe(200);
    expect((await customer.post('/chat/api/messages', { text: '水泥 1袋' })).status).toBe(401);
    expect(await customer.whoAmI()).toBeNull();
    const again = await ApiClient.anonymous(shop.url).get(old);
    expect(again.headers.get('location')).toBe('/chat?link=invalid');
    const fresh = (await (await rep.get('/api/customers/c-hongxing-wj/link')).json()) as {
      url: string;
      qrSvg: string;
    };
    expect(fresh.qrSvg).toContain('<svg');
    const back = await ApiClient.customer(shop.url, new URL(fresh.url).pathname);
    expect(await back.whoAmI()).toEqual(expect.objectContaining({ id: 'c-hongxing-wj' }));
  });

  it('answers 30 wrong passwords in a row with 429 and Retry-After, even when the right one comes', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 30; i++) {
      const res = await ApiClient.anonymous(shop.url).post('/auth/login', {
        login: 'wh-sun',
        password: `wrong-${i}`,
      });
      statuses.push(res.status);
      retryAfter ??= res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const right = await ApiClient.anonymous(shop.url).post('/auth/login', {
      login: 'wh-sun',
      password: DEMO_PASSWORD,
    });
    expect(right.status).toBe(429);
    expect(((await right.json()) as { error: { message: string } }).error.message).toMatch(/分钟后再试/);
  });

  it('records the session’s person, never a staffId in the body', async () => {
    const { orderId, orderNumber } = await pendingOrder();
    const fin = await ApiClient.staff(shop.url, 'fin-zhou', DEMO_PASSWORD);
    const res = await fin.post(`/api/orders/${orderNumber}/review`, {
      decision: 'approve',
      staffId: 'admin-li',
    });
    expect(res.status).toBe(200);
    const history = await shop.t.db
      .selectFrom('order_status_history')
      .select('actor')
      .where('order_id', '=', orderId)
      .where('to_status', '=', 'approved')
      .executeTakeFirstOrThrow();
    expect(history.actor).toBe('staff:fin-zhou');
    const audit = await shop.t.db
      .selectFrom('audit_log')
      .select('staff_id')
      .where('order_id', '=', orderId)
      .execute();
    expect(audit).toEqual([{ staff_id: 'fin-zhou' }]);
  });

  it('ends a switched-off staff member’s sessions at once', async () => {
    const rep = await ApiClient.staff(shop.url, 'rep-liu', DEMO_PASSWORD);
    expect((await rep.get('/api/orders')).status).toBe(200);
    const admin = await ApiClient.staff(shop.url, 'admin-li', DEMO_PASSWORD);
    const off = await admin.request('PATCH', '/api/staff/rep-liu', { active: false });
    expect(off.status).toBe(200);
    expect((await rep.get('/api/orders')).status).toBe(401);
    await admin.request('PATCH', '/api/staff/rep-liu', { active: true });
  });

  it('keeps the audit row and the action together: one fails, neither is kept', async () => {
    const { orderId } = await pendingOrder();
    const actor = { staffId: 'fin-zhou', roles: ['finance'], address: '127.0.0.1' };
    const approve = () =>
      decideReviewStep(shop.t.db, {
        orderId,
        staff: { id: 'fin-zhou', roles: ['finance'] },
        decision: 'approve',
        audit: actor,
      });
    // The audit row fails to write: the approval does not happen.
    await sql`create or replace function refuse() returns trigger language plpgsql as $$
              begin raise exception 'refused by the test'; end $$`.execute(shop.t.db);
    await sql`create trigger refuse_audit before insert on audit_log for each row execute function refuse()`.execute(
      shop.t.db,
    );
    await expect(approve()).rejects.toThrow('refused by the test');
    expect(await statusOf(orderId)).toBe('in_review');
    await sql`drop trigger refuse_audit on audit_log`.execute(shop.t.db);
    // Something after the audit row fails: the audit row is not kept either.
    await sql`create trigger refuse_outbox before insert on outbox for each row execute function refuse()`.execute(
      shop.t.db,
    );
    await expect(approve()).rejects.toThrow('refused by the test');
    await sql`drop trigger refuse_outbox on outbox`.execute(shop.t.db);
    expect(await statusOf(orderId)).toBe('in_review');
    expect(
      await shop.t.db.selectFrom('audit_log').select('id').where('order_id', '=', orderId).execute(),
    ).toEqual([]);
    // With nothing in the way, both are kept.
    await approve();
    expect(await statusOf(orderId)).toBe('approved');
    expect(
      await shop.t.db.selectFrom('audit_log').select('action').where('order_id', '=', orderId).execute(),
    ).toEqual([{ action: 'order.review.approve' }]);
  });
});

describe('production settings', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://x@localhost/x',
    REDIS_URL: 'redis://localhost',
  };
  const problems = (env: Record<string, string>) => {
    try {
      parseConfig(ApiConfig, env);
      return [];
    } catch (err) {
      return (err as ConfigError).problems.map((p) => p.variable);
    }
  };

  it('refuses to start with a default or empty secret or password, naming the variable', () => {
    expect(problems(production).sort()).toEqual(['ADMIN_PASSWORD', 'APP_SECRET']);
    expect(problems({ ...production, APP_SECRET: DEV_APP_SECRET, ADMIN_PASSWORD: 'liaodan' }).sort()).toEqual(
      ['ADMIN_PASSWORD', 'APP_SECRET'],
    );
    const good = { ...production, APP_SECRET: 'x'.repeat(40), ADMIN_PASSWORD: 'a-long-enough-password' };
    expect(problems(good)).toEqual([]);
    expect(problems({ ...good, DEMO_LOGINS: 'on' })).toEqual(['DEMO_LOGINS']);
    expect(parseConfig(ApiConfig, good).COOKIE_SECURE).toBe(true);
  });
});
