import type { ConversationState } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import type { ItemText } from './item-text.js';
import { resolveNewItem } from './item-resolution.js';
import { linesNamed } from './line-references.js';
import { candidateSet, candidatesOf } from './product-questions.js';
import { tokenOf } from './unplaced-items.js';
import type { EarlierInTurn, TurnWorld } from './turn-world.js';

/** Words saying what a product is for: 用的, 配的, 专用, 接的, 适用, 适合, 给…用. */
const FOR_PURPOSE = /用的|配的|专用|接的|适用|适合|^配|给\S+用|装\S*的/;

/**
 * 钢丝管 6分的 to "黑色橡胶水管（30米）要哪个内径？": the answer names another product (its product word fits none of
 * the products asked about), and nothing of the one asked about — the customer means that product, not the one the
 * question guessed. The question is closed and the answer read as the request in its place, with the amount the
 * request had: the specs said apply to the product named, and if it still needs a question, that one is asked.
 * Only for an answer said alone, with no amount of its own and no 也 (钢丝管也要 30米 is one more line), that names
 * no line of the draft, and says nothing of what the product is for (石膏板用的); undefined otherwise.
 */
export function switchedByAnswer(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
): Action[] | undefined {
  const q = state.questions[0];
  if (q?.kind !== 'which_product' || q.parked || q.replaces || !q.request.quantity) return undefined;
  if (!earlier.questionsBefore?.includes(q) || earlier.itemCount !== 1) return undefined;
  if (item.quantity || item.also || item.fromEach || item.ifNotSold) return undefined;
  // (石膏板用的 / 配水泵的 / 给空调接的: the product named is what the one asked about is for)
  if (FOR_PURPOSE.test(item.text)) return undefined;
  const a = item.analysis;
  const words = a.mentions.filter((x) => x.kind === 'head' || x.kind === 'partial');
  if (!words.length || a.mentions.some((x) => x.kind === 'brand' || x.kind === 'barcode')) return undefined;
  const asked = candidateSet(candidatesOf(world, q));
  if (words.some((x) => x.ids.some((id) => asked.has(id)))) return undefined;
  if (linesNamed(world, state, a).length) return undefined;
  const request: ItemText = { ...item, quantity: tokenOf(q.request.quantity) };
  const actions = resolveNewItem(world, state, request, earlier);
  // (words the catalog cannot place anywhere leave the question as it was)
  if (!actions.some((x) => x.kind === 'put' || x.kind === 'ask')) return undefined;
  return [{ kind: 'close', question: q }, ...actions];
}
