import { describe, expect, it } from '@jest/globals';
import { formatYuan } from './money.js';
import { NotifyPayload } from './jobs.js';
import { buildNotifications, type NoticeOrder } from './notify-text.js';
import { assertTransition, canTransition, InvalidTransitionError } from './order-status.js';
import { allocate } from './stock-allocation.js';

describe('order state machine', () => {
  it('follows confirmed → reserved → priced → in_review → approved → partially_shipped → shipped → completed', () => {
    expect(canTransition('confirmed', 'reserved')).toBe(true);
    expect(canTransition('priced', 'in_review')).toBe(true);
    expect(canTransition('in_review', 'approved')).toBe(true);
    expect(canTransition('approved', 'partially_shipped')).toBe(true);
    expect(canTransition('partially_shipped', 'shipped')).toBe(true);
    expect(canTransition('shipped', 'completed')).toBe(true);
  });

  it('refuses shipping an order waiting for review, and cancelling one partly shipped, with a named error', () => {
    expect(() => assertTransition('o1', 'in_review', 'shipped')).toThrow(InvalidTransitionError);
    expect(() => assertTransition('o1', 'in_review', 'shipped')).toThrow(
      'order o1 cannot go from in_review to shipped',
    );
    expect(canTransition('partially_shipped', 'cancelled')).toBe(false);
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

describe('money', () => {
  it('formats fen as yuan without floating point', () => {
    expect(formatYuan(1234550)).toBe('¥12,345.50');
    expect(formatYuan(120000)).toBe('¥1,200');
    expect(formatYuan(5)).toBe('¥0.05');
  });
});

describe('chat notifications', () => {
  const order: NoticeOrder = {
    orderId: 'o-1',
    orderNumber: 'LD-20261206-0012',
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
    expect(n?.payload.text).toBe('您的订单 LD-20261206-0012 已备货：水泥缺货20袋，已为您保留80袋。');
    expect(n?.payload.to).toEqual([
      { kind: 'customer', id: 'c-1' },
      { kind: 'staff', id: 'rep-1' },
    ]);
    expect(NotifyPayload.safeParse(n?.payload).success).toBe(true);
  });

  it('tells the customer which step the order waits at, and its deciders why', () => {
    const ns = buildNotifications(
      { ...order, fallbackStaffIds: ['fin-1'] },
      { event: 'in_review', step: 'finance', reason: '财务审核（超出信用额度）' },
    );
    expect(ns.map((n) => n.payload.text)).toEqual([
      '订单 LD-20261206-0012 已收到，正在财务审核，确认后马上通知您。',
      '订单 LD-20261206-0012（王老板，¥1,760）等待财务审核：财务审核（超出信用额度）。回复“确认 LD-20261206-0012”通过，“驳回 LD-20261206-0012 原因”驳回。',
      '您的客户王老板的订单 LD-20261206-0012（¥1,760）正在财务审核：财务审核（超出信用额度）。',
    ]);
    expect(ns[1]?.payload.to).toEqual([{ kind: 'staff', id: 'fin-1' }]);
    expect(ns[2]?.payload.to).toEqual([{ kind: 'staff', id: 'rep-1' }]);
    // Each step is its own message: the next step's notice is not taken for a repeat of this one.
    const next = buildNotifications(order, { event: 'in_review', step: 'order', reason: '' });
    expect(next[0]?.jobId).not.toBe(ns[0]?.jobId);
  });

  it("tells an unknown contact's chat, since there is no customer to reach", () => {
    const guest = {
      ...order,
      customerId: null,
      repId: null,
      customerName: null,
      guestChat: { channel: 'web', contactId: 'x' },
    };
    const [n] = buildNotifications(guest, { event: 'approved' });
    expect(n?.payload.to).toEqual([{ kind: 'chat', channel: 'web', contactId: 'x' }]);
    expect(NotifyPayload.safeParse(n?.payload).success).toBe(true);
  });

  it('says what a shipment took and what is still owed, one message per shipment', () => {
    const first = buildNotifications(order, {
      event: 'shipped',
      shipment: 'FH-20261206-0012-1',
      shipped: [{ name: '水泥', unit: '袋', qty: 80 }],
      backOrdered: [{ name: '水泥', unit: '袋', qty: 20 }],
    });
    expect(first[0]?.payload.text).toBe(
      '订单 LD-20261206-0012 已发出一部分（发货单 FH-20261206-0012-1）：水泥 80袋。还欠：水泥 20袋，到货后再发。',
    );
    const second = buildNotifications(order, {
      event: 'shipped',
      shipment: 'FH-20261206-0012-2',
      shipped: [{ name: '水泥', unit: '袋', qty: 20 }],
      backOrdered: [],
    });
    expect(second[0]?.payload.text).toBe(
      '订单 LD-20261206-0012 已发货（发货单 FH-20261206-0012-2）：水泥 20袋，请注意查收。',
    );
    expect(second[0]?.jobId).not.toBe(first[0]?.jobId);
  });

  it('leaves out messages nobody can receive', () => {
    const lonely = { ...order, customerId: null, repId: null };
    expect(buildNotifications(lonely, { event: 'approved' })).toEqual([]);
  });
});
