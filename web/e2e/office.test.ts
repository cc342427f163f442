import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { creditCheckOrder } from '../../orders/pg-finance.js';
import { priceOrder } from '../../orders/pg-pricing.js';
import { reserveOrderStock } from '../../orders/pg-stock-reserve.js';
import { startTestApi, type TestApi } from '../../test/api-fixture.js';
import { placeOrder } from '../../test/order-fixtures.js';
import { launchChromium, openPage, shot, signIn, unlabelledFields } from './browser.js';

let shop: TestApi;
let browser: Browser;
let orderNumber: string;

beforeAll(async () => {
  shop = await startTestApi({ env: { DEMO_LOGINS: 'on' } });
  const placed = await placeOrder(shop.t.db, 'c-wang-zxd', [
    { sku: 'CEM-JY-WHITE-25', qty: 20, unitPriceFen: 3000 },
    { sku: 'CEM-HL-425-50', qty: 40, unitPriceFen: 2350 },
  ]);
  await reserveOrderStock(shop.t.db, placed.orderId, 'partial');
  await priceOrder(shop.t.db, placed.orderId);
  await creditCheckOrder(shop.t.db, placed.orderId);
  orderNumber = placed.orderNumber;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await shop?.stop();
});

describe('the office’s daily work', () => {
  it('lets finance book a payment on an order, in yuan, and shows what is still owed', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'fin-zhou');
    await t.page.getByRole('menuitem', { name: '订单' }).click();
    await t.page.getByRole('link', { name: orderNumber }).click();
    await t.page.locator('[data-test=order-number]').waitFor();
    const owed = await shop.t.db
      .selectFrom('receivables')
      .select(['amount_fen', 'committed_fen'])
      .executeTakeFirstOrThrow();
    await t.page.locator('[data-test=pay]').click();
    await t.page.locator('#pay-amount').fill('500');
    await t.page.locator('#pay-reference').fill('WX20261205001');
    expect(await unlabelledFields(t.page)).toEqual([]);
    await t.page.locator('[data-test=pay-confirm]').click();
    await t.page.getByText('已登记收款 ¥500.00').waitFor();
    const paid = await shop.t.db.selectFrom('payments').select(['amount_fen', 'reference']).execute();
    expect(paid).toEqual([{ amount_fen: 50000, reference: 'WX20261205001' }]);
    await t.page
      .getByText(
        new RegExp(
          `未收.*¥${((Number(owed.amount_fen) + Number(owed.committed_fen) - 50000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
        ),
      )
      .first()
      .waitFor();
    await shot(t.page, '07-finance-order-payment');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('lets a clerk edit a customer’s credit limit and show their chat link as a QR code', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'clerk-wu');
    await t.page.getByRole('menuitem', { name: '客户' }).click();
    const row = t.page.locator('[data-test=customer-table] .el-table__row', { hasText: '张师傅水电' });
    await row.getByRole('button', { name: '编辑' }).click();
    await t.page.locator('#ce-credit').fill('25000');
    expect(await unlabelledFields(t.page)).toEqual([]);
    await t.page.getByRole('button', { name: '保存' }).click();
    await t.page.getByText('已保存').waitFor();
    const c = await shop.t.db
      .selectFrom('customers')
      .select('credit_limit_fen')
      .where('id', '=', 'c-zhang-sd')
      .executeTakeFirstOrThrow();
    expect(Number(c.credit_limit_fen)).toBe(2_500_000);
    await row.getByText('¥25,000.00').waitFor();
    await shot(t.page, '08-customers');
    await row.getByRole('button', { name: '专属链接' }).click();
    await t.page.getByAltText('专属链接二维码').waitFor();
    await shot(t.page, '17-customer-link-qr', false);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('imports a catalog file: shows the bad rows in the page, then imports a good file with its progress', async () => {
    const files = mkdtempSync(join(tmpdir(), 'liaodan-catalog-'));
    const bad = join(files, 'bad-catalog.csv');
    const good = join(files, 'good-catalog.csv');
    const header = 'sku,name,category,brand,aliases,unit,price,stock,尺寸';
    writeFileSync(bad, `${header}\nNEW-1,,五金,,,个,1.5,10,\nNEW-2,合页,五金,,,个,-3,10,4寸\n`);
    writeFileSync(good, `${header}\nNEW-HINGE-4,不锈钢合页,五金,,合页,个,6.5,200,4寸\n`);
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'clerk-wu');
    await t.page.getByRole('menuitem', { name: '商品' }).click();
    await t.page.locator('[data-test=open-import]').click();
    await t.page.locator('[data-test=import-file]').setInputFiles(bad);
    await t.page.locator('[data-test=run-import]').click();
    await t.page.locator('[data-test=import-errors]').waitFor();
    expect(await t.page.locator('[data-test=import-errors]').textContent()).toContain('第 2 行');
    await shot(t.page, '09-catalog-import-errors', false);
    await t.page.locator('[data-test=import-file]').setInputFiles(good);
    await t.page.locator('[data-test=run-import]').click();
    await t.page.locator('[data-test=import-summary]').waitFor();
    expect(await t.page.locator('[data-test=import-summary]').textContent()).toMatch(/新增\s*1/);
    await t.page.locator('.el-dialog__footer').getByRole('button', { name: '关闭' }).click();
    await t.page.locator('#prod-search').fill('合页');
    await t.page.getByRole('button', { name: '查询' }).click();
    await t.page.locator('.el-table__row', { hasText: 'NEW-HINGE-4' }).waitFor();
    await shot(t.page, '10-catalog');
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
