import { sql, type Kysely } from 'kysely';
import type { CustomerScope } from '../auth/access.js';
import type { Database } from '../db/schema.js';
import { mismatchText, type MismatchKind } from './mismatch-text.js';
import { readFinanceSettings } from './pg-finance-settings.js';
import { journalDrift } from './pg-journal-check.js';
import { receiptNumber } from './pg-customer-statement.js';
import { scopeCondition } from './pg-receivables.js';

/** What a line is about, by the identifiers people use and the api path that shows it. */
export interface MismatchLinks {
  orderNumber?: string;
  customerId?: string;
  statementRowId?: number;
  receiptNumber?: string;
  /** Api paths of the things named above. */
  paths: string[];
}

export interface MismatchLine {
  kind: MismatchKind;
  message: string;
  amountFen: number | null;
  links: MismatchLinks;
}

export interface MismatchReport {
  generatedAt: string;
  unmatchedAfterDays: number;
  counts: Partial<Record<MismatchKind, number>>;
  lines: MismatchLine[];
}

const orderPath = (n: string) => `/api/orders/${n}`;
const rowPath = (id: number) => `/api/finance/statement-rows/${id}`;
const customerPath = (id: string) => `/api/finance/customers/${encodeURIComponent(id)}/receivables`;

/**
 * Orders ↔ shipments ↔ receipts, checked against each other: shipped but no receivable, a receivable that is not
 * what shipped less what came back, money not allocated while its customer has open orders, allocations above
 * what an order asks for (and any balance that is not the sum of its journal), statement rows waiting longer than
 * the alert days, the same bank row brought twice (different fingerprints, or booked by hand and from the bank),
 * orders completed while owing money, and finance review holds overridden (who and why). Each line links to what
 * it is about. Staff with a regional scope see only their customers' lines (and no statement-row lines).
 */
