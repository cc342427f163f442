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
        last: number;
      }>`select last from order_number_days where day = '2026-12-04'`.execute(t.db);
      expect(next.rows[0]?.last).toBe(2);
    } finally {
      await t.drop();
    }
  });
});
