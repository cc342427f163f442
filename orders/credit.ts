/**
 * Auto-approval policy: an order within the customer's credit is approved without a person when the customer's
 * tier is trusted (`'*'`: every tier, customers without a tier included) and the order is at most `maxFen`.
 */
export interface ApprovalPolicy {
  trustedTiers: '*' | readonly string[];
  maxFen: number;
}

export interface CreditFacts {
  /** null: the order has no known customer (an unknown contact's order). */
  customer: { tier: string | null; creditLimitFen: number } | null;
  /** Unpaid amounts of the customer's approved orders. */
  openReceivablesFen: number;
  orderTotalFen: number;
  /** The bot flagged the order for a rep (new customer, unusual amount …). */
  needsRep: boolean;
}

export type ReviewReason =
  | { code: 'unknown_customer' }
  | { code: 'needs_rep' }
  | { code: 'over_credit'; openFen: number; orderFen: number; limitFen: number }
  | { code: 'untrusted_tier'; tier: string | null }
  | { code: 'over_auto_limit'; orderFen: number; maxFen: number };

export type CreditDecision = { kind: 'approve' } | { kind: 'review'; reason: ReviewReason };

/** Decides whether an order is approved at once or waits for a person, and why. */
export function decideCredit(facts: CreditFacts, policy: ApprovalPolicy): CreditDecision {
  const { customer } = facts;
  if (!customer) return { kind: 'review', reason: { code: 'unknown_customer' } };
  if (facts.openReceivablesFen + facts.orderTotalFen > customer.creditLimitFen) {
    return {
      kind: 'review',
      reason: {
        code: 'over_credit',
        openFen: facts.openReceivablesFen,
        orderFen: facts.orderTotalFen,
        limitFen: customer.creditLimitFen,
      },
    };
  }
  if (facts.needsRep) return { kind: 'review', reason: { code: 'needs_rep' } };
  if (policy.trustedTiers !== '*' && !(customer.tier && policy.trustedTiers.includes(customer.tier))) {
    return { kind: 'review', reason: { code: 'untrusted_tier', tier: customer.tier } };
  }
  if (facts.orderTotalFen > policy.maxFen) {
    return {
      kind: 'review',
      reason: { code: 'over_auto_limit', orderFen: facts.orderTotalFen, maxFen: policy.maxFen },
    };
  }
  return { kind: 'approve' };
}

/** 1234550 → "¥12,345.50"; whole yuan without decimals: 120000 → "¥1,200". Integer arithmetic only. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = abs % 100;
  return `${sign}¥${yuan}${cents ? `.${cents.toString().padStart(2, '0')}` : ''}`;
}

/** The reason as a rep reads it (stored in orders.review_reason). */
export function describeReviewReason(r: ReviewReason): string {
  switch (r.code) {
    case 'unknown_customer':
      return '新客户，需要业务员确认';
    case 'needs_rep':
      return '需要业务员确认';
    case 'over_credit':
      return `超出信用额度：未结${formatYuan(r.openFen)}＋本单${formatYuan(r.orderFen)}，额度${formatYuan(r.limitFen)}`;
    case 'untrusted_tier':
      return '该客户订单需人工审核';
    case 'over_auto_limit':
      return `金额${formatYuan(r.orderFen)}超过自动审批上限${formatYuan(r.maxFen)}`;
  }
}
