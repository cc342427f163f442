import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startTestApi, type TestApi } from '../../test/api-fixture.js';
import { launchChromium, menuTitles, openPage, shot, signIn, unlabelledFields } from './browser.js';

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

describe('the back office for each role', () => {
  it('sends a visitor of / to the sign-in page, with labelled fields and the demo accounts', async () => {
    const t = await openPage(browser);
    await t.page.goto(`${shop.url}/`);
    await t.page.waitForURL(/\/admin\/login/);
    await t.page.getByText('演示账号').waitFor();
    expect(await unlabelledFields(t.page)).toEqual([]);
    await shot(t.page, '01-login');
    await t.page.locator('#login-name').fill('rep-chen');
    await t.page.locator('#login-password').fill('wrong-password');
    await t.page.getByRole('button', { name: '登录' }).click();
    await t.page.locator('[data-test=login-error]', { hasText: '账号或密码不对' }).waitFor();
    expect(t.errors.filter((e) => !e.includes('401'))).toEqual([]);
    await t.close();
  });

  it('shows a rep only the rep’s menus and only their own customers, also when searching', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'rep-zhao');
    expect(await menuTitles(t.page)).toEqual(['我的待办', '订单', '代客下单', '库存', '客户', '商品']);
    await t.page.goto(`${shop.url}/admin/customers`);
    await t.page.locator('[data-test=customer-table] .el-table__row').first().waitFor();
    const reps = await t.page
      .locator('[data-test=customer-table] .el-table__row td:nth-child(4)')
      .allTextContents();
    expect(reps.length).toBeGreaterThan(0);
    expect(new Set(reps.map((r) => r.trim()))).toEqual(new Set(['赵志强']));
    await t.page.locator('#cust-search').fill('王师傅');
    await t.page.getByRole('button', { name: '查询' }).click();
    await t.page.getByText('暂无数据').waitFor();
    // The address of another rep's page sends the rep back to the desk.
    await t.page.goto(`${shop.url}/admin/settings/staff`);
    await t.page.waitForURL(/\/admin\/desk$/);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('shows the admin every menu and the staff with their roles', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'admin-li');
    const menus = await menuTitles(t.page);
    for (const m of ['我的待办', '看板', '订单', '代客下单', '客户', '商品', '员工和角色', '操作记录'])
      expect(menus).toContain(m);
    await t.page.goto(`${shop.url}/admin/settings/staff`);
    await t.page.getByText('mgr-huang').waitFor();
    await shot(t.page, '16-settings-staff');
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
