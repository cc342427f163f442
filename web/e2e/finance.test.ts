import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { journalDrift } from '../../finance/pg-journal-check.js';
import { bookHandPayment } from '../../finance/pg-money-desk.js';
import { creditCheckOrder } from '../../orders/pg-finance.js';
import { priceOrder } from '../../orders/pg-pricing.js';
import { shipOrder } from '../../orders/pg-shipments.js';
import { reserveOrderStock } from '../../orders/pg-stock-reserve.js';
import { startTestApi, type TestApi } from '../../test/api-fixture.js';
import { placeOrder } from '../../test/order-fixtures.js';
import { launchChromium, menuTitles, openPage, shot, signIn, unlabelledFields } from './browser.js';

/**
 * The finance desk in the back office, as the shop's accountant uses it: receivables and aging, a customer's
 * ledger, a payment typed in yuan and allocated oldest first (a double click books once), a bank statement
 * (a bad file refused in Chinese, a GBK export previewed then booked, a suggestion confirmed with its reason),
 * the 对账单 and the mismatch report; a manager reads, never books.
 */

let shop: TestApi;
let browser: Browser;
const CUSTOMER = 'c-wang-zxd';
const orders: { number: string; totalFen: number }[] = [];
const files = mkdtempSync(join(tmpdir(), 'liaodan-bank-'));
const yuanText = (fen: number) => (fen / 100).toFixed(2);
const shown = (fen: number) =>
  `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** An approved order of the customer, shipped in full. */
async function shippedOrder(qty: number) {
  const placed = await placeOrder(shop.t.db, CUSTOMER, [{ sku: 'CEM-JY-WHITE-25', qty, unitPriceFen: 3050 }]);
  await reserveOrderStock(shop.t.db, placed.orderId, 'partial');
  await priceOrder(shop.t.db, placed.orderId);
  await creditCheckOrder(shop.t.db, placed.orderId);
  await shipOrder(shop.t.db, { orderId: placed.orderId, staffId: 'wh-sun', lines: [{ lineNo: 1, qty }] });
  const o = await shop.t.db
    .selectFrom('orders')
    .select(['number', 'total_fen'])
    .where('id', '=', placed.orderId)
    .executeTakeFirstOrThrow();
  orders.push({ number: o.number, totalFen: Number(o.total_fen) });
}

beforeAll(async () => {
  shop = await startTestApi({ env: { DEMO_LOGINS: 'on' } });
  await shop.t.db
    .updateTable('customers')
    .set({ credit_limit_fen: 100_000_000 })
    .where('id', '=', CUSTOMER)
    .execute();
  for (const qty of [10, 4, 6, 12, 8]) await shippedOrder(qty);
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await shop?.stop();
});

describe('the finance desk', () => {
  it('shows receivables with aging, the customer’s ledger, and books a payment in yuan oldest first, once', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'fin-zhou');
    const menus = await menuTitles(t.page);
    for (const m of ['应收账款', '登记收款', '银行流水对账', '对账单', '对不上的账'])
      expect(menus).toContain(m);
    await t.page.locator('[data-test=desk-bank]').waitFor();
    await shot(t.page, '20-finance-desk');

    await t.page.getByRole('menuitem', { name: '应收账款' }).click();
    const row = t.page.locator('[data-test=receivables-table] .el-table__row', { hasText: '王师傅装修队' });
    const owed = orders.reduce((s, o) => s + o.totalFen, 0);
    await row.getByText(shown(owed)).first().waitFor();
    await t.page.locator('[data-test=aging-totals]').getByText('0–30 天').waitFor();
    expect(await unlabelledFields(t.page)).toEqual([]);
    await shot(t.page, '21-finance-receivables');

    await row.getByRole('link', { name: '王师傅装修队' }).click();
    await t.page.locator('[data-test=ledger-customer]').waitFor();
    await t.page.locator('[data-test=ledger-orders]').getByText(orders[0]!.number).waitFor();
    await t.page.locator('[data-test=ledger-pay]').click();
    // More than the oldest order and a part of the second: offered oldest first, the rest of the form in yuan.
    const amount = orders[0]!.totalFen + 5000;
    await t.page.locator('#cp-amount').fill(yuanText(amount));
    await t.page.locator('#cp-reference').fill('WX-20261206-001');
    await expect(t.page.locator('[data-test=alloc-0]').inputValue()).resolves.toBe(
      yuanText(orders[0]!.totalFen),
    );
    await expect(t.page.locator('[data-test=alloc-1]').inputValue()).resolves.toBe('50.00');
    expect(await unlabelledFields(t.page)).toEqual([]);
    await shot(t.page, '22-finance-payment', false);
    await t.page.locator('[data-test=pay-book]').dblclick();
    await t.page
      .getByText(`已登记收款 ${shown(amount)}，分到 2 张订单`)
      .first()
      .waitFor();
    const receipts = await shop.t.db
      .selectFrom('money_receipts')
      .select(['amount_fen', 'reference', 'allocated_fen'])
      .execute();
    expect(receipts.map((r) => [Number(r.amount_fen), r.reference, Number(r.allocated_fen)])).toEqual([
      [amount, 'WX-20261206-001', amount],
    ]);
    await t.page.locator('[data-test=ledger-receipts]').getByText(shown(amount)).waitFor();
    await shot(t.page, '23-finance-ledger');

    // One allocation undone on its own, with a reason: the second order owes its part again, the money stays as 预收.
    await t.page.locator('[data-test=ledger-receipts] .el-table__expand-icon').first().click();
    await t.page.locator(`[data-test=undo-allocation-${orders[1]!.number}]`).click();
    const undoDialog = t.page.locator('.el-dialog', { hasText: '撤销分配' });
    await undoDialog.locator('#reason-text').fill('分错订单，这笔是下次的货款');
    await shot(t.page, '23b-finance-undo-allocation', false);
    await undoDialog.locator('[data-test=reason-confirm]').click();
    await t.page
      .getByText(`已撤销：${orders[1]!.number} 重新欠 ${shown(5000)}`)
      .first()
      .waitFor();
    const afterUndo = await shop.t.db.selectFrom('money_receipts').select(['allocated_fen']).execute();
    expect(afterUndo.map((r) => Number(r.allocated_fen))).toEqual([orders[0]!.totalFen]);
    // the ledger reloads after the undo: the allocation's button goes, the receipt shows ¥50.00 unallocated
    await t.page.locator(`[data-test=undo-allocation-${orders[1]!.number}]`).waitFor({ state: 'detached' });
    await t.page.locator('[data-test=ledger-receipts]').getByText(shown(5000)).first().waitFor();
    // The 预收 it left pays the oldest open order again.
    await t.page.locator('[data-test=ledger-apply-credit]').click();
    await t.page.getByText('预收已抵扣 1 张订单').first().waitFor();
    const reapplied = await shop.t.db.selectFrom('money_receipts').select(['allocated_fen']).execute();
    expect(reapplied.map((r) => Number(r.allocated_fen))).toEqual([amount]);

    // A payment typed wrongly is refused in the page, in Chinese, before anything is sent.
    await t.page.locator('[data-test=ledger-pay]').click();
    await t.page.locator('#cp-amount').fill('12.345');
    await t.page.locator('[data-test=pay-book]').click();
    await t.page.locator('[data-test=pay-error]', { hasText: '最多两位小数' }).waitFor();
    expect(await shop.t.db.selectFrom('money_receipts').select('id').execute()).toHaveLength(1);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('refuses a bank file it cannot read in Chinese, previews a GBK export, books what is certain and lets finance confirm a suggestion', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'fin-zhou');
    await t.page.getByRole('menuitem', { name: '银行流水对账' }).click();

    const notBank = join(files, '客户名单.csv');
    writeFileSync(notBank, '姓名,电话,地址\n王强,13800000000,城东\n');
    await t.page.locator('[data-test=bank-file]').setInputFiles(notBank);
    const refused = await t.page.locator('[data-test=bank-error]').textContent();
    expect(refused).toContain('姓名');
    expect(refused).toMatch(/[\u4e00-\u9fff]{4}/);
    await shot(t.page, '24-finance-bank-refused', false);
    const pdf = join(files, '流水.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    await t.page.locator('[data-test=bank-file]').setInputFiles(pdf);
    await t.page.locator('[data-test=bank-error]', { hasText: '不是 CSV 或 XLSX' }).waitFor();
    expect(await shop.t.db.selectFrom('bank_imports').select('id').execute()).toEqual([]);

    // orders[1] is partly paid (¥50 of it): its remainder quoted with its number is certain; orders[2]'s amount
    // paid by an unknown payer is a suggestion; an expense and a 合计 line are never booked.
    await shop.t.db
      .insertInto('customer_payer_names')
      .values({ customer_id: CUSTOMER, name: '王振兴', source: 'entered' })
      .execute();
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const rest1 = orders[1]!.totalFen - 5000;
    const csv = [
      '交易日期,收入金额,支出金额,对方户名,摘要',
      `${day},${yuanText(rest1)},,王振兴,货款 ${orders[1]!.number}`,
      `${day},${yuanText(orders[2]!.totalFen)},,赵丽,转账`,
      `${day},,"1,234.00",某建材供应商,货款`,
      `合计,${yuanText(rest1 + orders[2]!.totalFen)},1234.00,,`,
    ].join('\r\n');
    const gbk = join(files, '工行流水-12月.csv');
    writeFileSync(gbk, iconv.encode(csv, 'gbk'));
    expect(readFileSync(gbk).includes(Buffer.from('王振兴'))).toBe(false); // really GBK, not UTF-8
    await t.page.locator('[data-test=bank-file]').setInputFiles(gbk);
    const preview = t.page.locator('[data-test=bank-preview]');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/收入\s*2 笔.*支出（跳过）\s*1 笔/s);
    expect(await shop.t.db.selectFrom('money_receipts').select('id').execute()).toHaveLength(1);
    await shot(t.page, '25-finance-bank-preview');
    await t.page.locator('[data-test=bank-book]').click();
    const result = t.page.locator('[data-test=bank-result]');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/自动入账\s*1 笔/);

    const waiting = t.page.locator('[data-test=bank-rows] .el-table__row', { hasText: '赵丽' });
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain(orders[2]!.number);
    await shot(t.page, '26-finance-bank-suggestions');
    await waiting.locator('[data-test=row-confirm]').click();
    await t.page.getByText('记住付款人“赵丽”').first().waitFor();
    await t.page.locator('[data-test=bank-rows]').getByText('没有待确认的流水').waitFor();

    const rows = await shop.t.db
      .selectFrom('bank_statement_rows')
      .select(['direction', 'state', 'amount_fen'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.direction, r.state])).toEqual([
      ['income', 'booked'],
      ['income', 'booked'],
      ['expense', 'ignored'],
    ]);
    const names = await shop.t.db
      .selectFrom('customer_payer_names')
      .select('name')
      .where('customer_id', '=', CUSTOMER)
      .execute();
    expect(names.map((n) => n.name).sort()).toEqual(['王振兴', '赵丽'].sort());

    // The same file again: recognised, nothing booked twice.
    await t.page.locator('[data-test=bank-file]').setInputFiles(gbk);
    expect(await preview.textContent()).toMatch(/以前导入过\s*3 笔/);
    await t.page.locator('[data-test=bank-book]').click();
    await result.waitFor();
    expect(await shop.t.db.selectFrom('money_receipts').select('id').execute()).toHaveLength(3);
    expect(await journalDrift(shop.t.db)).toEqual([]);

    // A row that cannot be read is shown by its line; the rest goes in only when finance says so.
    const withBad = join(files, '建行流水-有错行.csv');
    writeFileSync(
      withBad,
      [
        '交易日期,收入金额,支出金额,对方户名,摘要',
        `${day},12.34,,陌生人,转账`,
        `${day},十二元,,某人,货款`,
      ].join('\n'),
    );
    await t.page.locator('[data-test=bank-file]').setInputFiles(withBad);
    const badRows = t.page.locator('[data-test=bank-bad-rows]');
    await badRows.waitFor();
    expect(await badRows.textContent()).toMatch(/第 3 行.*金额不是有效数字/);
    await t.page.locator('[data-test=bank-book]').click();
    await t.page.getByText('请勾选“跳过这些行”').first().waitFor();
    expect(await shop.t.db.selectFrom('bank_statement_rows').select('id').execute()).toHaveLength(3);
    await shot(t.page, '29-finance-bank-bad-rows', false);
    await t.page.locator('[data-test=bank-skip-bad]').click();
    await t.page.locator('[data-test=bank-book]').click();
    await result.waitFor();
    expect(await result.textContent()).toMatch(/未匹配\s*1 笔/);
    expect(await shop.t.db.selectFrom('bank_statement_rows').select('id').execute()).toHaveLength(4);
    expect(await shop.t.db.selectFrom('money_receipts').select('id').execute()).toHaveLength(3);
    // The refused upload's 422 is the only error the console saw.
    expect(t.errors.filter((e) => !e.includes('422'))).toEqual([]);
    await t.close();
  });

  it('shows the 对账单 with opening and closing balances, downloads its PDF, and lists mismatches with links', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'fin-zhou');
    await t.page.goto(`${shop.url}/admin/finance/statement?customer=${CUSTOMER}`);
    const statement = t.page.locator('[data-test=statement]');
    await statement.waitFor();
    const open = await shop.t.db
      .selectFrom('customers')
      .select('open_fen')
      .where('id', '=', CUSTOMER)
      .executeTakeFirstOrThrow();
    await statement.getByText('期初余额').waitFor();
    expect(await t.page.locator('[data-test=st-closing]').textContent()).toBe(shown(Number(open.open_fen)));
    expect(await statement.textContent()).toContain(orders[0]!.number);
    expect(await unlabelledFields(t.page)).toEqual([]);
    await shot(t.page, '27-finance-statement');
    const download = t.page.waitForEvent('download');
    await t.page.getByRole('button', { name: '下载 PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^对账单-王师傅装修队-.*\.pdf$/);
    const saved = join(files, 'statement.pdf');
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');

    // Cash taken at the counter and booked all as 预收 while orders are open: the report names it and links
    // to the customer's ledger, where the 预收 pays the oldest open order.
    await bookHandPayment(shop.t.db, {
      customerId: CUSTOMER,
      amountFen: 10_000,
      method: 'cash',
      allocations: [],
      audit: { staffId: 'fin-zhou', roles: ['finance'], address: null },
    });
    await t.page.getByRole('menuitem', { name: '对不上的账' }).click();
    const line = t.page.locator('[data-test=mismatch-table] .el-table__row', { hasText: '收款未分配' });
    await line.getByText('有¥100.00未分配到订单').waitFor();
    expect(await unlabelledFields(t.page)).toEqual([]);
    await shot(t.page, '28-finance-mismatches');
    await line.getByRole('link', { name: '客户往来账' }).click();
    await t.page.locator('[data-test=ledger-apply-credit]').click();
    await t.page.getByText('预收已抵扣 1 张订单').first().waitFor();
    const unapplied = await shop.t.db
      .selectFrom('customers')
      .select('unapplied_fen')
      .where('id', '=', CUSTOMER)
      .executeTakeFirstOrThrow();
    expect(Number(unapplied.unapplied_fen)).toBe(0);
    expect(await journalDrift(shop.t.db)).toEqual([]);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('lets a manager read receivables, 对账单 and mismatches of their regions, and offers no booking', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'mgr-huang');
    const menus = await menuTitles(t.page);
    for (const m of ['应收账款', '对账单', '对不上的账']) expect(menus).toContain(m);
    for (const m of ['登记收款', '银行流水对账']) expect(menus).not.toContain(m);
    await t.page.getByRole('menuitem', { name: '应收账款' }).click();
    await t.page.locator('[data-test=receivables-table] .el-table__row', { hasText: '王师傅装修队' }).click();
    await t.page.locator('[data-test=ledger-customer]').waitFor();
    expect(await t.page.locator('[data-test=ledger-pay]').count()).toBe(0);
    await t.page.goto(`${shop.url}/admin/finance/bank`);
    await t.page.waitForURL(/\/admin\/desk$/);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('lets finance set the fee tolerance in yuan and the payment terms, and records who changed them', async () => {
    const t = await openPage(browser);
    await signIn(t.page, shop.url, 'fin-zhou');
    await t.page.getByRole('menuitem', { name: '对账设置' }).click();
    // Type only once the saved settings are shown: they would overwrite what was typed before they arrived.
    await t.page.waitForFunction(
      () => (document.querySelector('#fs-tolerance') as HTMLInputElement | null)?.value === '0.00',
    );
    await t.page.locator('#fs-tolerance').fill('5.5');
    await t.page.locator('#fs-terms').fill('45');
    await t.page.locator('#fs-terms').press('Tab'); // the number box takes its value on change
    expect(await unlabelledFields(t.page)).toEqual([]);
    await t.page.locator('[data-test=fs-save]').click();
    await t.page.getByText('已保存：容差 ¥5.50，账期 45 天').first().waitFor();
    await shot(t.page, '30-finance-settings', false);
    const s = await shop.t.db.selectFrom('finance_settings').selectAll().executeTakeFirstOrThrow();
    expect([s.tolerance_fen, s.payment_terms_days, s.updated_by]).toEqual([550, 45, 'fin-zhou']);
    const audit = await shop.t.db
      .selectFrom('audit_log')
      .select(['staff_id', 'action'])
      .where('action', '=', 'finance.settings.update')
      .execute();
    expect(audit).toEqual([{ staff_id: 'fin-zhou', action: 'finance.settings.update' }]);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
