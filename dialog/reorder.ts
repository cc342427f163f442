import type { ConversationState } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import type { ItemText } from './item-text.js';
import { placeProduct, placeTotal, saidOf } from './product-placement.js';
import { idOf, productOf } from './turn-world.js';
import type { TurnWorld } from './turn-world.js';

/**
 * 跟上次一样 / 老样子: the customer's latest confirmed order placed again, line by line (stock and limits checked
 * as for any line). Changes said in the same message (水泥不要了, 电线加10捆) are intents of their own, resolved
 * after this one against the draft it leaves.
 */
export function reorderActions(world: TurnWorld): Action[] {
  const last = world.history[world.history.length - 1];
  if (!last || !last.lines.length) return [{ kind: 'note', note: { kind: 'no_last_order' } }];
  const actions: Action[] = [{ kind: 'note', note: { kind: 'reordered' } }];
  for (const line of last.lines) {
    const p = productOf(world, line.sku);
    if (!p) actions.push({ kind: 'note', note: { kind: 'no_longer_sold', sku: line.sku } });
    else actions.push(...placeTotal(world, p, line.qty, { fresh: true }));
  }
  return actions;
}

/**
 * 上次的辣椒再来50斤 / 8806的3号色 再补2卷 要跟上次同一批次的: the line of the last order the item names, placed
 * again in the item's quantity (or the last order's), and nothing else of that order. Undefined when the last order
 * holds no one product the item's product words fit (the item is then read as any other).
 */
export function reorderOfItem(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
): Action[] | undefined {
  const last = world.history[world.history.length - 1];
  if (!last) return undefined;
  const ids = last.lines.map((l) => idOf(world, l.sku)).filter((id): id is number => id !== undefined);
  const named = world.matcher.narrow(ids, item.analysis);
  // (上次的全棉四件套再来一次 naming two lines of it: both, at their amounts; an amount said must name one)
  if (!named?.length || (named.length > 1 && item.quantity)) return undefined;
  // every product word and brand said is the lines' (上次的花生 names no 辣椒 line)
  const words = item.analysis.mentions.filter((m) => m.kind === 'head' || m.kind === 'brand');
  if (named.some((id) => words.some((m) => !m.ids.includes(id)))) return undefined;
  const actions: Action[] = [{ kind: 'note', note: { kind: 'reordered' } }];
  for (const id of named) {
    const p = world.matcher.index.products[id]!;
    const line = last.lines.find((l) => l.sku === p.sku)!;
    actions.push(
      ...(item.quantity
        ? placeProduct(world, state, p, saidOf(item.quantity), { fresh: true })
        : placeTotal(world, p, line.qty, { fresh: true })),
    );
  }
  return actions;
}
