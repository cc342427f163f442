import { describe, expect, it } from '@jest/globals';
import { decideCredit, describeReviewReason, formatYuan } from './credit.js';
import { NotifyPayload } from './jobs.js';
import { buildNotifications, type NoticeOrder } from './notify-text.js';
import { assertTransition, canTransition, InvalidTransitionError } from './order-status.js';
import { allocate } from './stock-allocation.js';

describe('order state machine', () => {
  it('follows confirmed → reserved → priced → approved → shipped → completed', () => {
    expect(canTransition('confirmed', 'reserved')).toBe(true);
    expect(canTransition('priced', 'pending_review')).toBe(true);
    expect(canTransition('pending_review', 'approved')).toBe(true);
    expect(canTransition('shipped', 'completed')).toBe(true);
  });

  it('refuses shipping an order waiting for review with a named error', () => {
    expect(() => assertTransition('o1', 'pending_review', 'shipped')).toThrow(InvalidTransitionError);
    expect(() => assertTransition('o1', 'pending_review', 'shipped')).toThrow(
      'order o1 cannot go from pending_review to shipped',
    );
  });

  it('never leaves a final status', () => {
    for (const to of ['reserved', 'approved', 'cancelled'] as const) {
      expect(canTransition('completed', to)).toBe(false);
      expect(canTransition('cancelled', to)).toBe(false);
    }
  });
});

describe('stock allocation', () => {
  const lines = [
    { lineNo: 1, sku: 'A', qty: 100 },
    { lineNo: 2, sku: 'B', qty: 10 },
  ];

  it('reserves what is there and records the shortage under the partial policy', () => {
    const r = allocate(
      lines,
      new Map([
        ['A', 80],
        ['B', 50],
      ]),
      'partial',
    );
    expect(r.kind).toBe('partial');
    expect(r.lines.map((l) => [l.reserved, l.shortage])).toEqual([
      [80, 20],
      [10, 0],
    ]);
  });

  it('reserves nothing under all-or-nothing when one line is short', () => {
    const r = allocate(
      lines,
      new Map([
        ['A', 80],
        ['B', 50],
      ]),
      'all_or_nothing',
    );
    expect(r.kind).toBe('none');
    expect(r.lines.map((l) => l.reserved)).toEqual([0, 0]);
    expect(r.lines[0]?.shortage).toBe(20);
  });

  it('lets two lines of one SKU share its stock', () => {
    const r = allocate(
      [
        { lineNo: 1, sku: 'A', qty: 6 },
        { lineNo: 2, sku: 'A', qty: 6 },
      ],
      new Map([['A', 10]]),
      'partial',
    );
    expect(r.lines.map((l) => l.reserved)).toEqual([6, 4]);
  });

  it('treats a SKU without a stock row as out of stock', () => {
    expect(allocate([{ lineNo: 1, sku: 'Z', qty: 1 }], new Map(), 'partial').kind).toBe('none');
  });
});

describe('credit decision', () => {
  const policy = { trustedTiers: ['vip'] as string[], maxFen: 1_000_000 };
  const vip = { tier: 'vip', creditLimitFen: 500_000 };

  it('sends an order over the credit limit to review with the numbers', () => {
    const d = decideCredit(
      { customer: vip, openReceivablesFen: 300_000, orderTotalFen: 250_000, needsRep: false },
      policy,
    );
    expect(d).toEqual({
      kind: 'review',
      reason: { code: 'over_credit', openFen: 300_000, orderFen: 250_000, limitFen: 500_000 },
    });
    if (d.kind === 'review') {
      expect(describeReviewReason(d.reason)).toBe('超出信用额度：未结¥3,000＋本单¥2,500，额度¥5,000');
    }
  });

  it('approves a trusted customer within credit and under the auto-approval limit', () => {
    expect(
      decideCredit({ customer: vip, openReceivablesFen: 0, orderTotalFen: 500_000, needsRep: false }, policy),
    ).toEqual({ kind: 'approve' });
  });

  it('sends untrusted tiers, unknown customers and flagged orders to review', () => {
    const base = { openReceivablesFen: 0, orderTotalFen: 100, needsRep: false };
    expect(decideCredit({ ...base, customer: { tier: null, creditLimitFen: 1e6 } }, policy).kind).toBe(
      'review',
    );
    expect(decideCredit({ ...base, customer: null }, policy).kind).toBe('review');
    expect(decideCredit({ ...base, customer: vip, needsRep: true }, policy).kind).toBe('review');
  });

  it('formats fen as yuan without floating point', () => {
    expect(formatYuan(1234550)).toBe('¥12,345.50');
    expect(formatYuan(120000)).toBe('¥1,200');
    expect(formatYuan(5)).toBe('¥0.05');
  });
});

describe('chat notifications', () => {
  const order: NoticeOrder = {
    orderId: 'o-1',
    orderNo: 12,
    customerId: 'c-1',
    repId: 'rep-1',
    placedByStaffId: null,
    customerName: '王老板',
    totalFen: 176000,
    lines: [
      { name: '水泥', unit: '袋', qty: 100, reserved: 80, shortage: 20 },
      { name: '电线', unit: '捆', qty: 10, reserved: 10, shortage: 0 },
    ],
  };

  it('tells customer and rep what was reserved and what is short', () => {
    const [n, ...rest] = buildNotifications(order, { event: 'reserved' });
    expect(rest).toEqual([]);
    expect(n?.payload.text).toBe('您的订单 #12 已备货：水泥缺货20袋，已为您保留80袋。');
    expect(n?.payload.to).toEqual([
      { kind: 'customer', id: 'c-1' },
      { kind: 'staff', id: 'rep-1' },
    ]);
    expect(NotifyPayload.safeParse(n?.payload).success).toBe(true);
  });

  it('gives the customer a short note and the rep the review reason', () => {
    const ns = buildNotifications(order, {
      event: 'pending_review',
      reason: '超出信用额度',
      overCredit: true,
    });
    expect(ns.map((n) => n.payload.text)).toEqual([
      '订单 #12 超出信用额度，等待审核，审核后马上通知您。',
      '订单 #12（王老板，¥1,760）等待审核：超出信用额度',
    ]);
    expect(new Set(ns.map((n) => n.jobId)).size).toBe(2);
  });

  it("tells the reps about an unknown contact's order waiting for review", () => {
    const unknown = {
      ...order,
      customerId: null,
      repId: null,
      customerName: null,
      fallbackStaffIds: ['r1', 'r2'],
    };
    const [staff, ...rest] = buildNotifications(unknown, {
      event: 'pending_review',
      reason: '新客户，需要业务员确认',
      overCredit: false,
    });
    expect(rest).toEqual([]);
    expect(staff?.payload.to).toEqual([
      { kind: 'staff', id: 'r1' },
      { kind: 'staff', id: 'r2' },
    ]);
    expect(staff?.payload.text).toBe('订单 #12（新客户，¥1,760）等待审核：新客户，需要业务员确认');
  });

  it('leaves out messages nobody can receive', () => {
    const lonely = { ...order, customerId: null, repId: null };
    expect(buildNotifications(lonely, { event: 'approved' })).toEqual([]);
  });
});
