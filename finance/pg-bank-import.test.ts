import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { AuditActor } from '../auth/pg-audit-log.js';
import { seedOpenOrders } from '../test/finance-books.js';
import { parseExpected, scoreResults } from '../test/finance-score.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { runFinanceMatch } from './finance-match.js';
import type { MatchResult } from './match-types.js';
import { parseOpenOrders } from './open-orders.js';
import { bookImport, previewImport } from './pg-bank-import.js';
import { writeFinanceSettings } from './pg-finance-settings.js';
import { journalDrift } from './pg-journal-check.js';

const dev = fileURLToPath(new URL('../test/finance-dev/', import.meta.url));
const file = (name: string) => readFileSync(`${dev}${name}`);
const fin: AuditActor = { staffId: 'fin-zhou', roles: ['finance'], address: null };

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  const open = parseOpenOrders(file('open.jsonl').toString('utf8'));
  if (open.kind !== 'orders') throw new Error('dev open orders');
  await seedOpenOrders(t.db, open.orders);
  await writeFinanceSettings(
    t.db,
    { toleranceFen: 500, dateWindowDays: 45, paymentTermsDays: 30, unmatchedAlertDays: 7 },
    'fin-zhou',
  );
}, 60_000);

afterAll(async () => {
  await t?.drop();
});

/** The statement rows an import holds, as match results (what the database decided for each income row). */
async function resultsOf(importId: number, lineOffset = 0): Promise<MatchResult[]> {
  const rows = await sql<{
    line: number;
    decision: string;
    proposal: { orderNo: string; amountFen: number }[];
  }>`
    select i.line, b.decision, b.proposal from bank_import_rows i join bank_statement_rows b on b.id = i.row_id
    where i.import_id = ${importId} and b.direction = 'income' order by i.line`.execute(t.db);
  return rows.rows.map(
    (r) =>
      ({
        line: r.line + lineOffset,
        decision: r.decision,
        allocations: r.decision === 'auto' ? r.proposal : [],
      }) as MatchResult,
  );
}

const receiptCount = async () =>
  Number(
    (
      await sql<{ n: number }>`select count(*)::int as n from money_receipts where method = 'bank'`.execute(
        t.db,
      )
    ).rows[0]?.n,
  );

/** The development statement cut in two exports that overlap (rows 61–100 in both), each with preamble and header. */
function overlappingExports(): [Buffer, Buffer] {
  const lines = file('statement.csv').toString('utf8').split('\r\n');
  const header = lines.findIndex((l) => l.startsWith('交易时间,'));
  const body = lines.slice(header + 1).filter((l) => /^\d{8} /.test(l));
  const head = lines.slice(0, header + 1);
  const make = (part: string[]) => Buffer.from([...head, ...part, ''].join('\r\n'));
  return [make(body.slice(0, 100)), make(body.slice(60))];
}

describe('bank statement import into the database', () => {
  let firstImport = 0;

  it('books the development set through PostgreSQL exactly as the pure matcher decides, wrong-auto 0', async () => {
    const preview = await previewImport(t.db, {
      fileName: 'overlap-a.csv',
      bytes: overlappingExports()[0],
      audit: fin,
    });
    expect(preview.counts).toMatchObject({ rows: 100, newRows: 100, seenBefore: 0 });
    const a = await bookImport(t.db, { importId: preview.importId, allowBadRows: false, audit: fin });
    const b = await bookImport(t.db, {
      importId: (
        await previewImport(t.db, { fileName: 'overlap-b.csv', bytes: overlappingExports()[1], audit: fin })
      ).importId,
      allowBadRows: false,
      audit: fin,
    });
    expect(b.counts).toMatchObject({ seenBefore: 40, newRows: 56 });
    firstImport = a.importId;
    const booked = [...(await resultsOf(a.importId)), ...(await resultsOf(b.importId, 60))];
    const byLine = new Map(booked.map((r) => [r.line, r]));
    const results = [...byLine.values()].sort((x, y) => x.line - y.line);

    const pure = await runFinanceMatch({
      openText: file('open.jsonl').toString('utf8'),
      statementBytes: file('statement.csv'),
      configText: file('config.json').toString('utf8'),
      allowBadRows: false,
    });
    if (pure.kind !== 'matched') throw new Error(pure.problem);
    const expected = parseExpected(file('expected.jsonl').toString('utf8'));
    const score = scoreResults(expected, results);
    const pureScore = scoreResults(expected, pure.results);
    process.stdout.write(`${JSON.stringify({ databasePath: score, purePath: pureScore })}\n`);
    expect(score.wrongAuto).toBe(0);
    expect(score.autoRight).toBe(pureScore.autoRight);
    expect(results.map((r) => [r.line, r.decision])).toEqual(pure.results.map((r) => [r.line, r.decision]));
    expect(await receiptCount()).toBe(pure.results.filter((r) => r.decision === 'auto').length);
    expect(await journalDrift(t.db)).toEqual([]);
  });

  it('books nothing again when the same file comes twice, and says so before booking', async () => {
    const before = await receiptCount();
    const whole = await previewImport(t.db, {
      fileName: 'statement.csv',
      bytes: file('statement.csv'),
      audit: fin,
    });
    expect(whole.counts).toMatchObject({ rows: 156, newRows: 0, seenBefore: 156 });
    const again = await bookImport(t.db, { importId: whole.importId, allowBadRows: false, audit: fin });
    expect(again.counts).toMatchObject({ autoBooked: 0, suggested: 0, unmatched: 0 });
    // Booking the same import twice answers what the first booking did.
    const twice = await bookImport(t.db, { importId: firstImport, allowBadRows: false, audit: fin });
    expect(twice.state).toBe('booked');
    expect(await receiptCount()).toBe(before);
  });

  it('keeps expense and fee rows out of the books, and records each import with who, the file and the counts', async () => {
    const expenses = await sql<{ n: number; booked: number }>`
      select count(*)::int as n, count(receipt_id)::int as booked from bank_statement_rows where direction <> 'income'`.execute(
      t.db,
    );
    expect(expenses.rows[0]).toEqual({ n: 31, booked: 0 });
    const imports = await t.db
      .selectFrom('bank_imports')
      .select(['staff_id', 'file_name', 'state', 'counts'])
      .execute();
    expect(imports.map((i) => [i.staff_id, i.file_name, i.state])).toEqual([
      ['fin-zhou', 'overlap-a.csv', 'booked'],
      ['fin-zhou', 'overlap-b.csv', 'booked'],
      ['fin-zhou', 'statement.csv', 'booked'],
    ]);
  });
});

