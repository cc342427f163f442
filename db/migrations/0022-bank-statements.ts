import { sql, type Kysely } from 'kysely';

/**
 * Bank statements in the database: each import (who, when, the file and its rows as read, what was recognised, the
 * counts), each bank
 * transaction once by its fingerprint whichever imports brought it (`bank_import_rows` says which did), its match
 * and its state (booked, waiting for finance, dismissed, or ignored as an expense); a receipt names the row it
 * books, at most one standing receipt per row. Payer names per customer (entered or learned from confirmed rows)
 * and the shop's matching and aging settings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table finance_settings (
      id integer primary key default 1 check (id = 1),
      tolerance_fen integer not null default 0 check (tolerance_fen >= 0),
      date_window_days integer not null default 60 check (date_window_days >= 0),
      payment_terms_days integer not null default 30 check (payment_terms_days >= 0),
      unmatched_alert_days integer not null default 7 check (unmatched_alert_days >= 0),
      updated_by text,
      updated_at timestamptz not null default now());
    insert into finance_settings default values;

    create table customer_payer_names (
      customer_id text not null references customers(id),
      name text not null check (name <> ''),
      source text not null check (source in ('entered', 'learned')),
      staff_id text,
      statement_row_id bigint,
      created_at timestamptz not null default now(),
      primary key (customer_id, name));
    create index customer_payer_names_name_idx on customer_payer_names (name);

    create table bank_imports (
      id bigserial primary key,
      file_name text not null,
      file_sha256 text not null,
      file_bytes bytea not null,
      staff_id text not null,
      state text not null default 'previewed' check (state in ('previewed', 'booked')),
      summary jsonb not null,
      bad_rows jsonb not null default '[]',
      counts jsonb not null default '{}',
      statement_rows jsonb not null default '[]',
      created_at timestamptz not null default now(),
      booked_at timestamptz,
      booked_by text);

    create table bank_statement_rows (
      id bigserial primary key,
      fingerprint text not null unique,
      import_id bigint not null references bank_imports(id),
      line integer not null,
      file_line integer not null,
      txn_date date not null,
      txn_time text,
      direction text not null check (direction in ('income', 'expense', 'none')),
      amount_fen bigint not null check (amount_fen >= 0),
      payer_name text,
      payer_account text,
      remarks text[] not null default '{}',
      state text not null check (state in ('booked', 'waiting', 'dismissed', 'ignored')),
      decision text check (decision in ('auto', 'suggest', 'unmatched')),
      kind text,
      reason text,
      proposal jsonb not null default '[]',
      candidates text[] not null default '{}',
      receipt_id bigint references money_receipts(id),
      decided_by text,
      decided_at timestamptz,
      note text,
      created_at timestamptz not null default now(),
      constraint bank_statement_rows_booked check ((state = 'booked') = (receipt_id is not null)));
    create index bank_statement_rows_waiting_idx on bank_statement_rows (txn_date) where state = 'waiting';
    create index bank_statement_rows_lookalike_idx on bank_statement_rows (txn_date, amount_fen) where direction = 'income';

    create table bank_import_rows (
      import_id bigint not null references bank_imports(id),
      row_id bigint not null references bank_statement_rows(id),
      line integer not null,
      seen_before boolean not null,
      primary key (import_id, row_id));

    alter table money_receipts add column statement_row_id bigint references bank_statement_rows(id);
    create unique index money_receipts_statement_row_uq on money_receipts (statement_row_id)
      where statement_row_id is not null and booked_fen > 0;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index money_receipts_statement_row_uq;
    alter table money_receipts drop column statement_row_id;
    drop table bank_import_rows, bank_statement_rows, bank_imports, customer_payer_names, finance_settings;
  `.execute(db);
}
