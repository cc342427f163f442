import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLiaodan } from '../test/cli.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { loadProducts } from '../catalog/pg-catalog-repository.js';

const dev = fileURLToPath(new URL('../test/dev-catalog/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'liaodan-cli-'));

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ migrate: false });
});
afterAll(async () => {
  await t.drop();
});

const liaodan = (...args: string[]) => runLiaodan({ DATABASE_URL: t.url }, ...args);

describe('liaodan catalog', () => {
  it('exits non-zero, lists every bad row on stderr and imports nothing', async () => {
    const file = join(tmp, 'bad.csv');
    writeFileSync(file, 'sku,name,unit,price,conversions\nA,好,袋,1,\nB,坏,袋,-1,\nC,坏,袋,2,吨=abc\n');
    const r = await liaodan('catalog', 'import', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('有 2 处问题，什么都没有导入');
    expect(r.stderr).toContain('第 3 行（B）：price：must not be negative');
    expect(r.stderr).toContain('第 4 行（C）：conversions："吨=abc" is not unit=number');
    const ok = await liaodan('catalog', 'import', join(dev, 'catalog.json'));
    expect(ok.stdout).toMatch(/^127 products: 127 inserted, 0 updated, 0 unchanged, 0 deactivated/);
    expect((await loadProducts(t.db)).find((p) => p.sku === 'A')).toBeUndefined();
  });

  it('says in one line which file is missing or unreadable, and shows the stack only with --verbose', async () => {
    const missing = join(tmp, 'nope.csv');
    const r = await liaodan('catalog', 'import', missing);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: `${missing}：文件不存在\n` });
    const folder = await liaodan('catalog', 'import', tmp);
    expect(folder.stderr).toBe(`${tmp}：这是一个目录，不是文件\n`);
    const verbose = await liaodan('catalog', 'import', missing, '--verbose');
    expect(verbose.stderr.split('\n')[0]).toBe(`${missing}：文件不存在`);
    expect(verbose.stderr).toContain('InputFileError');
    for (const command of [
      ['customers', 'import'],
      ['staff', 'import'],
    ]) {
      const other = await liaodan(...command, missing);
      expect(other).toMatchObject({ code: 1, stderr: `${missing}：文件不存在\n` });
    }
  });

  it('migrates, imports, and exports to stdout and to a file', async () => {
    const again = await liaodan('catalog', 'import', join(dev, 'catalog.csv'));
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/^127 products: 0 inserted, 0 updated, 127 unchanged, 0 deactivated/);
    const out = join(tmp, 'export.csv');
    const toFile = await liaodan('catalog', 'export', '--format', 'csv', '--out', out);
    expect(toFile.code).toBe(0);
    const toStdout = await liaodan('catalog', 'export', '--format', 'csv');
    expect(toStdout.stdout).toBe(readFileSync(out, 'utf8'));
    const skus = (
      JSON.parse(readFileSync(join(dev, 'catalog.json'), 'utf8')) as { products: { sku: string }[] }
    ).products
      .map((p) => p.sku)
      .sort();
    const lines = toStdout.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(128);
    expect(lines[1]?.startsWith(`${skus[0]},`)).toBe(true);
  });
});
