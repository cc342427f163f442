import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, migrateToLatest, type Db } from '../db/pg-database.js';

export interface TestDb {
  db: Db;
  url: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (test/global-setup.ts)');
  return url;
}

/** Creates an empty database of its own for one test file; `migrate: false` leaves it without tables. */
export async function createTestDb(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = serverUrl().replace(/\/[^/]*$/, `/${name}`);
  const db = createDb({ url, max: 20 });
  if (opts.migrate !== false) await migrateToLatest(db);
  return {
    db,
    url,
    async drop() {
      await db.destroy();
      const c = new pg.Client({ connectionString: serverUrl() });
      await c.connect();
      // pg-pool's end() resolves before its sockets are closed: wait for the backends to go, so FORCE kills none
      // mid-close (that error would surface in whichever test runs next).
      for (let i = 0; i < 50; i++) {
        const r = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (r.rows[0].n === 0) break;
        await new Promise((res) => setTimeout(res, 50));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
