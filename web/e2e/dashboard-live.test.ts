import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { generateOrderHistory } from '../../bench/dashboard-history.js';
import { signCustomerLink } from '../../auth/customer-link.js';
import { DEV_APP_SECRET } from '../../lib/config.js';
import { ApiClient } from '../../test/api-client.js';
import { startTestApi, type TestApi } from '../../test/api-fixture.js';
import { launchChromium, openPage, shot, signIn } from './browser.js';

let shop: TestApi;
let browser: Browser;

beforeAll(async () => {
  shop = await startTestApi({ env: { DEMO_LOGINS: 'on' } });
  // Two weeks of a shop's orders, and a rush from 城东 in the last hour.
  await generateOrderHistory(shop.t.db, {
    orders: 8000,
    days: 45,
    now: new Date(),
    burst: { region: '城东', orders: 18 },
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await shop?.stop();
});

async function chatOrder(): Promise<void> {
  const token = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-zhang-sd', version: 1 });
  const customer = await ApiClient.customer(shop.url, `/chat/c/${token}`);
  for (const text of ['海螺水泥 50袋', '32.5']) {
    const res = await customer.post('/chat/api/messages', { text });
    expect(res.status).toBe(200);
  }
  const res = await customer.post('/chat/api/messages', { text: '确认' });
  expect(((await res.json()) as { replies: string[] }).replies.join('')).toContain('订单号');
}

describe('the owner’s dashboard (看板)', () => {
  it('shows today against yesterday and the week, flags the region in a rush, and counts a chat order within 2 s without reloading', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'admin-li');
    await t.page.getByRole('menuitem', { name: '看板' }).click();
    const today = t.page.locator('[data-test=today-orders]');
    await today.waitFor();
    await t.page.locator('[data-test=live]', { hasText: '实时' }).waitFor();
    await t.page.locator('[data-test=surge]', { hasText: '城东 订单激增' }).waitFor();
    expect(await t.page.locator('[data-test=surge]').first().textContent()).toMatch(
      /最近 1 小时 \d+ 单，平时这个时段约/,
    );
    expect(await t.page.locator('[data-test=today-sales]').textContent()).toMatch(
      /^¥\d{1,3}(,\d{3})*\.\d{2}$/,
    );
    await shot(t.page, '02-dashboard');
    const before = Number(await today.textContent());

    const started = Date.now();
    await chatOrder();
    await t.page.waitForFunction(
      (n) => Number(document.querySelector('[data-test=today-orders]')?.textContent) === n,
      before + 1,
      { timeout: 2000 },
    );
    const ms = Date.now() - started;
    process.stdout.write(`${JSON.stringify({ dashboardLiveMs: ms })}\n`);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('fits a phone screen', async () => {
    const t = await openPage(browser, { width: 390, height: 844, mobile: true });
    await signIn(t.page, shop.url, 'mgr-huang');
    await t.page.goto(`${shop.url}/admin/dashboard`);
    await t.page.locator('[data-test=today-orders]').waitFor();
    const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(t.page, '03-dashboard-phone');
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
