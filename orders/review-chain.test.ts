import { describe, expect, it } from '@jest/globals';
import {
  ChainSteps,
  decideReview,
  mayDecideStep,
  nextStep,
  planReview,
  type ChainStep,
  type OrderFacts,
} from './review-chain.js';
import { checkShipment, documentNumber, statusAfterDelivery } from './shipment-rules.js';

const chain = (over: Partial<Record<ChainStep['step'], Partial<ChainStep>>> = {}): ChainStep[] =>
  (['rep', 'order', 'finance', 'warehouse'] as const).map((step) => ({
    step,
    enabled: false,
    conditions: {},
    ...over[step],
  }));
const facts: OrderFacts = {
  amountFen: 100_00,
  tier: 'B',
  newCustomer: false,
  overCreditLimit: false,
  overdue: false,
};

describe('the review chain', () => {
  it('approves at once when every step is off', () => {
    expect(decideReview(chain(), { ...facts, hasCustomer: true })).toEqual({ kind: 'approve' });
  });

  it('runs a step without conditions for every order, and one with conditions only when one holds', () => {
    const c = chain({
      rep: { enabled: true, conditions: { minAmountFen: 5_000_000, newCustomer: true } },
      order: { enabled: true },
      finance: { enabled: true, conditions: { overCreditLimit: true, overdue: true } },
    });
    expect(planReview(c, facts).map((p) => p.step)).toEqual(['order']);
    expect(planReview(c, { ...facts, newCustomer: true, overdue: true })).toEqual([
      { step: 'rep', reasons: ['新客户'] },
      { step: 'order', reasons: [] },
      { step: 'finance', reasons: ['有逾期欠款'] },
    ]);
    expect(planReview(c, { ...facts, amountFen: 5_000_000 })[0]).toEqual({
      step: 'rep',
      reasons: ['金额较大'],
    });
  });

  it('names the tiers a step is for', () => {
    const c = chain({ order: { enabled: true, conditions: { tiers: ['C'] } } });
    expect(planReview(c, facts)).toEqual([]);
    expect(planReview(c, { ...facts, tier: 'C' })).toEqual([{ step: 'order', reasons: ['C类客户'] }]);
  });

  it('sends an order without a customer, or flagged for its rep, to a rep first whatever the chain says', () => {
    const d = decideReview(chain(), { ...facts, newCustomer: true, hasCustomer: false });
    expect(d).toMatchObject({ kind: 'review', plan: [{ step: 'rep', reasons: ['新客户，还没有客户资料'] }] });
    const flagged = decideReview(chain({ finance: { enabled: true } }), {
      ...facts,
      hasCustomer: true,
      needsRep: true,
    });
    expect(flagged).toMatchObject({ kind: 'review', plan: [{ step: 'rep' }, { step: 'finance' }] });
  });

  it('explains the plan with the credit numbers', () => {
    const c = chain({ finance: { enabled: true, conditions: { overCreditLimit: true } } });
    const d = decideReview(
      c,
      { ...facts, overCreditLimit: true, hasCustomer: true },
      '未结¥3,000＋本单¥2,500，额度¥5,000',
    );
    expect(d).toEqual({
      kind: 'review',
      plan: [{ step: 'finance', reasons: ['超出信用额度'] }],
      reason: '财务审核（超出信用额度：未结¥3,000＋本单¥2,500，额度¥5,000）',
    });
  });

  it('goes step by step, and ends after the last', () => {
    expect(nextStep(['rep', 'finance'], 'rep')).toBe('finance');
    expect(nextStep(['rep', 'finance'], 'finance')).toBeUndefined();
  });

  it('lets only the customer’s own rep confirm the rep step, and the right roles the others', () => {
    expect(mayDecideStep('rep', { id: 'r1', roles: ['rep'] }, { repId: 'r1' })).toBe(true);
    expect(mayDecideStep('rep', { id: 'r2', roles: ['rep'] }, { repId: 'r1' })).toBe(false);
    expect(mayDecideStep('rep', { id: 'r2', roles: ['rep'] }, { repId: null })).toBe(true);
    expect(mayDecideStep('finance', { id: 'c1', roles: ['clerk'] }, { repId: 'r1' })).toBe(false);
    expect(mayDecideStep('finance', { id: 'f1', roles: ['finance'] }, { repId: 'r1' })).toBe(true);
    expect(mayDecideStep('warehouse', { id: 'a', roles: ['admin'] }, null)).toBe(true);
  });

  it('accepts only a whole chain in order', () => {
    expect(ChainSteps.safeParse(chain()).success).toBe(true);
    expect(ChainSteps.safeParse(chain().reverse()).success).toBe(false);
    expect(ChainSteps.safeParse(chain().slice(1)).success).toBe(false);
  });
});

describe('shipment rules', () => {
  const lines = [
    {
      lineNo: 1,
      name: '水泥',
      unit: '袋',
      qty: 100,
      reservedQty: 80,
      shippedQty: 0,
      returnedQty: 0,
      cancelledQty: 0,
      unitPriceFen: 3000,
    },
    {
      lineNo: 2,
      name: '电线',
      unit: '捆',
      qty: 10,
      reservedQty: 10,
      shippedQty: 0,
      returnedQty: 0,
      cancelledQty: 0,
      unitPriceFen: 20000,
    },
  ];

  it('ships no more than is reserved, each line once', () => {
    expect(checkShipment(lines, [{ lineNo: 1, qty: 80 }]).kind).toBe('ok');
    expect(checkShipment(lines, [{ lineNo: 1, qty: 81 }])).toEqual({
      kind: 'refused',
      problems: ['水泥：最多能发 80袋（已备货的数量）'],
    });
    expect(
      checkShipment(lines, [
        { lineNo: 3, qty: 1 },
        { lineNo: 2, qty: 1 },
        { lineNo: 2, qty: 1 },
      ]).kind,
    ).toBe('refused');
    expect(checkShipment(lines, []).kind).toBe('refused');
  });

  it('is shipped when nothing more is expected, partially shipped otherwise', () => {
    expect(statusAfterDelivery([{ qty: 10, shippedQty: 8, cancelledQty: 2 }])).toBe('shipped');
    expect(statusAfterDelivery([{ qty: 10, shippedQty: 8, cancelledQty: 0 }])).toBe('partially_shipped');
  });

  it('numbers documents after their order', () => {
    expect(documentNumber('FH', 'LD-20261206-0012', 2)).toBe('FH-20261206-0012-2');
  });
});
