import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { signCustomerLink } from '../auth/customer-link.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { DEV_APP_SECRET } from '../lib/config.js';
import { startTestApi, type TestApi } from '../test/api-fixture.js';

let shop: TestApi;
let browser: Browser;
const shots = mkdtempSync(join(tmpdir(), 'liaodan-chat-shots-'));
const consoleErrors: string[] = [];

beforeAll(async () => {
  // The real api wiring over the demo shop, as `liaodan start` serves it (demo sign-in panel on).
  shop = await startTestApi({ env: { DEMO_LOGINS: 'on' } });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

/** A page in a browser context of its own: cookies of one test never reach another. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  return page;
}

afterAll(async () => {
  await browser?.close();
  await shop?.stop();
  rmSync(shots, { recursive: true, force: true });
});

describe('the /chat page', () => {
  it("lets a customer who opens their link chat as themselves, see the bot's question and the order number", async () => {
    const page = await freshPage();
    const token = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-wang-zxd', version: 1 });
    await page.goto(`${shop.url}/chat/c/${token}`);
    await page.waitForURL(`${shop.url}/chat`);
    await page.locator('#who', { hasText: '王师傅装修队' }).waitFor();
    await page.fill('#text', '海螺水泥 50袋');
    await page.click('#go');
    const question = await page.locator('.msg.bot').first().textContent();
    expect(question).toMatch(/要哪一种？.+ \/ .+/);
    await page.fill('#text', '32.5');
    await page.click('#go');
    await page.locator('.msg.bot').nth(1).waitFor();
    await page.fill('#text', '确认');
    await page.press('#text', 'Enter');
    await page.locator('.msg.bot', { hasText: '订单号' }).waitFor();
    const order = await shop.t.db
      .selectFrom('orders')
      .select('number')
      .where('customer_id', '=', 'c-wang-zxd')
      .executeTakeFirstOrThrow();
    expect(await page.locator('.msg.bot').last().textContent()).toContain(`订单号 ${order.number}`);
    await page.screenshot({ path: join(shots, 'chat-customer.png') });
    // A reload (or the link opened again later) shows the conversation as it was.
    await page.reload();
    await page.locator('.msg.bot', { hasText: `订单号 ${order.number}` }).waitFor();
    expect(await page.locator('.msg.me').allTextContents()).toEqual(['海螺水泥 50袋', '32.5', '确认']);
    const before = await page.locator('.msg.bot').count();
    await page.fill('#text', `订单${order.number.slice(-4)}到哪了`);
    await page.click('#go');
    await page.locator('.msg.bot').nth(before).waitFor();
    expect(await page.locator('.msg.bot').nth(before).textContent()).toContain(`订单 ${order.number}`);
    await page.screenshot({ path: join(shots, 'chat-customer-history.png') });
    await page.close();
  });

  it('asks whoever has no session to sign in, and lets a rep sign in with the demo account', async () => {
    const page = await freshPage();
    await page.goto(`${shop.url}/chat`);
    await page.locator('#signin').waitFor();
    await page.locator('#demo').waitFor();
    expect(await page.locator('#demo-password').textContent()).toBe(DEMO_PASSWORD);
    await page.fill('#login-name', 'rep-chen');
    await page.fill('#login-password', 'wrong-password');
    await page.click('#login button[type=submit]');
    await page.locator('#login-error', { hasText: '账号或密码不对' }).waitFor();
    await page.fill('#login-password', DEMO_PASSWORD);
    await page.click('#login button[type=submit]');
    await page.locator('#who', { hasText: '陈明（业务员）' }).waitFor();
    await page.fill('#text', '待确认');
    await page.click('#go');
    await page.locator('.msg.bot').first().waitFor();
    await page.close();
  });

  it('tells a customer whose link was revoked to ask for a new one', async () => {
    const page = await freshPage();
    const old = signCustomerLink(DEV_APP_SECRET, { customerId: 'c-zhang-sd', version: 0 });
    await page.goto(`${shop.url}/chat/c/${old}`);
    await page.locator('#link-note', { hasText: '链接已失效' }).waitFor();
    await page.close();
  });

  it('logs no errors in the browser console', () => {
    // A wrong password answers 401, which the browser reports as a failed request.
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
