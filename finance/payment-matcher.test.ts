import { describe, expect, it } from '@jest/globals';
import type { OpenOrder } from './open-orders.js';
import { createPaymentMatcher } from './payment-matcher.js';
import type { StatementRow } from './statement-types.js';

const order = (
  orderNo: string,
  customer: string,
  amountFen: number,
  issuedAt: string,
  paidFen = 0,
): OpenOrder => {
  const customers: Record<string, [string, string[]]> = {
    'c-li': ['李记五金', ['李建军', '王秀英']],
    'c-zhang': ['张老板水电', ['张国强']],
    'c-chen': ['陈志明水电', ['陈志明']],
    'c-yiju': ['南海宜居装饰', ['陈志明', '宜居装饰（佛山）有限公司']],
    'c-hong': ['鸿宇建筑', []],
  };
  const [customerName, payerNames] = customers[customer]!;
  return {
    orderNo,
    customerId: customer,
    customerName,
    payerNames,
    amountFen,
    paidFen,
    issuedAt,
    shippedAt: null,
  };
};

const orders: OpenOrder[] = [
  order('LD-20261201-0007', 'c-li', 1_234_500, '2026-12-01', 200_000),
  order('LD-20261208-0011', 'c-li', 328_050, '2026-12-08'),
  order('LD-20261103-0005', 'c-li', 865_000, '2026-11-03'),
  order('LD-20261202-0003', 'c-zhang', 456_000, '2026-12-02'),
  order('LD-20261209-0008', 'c-zhang', 456_000, '2026-12-09'),
  order('LD-20261205-0004', 'c-chen', 300_000, '2026-12-05'),
  order('LD-20261206-0002', 'c-chen', 200_000, '2026-12-06'),
  order('LD-20261207-0001', 'c-chen', 100_000, '2026-12-07'),
  order('LD-20261210-0003', 'c-yiju', 1_276_000, '2026-12-10'),
  order('LD-20261211-0003', 'c-hong', 500_000, '2026-12-11'),
  order('LD-20261212-0005', 'c-hong', 250_000, '2026-12-12'),
];

let nextLine = 0;
const row = (payerName: string | null, remark: string, yuan: number, date = '2026-12-15'): StatementRow => ({
  line: ++nextLine,
  fileLine: nextLine + 1,
  date,
  time: null,
  direction: 'income',
  amountFen: Math.round(yuan * 100),
  payerName,
  payerAccount: null,
  remarks: remark ? [remark] : [],
  fingerprint: String(nextLine),
});

/** Matches rows in order against a fresh copy of the orders; returns the result of the last row. */
function last(...rows: StatementRow[]) {
  const matcher = createPaymentMatcher(orders, { toleranceFen: 500, dateWindowDays: 45 });
  const results = matcher.match(rows, { accountHolder: '佛山市南海区宏达建材五金经营部' });
  return results[results.length - 1]!;
}

