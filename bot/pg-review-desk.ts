import { customerScope, inScope } from '../auth/access.js';
import type { StaffRole } from '../auth/roles.js';
import type { Db } from '../db/pg-database.js';
import { decideReviewStep, ReviewRefusedError } from '../orders/pg-review.js';
import { mayDecideStep, REVIEW_STEP_LABELS, type ReviewStep } from '../orders/review-chain.js';
import type { ReviewAnswer, ReviewDesk, StaffRef, WaitingOrder } from './conversation-types.js';

interface Candidate {
  id: string;
  number: string;
  step: ReviewStep;
  customerName: string;
  totalFen: number;
  reason: string | null;
}

/**
 * The review steps a staff member decides in chat, over the same decisions as the back office (orders/pg-review.ts):
 * only orders waiting at a step they may decide, of customers in their scope.
 */
export function createPgReviewDesk(db: Db): ReviewDesk {
  async function candidates(staff: StaffRef): Promise<Candidate[]> {
    const rows = await db
      .selectFrom('orders as o')
      .leftJoin('customers as c', 'c.id', 'o.customer_id')
      .leftJoin('staff as s', 's.id', 'o.placed_by_staff_id')
      .select([
        'o.id',
        'o.number',
        'o.review_step',
        'o.total_fen',
        'o.review_reason',
        'o.guest_chat',
        'c.id as customer_id',
        'c.name',
        'c.rep_id',
        'c.region',
      ])
      .where('o.status', '=', 'in_review')
      .orderBy('o.created_at')
      .limit(200)
      .execute();
    const me = await db.selectFrom('staff').select(['regions']).where('id', '=', staff.id).executeTakeFirst();
    const roles = staff.roles as StaffRole[];
    const scope = customerScope({
      kind: 'staff',
      id: staff.id,
      name: staff.name,
      roles,
      regions: me?.regions ?? [],
    });
    return rows
      .filter(
        (r) => r.review_step && mayDecideStep(r.review_step, { id: staff.id, roles }, { repId: r.rep_id }),
      )
      .filter(
        (r) => !r.customer_id || inScope(scope, { id: r.customer_id, repId: r.rep_id, region: r.region }),
      )
      .map((r) => ({
        id: r.id,
        number: r.number,
        step: r.review_step as ReviewStep,
        customerName: r.name ?? `${(r.guest_chat as { name?: string } | null)?.name ?? ''}（新客户）`,
        totalFen: Number(r.total_fen),
        reason: r.review_reason,
      }));
  }

  return {
    async waiting(staff) {
      const list = await candidates(staff);
      const lines = list.length
        ? await db
            .selectFrom('order_lines as l')
            .innerJoin('products as p', 'p.sku', 'l.sku')
            .select(['l.order_id', 'p.name', 'l.qty', 'l.unit'])
            .where(
              'l.order_id',
              'in',
              list.map((c) => c.id),
            )
            .orderBy('l.line_no')
            .execute()
        : [];
      return list.slice(0, 20).map((c): WaitingOrder => ({
        number: c.number,
        customerName: c.customerName,
        totalFen: c.totalFen,
        lines: lines
          .filter((l) => l.order_id === c.id)
          .map((l) => ({ name: l.name, qty: l.qty, unit: l.unit })),
        stepLabel: REVIEW_STEP_LABELS[c.step],
        reason: c.reason,
      }));
    },
    async decide(staff, ref, decision, comment): Promise<ReviewAnswer> {
      const list = await candidates(staff);
      const digits = /^\d+$/.test(ref) ? ref.padStart(4, '0') : undefined;
      const found = list.filter(
        (c) => c.number === ref || (digits !== undefined && c.number.endsWith(`-${digits}`)),
      );
      if (found.length === 0) return { kind: 'unknown', ref };
      if (found.length > 1) return { kind: 'ambiguous', ref, numbers: found.map((c) => c.number) };
      const order = found[0]!;
      try {
        const outcome = await decideReviewStep(db, {
          orderId: order.id,
          staff: { id: staff.id, roles: staff.roles as StaffRole[] },
          decision,
          step: order.step,
          ...(comment && { comment }),
        });
        return { kind: 'decided', number: order.number, outcome: outcome.kind };
      } catch (err) {
        if (err instanceof ReviewRefusedError) return { kind: 'refused', message: err.message };
        throw err;
      }
    },
  };
}
