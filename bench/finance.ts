/**
 * `npm run bench:finance`: generates 5,000 open orders of 1,000 customers and a 10,000-row bank statement (CSV, GBK,
 * the CCB layout of the development set: income and expense columns, preamble, summary line), then reads and
 * matches it through the same function as `liaodan finance match` (the pure path), and then the database path the
 * back office runs: a throwaway PostgreSQL holding those orders as receivables, the file previewed (read,
 * fingerprints looked up, the import recorded) and booked (rows stored once, open orders locked and read, matched,
 * `auto` rows booked as receipts with allocations and write-offs, the rest left waiting). Target: import + match
 * ≤ 2 s. The last line is JSON.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { createDb, migrateToLatest } from '../db/pg-database.js';
import { bookImport, previewImport } from '../finance/pg-bank-import.js';
import { writeFinanceSettings } from '../finance/pg-finance-settings.js';
import { journalDrift } from '../finance/pg-journal-check.js';
import { freePort } from '../lib/free-port.js';
import { startLocalPostgres } from '../lib/local-postgres.js';
import { seedOpenOrders } from '../test/finance-books.js';
import { runFinanceMatch } from '../finance/finance-match.js';
import type { OpenOrder } from '../finance/open-orders.js';

const ORDERS = Number(process.argv[2] ?? 5_000);
const ROWS = Number(process.argv[3] ?? 10_000);
const CUSTOMERS = Math.max(1, Math.round(ORDERS / 5));

/** mulberry32: a small seeded generator, so every run benches the same statement. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20261231);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈',
];
const given = [...'建国华明丽伟芳军秀英敏静强磊洋艳勇杰娟涛超霞平刚桂兰志红文辉玉'];
const date = (day: number) => new Date(Date.UTC(2026, 10, 1) + day * 86_400_000).toISOString().slice(0, 10);
const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });

function generateOrders(): OpenOrder[] {
  const people = new Set<string>();
  const person = () => {
    for (;;) {
      const name = pick(surnames) + pick(given) + pick(given);
      if (!people.has(name)) {
        people.add(name);
        return name;
      }
    }
  };
  const customers = Array.from({ length: CUSTOMERS }, (_, index) => ({
    id: `c-${index}`,
    name: `${person()}${pick(['五金', '水电', '建材', '装饰', '灯饰'])}${index}`,
    payers: [person(), person()],
  }));
  const sequence = new Map<string, number>();
  return Array.from({ length: ORDERS }, (_, index) => {
    const customer = customers[index % CUSTOMERS]!;
    const issued = date(Math.floor(random() * 60));
    const next = (sequence.get(issued) ?? 0) + 1;
    sequence.set(issued, next);
    const amountFen = Math.round(random() * 5_000_000) + 10_000;
    return {
      orderNo: `LD-${issued.replace(/-/g, '')}-${String(next).padStart(4, '0')}`,
      customerId: customer.id,
      customerName: customer.name,
      payerNames: customer.payers,
      amountFen,
      paidFen: random() < 0.1 ? Math.round(amountFen / 3) : 0,
      issuedAt: issued,
      shippedAt: issued,
    };
  });
}

function generateStatement(orders: readonly OpenOrder[]): string {
  const lines = [
    '中国建设银行单位账户交易明细',
    '账号,44050155010800001688',
    '户名,佛山市南海区宏达建材五金经营部',
    '',
    '交易时间,借方发生额,贷方发生额,余额,币种,对方户名,对方账号,对方开户机构,记账日期,摘要,备注,交易流水号',
  ];
  for (let line = 1; line <= ROWS; line++) {
    const order = pick(orders);
    const day = date(60 + Math.floor((line / ROWS) * 30));
    const open = order.amountFen - order.paidFen;
    const kind = random();
    let debit = '';
    let credit = yuan(open);
    let payer = pick(order.payerNames);
    let remark = '货款';
    if (kind < 0.1) {
      debit = yuan(Math.round(random() * 1_000_000) + 100);
      credit = '';
      payer = '佛山市塔牌水泥经销部';
    } else if (kind < 0.35) {
      remark = `${order.orderNo} 货款`;
      credit = yuan(Math.min(open, Math.round(random() * open) + 100));
    } else if (kind < 0.45) {
      payer = pick(surnames) + pick(given);
      credit = yuan(Math.round(random() * 100_000) + 100);
    }
    const time = `${day.replace(/-/g, '')} ${String(8 + (line % 10)).padStart(2, '0')}:${String(line % 60).padStart(2, '0')}:00`;
    lines.push(
      [
        time,
        debit && `"${debit}"`,
        credit && `"${credit}"`,
        '',
        '人民币',
        payer,
        '6217000000000000000',
        '',
        day.replace(/-/g, ''),
        '转账',
        remark,
        String(line),
      ].join(','),
    );
  }
  lines.push(`合计,,,,,,,,,,共${ROWS}笔,`);
  return `${lines.join('\r\n')}\r\n`;
}

async function main(): Promise<void> {
  const orders = generateOrders();
  const openText = orders.map((order) => JSON.stringify(order)).join('\n');
  const statementBytes = iconv.encode(generateStatement(orders), 'gbk');
  await runFinanceMatch({ openText, statementBytes: statementBytes.subarray(0, 2000), allowBadRows: true });
  const started = performance.now();
  const outcome = await runFinanceMatch({
    openText,
    statementBytes,
    configText: '{"toleranceFen":500,"dateWindowDays":45}',
    allowBadRows: false,
  });
  const ms = Math.round(performance.now() - started);
  if (outcome.kind !== 'matched') throw new Error(`bench statement refused: ${outcome.problem}`);
  const count = (decision: string) => outcome.results.filter((result) => result.decision === decision).length;
  const database = await databasePath(orders, statementBytes);
  const figures = {
    orders: ORDERS,
    rows: ROWS,
    incomeRows: outcome.summary.incomeRows,
    expenseRows: outcome.summary.expenseRows,
    auto: count('auto'),
    suggest: count('suggest'),
    unmatched: count('unmatched'),
    bytes: statementBytes.length,
    ms,
    targetMs: 2000,
    withinTarget: ms <= 2000,
    database,
  };
  process.stdout.write(
    `read + match ${ROWS} rows (GBK CSV, ${(statementBytes.length / 1024).toFixed(0)} KiB) against ${ORDERS} open orders: ${ms} ms\n`,
  );
  process.stdout.write(`auto ${figures.auto}, suggest ${figures.suggest}, unmatched ${figures.unmatched}\n`);
  process.stdout.write(
    `database path: preview ${database.previewMs} ms + book ${database.bookMs} ms = ${database.ms} ms; ` +
      `booked ${database.autoBooked} rows (${database.receipts} receipts), waiting ${database.waiting}\n`,
  );
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** The back office's path in PostgreSQL: preview (read, look up, record) then book, timed from the file's bytes. */
async function databasePath(orders: readonly OpenOrder[], bytes: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'liaodan-bench-'));
  chmodSync(dir, 0o755);
  const pg = await startLocalPostgres({ dir: join(dir, 'pg'), port: await freePort(), ephemeral: true });
  const db = createDb({ url: pg.url, max: 4 });
  try {
    await migrateToLatest(db);
    await seedOpenOrders(db, orders);
    await writeFinanceSettings(
      db,
      { toleranceFen: 500, dateWindowDays: 45, paymentTermsDays: 30, unmatchedAlertDays: 7 },
      'bench',
    );
    await sql`analyze`.execute(db);
    const audit = { staffId: 'bench', roles: ['finance'], address: null };
    const started = performance.now();
    const preview = await previewImport(db, { fileName: 'bench.csv', bytes, audit });
    const previewed = performance.now();
    const booked = await bookImport(db, { importId: preview.importId, allowBadRows: false, audit });
    const done = performance.now();
    const receipts = await sql<{
      n: number;
    }>`select count(*)::int as n from money_receipts where method = 'bank'`.execute(db);
    const drift = await journalDrift(db);
    if (drift.length) throw new Error(`the journal drifted: ${JSON.stringify(drift.slice(0, 3))}`);
    const again = await previewImport(db, { fileName: 'bench.csv', bytes, audit });
    return {
      previewMs: Math.round(previewed - started),
      bookMs: Math.round(done - previewed),
      ms: Math.round(done - started),
      autoBooked: booked.counts.autoBooked ?? 0,
      waiting: (booked.counts.suggested ?? 0) + (booked.counts.unmatched ?? 0),
      receipts: receipts.rows[0]?.n ?? 0,
      secondImportNewRows: again.counts.newRows,
      withinTarget: done - started <= 2000,
    };
  } finally {
    await db.destroy();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
