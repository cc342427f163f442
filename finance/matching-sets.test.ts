import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseExpected, scoreResults } from '../test/finance-score.js';
import { runFinanceMatch } from './finance-match.js';

const sets = fileURLToPath(new URL('../test/finance-sets/', import.meta.url));

describe('matching sets of two other banks', () => {
  for (const set of ['abc-chengdu', 'bocom-hangzhou']) {
    it(`${set}: books every planted match and nothing wrong`, async () => {
      const file = (name: string) => readFileSync(`${sets}${set}/${name}`);
      const outcome = await runFinanceMatch({
        openText: file('open.jsonl').toString('utf8'),
        statementBytes: file('statement.csv'),
        configText: file('config.json').toString('utf8'),
        allowBadRows: false,
      });
      if (outcome.kind !== 'matched') throw new Error(outcome.problem);
      const score = scoreResults(parseExpected(file('expected.jsonl').toString('utf8')), outcome.results);
      expect(score).toMatchObject({ wrongAuto: 0, autoRight: score.autoExpected, right: score.rows });
    });
  }
});
