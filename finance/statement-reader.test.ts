import { describe, expect, it } from '@jest/globals';
import { readStatementBytes } from './statement-file.js';
import type { Statement } from './statement-types.js';

const bytes = (text: string) => new TextEncoder().encode(text);

async function read(text: string): Promise<Statement> {
  const reading = await readStatementBytes(bytes(text));
  if (reading.kind !== 'read') throw new Error(reading.problem);
  return reading.statement;
}

const header = '交易日期,收入金额,支出金额,余额,对方户名,摘要';
const december = [
  '2026-12-01,"1,000.00",,"11,000.00",李建军,货款',
  '2026-12-02,,500.00,"10,500.00",塔牌水泥,货款支出',
  '2026-12-03,300.00,,"10,800.00",王秀英,货款',
  '2026-12-03,300.00,,"11,100.00",王秀英,货款',
  '2026-12-04,200.00,,"11,300.00",张国强,货款',
];

describe('readStatement', () => {
  it('finds the header below the preamble and numbers transactions only', async () => {
    const statement = await read(
      [
        '中国建设银行单位账户交易明细',
        '户名：佛山市宏达五金',
        '',
        header,
        ...december,
        '',
        '合计,"1,800.00",500.00',
        '导出时间：2027-01-04',
      ].join('\n'),
    );
    expect(statement.rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5]);
    expect(statement.summary).toMatchObject({
      bank: '中国建设银行',
      accountHolder: '佛山市宏达五金',
      firstDate: '2026-12-01',
      lastDate: '2026-12-04',
      incomeRows: 4,
      expenseRows: 1,
      summaryLines: 1,
      otherLines: 1,
    });
  });

  it('recognises the same rows in the same file again and in an overlapping export', async () => {
    const whole = await read([header, ...december].join('\n'));
    const again = await read([header, ...december].join('\n'));
    const later = await read(
      [header, ...december.slice(2), '2026-12-05,80.00,,"11,380.00",李建军,货款'].join('\n'),
    );
    const fingerprints = whole.rows.map((row) => row.fingerprint);
    expect(again.rows.map((row) => row.fingerprint)).toEqual(fingerprints);
    expect(later.rows.slice(0, 3).map((row) => row.fingerprint)).toEqual(fingerprints.slice(2));
    expect(new Set(fingerprints).size).toBe(5);
  });

  it('keeps two identical transactions of one file apart', async () => {
    const twins = await read(
      [header, '2026-12-03,300.00,,,王秀英,货款', '2026-12-03,300.00,,,王秀英,货款'].join('\n'),
    );
    expect(twins.rows[0]!.fingerprint).not.toBe(twins.rows[1]!.fingerprint);
  });

  it('reports a row whose date or amount cannot be read, by line, and reads the rest', async () => {
    const statement = await read(
      [
        header,
        december[0],
        '2026-12-02,一千,,,李建军,货款',
        '12月3日,300.00,,,王秀英,货款',
        december[4],
      ].join('\n'),
    );
    expect(statement.badRows).toEqual([
      { line: 2, fileLine: 3, problem: '金额不是有效数字' },
      { line: 3, fileLine: 4, problem: '日期「12月3日」不是有效日期' },
    ]);
    expect(statement.rows.map((row) => row.line)).toEqual([1, 4]);
  });

  it('refuses a header it cannot recognise, naming the columns found and the ones needed', async () => {
    const reading = await readStatementBytes(bytes('日期时间,发生金额,对方\n2026-12-01,100.00,李建军\n'));
    expect(reading.kind).toBe('refused');
    expect(reading.kind === 'refused' && reading.problem).toMatch(
      /找到的列为「日期时间、发生金额、对方」.*需要一个日期列/,
    );
  });

  it('never reads a negative amount in an income column as money received', async () => {
    const statement = await read([header, '2026-12-01,-300.00,,,李建军,冲正'].join('\n'));
    expect(statement.rows[0]).toMatchObject({ direction: 'expense', amountFen: 30_000 });
  });

  it('refuses the old binary Excel format with a way out', async () => {
    const reading = await readStatementBytes(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect(reading).toEqual({ kind: 'refused', problem: expect.stringContaining('另存为 .xlsx') });
  });

  it('refuses a PDF, a picture, a broken Excel file and a file with no transactions, each in plain Chinese', async () => {
    const problem = async (b: Uint8Array) => {
      const reading = await readStatementBytes(b);
      return reading.kind === 'refused' ? reading.problem : 'read';
    };
    expect(await problem(bytes('%PDF-1.4\n1 0 obj<<>>endobj\n'))).toBe(
      '这不是 CSV 或 Excel（.xlsx）文件，看起来是 PDF。请在网银里把流水导出为 CSV 或 Excel 后再导入。',
    );
    expect(await problem(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toContain('看起来是图片（JPG）');
    expect(await problem(new Uint8Array([0x01, 0x02, 0x00, 0x41, 0x42]))).toContain('看起来是其他格式的文件');
    expect(await problem(bytes('PK\u0003\u0004 not really a workbook'))).toBe(
      '无法打开 Excel 文件：文件已损坏或不完整，请从网银重新导出后再导入。',
    );
    expect(await problem(bytes(`${header}\n`))).toBe(
      '文件里找到了表头，但下面没有一笔流水。未导入任何数据。',
    );
    expect(await problem(new Uint8Array())).toBe('文件是空的。');
    // UTF-16 with its byte-order mark is text, not binary.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from([header, december[0]].join('\n'), 'utf16le'),
    ]);
    expect(await problem(utf16)).toBe('read');
  });
});
