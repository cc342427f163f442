import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { createDb } from './pg-database.js';
import { createTestDb, type TestDb } from '../test/pg.js';

let tdb: TestDb;

beforeAll(async () => {
  tdb = await createTestDb({ migrate: false });
});

afterAll(async () => {
  await tdb.drop();
});

const setting = async (db: ReturnType<typeof createDb>, name: string) =>
  (await sql<{ value: string }>`select current_setting(${name}) as value`.execute(db)).rows[0]!.value;

describe('createDb', () => {
  it("gives every connection of the pool the pool's own server settings", async () => {
    // 'local' differs from the test server's 'off' and from PostgreSQL's default 'on'.
    const db = createDb({ url: tdb.url, max: 2, prepare: true, settings: { synchronous_commit: 'local' } });
    try {
      const values = await Promise.all([1, 2, 3].map(() => setting(db, 'synchronous_commit')));
      expect(values).toEqual(['local', 'local', 'local']);
    } finally {
      await db.destroy();
    }
  });

  it('keeps the key-lookup settings beside them', async () => {
    const db = createDb({
      url: tdb.url,
      max: 1,
      keyLookups: true,
      settings: { synchronous_commit: 'local' },
    });
    try {
      expect(await setting(db, 'synchronous_commit')).toBe('local');
      expect(await setting(db, 'enable_seqscan')).toBe('off');
    } finally {
      await db.destroy();
    }
  });

  it("leaves the server's settings alone without them", async () => {
    const db = createDb({ url: tdb.url, max: 1 });
    try {
      expect(await setting(db, 'enable_seqscan')).toBe('on');
    } finally {
      await db.destroy();
    }
  });
});
