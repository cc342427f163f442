import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { signCustomerLink } from '../../auth/customer-link.js';
import { DEMO_PASSWORD } from '../../auth/demo-accounts.js';
import { DEV_APP_SECRET } from '../../lib/config.js';
import { creditCheckOrder } from '../../orders/pg-finance.js';
import { priceOrder } from '../../orders/pg-pricing.js';
import { reserveOrderStock } from '../../orders/pg-stock-reserve.js';
import { ApiClient } from '../../test/api-client.js';
import { startTestApi, type TestApi } from '../../test/api-fixture.js';
import { launchChromium, openPage, shot, signIn, unlabelledFields } from './browser.js';

/** The order lifecycle's pages on issue 14's API: review steps, partial shipments, returns, the review chain. */

let shop: TestApi;
let browser: Browser;
let admin: ApiClient;

beforeAll(async () => {
  shop = await startTestApi({ env: { DEMO_LOGINS: 'on' } });
  admin = await ApiClient.staff(shop.url, 'admin-li', DEMO_PASSWORD);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await shop?.stop();
});

/** Only the named review steps on, without conditions (every order passes through them). */
async function chain(steps: string[]): Promise<void> {
  const current = (await (await admin.get('/api/settings/review-chain')).json()) as {
    version: number;
    steps: { step: string; enabled: boolean; conditions: Record<string, unknown> }[];
  };
  const res = await admin.request('PUT', '/api/settings/review-chain', {
    version: current.version,
    steps: current.steps.map((s) => ({ ...s, enabled: steps.includes(s.step), conditions: {} })),
  });
  expect(res.status).toBe(200);
}

/**
 * A customer orders 50 bags of cement in the chat; the pipeline's steps (stock, pricing, credit and review chain) run
 * here, as the worker would; returns the order's number once it is where the test wants it.
 */
async function chatOrder(
  customerId: string,
  until: (o: { status: string; reviewStep?: string | null }) => boolean,
): Promise<string> {
  const token = signCustomerLink(DEV_APP_SECRET, { customerId, version: 1 });
  const customer = await ApiClient.customer(shop.url, `/chat/c/${token}`);
  for (const text of ['海螺水泥 50袋', '32.5', '确认'])
    expect((await customer.post('/chat/api/messages', { text })).status).toBe(200);
  const order = await shop.t.db
    .selectFrom('orders')
    .select(['id', 'number'])
    .where('customer_id', '=', customerId)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  await reserveOrderStock(shop.t.db, order.id, 'partial').catch(() => undefined);
  await priceOrder(shop.t.db, order.id).catch(() => undefined);
  await creditCheckOrder(shop.t.db, order.id).catch(() => undefined);
  const o = (await (await admin.get(`/api/orders/${order.number}`)).json()) as {
    status: string;
    reviewStep: string | null;
  };
  if (!until(o)) throw new Error(`order ${order.number} is ${o.status} ${o.reviewStep ?? ''}`);
  return order.number;
}

async function openOrder(page: Page, number: string): Promise<void> {
  await page.goto(`${shop.url}/admin/orders/${number}`);
  await page.locator('[data-test=order-number]', { hasText: number }).waitFor();
}

describe('the order lifecycle in the back office', () => {
  it('lets a rep confirm a draft of their customer from the desk', async () => {
    await chain(['rep']);
    const number = await chatOrder('c-wang-zxd', (o) => o.status === 'in_review' && o.reviewStep === 'rep');
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'rep-chen');
    await t.page.locator('[data-test=desk-rep]').getByRole('link', { name: number }).click();
    await t.page.locator('[data-test=approve]').click();
    await t.page.locator('[data-test=reason-confirm]').click();
    await t.page.getByText('已审核通过').waitFor();
    await shot(t.page, '11-rep-confirms');
    expect(t.errors).toEqual([]);
    await t.close();
  }, 90_000);

  it('lets a clerk reject an order in review, with a reason that is required', async () => {
    await chain(['order']);
    const number = await chatOrder('c-li-gd', (o) => o.status === 'in_review' && o.reviewStep === 'order');
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'clerk-wu');
    await t.page.locator('[data-test=desk-order]').getByRole('link', { name: number }).waitFor();
    await shot(t.page, '18-clerk-desk');
    await t.page.locator('[data-test=desk-order]').getByRole('link', { name: number }).click();
    await t.page.locator('[data-test=reject]').click();
    await t.page.locator('[data-test=reason-confirm]').click();
    await t.page.getByText('请填写驳回原因').waitFor();
    expect(await unlabelledFields(t.page)).toEqual([]);
    await t.page.locator('#reason-text').fill('价格要重新核对，请联系业务员');
    await shot(t.page, '12-clerk-rejects', false);
    await t.page.locator('[data-test=reason-confirm]').click();
    await t.page.locator('[data-test=order-status]', { hasText: '已驳回' }).waitFor();
    await t.page.getByText('价格要重新核对').first().waitFor();
    expect(t.errors).toEqual([]);
    await t.close();
  }, 90_000);

  it('lets the warehouse ship part of an order, then the rest, print the delivery note, and take a return', async () => {
    await chain([]);
    const number = await chatOrder('c-huang-zx', (o) => o.status === 'approved');
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'wh-sun');
    await openOrder(t.page, number);
    await t.page.locator('[data-test=ship]').click();
    await t.page.locator('[data-test=ship-qty-1] input').fill('20');
    await t.page.locator('[data-test=ship-confirm]').click();
    await t.page.locator('[data-test=order-status]', { hasText: '部分发货' }).waitFor();
    await shot(t.page, '13-warehouse-partial-shipment');
    await t.page.locator('[data-test=ship]').click();
    await t.page.locator('[data-test=ship-confirm]').click();
    await t.page.locator('[data-test=order-status]', { hasText: '已发货' }).waitFor();
    const first = t.page.locator('[data-test^=return-FH-]').first();
    const shipment = (await first.getAttribute('data-test'))?.replace('return-', '') ?? '';
    await first.click();
    await t.page.locator('[data-test=return-qty-1] input').fill('2');
    await t.page.locator('#return-reason').fill('两袋破损');
    await t.page.locator('[data-test=return-confirm]').click();
    await t.page.getByText('退货已登记').waitFor();
    await t.page.goto(`${shop.url}/admin/warehouse/shipments/${shipment}`);
    await t.page.getByText('发 货 单').waitFor();
    await shot(t.page, '14-delivery-note');
    expect(t.errors).toEqual([]);
    await t.close();
  }, 90_000);

  it('lets the admin switch a review step on', async () => {
    await chain([]);
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'admin-li');
    await t.page.getByRole('menuitem', { name: '审核流程' }).click();
    await t.page.locator('[data-test=step-finance] .el-switch').click();
    await t.page.locator('[data-test=save-chain]').click();
    await t.page.getByText(/已保存（第 \d+ 版）/).waitFor();
    const saved = (await (await admin.get('/api/settings/review-chain')).json()) as {
      steps: { step: string; enabled: boolean }[];
    };
    expect(saved.steps.find((s) => s.step === 'finance')?.enabled).toBe(true);
    await shot(t.page, '15-review-chain');
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
