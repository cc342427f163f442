import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDb, type TestDb } from '../test/pg.js';
import { importCustomersFile, importStaffFile } from './customer-import.js';

const tmp = mkdtempSync(join(tmpdir(), 'liaodan-customers-'));
let n = 0;
function file(text: string): string {
  const path = join(tmp, `f${n++}.csv`);
  writeFileSync(path, text);
  return path;
}

const STAFF = 'id,name,role,chat_names\nrep-chen,陈明,rep,陈明|小陈\nwh-sun,孙国平,warehouse,仓库老孙\n';
const CUSTOMERS =
  'id,name,tier,region,credit_limit,rep,chat_names\n' +
  'c-wang,王师傅装修队,A,城东,50000.5,rep-chen,王师傅|王工\n' +
  'c-li,李老板工地,,,,,李老板\n';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.drop();
});

const identities = async () =>
  (
    await t.db
      .selectFrom('chat_identities')
      .select(['channel', 'external_id', 'display_name', 'customer_id', 'staff_id'])
      .orderBy('external_id')
      .execute()
  ).map((r) => `${r.channel} ${r.external_id} → ${r.customer_id ?? `staff ${r.staff_id}`}`);

describe('customer and staff import', () => {
  it('imports staff and customers and binds their chat names as wechat name identities', async () => {
    expect(await importStaffFile(t.db, file(STAFF))).toEqual({
      ok: true,
      rows: 2,
      summary: { inserted: 2, updated: 0, unchanged: 0, chatNamesBound: 3, chatNamesUnbound: 0 },
    });
    expect(await importCustomersFile(t.db, file(CUSTOMERS))).toMatchObject({
      ok: true,
      summary: { inserted: 2, chatNamesBound: 3 },
    });
    const wang = await t.db.selectFrom('customers').selectAll().where('id', '=', 'c-wang').executeTakeFirst();
    expect(wang).toMatchObject({
      name: '王师傅装修队',
      tier: 'A',
      region: '城东',
      credit_limit_fen: 5000050,
      rep_id: 'rep-chen',
    });
    const li = await t.db.selectFrom('customers').selectAll().where('id', '=', 'c-li').executeTakeFirst();
    expect(li).toMatchObject({ tier: null, region: null, credit_limit_fen: 0, rep_id: null });
    expect(await identities()).toEqual([
      'wechat name:仓库老孙 → staff wh-sun',
      'wechat name:小陈 → staff rep-chen',
      'wechat name:李老板 → c-li',
      'wechat name:王工 → c-wang',
      'wechat name:王师傅 → c-wang',
      'wechat name:陈明 → staff rep-chen',
    ]);
  });

  it('changes nothing the second time and follows chat names that move or go', async () => {
    expect(await importCustomersFile(t.db, file(CUSTOMERS))).toMatchObject({
      summary: { inserted: 0, updated: 0, unchanged: 2, chatNamesBound: 0, chatNamesUnbound: 0 },
    });
    const moved =
      'id,name,tier,region,credit_limit,rep,chat_names\n' +
      'c-wang,王师傅装修队,A,城东,50000.5,rep-chen,王师傅\n' +
      'c-li,李老板工地,,,,,李老板|王工\n';
    expect(await importCustomersFile(t.db, file(moved))).toMatchObject({
      summary: { inserted: 0, updated: 2, unchanged: 0, chatNamesBound: 1, chatNamesUnbound: 0 },
    });
    expect(await identities()).toContain('wechat name:王工 → c-li');
    const dropped = 'id,name,chat_names\nc-li,李老板工地,李老板\n';
    expect(await importCustomersFile(t.db, file(dropped))).toMatchObject({
      summary: { updated: 1, chatNamesUnbound: 1 },
    });
    expect(await identities()).not.toContain('wechat name:王工 → c-li');
  });

  it('names every bad customer row, unknown reps included, and writes nothing', async () => {
    const before = await t.db.selectFrom('customers').selectAll().orderBy('id').execute();
    const bad =
      'id,name,tier,region,credit_limit,rep,chat_names\n' +
      'c-new,新客户,A,,100,rep-nobody,新客户\n' +
      'c-wang,,A,,-5,rep-chen,\n' +
      'c-zhao,赵老板,B,,1.234,,赵老板\n' +
      'c-zhao,赵老板2,B,,1,,赵老板\n';
    const r = await importCustomersFile(t.db, file(bad));
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 3, key: 'c-wang', field: 'credit_limit', reason: 'must not be negative' },
        { line: 3, key: 'c-wang', field: 'name', reason: 'must not be empty' },
        {
          line: 4,
          key: 'c-zhao',
          field: 'chat_names',
          reason: 'chat name 赵老板 is used twice, also at line 5',
        },
        { line: 4, key: 'c-zhao', field: 'credit_limit', reason: 'at most 2 decimals (yuan)' },
        { line: 4, key: 'c-zhao', field: 'id', reason: 'duplicate id, also at line 5' },
        {
          line: 5,
          key: 'c-zhao',
          field: 'chat_names',
          reason: 'chat name 赵老板 is used twice, also at line 4',
        },
        { line: 5, key: 'c-zhao', field: 'id', reason: 'duplicate id, also at line 4' },
      ],
    });
    const unknownRep = await importCustomersFile(
      t.db,
      file('id,name,rep,chat_names\nc-new,新客户,rep-nobody,新客户\nc-ok,好客户,rep-chen,陈明\n'),
    );
    expect(unknownRep).toEqual({
      ok: false,
      errors: [
        { line: 2, key: 'c-new', field: 'rep', reason: 'no staff member with id rep-nobody' },
        {
          line: 3,
          key: 'c-ok',
          field: 'chat_names',
          reason: '陈明 already belongs to staff member rep-chen',
        },
      ],
    });
    expect(await t.db.selectFrom('customers').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('rejects unknown staff roles and missing columns', async () => {
    expect(await importStaffFile(t.db, file('id,name,role\nx-1,某人,boss\n'))).toEqual({
      ok: false,
      errors: [{ line: 2, key: 'x-1', field: 'roles', reason: '不认识的角色：boss' }],
    });
    expect(await importStaffFile(t.db, file('id,name\nx-1,某人\n'))).toEqual({
      ok: false,
      errors: [{ line: 1, field: 'roles', reason: 'required column is missing' }],
    });
  });

  it("reads several roles in English or Chinese, and a manager's regions", async () => {
    const r = await importStaffFile(
      t.db,
      file('id,name,roles,regions\nm-1,王经理,区域经理|业务员,城东|城西\nk-1,小李,clerk、finance,\n'),
    );
    expect(r.ok).toBe(true);
    const rows = await t.db
      .selectFrom('staff')
      .select(['id', 'roles', 'regions'])
      .where('id', 'in', ['m-1', 'k-1'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'k-1', roles: ['clerk', 'finance'], regions: [] },
      { id: 'm-1', roles: ['rep', 'manager'], regions: ['城东', '城西'] },
    ]);
  });
});
