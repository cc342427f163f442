import type { DialogEngine, DialogState, DialogTurn, PastOrder } from './dialog-types.js';

export { testProduct } from '../catalog/catalog-test-kit.js';

/** Runs the turns of one conversation with `engine` from an empty state; returns every turn's result. */
export function talkTo(
  engine: DialogEngine,
  turns: string[],
  opts: { name?: string; tier?: string; history?: PastOrder[] } = {},
): DialogTurn[] {
  let state: DialogState | null = null;
  return turns.map((text) => {
    const turn = engine.handle(state, {
      text,
      customer: { id: 'c1', name: opts.name ?? '王老板', ...(opts.tier && { tier: opts.tier }) },
      history: opts.history ?? [],
      now: new Date('2026-01-01T00:00:00Z'),
    });
    state = turn.state;
    return turn;
  });
}

/** The order's lines after a turn as `[sku, qty]` pairs. */
export function lineQtys(turn: DialogTurn | undefined): [string, number][] {
  return (turn?.order?.lines ?? []).map((l) => [l.sku, l.qty]);
}
