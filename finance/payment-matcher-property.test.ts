import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { OpenOrder } from './open-orders.js';
import { createPaymentMatcher } from './payment-matcher.js';
import type { StatementRow } from './statement-types.js';

const customers = ['c-a', 'c-b', 'c-c'];
const names: Record<string, string[]> = { 'c-a': ['甲', '甲老板'], 'c-b': ['乙'], 'c-c': ['丙', '甲老板'] };

const orderArbitrary = fc.record({
  customer: fc.constantFrom(...customers),
  day: fc.integer({ min: 1, max: 28 }),
  amountFen: fc.integer({ min: 1, max: 20 }).map((n) => n * 50_00),
  paidFen: fc.integer({ min: 0, max: 3 }).map((n) => n * 10_00),
});

const rowArbitrary = fc.record({
  payer: fc.constantFrom('甲', '乙', '丙', '甲老板', '丁', '财付通支付科技有限公司', null),
  remark: fc.constantFrom('货款', '', '1号单', '2号单', 'REF', 'REF REF2', '甲 乙', '丙 货款'),
  amountFen: fc.integer({ min: 1, max: 25 }).map((n) => n * 25_00),
  day: fc.integer({ min: 1, max: 31 }),
  income: fc.boolean(),
});

describe('PaymentMatcher (property)', () => {
  it('never allocates more than a row brings in nor more than an order has open', () => {
    fc.assert(
      fc.property(
        fc.array(orderArbitrary, { minLength: 1, maxLength: 12 }),
        fc.array(rowArbitrary, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 40 }),
        (orderSpecs, rowSpecs, toleranceFen, dateWindowDays) => {
          const orders: OpenOrder[] = orderSpecs.map((spec, index) => ({
            orderNo: `LD-202612${String(spec.day).padStart(2, '0')}-${String(index + 1).padStart(4, '0')}`,
            customerId: spec.customer,
            customerName: `${spec.customer}号客户`,
            payerNames: names[spec.customer]!,
            amountFen: spec.amountFen,
            paidFen: Math.min(spec.paidFen, spec.amountFen - 1),
            issuedAt: `2026-12-${String(spec.day).padStart(2, '0')}`,
            shippedAt: null,
          }));
          const ref = (n: number) => orders[n % orders.length]!.orderNo;
          const rows: StatementRow[] = rowSpecs.map((spec, index) => ({
            line: index + 1,
            fileLine: index + 2,
            date: `2026-12-${String(spec.day).padStart(2, '0')}`,
            time: null,
            direction: spec.income ? 'income' : 'expense',
            amountFen: spec.amountFen,
            payerName: spec.payer,
            payerAccount: null,
            remarks: [spec.remark.replace('REF2', ref(index + 1)).replace('REF', ref(index))],
            fingerprint: String(index),
          }));
          const results = createPaymentMatcher(orders, { toleranceFen, dateWindowDays }).match(rows, {
            accountHolder: null,
          });
          const open = new Map(orders.map((order) => [order.orderNo, order.amountFen - order.paidFen]));
          for (const result of results) {
            const row = rows[result.line - 1]!;
            expect(row.direction).toBe('income');
            const total = result.allocations.reduce((sum, allocation) => sum + allocation.amountFen, 0);
            expect(total).toBeLessThanOrEqual(row.amountFen);
            for (const allocation of result.allocations) {
              expect(allocation.amountFen).toBeGreaterThan(0);
              expect(allocation.amountFen).toBeLessThanOrEqual(open.get(allocation.orderNo)!);
              if (result.decision === 'auto')
                open.set(allocation.orderNo, open.get(allocation.orderNo)! - allocation.amountFen);
            }
            if (result.decision === 'auto')
              expect(new Set(result.allocations.map((a) => a.orderNo)).size).toBe(result.allocations.length);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
