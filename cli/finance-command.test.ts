import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLiaodan } from '../test/cli.js';

const dev = fileURLToPath(new URL('../test/finance-dev/', import.meta.url));
const layouts = fileURLToPath(new URL('../test/finance-layouts/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'liaodan-finance-'));
const liaodan = (...args: string[]) => runLiaodan({}, 'finance', 'match', ...args);

describe('liaodan finance match', () => {
  it('matches the development set with wrong-auto 0 and every auto row booked (its own scorer)', async () => {
    const run = await liaodan(
      '--open',
      join(dev, 'open.jsonl'),
      '--statement',
      join(dev, 'statement.csv'),
      '--config',
      join(dev, 'config.json'),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('收入 125 笔，支出 31 笔（已跳过）');
    const results = join(tmp, 'results.jsonl');
    writeFileSync(results, run.stdout);
    const score = JSON.parse(
      execFileSync(
        process.execPath,
        [join(dev, 'score.mjs'), '--expected', join(dev, 'expected.jsonl'), '--results', results, '--json'],
        {
          encoding: 'utf8',
        },
      ),
    ) as { rows: number; right: number; autoExpected: number; autoRight: number; wrongAuto: number };
    expect(score).toMatchObject({ wrongAuto: 0, autoExpected: 67, autoRight: 67, rows: 125, right: 125 });
  });

  it('says in one Chinese line which file is missing or malformed, and fails', async () => {
    const missing = await liaodan(
      '--open',
      join(tmp, 'nope.jsonl'),
      '--statement',
      join(dev, 'statement.csv'),
    );
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim()).toBe(`${join(tmp, 'nope.jsonl')}：文件不存在`);

    const badOpen = join(tmp, 'bad-open.jsonl');
    writeFileSync(badOpen, '{"orderNo":"LD-1"}\nnot json\n');
    const malformed = await liaodan('--open', badOpen, '--statement', join(dev, 'statement.csv'));
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(
      new RegExp(`^${badOpen}：第 1 行 customerId：.*；第 2 行 不是有效的 JSON\\n$`),
    );

    const badConfig = join(tmp, 'config.json');
    writeFileSync(badConfig, '{"toleranceFen": -1}');
    const config = await liaodan(
      '--open',
      join(dev, 'open.jsonl'),
      '--statement',
      join(dev, 'statement.csv'),
      '--config',
      badConfig,
    );
    expect(config.stderr).toBe(`${badConfig}：toleranceFen：不能为负数\n`);
    expect(config.stderr).not.toMatch(/at .*\.ts/);
  });

  it('refuses an unrecognised header, naming the columns found and needed', async () => {
    const odd = join(tmp, 'odd.csv');
    writeFileSync(odd, '时间点,钱,谁\n2026-12-01,100,李建军\n');
    const run = await liaodan('--open', join(dev, 'open.jsonl'), '--statement', odd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('找到的列为「时间点、钱、谁」');
  });

  it('stops on unreadable rows unless --allow-bad-rows, then books the rest', async () => {
    const statement = join(tmp, 'bad-rows.csv');
    writeFileSync(
      statement,
      '记账日期,交易金额,对手信息,客户摘要\n2027-01-16,"8,600.00",周建华,货款\n2027-01-17,八百,吴丽娟,货款\n',
    );
    const args = ['--open', join(layouts, 'open.jsonl'), '--statement', statement];
    const stopped = await liaodan(...args);
    expect(stopped).toMatchObject({ code: 1, stdout: '' });
    expect(stopped.stderr).toContain('流水第 2 笔（文件第 3 行）：金额不是有效数字');
    const allowed = await liaodan(...args, '--allow-bad-rows');
    expect(allowed.code).toBe(0);
    expect(
      allowed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { line: number; decision: string }),
    ).toEqual([expect.objectContaining({ line: 1, decision: 'auto' })]);
    expect(allowed.stderr).toContain('已跳过 1 笔无法读取的流水');
  });
});
