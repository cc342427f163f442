import type { ConversationState } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import type { ItemText } from './item-text.js';
import { placeProduct, saidOf } from './product-placement.js';
import { idOf, productOf } from './turn-world.js';
import type { EarlierInTurn, TurnWorld } from './turn-world.js';

/**
 * 若羌那就12件吧 to "若羌灰枣 特级 只有12箱，先拿12箱可以吗？": an amount said with words that all fit the short product
 * (its brand, a word of its name, its values) is the amount taken of it — never a new request for the product's
 * family, asked about again (特级 / 一级). Undefined when no stock question was open at the start of the turn, or a
 * word fits another product only.
 */
export function stockAnswerNamingIt(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
): Action[] | undefined {
  const q = state.questions.find((x) => x.kind === 'stock' && !x.parked);
  if (q?.kind !== 'stock' || !earlier.questionsBefore?.includes(q)) return undefined;
  if (!item.quantity || item.quantity.invalid || item.also || earlier.itemCount !== 1) return undefined;
  const id = idOf(world, q.sku);
  const product = productOf(world, q.sku);
  const mentions = item.analysis.mentions;
  if (id === undefined || !product || !mentions.length || item.analysis.unknown.length) return undefined;
  if (!mentions.every((x) => x.ids.includes(id))) return undefined;
  return [
    { kind: 'close', question: q },
    ...placeProduct(world, state, product, saidOf(item.quantity), { fresh: false }),
  ];
}
