/**
 * The safety net for what a message said that no line took. The reading engine will misread some words of a shop
 * it never saw; what it could not place must end as a question, never as an order confirmed without it. A
 * quantity that named nothing the engine could place (白牛二 20件 → "20件是要哪个商品？") and a barcode the catalog
 * lacks stay open as an `unplaced` question until the customer names the product or lets it go; a confirmation
 * while one is open asks about it by name instead of confirming. Pure.
 */
import { canonicalUnit } from '../catalog/units.js';
import type { QuantityToken } from '../catalog/mention-scan.js';
import type { ConversationState, OpenQuestion, SaidQuantity } from './conversation-state.js';
import type { Action, DraftChange } from './draft-changes.js';
import { hasContent, hasIdentity } from './item-text.js';
import type { Intent } from './message-intents.js';
import { saidOf } from './product-placement.js';
import { productOf } from './turn-world.js';
import type { TurnWorld } from './turn-world.js';

export type UnplacedQuestion = Extract<OpenQuestion, { kind: 'unplaced' }>;

/** A confirmation asks about an unplaced item this many times; after that the customer has been told twice. */
export const UNPLACED_ASKS_AT_CONFIRM = 2;

/** 就算了 / 那个不要了 at the end of a message naming nothing: lets the unplaced items go. */
const LETS_UNPLACED_GO = /(?:就|那就|那)?(?:算了|不要了|不用了|不要啦)(?:吧|啊|哈)?$/;

export function unplacedQuestions(state: ConversationState): UnplacedQuestion[] {
  return state.questions.filter((q): q is UnplacedQuestion => q.kind === 'unplaced');
}

/**
 * Opens a question for each quantity or barcode this turn could not place, unless the quantity only says again
 * the amount of a line placed in the same message (36瓶吧 凑3箱: the 3箱 is the line's own amount).
 */
export function openUnplaced(
  world: TurnWorld,
  state: ConversationState,
  changes: readonly DraftChange[],
): Action[] {
  const open = unplacedQuestions(state).map((q) => q.said);
  const actions: Action[] = [];
  for (const change of changes) {
    if (change.kind !== 'noted') continue;
    const note = change.note;
    if (note.kind !== 'quantity_for_nothing' && note.kind !== 'unknown_barcode') continue;
    const said = note.kind === 'unknown_barcode' ? `条码${note.code}` : note.said;
    const quantity = note.quantity;
    if (
      open.includes(said) ||
      (quantity && !saysMoreThanAmount(said, quantity) && restatesPlacedLine(world, changes, quantity))
    )
      continue;
    open.push(said);
    actions.push({
      kind: 'ask',
      question: { kind: 'unplaced', said, ...(quantity && { quantity }), asked: 0 },
    });
  }
  return actions;
}

/**
 * 拼图100片10盒 200片10盒 (200 read apart, 片 left unread): words said with the quantity beyond a filler (凑, 吧, 一共)
 * make it another item's amount, never a restatement of the line placed with the same amount.
 */
function saysMoreThanAmount(said: string, quantity: SaidQuantity): boolean {
  const rest = said.replace(quantity.text, '').replace(AMOUNT_FILLERS, '');
  return /[\p{Script=Han}a-z0-9]/iu.test(rest);
}
const AMOUNT_FILLERS = /凑|吧|一共|总共|共|刚好|正好|够|就|那|的/g;

function restatesPlacedLine(
  world: TurnWorld,
  changes: readonly DraftChange[],
  quantity: SaidQuantity,
): boolean {
  if (!quantity.unit || quantity.plus) return false;
  const unit = canonicalUnit(quantity.unit);
  return changes.some((c) => {
    const placed =
      c.kind === 'added'
        ? { sku: c.sku, quantity: c.quantity }
        : c.kind === 'quantity_changed'
          ? { sku: c.sku, quantity: c.to }
          : c.kind === 'replaced'
            ? { sku: c.to, quantity: c.quantity }
            : undefined;
    const product = placed && productOf(world, placed.sku);
    return !!product && placed.quantity === quantity.value && canonicalUnit(product.unit) === unit;
  });
}

/**
 * A later message that names a product answers the unplaced items asked about before it: said with no quantity
 * (红星二锅头 白瓶的), it takes the quantity the customer gave the unplaced item; said with that same quantity, it
 * is the item said again. A product said with another quantity is a new line, and the unplaced item stays open.
 * Returns the intents to resolve (the answering item with its quantity) and which of them answers which question:
 * the question is closed only when resolving that intent placed a line or asked which product (see
 * {@link settlesUnplaced}), so that an answer the engine cannot place either leaves it open.
 */
