import { sql, type Kysely } from 'kysely';

/**
 * One order lifecycle in PostgreSQL:
 * - `orders.number`: the one human number (`LD-20261205-0007`, a per-day sequence in Asia/Shanghai days);
 * - review: `in_review` replaces `pending_review`; the chain a shop configures (`review_chains`, versioned; an order
 *   keeps the version it started with) plans the steps (`orders.review_plan`), `orders.review_step` is the one
 *   waiting, `order_reviews` records each decision once per step;
 * - warehouse: `partially_shipped`; shipments and their lines, returns against a shipment, goods receipts; per line
 *   the shipped, returned and cancelled quantities; every stock change a ledger row naming its document;
 * - money follows delivery: a receivable owes what was shipped less what came back (`amount_fen`) and commits what
 *   is approved but not shipped yet (`committed_fen`), both counting towards the customer's open balance; a return
 *   writes a credit note.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table order_number_days (day date primary key, last integer not null);
    alter table orders
      add column number text,
      add column review_chain_version integer,
      add column review_plan text[] not null default '{}',
      add column review_step text check (review_step in ('rep', 'order', 'finance', 'warehouse')),
      add column guest_chat jsonb;
    with numbered as (
      select id, (created_at at time zone 'Asia/Shanghai')::date as day,
             row_number() over (partition by (created_at at time zone 'Asia/Shanghai')::date order by no) as n
      from orders)
    update orders o set number = 'LD-' || to_char(n.day, 'YYYYMMDD') || '-' || lpad(n.n::text, 4, '0')
    from numbered n where n.id = o.id;
    insert into order_number_days (day, last)
      select (created_at at time zone 'Asia/Shanghai')::date, count(*) from orders group by 1;
    alter table orders alter column number set not null, add constraint orders_number_uq unique (number);

    update orders set status = 'in_review', review_step = 'finance' where status = 'pending_review';
    update order_status_history set from_status = 'in_review' where from_status = 'pending_review';
    update order_status_history set to_status = 'in_review' where to_status = 'pending_review';

    alter table order_lines
      add column shipped_qty integer not null default 0 check (shipped_qty >= 0),
      add column returned_qty integer not null default 0 check (returned_qty >= 0),
      add column cancelled_qty integer not null default 0 check (cancelled_qty >= 0),
      add constraint order_lines_quantities check (shipped_qty + cancelled_qty <= qty and returned_qty <= shipped_qty);
    update order_lines l set shipped_qty = l.qty
      from orders o where o.id = l.order_id and o.status in ('shipped', 'completed');

    create table review_chains (
      version serial primary key,
      steps jsonb not null,
      created_by text,
      created_at timestamptz not null default now());

    create table order_reviews (
      id bigserial primary key,
      order_id text not null references orders(id) on delete cascade,
      step text not null check (step in ('rep', 'order', 'finance', 'warehouse')),
      decision text not null check (decision in ('approve', 'reject')),
      staff_id text not null,
      comment text,
      at timestamptz not null default now(),
      constraint order_reviews_once unique (order_id, step));

    create table shipments (
      id bigserial primary key,
      number text not null unique,
      order_id text not null references orders(id),
      staff_id text not null,
      note text,
      shipped_at timestamptz not null default now());
    create table shipment_lines (
      shipment_id bigint not null references shipments(id) on delete cascade,
      line_no integer not null,
      sku text not null,
      qty integer not null check (qty > 0),
      returned_qty integer not null default 0 check (returned_qty >= 0 and returned_qty <= qty),
      primary key (shipment_id, line_no));
    create index shipments_order_idx on shipments (order_id);

    create table order_returns (
      id bigserial primary key,
      number text not null unique,
      shipment_id bigint not null references shipments(id),
      order_id text not null references orders(id),
      staff_id text not null,
      reason text not null,
      returned_at timestamptz not null default now());
    create table return_lines (
      return_id bigint not null references order_returns(id) on delete cascade,
      line_no integer not null,
      sku text not null,
      qty integer not null check (qty > 0),
      disposition text not null check (disposition in ('restock', 'damaged')),
      primary key (return_id, line_no));

    create table goods_receipts (
      id bigserial primary key,
      supplier text,
      staff_id text not null,
      note text,
      received_at timestamptz not null default now());

    alter table receivables
      add column committed_fen bigint not null default 0 check (committed_fen >= 0),
      -- A return after payment leaves the customer in credit: paid above what is owed.
      drop constraint receivables_paid_within_amount;
    create table credit_notes (
      id bigserial primary key,
      order_id text not null references orders(id),
      return_id bigint references order_returns(id),
      amount_fen bigint not null check (amount_fen > 0),
      reason text not null,
      staff_id text not null,
      created_at timestamptz not null default now());

    alter table stock add column location text, add column reorder_at integer check (reorder_at >= 0);

    alter table stock_ledger
      add column shipment_id bigint references shipments(id),
      add column return_id bigint references order_returns(id),
      add column receipt_id bigint references goods_receipts(id),
      drop constraint stock_ledger_reason_check,
      add constraint stock_ledger_reason_check check (reason in
        ('receive', 'adjust', 'count', 'reserve', 'release', 'consume', 'ship', 'return', 'return_damaged')),
      drop constraint stock_ledger_order_line,
      add constraint stock_ledger_order_line check (
        (order_id is null) = (line_no is null) and (order_id is not null or reason in ('receive', 'adjust', 'count')));
    -- Idempotency of each kind of movement: the pipeline's per order line, documents' per document line.
    drop index stock_ledger_order_line_reason_uq;
    create unique index stock_ledger_order_line_reason_uq on stock_ledger (order_id, line_no, reason)
      where order_id is not null and shipment_id is null and return_id is null and receipt_id is null;
    create unique index stock_ledger_shipment_uq on stock_ledger (shipment_id, line_no) where shipment_id is not null;
    create unique index stock_ledger_return_uq on stock_ledger (return_id, line_no) where return_id is not null;
    create unique index stock_ledger_receipt_line_uq on stock_ledger (receipt_id, sku, order_id, line_no)
      where receipt_id is not null;
  `.execute(db);
  await sql`insert into review_chains (steps, created_by) values (${JSON.stringify(DEFAULT_CHAIN)}::jsonb, 'migration')`.execute(
    db,
  );
  await sql`update orders set review_chain_version = 1`.execute(db);
  // The open balance counts committed money from now on (before receivables are moved, so it stays the same).
  await sql`
    create or replace function receivables_open_fen() returns trigger language plpgsql as $$
    declare
      old_open bigint := 0;
      new_open bigint := 0;
    begin
      if tg_op in ('UPDATE', 'DELETE') and old.status = 'open' then
        old_open := old.amount_fen + old.committed_fen - old.paid_fen;
      end if;
      if tg_op in ('INSERT', 'UPDATE') and new.status = 'open' then
        new_open := new.amount_fen + new.committed_fen - new.paid_fen;
      end if;
      if tg_op = 'UPDATE' and old.customer_id is distinct from new.customer_id then
        update customers set open_fen = open_fen - old_open where id = old.customer_id and old_open <> 0;
        update customers set open_fen = open_fen + new_open where id = new.customer_id and new_open <> 0;
      elsif tg_op = 'DELETE' then
        update customers set open_fen = open_fen - old_open where id = old.customer_id and old_open <> 0;
      elsif new_open <> old_open then
        update customers set open_fen = open_fen + new_open - old_open where id = new.customer_id;
      end if;
      return null;
    end $$`.execute(db);
  // Receivables of orders approved before: what they owe was their whole total, shipped or not. Keep shipped ones
  // as owed and move the unshipped ones to committed, so the open balance stays the same.
  await sql`
    update receivables r set committed_fen = r.amount_fen, amount_fen = 0
    from orders o where o.id = r.order_id and o.status = 'approved' and r.status = 'open'`.execute(db);
}

/**
 * The chain a new installation starts with: what the system did before chains existed (a rep confirms orders of
 * 50,000 yuan and more, finance looks at orders over the credit limit or of customers with overdue debts; orders of
 * unknown contacts always go to a rep first).
 */
const DEFAULT_CHAIN = [
  { step: 'rep', enabled: true, conditions: { minAmountFen: 5_000_000 } },
  { step: 'order', enabled: false, conditions: {} },
  { step: 'finance', enabled: true, conditions: { overCreditLimit: true, overdue: true } },
  { step: 'warehouse', enabled: false, conditions: {} },
];

export async function down(): Promise<void> {
  throw new Error('0011-order-lifecycle cannot be undone: restore a backup');
}
