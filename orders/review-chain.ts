import { z } from 'zod';
import type { StaffRole } from '../auth/roles.js';

/**
 * The review chain a shop configures: which people look at an order before it is approved, and when. Pure: the
 * chain and an order's facts in, the steps it must pass out.
 *
 * 业务员确认 `rep` (the customer's rep), 订单审核 `order` (内勤), 财务审核 `finance`, 出库审核 `warehouse`. A step
 * that is on applies to an order when it has no conditions, or when any of its conditions holds (amount at or
 * above X, one of these customer tiers, a new customer, over the credit limit, overdue receivables). The steps run
 * in this fixed order. Every reason is weighed once, in this one place, so no order is reviewed twice for it.
 */
export const REVIEW_STEPS = ['rep', 'order', 'finance', 'warehouse'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export const REVIEW_STEP_LABELS: Record<ReviewStep, string> = {
  rep: '业务员确认',
  order: '订单审核',
  finance: '财务审核',
  warehouse: '出库审核',
};

/** Who may decide a step (admins may decide every step; a rep only for their own customers' orders). */
export const STEP_DECIDERS: Record<ReviewStep, readonly StaffRole[]> = {
  rep: ['rep', 'manager'],
  order: ['clerk', 'manager'],
  finance: ['finance', 'manager'],
  warehouse: ['warehouse'],
};

export const StepConditions = z
  .object({
    minAmountFen: z.number().int().min(0).optional(),
    tiers: z.array(z.string().min(1).max(20)).max(20).optional(),
    newCustomer: z.boolean().optional(),
    overCreditLimit: z.boolean().optional(),
    overdue: z.boolean().optional(),
  })
  .strict();
export type StepConditions = z.infer<typeof StepConditions>;

export const ChainStep = z.object({
  step: z.enum(REVIEW_STEPS),
  enabled: z.boolean(),
  conditions: StepConditions,
});
export type ChainStep = z.infer<typeof ChainStep>;

/** Every step once, in chain order. */
export const ChainSteps = z
  .array(ChainStep)
  .length(REVIEW_STEPS.length)
  .refine((steps) => steps.every((s, i) => s.step === REVIEW_STEPS[i]), {
    message: `每一步都要有，按顺序：${REVIEW_STEPS.join('、')}`,
  });

export interface ReviewChain {
  version: number;
  steps: ChainStep[];
}

/** What the chain looks at. */
export interface OrderFacts {
  amountFen: number;
  /** null: no tier, or no customer. */
  tier: string | null;
  /** No customer record yet, or none of the customer's orders before this one went through. */
  newCustomer: boolean;
  /** Open balance plus this order above the credit limit (an order without a customer counts as over). */
  overCreditLimit: boolean;
  /** The customer has receivables past their due date. */
  overdue: boolean;
}

/** Why a step applies to an order, in Chinese, for the people who review it. */
export function stepReasons(step: ChainStep, facts: OrderFacts): string[] {
  const c = step.conditions;
  const reasons: string[] = [];
  if (c.minAmountFen !== undefined && facts.amountFen >= c.minAmountFen) reasons.push('金额较大');
  if (c.tiers?.length && facts.tier !== null && c.tiers.includes(facts.tier))
    reasons.push(`${facts.tier}类客户`);
  if (c.newCustomer && facts.newCustomer) reasons.push('新客户');
  if (c.overCreditLimit && facts.overCreditLimit) reasons.push('超出信用额度');
  if (c.overdue && facts.overdue) reasons.push('有逾期欠款');
  return reasons;
}

function hasConditions(c: StepConditions): boolean {
  return (
    c.minAmountFen !== undefined ||
    (c.tiers?.length ?? 0) > 0 ||
    c.newCustomer === true ||
    c.overCreditLimit === true ||
    c.overdue === true
  );
}

export interface PlannedStep {
  step: ReviewStep;
  /** Why it applies; empty for a step that applies to every order. */
  reasons: string[];
}

/** The steps an order must pass, in order; none means it is approved at once. */
export function planReview(chain: readonly ChainStep[], facts: OrderFacts): PlannedStep[] {
  const plan: PlannedStep[] = [];
  for (const step of chain) {
    if (!step.enabled) continue;
    if (!hasConditions(step.conditions)) {
      plan.push({ step: step.step, reasons: [] });
      continue;
    }
    const reasons = stepReasons(step, facts);
    if (reasons.length) plan.push({ step: step.step, reasons });
  }
  return plan;
}

/** The step after `current` in a plan, or undefined when it was the last. */
export function nextStep(plan: readonly ReviewStep[], current: ReviewStep): ReviewStep | undefined {
  const i = plan.indexOf(current);
  return i >= 0 ? plan[i + 1] : undefined;
}

/** Whether a staff member of these roles may decide this step (the rep step: only the customer's own rep). */
export function mayDecideStep(
  step: ReviewStep,
  staff: { id: string; roles: readonly StaffRole[] },
  customer: { repId: string | null } | null,
): boolean {
  if (staff.roles.includes('admin')) return true;
  if (!STEP_DECIDERS[step].some((r) => staff.roles.includes(r))) return false;
  if (step === 'rep' && !staff.roles.includes('manager')) {
    // An order without a customer, or a customer without a rep, may be confirmed by any rep.
    return !customer?.repId || customer.repId === staff.id;
  }
  return true;
}

export type ReviewDecision =
  | { kind: 'approve' }
  | { kind: 'review'; plan: PlannedStep[]; /** For the people who review, in Chinese. */ reason: string };

/**
 * The decision for a priced order: approved at once when no step applies; otherwise the steps, and why. An order
 * without a customer (an unknown contact's) or flagged for its rep always waits for a rep first, whatever the
 * chain says: no order of an unknown person goes out unseen.
 */
export function decideReview(
  chain: readonly ChainStep[],
  facts: OrderFacts & { hasCustomer: boolean; needsRep?: boolean },
  creditDetail?: string,
): ReviewDecision {
  let plan = planReview(chain, facts);
  if ((!facts.hasCustomer || facts.needsRep) && plan[0]?.step !== 'rep') {
    const why = facts.hasCustomer ? '需要业务员确认' : '新客户，还没有客户资料';
    plan = [{ step: 'rep', reasons: [why] }, ...plan];
  }
  if (plan.length === 0) return { kind: 'approve' };
  const reason = plan
    .map(
      (p) =>
        `${REVIEW_STEP_LABELS[p.step]}（${
          p.reasons
            .map((r) => (r === '超出信用额度' && creditDetail ? `${r}：${creditDetail}` : r))
            .join('、') || '每单都审'
        }）`,
    )
    .join(' → ');
  return { kind: 'review', plan, reason };
}
