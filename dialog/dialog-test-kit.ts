import type { Product } from '../catalog/product.js';
import type { DialogEngine, DialogState, DialogTurn, PastOrder } from './dialog-types.js';

/** A product for made-up test catalogs: every optional field empty, 10 yuan, 1000 in stock unless given. */
export function testProduct(p: Partial<Product> & Pick<Product, 'sku' | 'name' | 'unit'>): Product {
  return {
    aliases: [],
    specs: {},
    unitAliases: [],
    conversions: {},
    tierPricesFen: {},
    priceBreaks: [],
    active: true,
    priceFen: 1000,
    stock: 1000,
    ...p,
  };
}

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
