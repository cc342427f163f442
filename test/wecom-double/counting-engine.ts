import type { DialogEngine } from '../../dialog/dialog-types.js';

/** A dialog engine that answers every text with `收到：<text>` and records what it was given (how often each). */
export function createCountingEngine(): { engine: DialogEngine; seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    engine: {
      handle(_state, input) {
        seen.push(input.text);
        return { state: { v: 1 }, replies: [`收到：${input.text}`], events: [], order: null };
      },
    },
  };
}

/** Texts given more than once. */
export function repeated(seen: string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([t]) => t);
}
