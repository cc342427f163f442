import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPassword } from '../auth/argon2-passwords.js';
import { readCustomerLink } from '../auth/customer-link.js';
import { DEV_APP_SECRET } from '../lib/config.js';
import { runLiaodan, runLiaodanWithInput } from '../test/cli.js';
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

  it('sets a password from stdin, refuses a weak one, and prints one-time set-password links', async () => {
    const weak = await runLiaodanWithInput(
      { DATABASE_URL: t.url },
      '12345678\n',
      'staff',
      'passwd',
      'rep-chen',
    );
    expect(weak).toMatchObject({ code: 1, stderr: '密码不能全是数字\n' });
    const set = await runLiaodanWithInput(
      { DATABASE_URL: t.url },
      'a-good-password\n',
      'staff',
      'passwd',
      'rep-chen',
    );
    expect(set).toMatchObject({ code: 0, stdout: 'rep-chen 的密码已设置，以前的登录都已失效\n' });
    const row = await t.db
      .selectFrom('staff')
      .select('password_hash')
      .where('id', '=', 'rep-chen')
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(row.password_hash, 'a-good-password')).toBe(true);
    const nobody = await runLiaodanWithInput(
      { DATABASE_URL: t.url },
      'a-good-password\n',
      'staff',
      'passwd',
      'nobody',
    );
    expect(nobody).toMatchObject({ code: 1, stderr: '没有这位员工：nobody\n' });

    const staff = join(tmp, 'more-staff.csv');
    writeFileSync(staff, 'id,name,roles\nrep-chen,陈明,业务员\nfin-1,周丽,财务\n');
    const links = await runLiaodan(
      { DATABASE_URL: t.url, PUBLIC_URL: 'https://shop.example.com' },
      'staff',
      'import',
      staff,
      '--links',
    );
    expect(links.code).toBe(0);
    const lines = links.stdout.trim().split('\n').slice(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^fin-1\t周丽\thttps:\/\/shop\.example\.com\/set-password#[\w-]{20,}$/);
  });

  it("prints a customer's chat link, signed for that customer, and revokes earlier ones", async () => {
    const env = { DATABASE_URL: t.url, PUBLIC_URL: 'https://shop.example.com' };
    const first = await runLiaodan(env, 'customers', 'link', 'c-1');
    const url = first.stdout.trim().split('\t')[1] as string;
    expect(url).toMatch(/^https:\/\/shop\.example\.com\/chat\/c\//);
    expect(readCustomerLink(DEV_APP_SECRET, url.split('/').pop() as string)).toEqual({
      customerId: 'c-1',
      version: 1,
    });
    const revoked = await runLiaodan(env, 'customers', 'link', 'c-1', '--revoke');
    const next = revoked.stdout.trim().split('\t')[1] as string;
    expect(readCustomerLink(DEV_APP_SECRET, next.split('/').pop() as string)).toEqual({
      customerId: 'c-1',
      version: 2,
    });
    expect(await runLiaodan(env, 'customers', 'link', 'nobody')).toMatchObject({
      code: 1,
      stderr: '没有这位客户：nobody\n',
    });
  });
});
