import type { ConversationState, OpenQuestion } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import { hasContent } from './item-text.js';
import type { ItemText } from './item-text.js';
import { replaceLine, splitLine } from './line-changes.js';
import type { LineTarget } from './message-intents.js';
import { saidOf } from './product-placement.js';
import { productOf } from './turn-world.js';
import type { EarlierInTurn, TurnWorld } from './turn-world.js';

/** Words for what is left of an amount once part of it is taken (剩下的, 其余的, 不够的). */
const REMAINDER = /^(?:剩下|剩余|其余|余下|其他|其它|另外|差的|不够)(?:的)?(?:部分)?$/;

/**
 * 那换亮光的 / 先拿3台 剩下的换300的: a change said to "only 4 left, take 4?" puts the product it names in place of
 * what is short, looked for around the short product — all of the amount wanted when no line is named, the rest
 * when 剩下的 / 其余的 is (what was taken stays). Undefined when no stock question was open at the start of the
 * turn, or the change names another line.
 */
export function changeOfShortLine(
  world: TurnWorld,
  state: ConversationState,
  target: LineTarget | undefined,
  to: ItemText,
  earlier: EarlierInTurn,
): Action[] | undefined {
  const offer = earlier.stockOffers?.[0];
  if (offer?.kind !== 'stock' || !hasContent(to.analysis)) return undefined;
  const words = target?.kind === 'words' ? target.item.text.replace(/\s/g, '') : '';
  const remainder = REMAINDER.test(words);
  if (target && !remainder) return undefined;
  const product = productOf(world, offer.sku);
  if (!product) return undefined;
  const open = state.questions.includes(offer);
  const line = state.lines.find((l) => l.sku === offer.sku);
  // still asked: nothing taken yet (剩下的 takes what there is); answered before in this turn: the line holds it
  const taken = open ? (remainder ? offer.available : 0) : (line?.quantity ?? 0);
  const rest = offer.wanted - taken;
  if (rest <= 0) return undefined;
  const restSaid = { value: rest, unit: product.unit, text: `${rest}${product.unit}` };
  const wanted: ConversationState = {
    ...state,
    lines: [...state.lines.filter((l) => l.sku !== offer.sku), { sku: offer.sku, quantity: taken + rest }],
  };
  const close: Action[] = open ? [{ kind: 'close', question: offer }] : [];
  if (!taken)
    return [
      ...close,
      ...replaceLine(world, wanted, offer.sku, to.text, to.quantity ? saidOf(to.quantity) : restSaid),
    ];
  return [...close, ...splitLine(world, wanted, offer.sku, to.text, restSaid)];
}

/** The stock questions open before a turn's intents are resolved. */
export function stockOffersOf(questions: readonly OpenQuestion[]): OpenQuestion[] {
  return questions.filter((q) => q.kind === 'stock');
}
