import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fixtureProducts } from '../catalog/fixture-products.js';
import { toCatalogFileProduct } from '../catalog/catalog-file.js';
import { runSimulate } from './simulate.js';

async function simulate(
  catalogPath: string,
  input: string,
): Promise<{ code: number; out: string; err: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const code = await runSimulate({
    catalogPath,
    maxQtyPerLine: 10000,
    input: stdin,
    output: stdout,
    errors: stderr,
  });
  return { code, out, err };
}

describe('liaodan simulate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaodan-simulate-'));
  const catalog = join(dir, 'catalog.json');
  writeFileSync(catalog, JSON.stringify({ products: fixtureProducts().map(toCatalogFileProduct) }));

  it('writes one result line per dialog with prices in yuan and quantities in the sale unit', async () => {
    const dialogs = [
      { id: 'a', customer: { id: 'c1', name: '王老板', tier: 'A' }, turns: ['425水泥 两吨', '确认'] },
      { id: 'b', customer: { id: 'c2', name: '李老板' }, turns: ['电线10卷'] },
      {
        id: 'c',
        customer: { id: 'c3', name: '张老板' },
        history: [{ lines: [{ sku: 'LED-9W', qty: 100 }] }],
        turns: ['跟上次一样', '算了 取消吧'],
      },
    ];
    const { code, out } = await simulate(catalog, dialogs.map((d) => JSON.stringify(d)).join('\n'));
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      id: 'a',
      order: {
        status: 'confirmed',
        lines: [{ sku: 'CEM-JY425', qty: 40, unit: '袋', unitPrice: 24 }],
        total: 960,
      },
    });
    expect((rows[0]!.replies as string[][]).length).toBe(2);
    expect(rows[1]).toMatchObject({ id: 'b', order: null });
    expect(rows[2]).toMatchObject({ id: 'c', order: { status: 'cancelled', lines: [] } });
  });

  it('reports a line that is not a dialog and goes on with the rest', async () => {
    const ok = JSON.stringify({ id: 'ok', customer: { id: 'c', name: 'c' }, turns: ['老板在吗'] });
    const { code, out, err } = await simulate(catalog, `not json\n${ok}\n`);
    expect(code).toBe(65);
    expect(err).toMatch(/line 1/);
    expect(out).toContain('"id":"ok"');
  });

  it('refuses a catalog with errors', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ products: [{ sku: 'X' }] }));
    const { code, err } = await simulate(bad, '');
    expect(code).toBe(65);
    expect(err).toMatch(/catalog/);
  });
});
