import type { Action } from './draft-changes.js';
import { placeTotal } from './product-placement.js';
import { productOf } from './turn-world.js';
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