export async function mismatchReport(
  db: Kysely<Database>,
  opts: { scope: CustomerScope; unmatchedAfterDays?: number; overridesSinceDays?: number },
): Promise<MismatchReport> {
  const settings = await readFinanceSettings(db);
  const days = opts.unmatchedAfterDays ?? settings.unmatchedAlertDays;
  const scope = scopeCondition(opts.scope);
  const whole = opts.scope.kind === 'all';
  const lines: MismatchLine[] = [];
  const add = (
    kind: MismatchKind,
    message: string,
    amountFen: number | null,
    links: Omit<MismatchLinks, 'paths'>,
  ) => {
    const paths = [
      ...(links.orderNumber ? [orderPath(links.orderNumber)] : []),
      ...(links.statementRowId !== undefined ? [rowPath(links.statementRowId)] : []),
      ...(links.customerId ? [customerPath(links.customerId)] : []),
    ];
    lines.push({ kind, message, amountFen, links: { ...links, paths } });
  };

  const shippedNoReceivable = await sql<{ number: string; customer_id: string; value: number }>`
    select o.number, o.customer_id, sum(sl.qty * l.unit_price_fen) as value
    from orders o join customers c on c.id = o.customer_id
    join shipments s on s.order_id = o.id join shipment_lines sl on sl.shipment_id = s.id
    join order_lines l on l.order_id = o.id and l.line_no = sl.line_no
    where ${scope} and not exists (select 1 from money_journal j where j.order_id = o.id and j.kind = 'charge')
    group by o.number, o.customer_id`.execute(db);
  for (const r of shippedNoReceivable.rows) {
    add(
      'shipped_without_receivable',
      mismatchText.shippedWithoutReceivable(r.number, Number(r.value)),
      Number(r.value),
      {
        orderNumber: r.number,
        customerId: r.customer_id,
      },
    );
  }

  const differs = await sql<{
    number: string;
    customer_id: string;
    owed: number;
    shipped: number;
    returned: number;
  }>`
    select o.number, r.customer_id, r.amount_fen as owed,
           coalesce((select sum(sl.qty * l.unit_price_fen) from shipments s join shipment_lines sl on sl.shipment_id = s.id
                     join order_lines l on l.order_id = s.order_id and l.line_no = sl.line_no where s.order_id = o.id), 0) as shipped,
           coalesce((select sum(rl.qty * l.unit_price_fen) from order_returns x join return_lines rl on rl.return_id = x.id
                     join order_lines l on l.order_id = x.order_id and l.line_no = rl.line_no where x.order_id = o.id), 0) as returned
    from receivables r join orders o on o.id = r.order_id join customers c on c.id = r.customer_id
    where ${scope} and r.status <> 'void' and exists (select 1 from shipments s where s.order_id = o.id)`.execute(
    db,
  );
  for (const r of differs.rows) {
    const expected = Number(r.shipped) - Number(r.returned);
    if (Number(r.owed) === expected) continue;
    add(
      'receivable_differs',
      mismatchText.receivableDiffers(r.number, Number(r.owed), expected),
      Number(r.owed) - expected,
      {
        orderNumber: r.number,
        customerId: r.customer_id,
      },
    );
  }

  const unallocated = await sql<{
    id: number;
    customer_id: string;
    name: string;
    left_fen: number;
    open_orders: number;
  }>`
    select m.id, m.customer_id, c.name, m.booked_fen - m.allocated_fen as left_fen,
           (select count(*)::int from receivables r where r.customer_id = m.customer_id and r.status <> 'void'
              and r.amount_fen + r.committed_fen - r.paid_fen - r.written_off_fen > 0) as open_orders
    from money_receipts m join customers c on c.id = m.customer_id
    where ${scope} and m.booked_fen > m.allocated_fen order by m.id`.execute(db);
  for (const r of unallocated.rows) {
    add(
      'payment_not_allocated',
      mismatchText.paymentNotAllocated(
        r.name,
        receiptNumber(Number(r.id)),
        Number(r.left_fen),
        r.open_orders,
      ),
      Number(r.left_fen),
      {
        customerId: r.customer_id,
        receiptNumber: receiptNumber(Number(r.id)),
      },
    );
  }

  const over = await sql<{ number: string; customer_id: string; excess: number }>`
    select o.number, r.customer_id, r.paid_fen + r.written_off_fen - r.amount_fen - r.committed_fen as excess
    from receivables r join orders o on o.id = r.order_id join customers c on c.id = r.customer_id
    where ${scope} and r.paid_fen + r.written_off_fen > r.amount_fen + r.committed_fen`.execute(db);
  for (const r of over.rows) {
    add('allocated_over_open', mismatchText.allocatedOverOpen(r.number, Number(r.excess)), Number(r.excess), {
      orderNumber: r.number,
      customerId: r.customer_id,
    });
  }
  if (whole) {
    for (const d of await journalDrift(db)) {
      add('journal_drift', mismatchText.journalDrift(d.what, d.id, d.problem), null, {
        ...(d.what === 'customer' && { customerId: d.id }),
      });
    }
  }

  const completedOwing = await sql<{ number: string; customer_id: string; owing: number }>`
    select o.number, r.customer_id, r.amount_fen + r.committed_fen - r.paid_fen - r.written_off_fen as owing
    from receivables r join orders o on o.id = r.order_id join customers c on c.id = r.customer_id
    where ${scope} and o.status = 'completed' and r.amount_fen + r.committed_fen - r.paid_fen - r.written_off_fen > 0`.execute(
    db,
  );
  for (const r of completedOwing.rows) {
    add('completed_but_owing', mismatchText.completedButOwing(r.number, Number(r.owing)), Number(r.owing), {
      orderNumber: r.number,
      customerId: r.customer_id,
    });
  }

  if (whole) {
    const waiting = await sql<{
      id: number;
      day: string;
      amount_fen: number;
      payer_name: string | null;
      age: number;
    }>`
      select b.id, to_char(b.txn_date, 'YYYY-MM-DD') as day, b.amount_fen, b.payer_name,
             ((now() at time zone 'Asia/Shanghai')::date - b.txn_date)::int as age
      from bank_statement_rows b
      where b.state = 'waiting' and b.txn_date < (now() at time zone 'Asia/Shanghai')::date - ${days}::int
      order by b.txn_date, b.id`.execute(db);
    for (const r of waiting.rows) {
      add(
        'statement_row_waiting',
        mismatchText.rowWaiting(r.day, Number(r.amount_fen), r.payer_name, r.age),
        Number(r.amount_fen),
        {
          statementRowId: Number(r.id),
        },
      );
    }
    const twice = await sql<{
      a: number;
      b: number;
      day: string;
      amount_fen: number;
      payer_name: string | null;
    }>`
      select x.id as a, y.id as b, to_char(x.txn_date, 'YYYY-MM-DD') as day, x.amount_fen, x.payer_name
      from bank_statement_rows x join bank_statement_rows y
        on y.txn_date = x.txn_date and y.amount_fen = x.amount_fen and y.id > x.id and y.direction = x.direction
       and y.payer_name is not distinct from x.payer_name and y.payer_account is not distinct from x.payer_account
       and y.remarks = x.remarks and coalesce(y.txn_time, '') = coalesce(x.txn_time, '') and y.import_id <> x.import_id
      where x.direction = 'income' and not exists (select 1 from bank_import_rows i1 join bank_import_rows i2
                                                   on i2.import_id = i1.import_id
                                                   where i1.row_id = x.id and i2.row_id = y.id)`.execute(db);
    for (const r of twice.rows) {
      add(
        'bank_row_twice',
        mismatchText.bankRowTwice(r.day, Number(r.amount_fen), r.payer_name, Number(r.a), Number(r.b)),
        Number(r.amount_fen),
        {
          statementRowId: Number(r.b),
        },
      );
    }
  }
  const handAndBank = await sql<{
    hand: number;
    bank: number;
    customer_id: string;
    name: string;
    amount_fen: number;
    row_id: number | null;
  }>`
    select h.id as hand, b.id as bank, h.customer_id, c.name, h.amount_fen, b.statement_row_id as row_id
    from money_receipts h join money_receipts b
      on b.customer_id = h.customer_id and b.amount_fen = h.amount_fen and b.id <> h.id
     and b.statement_row_id is not null and b.booked_fen > 0
     and abs(extract(epoch from b.received_at - h.received_at)) <= 3 * 86400
    join customers c on c.id = h.customer_id
    where ${scope} and h.statement_row_id is null and h.booked_fen > 0 and h.method in ('transfer', 'wechat', 'alipay', 'bank')`.execute(
    db,
  );
  for (const r of handAndBank.rows) {
    add(
      'booked_by_hand_and_bank',
      mismatchText.bookedByHandAndBank(
        r.name,
        Number(r.amount_fen),
        receiptNumber(Number(r.hand)),
        receiptNumber(Number(r.bank)),
      ),
      Number(r.amount_fen),
      {
        customerId: r.customer_id,
        receiptNumber: receiptNumber(Number(r.hand)),
        ...(r.row_id !== null && { statementRowId: Number(r.row_id) }),
      },
    );
  }

  const overrides = await sql<{
    number: string;
    customer_id: string;
    held: string | null;
    staff: string;
    name: string | null;
    comment: string | null;
    at: Date;
  }>`
    select o.number, o.customer_id, o.review_reason as held, v.staff_id as staff, s.name, v.comment, v.at
    from order_reviews v join orders o on o.id = v.order_id join customers c on c.id = o.customer_id
    left join staff s on s.id = v.staff_id
    where ${scope} and v.step = 'finance' and v.decision = 'approve'
      and v.at > now() - make_interval(days => ${opts.overridesSinceDays ?? 90}::int)
    order by v.at desc`.execute(db);
  for (const r of overrides.rows) {
    add(
      'finance_hold_overridden',
      mismatchText.holdOverridden(r.number, r.held, r.name ?? r.staff, r.comment, r.at),
      null,
      {
        orderNumber: r.number,
        customerId: r.customer_id,
      },
    );
  }

  const counts: Partial<Record<MismatchKind, number>> = {};
  for (const l of lines) counts[l.kind] = (counts[l.kind] ?? 0) + 1;
  return { generatedAt: new Date().toISOString(), unmatchedAfterDays: days, counts, lines };
}
