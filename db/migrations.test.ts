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