describe('PaymentMatcher', () => {
  it('books an order named in the remark, in any spelling, for what is open on it', () => {
    expect(last(row('李建军', '1201-7号单尾款', 10_345))).toMatchObject({
      decision: 'auto',
      allocations: [{ orderNo: 'LD-20261201-0007', amountFen: 1_034_500 }],
    });
    expect(last(row('某某', 'ＬＤ－２０２６１２０８－００１１', 3_280.5)).allocations).toEqual([
      { orderNo: 'LD-20261208-0011', amountFen: 328_050 },
    ]);
  });

  it('settles a named order paid short within the tolerance and keeps an over-payment as credit', () => {
    expect(last(row(null, 'LD-20261208-0011', 3_276)).allocations).toEqual([
      { orderNo: 'LD-20261208-0011', amountFen: 327_600 },
    ]);
    const over = last(row('李建军', 'LD-20261208-0011 货款', 3_500));
    expect(over).toMatchObject({
      decision: 'auto',
      allocations: [{ orderNo: 'LD-20261208-0011', amountFen: 328_050 }],
    });
    expect(over.reason).toContain('预收');
  });

  it('books part payments and then the second instalment against what is left', () => {
    const first = row('李建军', 'LD-20261201-0007 首付', 4_000);
    const second = row('李建军', 'LD-20261201-0007 余款', 6_345);
    expect(last(first)).toMatchObject({ decision: 'auto', kind: 'part-payment' });
    expect(last(first, second).allocations).toEqual([{ orderNo: 'LD-20261201-0007', amountFen: 634_500 }]);
  });

  it('does not book an order that an earlier row already settled, nor one that does not exist', () => {
    const paid = row('李建军', 'LD-20261208-0011', 3_280.5);
    expect(last(paid, row('李建军', 'LD-20261208-0011', 3_280.5))).toMatchObject({
      decision: 'unmatched',
      kind: 'order-not-open',
    });
    expect(last(row('李建军', 'LD-20261118-0002', 100))).toMatchObject({ kind: 'order-not-open' });
  });

  it('asks when the payer is another customer than the named order’s', () => {
    expect(last(row('张国强', 'LD-20261208-0011', 3_280.5))).toMatchObject({
      decision: 'suggest',
      kind: 'payer-order-conflict',
    });
  });

  it('asks when a named order is out of the date window or paid before it was issued', () => {
    expect(last(row('李建军', 'LD-20261103-0005', 8_650, '2026-12-22'))).toMatchObject({
      decision: 'suggest',
      kind: 'out-of-window',
      candidates: ['LD-20261103-0005'],
    });
    expect(last(row('李建军', 'LD-20261208-0011', 3_280.5, '2026-12-07'))).toMatchObject({
      decision: 'suggest',
    });
  });

  it('books several named orders of one customer paid in full, and asks when short', () => {
    expect(last(row('鸿宇建筑', '1211-3 1212-5', 7_600)).allocations).toEqual([
      { orderNo: 'LD-20261211-0003', amountFen: 500_000 },
      { orderNo: 'LD-20261212-0005', amountFen: 250_000 },
    ]);
    expect(last(row('鸿宇建筑', '1211-3 1212-5', 7_000))).toMatchObject({
      decision: 'suggest',
      kind: 'several-orders-short',
    });
  });

  it('books a known payer whose amount fits exactly one open order and nothing else', () => {
    expect(last(row('王秀英', '货款', 3_278))).toMatchObject({
      decision: 'auto',
      kind: 'known-payer',
      allocations: [{ orderNo: 'LD-20261208-0011', amountFen: 327_800 }],
    });
    expect(last(row('宜居装饰(佛山)有限公司', '', 12_760)).decision).toBe('auto');
  });

  it('books a payment through a wallet when the remark names a known payer', () => {
    expect(last(row('财付通支付科技有限公司', '微信转账 王秀英', 3_280.5))).toMatchObject({
      decision: 'auto',
      allocations: [{ orderNo: 'LD-20261208-0011', amountFen: 328_050 }],
    });
    expect(last(row('支付宝-王秀英', '支付宝转账', 3_280.5)).decision).toBe('auto');
    expect(last(row('支付宝（中国）网络技术有限公司', '支付宝转账', 3_280.5)).decision).not.toBe('auto');
    expect(last(row('财付通支付科技有限公司', '王秀英 张国强', 3_280.5)).decision).not.toBe('auto');
  });

  it('books every open order of a payer whose amount is exactly their sum', () => {
    expect(last(row('鸿宇建筑', '货款', 7_500)).allocations).toEqual([
      { orderNo: 'LD-20261211-0003', amountFen: 500_000 },
      { orderNo: 'LD-20261212-0005', amountFen: 250_000 },
    ]);
  });

  it('asks when two orders fit, when a group also sums to the amount, or when the fit is out of window', () => {
    expect(last(row('张国强', '货款', 4_560))).toMatchObject({
      decision: 'suggest',
      kind: 'amount-ambiguous',
    });
    const subset = last(row('陈志明水电', '货款', 3_000));
    expect(subset).toMatchObject({ decision: 'suggest' });
    expect(subset.decision === 'suggest' && [...subset.candidates].sort()).toEqual([
      'LD-20261205-0004',
      'LD-20261206-0002',
      'LD-20261207-0001',
    ]);
    expect(last(row('李建军', '货款', 8_650, '2026-12-22'))).toMatchObject({ decision: 'suggest' });
  });

  it('leaves a known payer unmatched when nothing fits', () => {
    expect(last(row('李建军', '货款', 1_000))).toMatchObject({
      decision: 'unmatched',
      kind: 'known-payer-no-amount',
    });
  });

  it('takes the customer named in the remark as the payer when the sender is unknown', () => {
    expect(last(row('黄丽', '李记五金 货款', 3_280.5))).toMatchObject({
      decision: 'auto',
      kind: 'customer-in-remark',
      allocations: [{ orderNo: 'LD-20261208-0011', amountFen: 328_050 }],
    });
  });

  it('only suggests on an amount when the payer is unknown, resembles a customer, or is listed twice', () => {
    expect(last(row('李记五金店', '货款', 3_280.5))).toMatchObject({
      decision: 'suggest',
      kind: 'amount-only',
    });
    expect(last(row('陈志明', '货款', 12_760))).toMatchObject({ decision: 'suggest' });
    expect(last(row('刘某', '货款', 77.7))).toMatchObject({ decision: 'unmatched', kind: 'unknown-payer' });
  });

  it('books nothing for interest or transfers from the account holder', () => {
    expect(last(row(null, '结息', 3_280.5))).toMatchObject({ decision: 'unmatched', kind: 'not-a-customer' });
    expect(last(row('佛山市南海区宏达建材五金经营部', 'LD-20261208-0011', 3_280.5))).toMatchObject({
      kind: 'not-a-customer',
    });
  });

  it('reads a bare sequence only through the payer’s one open order with it', () => {
    expect(last(row('李建军', '11号单', 3_280.5)).allocations).toEqual([
      { orderNo: 'LD-20261208-0011', amountFen: 328_050 },
    ]);
    expect(last(row('鸿宇建筑', '3号单', 5_000))).toMatchObject({ decision: 'auto', kind: 'order-no' });
    expect(last(row('某人', '3号单', 5_000)).decision).not.toBe('auto');
  });
});
