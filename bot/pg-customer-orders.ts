import { sql } from 'kysely';
import { customerScope } from '../auth/access.js';
import type { StaffRole } from '../auth/roles.js';
import type { Db } from '../db/pg-database.js';
import type { OrderReference } from '../dialog/dialog-types.js';
import { productLabel } from '../dialog/draft-view.js';
import { InvalidTransitionError, FINAL_STATUSES, OrderNotFoundError } from '../orders/order-status.js';
import { cancelOrder, OrderActionRefusedError } from '../orders/pg-order-actions.js';
import type { ReviewStep } from '../orders/review-chain.js';
import type { CustomerOrders, OrderOwner, StaffRef } from './conversation-types.js';
import { WHOLE_ORDER_NUMBER, type FoundOrders, type OrderFacts } from './order-answers.js';

/** How many orders one answer lists at most (the open ones, newest first). */
const MAX_LISTED = 5;

/**
 * The order number a reference means: the whole number (from the message, which keeps `LD-`), or the digits
 * the customer said — `0007` / `7` are the order's place in its day, `202612050007` the whole number.
 */
export function numberPattern(
  ref: OrderReference,
  text: string,
): { exact: string } | { suffix: string } | null {
  const full = WHOLE_ORDER_NUMBER.exec(text);
  if (full) return { exact: `LD-${full[1]}-${full[2]!.padStart(4, '0')}` };
  if (ref.kind !== 'number') return null;
  const digits = ref.number;
  if (digits.length === 12) return { exact: `LD-${digits.slice(0, 8)}-${digits.slice(8)}` };
  if (digits.length <= 4) return { suffix: `-${digits.padStart(4, '0')}` };
  return null;
}

/**
 * Placed orders for the chat, over PostgreSQL: a customer sees only their own orders (a guest only those placed
 * from their chat), staff those of the customers in their scope; cancelling is the back office's cancellation.
 */
