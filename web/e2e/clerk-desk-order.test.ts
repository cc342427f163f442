import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startTestApi, type TestApi } from '../../test/api-fixture.js';
import { launchChromium, openPage, shot, signIn, unlabelledFields } from './browser.js';

let shop: TestApi;
let browser: Browser;

beforeAll(async () => {
  shop = await startTestApi({ env: { DEMO_LOGINS: 'on' } });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await shop?.stop();
});

describe('a clerk’s phone and pasted orders (代客下单)', () => {
  it('turns a pasted WeChat message into a draft with the chat’s question as choices, and places it as the customer’s order', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'clerk-wu');
    await t.page.getByRole('menuitem', { name: '代客下单' }).click();
    await t.page.waitForURL(/desk-order$/);
    await t.page.locator('#desk-customer').click();
    await t.page.locator('#desk-customer').fill('王师傅');
    await t.page.getByRole('option', { name: /王师傅装修队/ }).click();
    await t.page.locator('#desk-text').fill('老板 要海螺水泥 50袋');
    await t.page.locator('[data-test=desk-send]').click();
    const choices = t.page.locator('[data-test=desk-choices] button');
    await choices.first().waitFor();
    expect(await choices.count()).toBeGreaterThanOrEqual(2);
    expect(await unlabelledFields(t.page)).toEqual([]);
    await shot(t.page, '04-clerk-desk-order-question');
    await t.page.locator('[data-test=desk-choices] button', { hasText: '32.5' }).first().click();
    await t.page.locator('[data-test=desk-draft] .el-table__row').first().waitFor();
    const draft = await t.page.locator('[data-test=desk-draft]').textContent();
    expect(draft).toContain('50袋');
    expect(draft).toMatch(/¥\d{1,3}(,\d{3})*\.\d{2}/);
    await shot(t.page, '05-clerk-desk-order-draft');
    await t.page.locator('[data-test=desk-confirm]').click();
    await t.page.getByText(/^已下单 /).waitFor();
    const order = await shop.t.db
      .selectFrom('orders')
      .select(['number', 'customer_id', 'placed_by_staff_id', 'channel'])
      .where('customer_id', '=', 'c-wang-zxd')
      .executeTakeFirstOrThrow();
    expect(order).toMatchObject({ placed_by_staff_id: 'clerk-wu', channel: 'desk' });
    await shot(t.page, '06-clerk-desk-order-placed');
    await t.page.getByRole('button', { name: '查看订单' }).click();
    await t.page.locator('[data-test=order-number]').waitFor();
    expect(await t.page.locator('[data-test=order-number]').textContent()).toBe(order.number);
    // The order's page shows the talk that made it: what the clerk typed for the customer and the assistant's answers.
    await t.page.locator('[data-test=order-chat]', { hasText: '老板 要海螺水泥 50袋' }).waitFor();
    expect(await t.page.locator('[data-test=order-chat]').textContent()).toContain('要哪一种');
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