export function answerUnplaced(
  state: ConversationState,
  intents: Intent[],
): { intents: Intent[]; answer?: { at: number; question: UnplacedQuestion } } {
  // an item the shop sells in other specs is answered by one of them (missing-specs.ts), not by any product named;
  // a lost item (lost-items.ts) by any product named, like an unplaced quantity
  const open = unplacedQuestions(state).filter((q) => (!q.sold || q.lost) && !q.edit);
  // an answer to a question asked since (which spec, which line) is that question's, not the unplaced item's
  const othersOpen = state.questions.some((q) => q.kind !== 'unplaced' && !q.parked);
  if (!open.length || othersOpen) return { intents };
  // (百草枯 两箱 → 没有; 那草铵膦来两箱: an item said with the very amount asked about answers it, also when its words
  // are only values of the catalog — an active ingredient, a material)
  const at = intents.findIndex(
    (i) =>
      i.kind === 'add' &&
      (hasIdentity(i.item.analysis) ||
        (!!i.item.quantity &&
          hasContent(i.item.analysis) &&
          open.some((q) => q.quantity && sameQuantity(q.quantity, i.item.quantity!)))),
  );
  const intent = intents[at];
  if (intent?.kind !== 'add') return { intents };
  const item = intent.item;
  const withQuantity = open.filter((q) => q.quantity);
  if (!item.quantity) {
    const question = withQuantity.length === 1 ? withQuantity[0]! : open.length === 1 ? open[0]! : undefined;
    if (!question) return { intents };
    const next = [...intents];
    if (question.quantity)
      next[at] = { kind: 'add', item: { ...item, quantity: tokenOf(question.quantity) } };
    return { intents: next, answer: { at, question } };
  }
  const same = open.find((q) => q.quantity && sameQuantity(q.quantity, item.quantity!));
  return same ? { intents, answer: { at, question: same } } : { intents };
}

/** Whether resolving the answering intent placed a line or asked which product (then the question is settled). */
export function settlesUnplaced(actions: Action[]): boolean {
  return actions.some((a) => a.kind === 'put' || (a.kind === 'ask' && a.question.kind === 'which_product'));
}

/** A quantity said earlier, as the token an item carries. */
export function tokenOf(quantity: SaidQuantity): QuantityToken {
  return {
    start: 0,
    end: 0,
    value: quantity.value,
    ...(quantity.unit && { unit: quantity.unit }),
    ...(quantity.plus && { plus: quantity.plus }),
    raw: quantity.text,
    ...(quantity.invalid && { invalid: true }),
  };
}

function sameQuantity(a: SaidQuantity, b: QuantityToken): boolean {
  return a.value === b.value && canonicalUnit(a.unit ?? '') === canonicalUnit(b.unit ?? '');
}

/** 那个码不对就算了 / 白牛二就算了: a message that ends by letting go and orders nothing drops the unplaced items. */
export function letsUnplacedGo(bare: string, intents: Intent[]): boolean {
  // 那个不要了 / 算了 are read as a removal or a letting go of their own, which close the question asked
  const handled = intents.some(
    (i) => i.kind === 'remove' || i.kind === 'let_go' || i.kind === 'cancel_order',
  );
  return (
    !handled &&
    LETS_UNPLACED_GO.test(bare) &&
    !intents.some((i) => (i.kind === 'add' && i.item.quantity) || i.kind === 'quantity')
  );
}

/** The unplaced item a confirmation must ask about first, if any (asked fewer than two times at a confirmation). */
export function unplacedBeforeConfirm(state: ConversationState): UnplacedQuestion | undefined {
  return unplacedQuestions(state).find((q) => q.asked < UNPLACED_ASKS_AT_CONFIRM);
}

/**
 * 金骏眉二 3斤 (二 read as the count of a tea the shop lacks): a bare quantity right after an item refused in the same
 * message is that item's, never an edit of a line already there. Returns the note to make of it instead, or
 * undefined when the quantity follows anything else.
 */
export function strayAfterRefusal(
  intent: Intent,
  before: Intent | undefined,
  beforeActions: Action[],
): Action[] | undefined {
  if (intent.kind !== 'quantity' || before?.kind !== 'add') return undefined;
  const refused = beforeActions.some(
    (a) =>
      (a.kind === 'note' && (a.note.kind === 'not_sold' || a.note.kind === 'no_such_spec')) ||
      (a.kind === 'ask' && a.question.kind === 'offer'),
  );
  if (!refused) return undefined;
  const quantity = saidOf(intent.quantity);
  return [
    {
      kind: 'note',
      note: { kind: 'quantity_for_nothing', said: `${intent.unread ?? ''}${intent.quantity.raw}`, quantity },
    },
  ];
}

/**
 * 大红袍两斤 小种三斤 还有五斤那个: a bare quantity in an order message, when no question waits for one, would reset
 * the line the same message just added with its own quantity. That is another item the engine could not read, so
 * it is unplaced (asked about), never an edit of that line.
 */
export function secondQuantityForNewLine(
  state: ConversationState,
  intent: Intent,
  changes: readonly DraftChange[],
): Action[] | undefined {
  // 多少钱一个 来10个 sets the line's total (来 / 要 / 拿); 普通的2盒 names a sibling by unread words (resolved as such)
  if (intent.kind !== 'quantity' || intent.setsTotal || intent.unread || !state.focus) return undefined;
  const waiting = state.questions.some(
    (q) =>
      !q.parked &&
      (q.kind === 'stock' ||
        q.kind === 'quantity' ||
        q.kind === 'offer' ||
        (q.kind === 'which_product' && !q.request.quantity)),
  );
  if (waiting || !changes.some((c) => c.kind === 'added' && c.fresh && c.sku === state.focus))
    return undefined;
  return [
    {
      kind: 'note',
      note: {
        kind: 'quantity_for_nothing',
        said: `${intent.unread ?? ''}${intent.quantity.raw}`,
        quantity: saidOf(intent.quantity),
      },
    },
  ];
}