export function createPgCustomerOrders(db: Db): CustomerOrders {
  async function facts(ids: string[]): Promise<OrderFacts[]> {
    if (ids.length === 0) return [];
    const [orders, lines, reasons, shipments] = await Promise.all([
      db
        .selectFrom('orders as o')
        .leftJoin('customers as c', 'c.id', 'o.customer_id')
        .leftJoin('receivables as r', 'r.order_id', 'o.id')
        .select([
          'o.id',
          'o.number',
          'o.status',
          sql<Date>`o.created_at`.as('created_at'),
          'o.total_fen',
          'o.review_step',
          'c.name',
          'r.amount_fen',
          'r.committed_fen',
          'r.paid_fen',
          'r.status as receivable_status',
        ])
        .where('o.id', 'in', ids)
        .orderBy('o.created_at', 'desc')
        .execute(),
      db
        .selectFrom('order_lines as l')
        .innerJoin('products as p', 'p.sku', 'l.sku')
        .select([
          'l.order_id',
          'p.name',
          'p.brand',
          'p.specs',
          'l.qty',
          'l.unit',
          'l.shipped_qty',
          'l.cancelled_qty',
        ])
        .where('l.order_id', 'in', ids)
        .orderBy('l.line_no')
        .execute(),
      db
        .selectFrom('order_status_history')
        .select(['order_id', 'reason'])
        .distinctOn('order_id')
        .where('order_id', 'in', ids)
        .orderBy('order_id')
        .orderBy('id', 'desc')
        .execute(),
      db
        .selectFrom('shipments')
        .select(['order_id', 'number', sql<Date>`shipped_at`.as('shipped_at')])
        .where('order_id', 'in', ids)
        .orderBy('shipped_at')
        .execute(),
    ]);
    return orders.map((o) => {
      const total = Number(o.total_fen);
      const receivable = o.amount_fen !== null && o.receivable_status !== 'void';
      return {
        orderId: o.id,
        number: o.number,
        status: o.status,
        placedAt: o.created_at,
        customerName: o.name,
        totalFen: total,
        lines: lines
          .filter((l) => l.order_id === o.id)
          .map((l) => ({
            name: productLabel({ name: l.name, brand: l.brand ?? undefined, specs: l.specs }),
            qty: Number(l.qty),
            unit: l.unit,
            shippedQty: Number(l.shipped_qty),
            cancelledQty: Number(l.cancelled_qty),
          })),
        reviewStep: o.review_step as ReviewStep | null,
        lastReason: reasons.find((r) => r.order_id === o.id)?.reason ?? null,
        dueFen: receivable ? Number(o.amount_fen) + Number(o.committed_fen) : total,
        paidFen: receivable ? Number(o.paid_fen) : 0,
        shipments: shipments
          .filter((s) => s.order_id === o.id)
          .map((s) => ({ number: s.number, shippedAt: s.shipped_at })),
      };
    });
  }

  /** The orders of `where` that the reference names, newest first. */
  async function resolve(
    owner: (q: ReturnType<typeof base>) => ReturnType<typeof base>,
    ref: OrderReference,
    text: string,
  ): Promise<FoundOrders> {
    const pattern = numberPattern(ref, text);
    let query = owner(base());
    if (pattern && 'exact' in pattern) query = query.where('o.number', '=', pattern.exact);
    else if (pattern) query = query.where('o.number', 'like', `%${pattern.suffix}`);
    else if (ref.kind === 'number') return { kind: 'no_such_number', number: ref.number };
    else if (ref.kind === 'unspecified') query = query.where('o.status', 'not in', [...FINAL_STATUSES]);
    const limit = ref.kind === 'latest' ? 1 : MAX_LISTED;
    const rows = await query.orderBy('o.created_at', 'desc').limit(limit).execute();
    if (rows.length === 0) {
      if (pattern && 'exact' in pattern) return { kind: 'no_such_number', number: pattern.exact };
      if (ref.kind === 'number') return { kind: 'no_such_number', number: ref.number };
      return { kind: 'none' };
    }
    return { kind: 'found', orders: await facts(rows.map((r) => r.id)) };
  }

  function base() {
    return db.selectFrom('orders as o').leftJoin('customers as c', 'c.id', 'o.customer_id').select(['o.id']);
  }

  return {
    find(owner: OrderOwner, ref, text) {
      return resolve(
        (q) =>
          owner.kind === 'customer'
            ? q.where('o.customer_id', '=', owner.id)
            : q
                .where('o.customer_id', 'is', null)
                .where(sql<string>`o.guest_chat->>'channel'`, '=', owner.address.channel)
                .where(sql<string>`o.guest_chat->>'contactId'`, '=', owner.address.contactId),
        ref,
        text,
      );
    },

    async findForStaff(staff: StaffRef, ref, text, customerId) {
      const me = await db
        .selectFrom('staff')
        .select(['regions'])
        .where('id', '=', staff.id)
        .executeTakeFirst();
      const scope = customerScope({
        kind: 'staff',
        id: staff.id,
        name: staff.name,
        roles: staff.roles as StaffRole[],
        regions: me?.regions ?? [],
      });
      return resolve(
        (q) => {
          let scoped = customerId ? q.where('o.customer_id', '=', customerId) : q;
          if (scope.kind === 'some') {
            const { repId, regions } = scope;
            scoped = scoped.where((eb) =>
              eb.or([
                ...(repId ? [eb('c.rep_id', '=', repId)] : []),
                ...(regions.length ? [eb('c.region', 'in', regions)] : []),
                eb.val(false),
              ]),
            );
          }
          return scoped;
        },
        ref,
        text,
      );
    },

    async cancel(orderId, actor, onlyFrom) {
      const byStaff = actor.startsWith('staff:');
      try {
        await cancelOrder(db, {
          orderId,
          actor,
          onlyFrom,
          reason: byStaff ? '业务员在聊天中取消' : '客户在聊天中取消',
          tellCustomer: byStaff,
        });
        return 'cancelled';
      } catch (err) {
        if (err instanceof OrderActionRefusedError) return 'has_payments';
        if (err instanceof InvalidTransitionError || err instanceof OrderNotFoundError) return 'too_late';
        throw err;
      }
    },
  };
}
