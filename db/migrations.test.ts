import { describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { migrateToLatest } from './pg-database.js';
import { createTestDb } from '../test/pg.js';
import { migrations } from './migrations/index.js';

describe('migrations', () => {
  it('create every table on an empty database and are a no-op the second time', async () => {
    const t = await createTestDb({ migrate: false });
    try {
      const first = await migrateToLatest(t.db);
      expect(first.results?.map((r) => [r.migrationName, r.status])).toEqual(
        Object.keys(migrations).map((name) => [name, 'Success']),
      );
      const tables = await sql<{
        tablename: string;
      }>`select tablename from pg_tables where schemaname = 'public'`.execute(t.db);
      const names = tables.rows.map((r) => r.tablename);
      for (const table of [
        'products',
        'tier_prices',
        'stock',
        'customers',
        'staff',
        'chat_identities',
        'orders',
        'order_lines',
        'order_status_history',
        'outbox',
      ]) {
        expect(names).toContain(table);
      }
      const second = await migrateToLatest(t.db);
      expect(second.results).toEqual([]);
    } finally {
      await t.drop();
    }
  });
});

describe('0011-order-lifecycle on a shop that already has orders', () => {
  it('numbers the orders by day, moves reviews to in_review at finance and unshipped receivables to committed', async () => {
    const t = await createTestDb({ migrate: false });
    try {
      const { Migrator } = await import('kysely');
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0011'));
      const upTo = new Migrator({ db: t.db, provider: { getMigrations: async () => before } });
      expect((await upTo.migrateToLatest()).error).toBeUndefined();
      await sql`insert into customers (id, name, credit_limit_fen) values ('c-1', '王老板', 100000)`.execute(
        t.db,
      );
      await sql`
        insert into orders (id, customer_id, channel, source_key, status, total_fen, review_reason, created_at) values
          ('o-1', 'c-1', 'web', 'k1', 'approved', 5000, null, '2026-12-04 09:00+08'),
          ('o-2', 'c-1', 'web', 'k2', 'pending_review', 9000, '超出信用额度', '2026-12-04 10:00+08'),
          ('o-3', 'c-1', 'web', 'k3', 'shipped', 2000, null, '2026-12-05 08:00+08')`.execute(t.db);
      await sql`insert into order_status_history (order_id, from_status, to_status, actor)
                values ('o-2', 'priced', 'pending_review', 'worker')`.execute(t.db);
      await sql`insert into receivables (order_id, customer_id, amount_fen) values ('o-1', 'c-1', 5000), ('o-3', 'c-1', 2000)`.execute(
        t.db,
      );
      const openBefore = (await sql<{ open_fen: number }>`select open_fen from customers`.execute(t.db))
        .rows[0]?.open_fen;

      await migrateToLatest(t.db);
      const orders = await sql<{ id: string; number: string; status: string; review_step: string | null }>`
        select id, number, status, review_step from orders order by id`.execute(t.db);
      expect(orders.rows).toEqual([
        { id: 'o-1', number: 'LD-20261204-0001', status: 'approved', review_step: null },
        { id: 'o-2', number: 'LD-20261204-0002', status: 'in_review', review_step: 'finance' },
        { id: 'o-3', number: 'LD-20261205-0001', status: 'shipped', review_step: null },
      ]);
      const history = await sql<{ to_status: string }>`select to_status from order_status_history`.execute(
        t.db,
      );
      expect(history.rows).toEqual([{ to_status: 'in_review' }]);
      const receivables = await sql<{ order_id: string; amount_fen: number; committed_fen: number }>`
        select order_id, amount_fen::int, committed_fen::int from receivables order by order_id`.execute(
        t.db,
      );
      expect(receivables.rows).toEqual([
        { order_id: 'o-1', amount_fen: 0, committed_fen: 5000 },
        { order_id: 'o-3', amount_fen: 2000, committed_fen: 0 },
      ]);
      const openAfter = (await sql<{ open_fen: number }>`select open_fen from customers`.execute(t.db))
        .rows[0]?.open_fen;
      expect(Number(openAfter)).toBe(Number(openBefore));
      // The next order of a day already numbered goes on from where the migration left off.
      const next = await sql<{
        n: string;
      }>`select nextval('order_number_seq') - base as n from order_number_days where day = '2026-12-04'`.execute(
        t.db,
      );
      expect(Number(next.rows[0]?.n)).toBe(3);
    } finally {
      await t.drop();
    }
  });
});

describe('0021-money-journal on a shop that already has receivables and payments', () => {
  it('books them as journal rows without changing any receivable, keeps each payment and its key, and the open balances', async () => {
    const t = await createTestDb({ migrate: false });
    try {
      const { Migrator } = await import('kysely');
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0021'));
      const upTo = new Migrator({ db: t.db, provider: { getMigrations: async () => before } });
      expect((await upTo.migrateToLatest()).error).toBeUndefined();
      await sql`
        insert into customers (id, name, credit_limit_fen) values ('c-1', '王老板', 1000000), ('c-2', '李老板', 1000000);
        insert into products (sku, name, unit, price_fen, specs, conversions) values ('P', '水泥', '袋', 2500, '{}', '{}');
        insert into orders (id, number, customer_id, channel, source_key, status, total_fen, created_at) values
          ('o-1', 'LD-20261201-0001', 'c-1', 'web', 'k1', 'approved', 5000, '2026-12-01 09:00+08'),
          ('o-2', 'LD-20261201-0002', 'c-1', 'web', 'k2', 'shipped', 10000, '2026-12-01 10:00+08'),
          ('o-3', 'LD-20261202-0001', 'c-2', 'web', 'k3', 'completed', 7500, '2026-12-02 08:00+08'),
          ('o-4', 'LD-20261202-0002', 'c-2', 'web', 'k4', 'cancelled', 2500, '2026-12-02 09:00+08');
        insert into order_lines (order_id, line_no, sku, qty, unit, unit_price_fen, line_total_fen, shipped_qty, returned_qty) values
          ('o-2', 1, 'P', 4, '袋', 2500, 10000, 4, 1), ('o-3', 1, 'P', 3, '袋', 2500, 7500, 3, 0);
        insert into shipments (id, number, order_id, staff_id, shipped_at) values
          (1, 'FH-20261201-0002-1', 'o-2', 'wh', '2026-12-02 09:00+08');
        insert into shipment_lines (shipment_id, line_no, sku, qty, returned_qty) values (1, 1, 'P', 4, 1);
        insert into order_returns (id, number, shipment_id, order_id, staff_id, reason) values
          (1, 'TH-20261201-0002-1', 1, 'o-2', 'wh', '破损');
        insert into credit_notes (order_id, return_id, amount_fen, reason, staff_id) values ('o-2', 1, 2500, '破损', 'wh');`.execute(
        t.db,
      );
      // What 0011's code left: o-1 committed, o-2 shipped 10000 less the 2500 return with 3000 paid, o-3 shipped
      // before shipments were recorded and paid 7500 (completed), o-4 void with its old amount.
      await sql`
        insert into receivables (order_id, customer_id, amount_fen, committed_fen, paid_fen, status) values
          ('o-1', 'c-1', 0, 5000, 1000, 'open'), ('o-2', 'c-1', 7500, 0, 3000, 'open'),
          ('o-3', 'c-2', 7500, 0, 7500, 'paid'), ('o-4', 'c-2', 2500, 0, 0, 'void');
        insert into payments (order_id, amount_fen, method, reference, idempotency_key, actor, received_at) values
          ('o-1', 1000, 'cash', null, 'staff:fin:key-1', 'staff:fin', '2026-12-01 12:00+08'),
          ('o-2', 3000, 'transfer', 'SLIP-9', null, 'staff:fin', '2026-12-03 12:00+08'),
          ('o-3', 7500, '微信', null, null, 'staff:fin', '2026-12-03 15:00+08');`.execute(t.db);
      const read = async () =>
        (
          await sql<{
            order_id: string;
            amount_fen: number;
            committed_fen: number;
            paid_fen: number;
            status: string;
          }>`
            select order_id, amount_fen::int, committed_fen::int, paid_fen::int, status from receivables order by order_id`.execute(
            t.db,
          )
        ).rows;
      const receivables = await read();
      const open = async () =>
        (
          await sql<{
            id: string;
            open_fen: number;
          }>`select id, open_fen::int from customers order by id`.execute(t.db)
        ).rows;
      const openBefore = await open();

      await migrateToLatest(t.db);
      expect(await read()).toEqual(
        receivables.map((r) => (r.status === 'void' ? { ...r, amount_fen: 0 } : r)),
      );
      expect(await open()).toEqual(openBefore);
      const payments = await sql<{
        order_id: string;
        amount_fen: number;
        method: string;
        reference: string | null;
        idempotency_key: string | null;
      }>`
        select order_id, amount_fen::int, method, reference, idempotency_key from payments order by id`.execute(
        t.db,
      );
      expect(payments.rows).toEqual([
        {
          order_id: 'o-1',
          amount_fen: 1000,
          method: 'cash',
          reference: null,
          idempotency_key: 'staff:fin:key-1',
        },
        { order_id: 'o-2', amount_fen: 3000, method: 'transfer', reference: 'SLIP-9', idempotency_key: null },
        { order_id: 'o-3', amount_fen: 7500, method: '微信', reference: null, idempotency_key: null },
      ]);
      const rows = await sql<{ order_id: string; kind: string; amount_fen: number }>`
        select order_id, kind, amount_fen::int from money_journal where order_id is not null order by order_id, id`.execute(
        t.db,
      );
      expect(rows.rows).toEqual([
        { order_id: 'o-1', kind: 'commitment', amount_fen: 5000 },
        { order_id: 'o-1', kind: 'allocation', amount_fen: 1000 },
        { order_id: 'o-2', kind: 'charge', amount_fen: 10000 },
        { order_id: 'o-2', kind: 'credit', amount_fen: 2500 },
        { order_id: 'o-2', kind: 'allocation', amount_fen: 3000 },
        { order_id: 'o-3', kind: 'charge', amount_fen: 7500 },
        { order_id: 'o-3', kind: 'allocation', amount_fen: 7500 },
      ]);
      await expect(sql`update money_journal set amount_fen = 1`.execute(t.db)).rejects.toThrow(
        /never changed/,
      );
      await expect(sql`update receivables set paid_fen = 0`.execute(t.db)).rejects.toThrow(
        /kept by the money journal/,
      );
      await expect(sql`delete from money_receipts`.execute(t.db)).rejects.toThrow(/never deleted/);
    } finally {
      await t.drop();
    }
  });
});
