import type { MatchResult } from '../finance/match-types.js';

/** One expected row of a matching set (FORMAT.md §5). */
export interface ExpectedRow {
  line: number;
  decision: 'auto' | 'suggest' | 'unmatched';
  allocations?: { orderNo: string; amountFen: number }[];
  acceptable?: string[];
  tags?: string[];
}

/** Reads an expected.jsonl text. */
export function parseExpected(text: string): ExpectedRow[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ExpectedRow);
}

const allocationKey = (allocations: readonly { orderNo: string; amountFen: number }[] = []) =>
  allocations
    .filter((a) => a.amountFen !== 0)
    .map((a) => `${a.orderNo}:${a.amountFen}`)
    .sort()
    .join(',');

/**
 * Scores results against expected rows the way `shared/finance/score.mjs` does: auto recall, wrong autos (an
 * auto that differs from the expected one, or any auto where none is expected, rows without income included),
 * and rows right.
 */
export function scoreResults(
  expected: readonly ExpectedRow[],
  results: readonly Pick<MatchResult, 'line' | 'decision' | 'allocations'>[],
) {
  const byLine = new Map(results.map((result) => [result.line, result]));
  let autoExpected = 0;
  let autoRight = 0;
  let right = 0;
  const wrongAutoLines: number[] = [];
  for (const row of expected) {
    const result = byLine.get(row.line);
    const decision = result?.decision ?? 'unmatched';
    if (row.decision === 'auto') {
      autoExpected++;
      if (decision === 'auto' && allocationKey(result!.allocations) === allocationKey(row.allocations)) {
        autoRight++;
        right++;
      } else if (decision === 'auto') wrongAutoLines.push(row.line);
    } else if (decision === 'auto') {
      wrongAutoLines.push(row.line);
    } else {
      const acceptable = new Set(row.acceptable ?? []);
      const allowed =
        row.decision === 'unmatched' || (result?.allocations ?? []).every((a) => acceptable.has(a.orderNo));
      if (allowed) right++;
    }
  }
  const expectedLines = new Set(expected.map((row) => row.line));
  for (const result of results) {
    if (!expectedLines.has(result.line) && result.decision === 'auto' && result.allocations.length) {
      wrongAutoLines.push(result.line);
    }
  }
  return {
    rows: expected.length,
    right,
    autoExpected,
    autoRight,
    wrongAuto: wrongAutoLines.length,
    wrongAutoLines,
  };
}