describe('reading what banks export, into the database', () => {
  const csv = [
    '户名：佛山市南海区宏达建材五金经营部',
    '交易日期,支出金额,收入金额,对方户名,摘要',
    '2026-12-20 09:48:05,,"1,234.00",测试付款人甲,货款',
    '2026-12-20 10:00:00,5.50,,,手续费',
    '2026-12-20 11:00:00,"2,000.00",,测试供应商,货款支出',
    '合计,"2,005.50","1,234.00",,',
  ].join('\r\n');

  it('reads GBK and UTF-8 (with BOM) copies of one export as the same rows: the second books nothing', async () => {
    const gbk = await previewImport(t.db, {
      fileName: 'gbk.csv',
      bytes: iconv.encode(csv, 'gbk'),
      audit: fin,
    });
    expect(gbk.summary.source).toMatchObject({ format: 'csv', encoding: 'gbk' });
    expect(gbk.counts).toMatchObject({ rows: 3, incomeRows: 1, newRows: 3 });
    await bookImport(t.db, { importId: gbk.importId, allowBadRows: false, audit: fin });
    const rows = await t.db
      .selectFrom('bank_statement_rows')
      .select(['amount_fen', 'direction', 'state', 'txn_time'])
      .where('import_id', '=', gbk.importId)
      .orderBy('line')
      .execute();
    expect(rows).toEqual([
      { amount_fen: 123_400, direction: 'income', state: 'waiting', txn_time: '09:48:05' },
      { amount_fen: 550, direction: 'expense', state: 'ignored', txn_time: '10:00:00' },
      { amount_fen: 200_000, direction: 'expense', state: 'ignored', txn_time: '11:00:00' },
    ]);
    const utf8 = await previewImport(t.db, {
      fileName: 'utf8.csv',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
      audit: fin,
    });
    expect(utf8.counts).toMatchObject({ rows: 3, newRows: 0, seenBefore: 3 });
  });

  it('refuses a file whose header it cannot read, and records nothing', async () => {
    const before = await t.db.selectFrom('bank_imports').select('id').execute();
    await expect(
      previewImport(t.db, { fileName: 'x.csv', bytes: Buffer.from('名称,数量\n水泥,3\n'), audit: fin }),
    ).rejects.toMatchObject({ code: 'unreadable' });
    expect(await t.db.selectFrom('bank_imports').select('id').execute()).toHaveLength(before.length);
  });

  it('stops on rows it cannot read unless finance confirms to skip them', async () => {
    const bad = [
      '交易日期,收入金额,对方户名,摘要',
      '2026-12-21,abc,某人,货款',
      '2026-12-21,"3.00",某人乙,货款',
    ].join('\n');
    const preview = await previewImport(t.db, { fileName: 'bad.csv', bytes: Buffer.from(bad), audit: fin });
    expect(preview.badRows).toHaveLength(1);
    await expect(
      bookImport(t.db, { importId: preview.importId, allowBadRows: false, audit: fin }),
    ).rejects.toMatchObject({
      code: 'bad_rows',
    });
    const booked = await bookImport(t.db, { importId: preview.importId, allowBadRows: true, audit: fin });
    expect(booked.state).toBe('booked');
  });
});
