import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLiaodan } from '../test/cli.js';
import { createTestDb, type TestDb } from '../test/pg.js';

const tmp = mkdtempSync(join(tmpdir(), 'liaodan-cli-people-'));

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ migrate: false });
});
afterAll(async () => {
  await t.drop();
});

const liaodan = (...args: string[]) => runLiaodan({ DATABASE_URL: t.url }, ...args);

describe('liaodan staff and customers', () => {
  it('imports staff, then customers, and refuses a customer whose rep is not on the staff', async () => {
    const staff = join(tmp, 'staff.csv');
    writeFileSync(staff, 'id,name,role,chat_names\nrep-chen,陈明,rep,小陈\n');
    const s = await liaodan('staff', 'import', staff);
    expect(s).toMatchObject({ code: 0, stderr: '' });
    expect(s.stdout).toBe('1 staff: 1 inserted, 0 updated, 0 unchanged; chat names 1 bound, 0 unbound\n');

    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, 'id,name,rep,chat_names\nc-1,王老板,rep-chen,王老板\nc-2,李老板,rep-nobody,李老板\n');
    const b = await liaodan('customers', 'import', bad);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('第 3 行（c-2）：rep：no staff member with id rep-nobody');
    expect(await t.db.selectFrom('customers').selectAll().execute()).toEqual([]);

    const good = join(tmp, 'good.csv');
    writeFileSync(good, 'id,name,rep,chat_names\nc-1,王老板,rep-chen,王老板\n');
    const g = await liaodan('customers', 'import', good);
    expect(g.stdout).toBe('1 customers: 1 inserted, 0 updated, 0 unchanged; chat names 1 bound, 0 unbound\n');
  });
});
