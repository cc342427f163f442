import { familyMembers } from '../catalog/catalog-index.js';
import type { Product } from '../catalog/product.js';
import type { QuantityToken } from '../catalog/mention-scan.js';
import { canonicalUnit } from '../catalog/units.js';
import type {
  ConversationState,
  OpenQuestion,
  PendingLineChange,
  SaidQuantity,
} from './conversation-state.js';
import type { Action } from './draft-changes.js';
import { resolveNewItem } from './item-resolution.js';
import { changeLine, replaceLine, splitLine } from './line-changes.js';
import { keepOneOf, keepOnly, wordsBeforeOnly } from './keep-only.js';
import {
  lineOfOwnValues,
  lineOfSubject,
  linesNamed,
  linesOfProductWords,
  linesOfSharedValues,
  linesOfSplitValues,
  linesOfTarget,
} from './line-references.js';
import type { Intent, LineTarget } from './message-intents.js';
import { hasContent, hasIdentity, hasProductWord } from './item-text.js';
import type { ItemText } from './item-text.js';
import { placeProduct, saidOf, toSaleUnits } from './product-placement.js';
import { answerByOptionPart } from './option-part-answers.js';
import {
  answerByCandidateWords,
  answerWhichProducts,
  candidatesOf,
  pickAtEnd,
  pickChoice,
  pickOption,
  refine,
} from './product-questions.js';
import type { WhichProduct } from './product-questions.js';
import { linesHoldingNumber } from './number-named-lines.js';
import { lineNamedByAnswer } from './which-line-answers.js';
import { switchedByAnswer } from './answer-switches-family.js';
import { answerByPurpose } from './purpose-answers.js';
import { stockAnswerNamingIt } from './short-stock-answers.js';
import { keepsApartFrom } from './other-brand.js';
import { reorderActions, reorderOfItem } from './reorder.js';
import { changeOfShortLine } from './short-stock-changes.js';
import { siblingAtEnd } from './size-end.js';
import { bareName } from './size-order.js';
import { idOf, productOf } from './turn-world.js';
import type { EarlierInTurn, TurnWorld } from './turn-world.js';

/**
 * Stage 2 of a turn: what one intent means against the catalog and the draft as it stands, as actions for stage
 * 3. Pure. An edit that could mean two lines becomes a question which; a quantity that names nothing answers the
 * open question or sets the line talked about.
 */
export function resolveIntent(
  world: TurnWorld,
  state: ConversationState,
  intent: Intent,
  earlier: EarlierInTurn,
): Action[] {
  switch (intent.kind) {
    case 'order_question':
      return [];
    case 'cancel_order':
      return cancelOrder(state, !!earlier.refusedBefore);
    case 'let_go':
      return letGo(state);
    case 'reorder':
      if (intent.item)
        return reorderOfItem(world, state, intent.item) ?? resolveAdd(world, state, intent.item, earlier);
      return reorderActions(world);
    case 'option': {
      const first = state.questions[0];
      if (intent.choice)
        return first?.kind === 'which_product' ? pickChoice(world, state, first, intent.choice) : [];
      if (intent.end)
        return first?.kind === 'which_product' ? (pickAtEnd(world, state, first, intent.end) ?? []) : [];
      return intent.number === undefined ? [] : (resolveOption(world, state, intent.number) ?? []);
    }
    case 'add':
      return resolveAdd(world, state, intent.item, earlier);
    case 'quantity':
      // (那剩的20瓶都要了: what is left names the product asked about, no other)
      return resolveQuantity(
        world,
        state,
        intent.quantity,
        intent.unread && !WHAT_IS_LEFT.test(intent.unread) ? intent.unread : undefined,
      );
    case 'change':
      return resolveChange(world, state, intent.target, intent.to, earlier, intent.portion);
    case 'remove':
      return resolveRemove(world, state, intent.target);
    case 'adjust':
      return resolveAdjust(world, state, intent.target, intent.quantity, intent.sign, earlier);
    case 'take_all':
      return takeAll(world, state);
    case 'exclude':
      return resolveExclusion(world, state, intent.item);
  }
}

/**
 * 不要屏蔽 to "网线要哪一种？": the products asked about that have what is not wanted are left out of every open
 * product question it leaves some of; said of a line on the draft (不要水泥), or when it tells no candidates apart,
 * it is a removal.
 */
function resolveExclusion(world: TurnWorld, state: ConversationState, item: ItemText): Action[] {
  // 不带锁的 to "要哪个含锁？含锁 / 不含锁": the option that says not having it answers, never an edit
  const negated = `不带${item.text}`;
  const answer = answerByOptionPart(world, state, {
    text: negated,
    analysis: world.matcher.analyze(negated),
    also: false,
  });
  if (answer) return answer;
  const target: LineTarget = { kind: 'words', item };
  if (linesOfTarget(world, state, target).length) return resolveRemove(world, state, target);
  const actions: Action[] = [];
  for (const q of state.questions) {
    if (q.kind !== 'which_product' || q.parked) continue;
    const ids = candidatesOf(world, q);
    const hit = world.matcher.narrow(ids, item.analysis);
    if (!hit?.length || hit.length === ids.length) continue;
    actions.push(...refine(world, state, q, { ...q, excluded: [...(q.excluded ?? []), item.text] }));
  }
  return actions.length ? actions : resolveRemove(world, state, target);
}

/** Whether an option said alone (2 / 第二个 / 最大的) picks an option of the question asked last. */
export function optionApplies(
  world: TurnWorld,
  state: ConversationState,
  intent: Extract<Intent, { kind: 'option' }>,
  saidText: string,
): boolean {
  const first = state.questions[0];
  if (intent.choice) return first?.kind === 'which_product';
  if (intent.end) return first?.kind === 'which_product' && !!pickAtEnd(world, state, first, intent.end);
  // 5号 when the sizes offered are 1号 / 3号 / 5号 / 7号 names a size, not the fifth option
  const named = first?.kind === 'which_product' && first.offered?.values.some((v) => v === saidText);
  return (
    !named &&
    (first?.kind === 'which_line' ||
      (first?.kind === 'which_product' && !!first.offered) ||
      first?.kind === 'offer')
  );
}

function resolveOption(world: TurnWorld, state: ConversationState, number: number): Action[] | undefined {
  const first = state.questions[0];
  if (!first) return undefined;
  if (first.kind === 'which_line') {
    const sku = first.skus[number - 1];
    return sku === undefined
      ? undefined
      : [{ kind: 'close', question: first }, ...changeLine(world, state, sku, first.change)];
  }
  if (first.kind === 'offer') {
    const sku = first.skus[number - 1];
    return sku === undefined ? undefined : acceptOffer(world, state, first, sku);
  }
  if (first.kind === 'which_product') return pickOption(world, state, first, number);
  return undefined;
}

/** Takes an offered product, in the amount said with the offer's answer when one was (else the offer's own). */
export function acceptOffer(
  world: TurnWorld,
  state: ConversationState,
  offer: Extract<OpenQuestion, { kind: 'offer' }>,
  sku: string,
  quantity?: SaidQuantity,
): Action[] {
  const p = productOf(world, sku);
  if (!p) return [{ kind: 'close', question: offer }];
  return [
    { kind: 'close', question: offer },
    ...placeProduct(world, state, p, quantity ?? offer.quantity, { fresh: false }),
  ];
}

/**
 * 取消 of the order: the draft goes, and so does a request the shop just said it could not meet (算了 不要了 取消吧
 * after "没有19*0.8的"), though nothing is on the draft.
 */
function cancelOrder(state: ConversationState, justRefused: boolean): Action[] {
  const which = state.questions.find((q) => q.kind === 'which_line' && q.change.kind === 'remove');
  // 都不要了 to "which one?": both
  if (which?.kind === 'which_line')
    return [
      { kind: 'close', question: which },
      ...which.skus.map((sku): Action => ({ kind: 'remove', sku })),
    ];
  if (!state.lines.length && !state.questions.length && !justRefused) return [];
  return [{ kind: 'cancel_order' }];
}

function letGo(state: ConversationState): Action[] {
  const first = state.questions[0];
  // 算了 不要了 when the one thing asked about is all there is: the order is off
  if (first && state.questions.length === 1 && !state.lines.length) return [{ kind: 'cancel_order' }];
  if (first) return [{ kind: 'close', question: first, dropped: true }];
  return state.lines.length ? [{ kind: 'cancel_order' }] : [];
}

function takeAll(world: TurnWorld, state: ConversationState): Action[] {
  const offer = state.questions.find((q) => q.kind === 'stock');
  if (offer?.kind === 'stock') {
    const p = productOf(world, offer.sku);
    return p
      ? [
          { kind: 'close', question: offer },
          { kind: 'put', sku: p.sku, quantity: offer.available, fresh: false },
        ]
      : [];
  }
  // 安慕希临期的还有多少 全要了 → "有的，要多少箱？": all there is of the product whose amount is asked (the last asked)
  const asked = state.questions.findLast((q) => q.kind === 'quantity' && !q.problem);
  const p = asked?.kind === 'quantity' ? productOf(world, asked.sku) : undefined;
  const stock = p ? Math.floor(p.stock) : 0;
  return asked && p && stock > 0
    ? [
        { kind: 'close', question: asked },
        { kind: 'put', sku: p.sku, quantity: stock, fresh: true },
      ]
    : [];
}

/** An item naming a product or specs: an answer to an open question, a line already there, or a new line. */
function resolveAdd(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
): Action[] {
  const a = item.analysis;
  const amount = loneNumberForAskedAmount(world, state, item);
  if (amount) return resolveQuantity(world, state, amount);
  // 琵琶腿 小的5件 大的3件: 大的 with a quantity is the other end of the sizes of the product just ordered
  if (item.quantity && state.focus && a.mentions.every((m) => m.kind === 'spec' && m.lone)) {
    const words = item.text.replace(item.quantity.raw, '').replace(/[的\s]/g, '');
    const other = words ? siblingAtEnd(world, state.focus, words) : undefined;
    if (other) return placeProduct(world, state, other, saidOf(item.quantity), { fresh: true });
  }
  if (!hasContent(a))
    return item.quantity
      ? (answerByOptionPart(world, state, item) ?? resolveQuantity(world, state, item.quantity))
      : (answerByOptionPart(world, state, item) ?? answerByCandidateWords(world, state, item.text) ?? []);
  const answered = answerOpenQuestions(world, state, item, earlier);
  if (answered) return answered;
  const named = linesNamed(world, state, a);
  const kept = keepOnly(state, item, named);
  if (kept) return kept;
  // 黄油只要一箱 with two butter lines: which one stays is asked
  const before = wordsBeforeOnly(item.text);
  const keptOne = before && keepOneOf(item, linesNamed(world, state, world.matcher.analyze(before)));
  if (keptOne) return keptOne;
  if (named.length && !item.quantity)
    return [{ kind: 'focus', sku: named[named.length - 1]! }, { kind: 'acknowledge' }];
  // 红的不要了 要蓝的: right after a removal, words with no product and no quantity take the removed line's place
  const removed = [...earlier.changes].reverse().find((c) => c.kind === 'removed');
  if (removed?.kind === 'removed' && !item.quantity && !hasIdentity(a)) {
    const restored = { ...state, lines: [...state.lines, { sku: removed.sku, quantity: removed.quantity }] };
    return replaceLine(world, restored, removed.sku, item.text, undefined);
  }
  // an item with no product word (蓝的也10卷, 东鹏 2箱 after 红牛) leans on the product talked about
  // (花王拉拉裤L 2箱 帮宝适 3箱: a brand alone borrows no type or size from the line before; 帮宝适的也来3箱 does)
  // (明月1.56绿膜 10副 万新1.56 20副: nor does another brand's item take the values said for this brand's line)
  const focus = state.focus === undefined ? undefined : idOf(world, state.focus);
  const apart = keepsApartFrom(world.matcher.index, a, focus);
  const leansOn = item.also || (!hasProductWord(a) && !apart) ? state.focus : undefined;
  // 蓝的也一样: the same amount as the line talked about, in its unit
  const same = item.also && !item.quantity ? sameAmountAsFocus(world, state, item.text) : undefined;
  return resolveNewItem(world, state, same ? { ...item, quantity: same } : item, earlier, leansOn);
}

/** Words for what is left of a product: 剩的 / 剩下的 / 余下的. */
const WHAT_IS_LEFT = /^(?:那|就)?(?:剩|剩下|余下|剩余)$/;

/** Answers to the open questions: an offered product named, the line a 'which line' question waits for, a product. */
function answerOpenQuestions(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
): Action[] | undefined {
  const m = world.matcher;
  const taken = stockAnswerNamingIt(world, state, item, earlier);
  if (taken) return taken;
  for (const q of state.questions) {
    // naming the one product offered is no yes (单开我问问业主要不要白的); naming one of several picks it
    // (大龙骨 38的 300根 龙牌 500根: a later item of the message that made the offer, with its own quantity, is its
    // own line, never the offer's answer with the offer's quantity)
    const madeNow = !earlier.questionsBefore?.includes(q) && item.quantity;
    if (q.kind === 'offer' && q.skus.length > 1 && !madeNow) {
      const ids = q.skus.map((sku) => m.index.bySku.get(sku)!);
      const n = m.narrow(ids, item.analysis);
      // (要威娜的 6瓶: the amount said with the choice is the line's)
      const quantity = item.quantity ? saidOf(item.quantity) : undefined;
      if (n?.length === 1) return acceptOffer(world, state, q, m.index.products[n[0]!]!.sku, quantity);
    }
    if (q.kind === 'which_line') {
      const sku = lineNamedByAnswer(world, q.skus, item);
      if (sku) return [{ kind: 'close', question: q }, ...changeLine(world, state, sku, q.change)];
    }
  }
  // 13厚的也来100根 while "要哪个内径？" waits: an item said with 也 and an amount of its own is one more line (a
  // sibling of what was said), never the answer that settles the question's own amount
  const another = item.also && !!item.quantity;
  const answered = another
    ? undefined
    : (answerWhichProducts(world, state, item, earlier) ?? answerByOptionPart(world, state, item));
  if (answered) return answered;
  const switched =
    answerByPurpose(world, state, item, earlier) ?? switchedByAnswer(world, state, item, earlier);
  if (switched) return switched;
  // 农夫的 to "农夫山泉要哪个规格？": the words only say again what is asked about — no new item
  if (!item.quantity && restates(world, state, item)) return [];
  return undefined;
}

/** Every word of the item holds for all candidates of an open product question: it tells none apart. */
function restates(world: TurnWorld, state: ConversationState, item: ItemText): boolean {
  const mentions = item.analysis.mentions;
  if (!mentions.length || item.analysis.unknown.length) return false;
  return state.questions.some((q) => {
    if (q.kind !== 'which_product') return false;
    const candidates = candidatesOf(world, q);
    return mentions.every((x) => {
      const ids = new Set(x.ids);
      return candidates.every((id) => ids.has(id));
    });
  });
}

function resolveQuantity(
  world: TurnWorld,
  state: ConversationState,
  token: QuantityToken,
  unread?: string,
): Action[] {
  const quantity = saidOf(token);
  // 一米七 to "要哪个长度？1.7米 / 2.1米": a measure in no unit the candidates are sold in is a value
  const item = { text: token.raw, quantity: token, analysis: world.matcher.analyze(token.raw), also: false };
  const part = unread ? undefined : answerByOptionPart(world, state, item);
  if (part) return part;
  const first = state.questions.find((q) => q.kind === 'stock' || q.kind === 'quantity');
  if (first && (first.kind === 'stock' || first.kind === 'quantity')) {
    const p = productOf(world, first.sku);
    return p
      ? [{ kind: 'close', question: first }, ...placeProduct(world, state, p, quantity, { fresh: false })]
      : [];
  }
  // 要这个吗？ — 那就两盒吧: a quantity for the one product offered takes it, in that quantity
  const offer = state.questions[0];
  if (offer?.kind === 'offer' && offer.skus.length === 1 && !unread) {
    const offered = productOf(world, offer.skus[0]!);
    if (offered && toSaleUnits(world, offered, quantity) !== undefined)
      return [
        { kind: 'close', question: offer },
        ...placeProduct(world, state, offered, quantity, { fresh: false }),
      ];
  }
  const pick = state.questions.find(
    (q): q is WhichProduct => q.kind === 'which_product' && !q.request.quantity,
  );
  if (pick) {
    const next: WhichProduct = { ...pick, request: { ...pick.request, quantity }, asked: pick.asked };
    return [{ kind: 'ask', question: next, replacing: pick }];
  }
  const target = state.focus ?? (state.lines.length === 1 ? state.lines[0]!.sku : undefined);
  const p = target ? productOf(world, target) : undefined;
  // 铱金火花塞 3盒 普通的2盒: unread words that only one product of the family talked about is called by name it
  const kindred =
    p && unread ? (siblingAtEnd(world, p.sku, unread) ?? kindredByWords(world, p, unread)) : undefined;
  if (kindred) return placeProduct(world, state, kindred, quantity, { fresh: true });
  // 紫的 2筒 with no purple anything: a quantity for something unread is no edit of the line talked about
  if (!p || unread || !state.lines.some((l) => l.sku === target))
    return [
      {
        kind: 'note',
        note: { kind: 'quantity_for_nothing', said: `${unread ?? ''}${token.raw}`, quantity },
      },
    ];
  return placeProduct(world, state, p, quantity, { fresh: false });
}

/** The lines an edit is about: those its words name, else the line removed just before, the line talked about. */
function editedLines(
  world: TurnWorld,
  state: ConversationState,
  target: LineTarget | undefined,
  earlier: EarlierInTurn,
): string[] {
  if (target) return linesOfTarget(world, state, target);
  const removed = [...earlier.changes].reverse().find((c) => c.kind === 'removed');
  if (removed?.kind === 'removed') return [removed.sku];
  if (state.focus && state.lines.some((l) => l.sku === state.focus)) return [state.focus];
  return state.lines.map((l) => l.sku);
}

function firstNonEmpty(first: string[], next: () => string[]): string[] {
  return first.length ? first : next();
}

function whichLine(skus: string[], change: PendingLineChange): Action[] {
  return [{ kind: 'ask', question: { kind: 'which_line', skus, change, asked: 0 } }];
}

function resolveChange(
  world: TurnWorld,
  state: ConversationState,
  target: LineTarget | undefined,
  to: ItemText,
  earlier: EarlierInTurn,
  portion?: QuantityToken,
): Action[] {
  const removed = [...earlier.changes].reverse().find((c) => c.kind === 'removed');
  if (portion && hasContent(to.analysis)) {
    const skus = editedLines(world, state, target, earlier);
    if (skus.length === 1) return splitLine(world, state, skus[0]!, to.text, saidOf(portion));
  }
  if (!target && removed?.kind === 'removed') {
    // 怡宝不要了 换成娃哈哈: the new product takes the removed line's place and quantity
    const restored = { ...state, lines: [...state.lines, { sku: removed.sku, quantity: removed.quantity }] };
    const quantity = to.quantity && saidOf(to.quantity);
    return replaceLine(world, restored, removed.sku, to.text, quantity);
  }
  const offered = target ? undefined : offerPickedByCorrection(world, state, to, earlier);
  if (offered) return offered;
  // 华为5口交换机 → 我们店里没有; 那换TP的5口千兆 10台: what the customer takes instead of the refused item is a new
  // line, never a change of the line talked about
  if (!target && earlier.refusedBefore && hasIdentity(to.analysis))
    return resolveNewItem(world, state, to, earlier);
  const short = changeOfShortLine(world, state, target, to, earlier);
  if (short) return short;
  // 不对 32支也要紧密纺的: values each held by another line (紧密纺 a value as much as a product word): the line of what
  // is said before 要, or ask which — never turn one line into the other's product
  if (!target) {
    const split = linesOfSplitValues(world, state, to.analysis);
    if (split.length) {
      const said = to.quantity && saidOf(to.quantity);
      const change: PendingLineChange = {
        kind: 'replace',
        request: { text: to.text, ...(said && { quantity: said }) },
      };
      return split.length > 1 ? whichLine(split, change) : changeLine(world, state, split[0]!, change);
    }
  }
  // 不对 278要天威的: the words before 要 name the line, never a line that a word after it is on
  // 不对 笔要0.38的: with no line named before the change, the product words of the change name the line
  // 不对 胡桃的是4樘: a value that only one line holds names that line, never the line talked about
  const byWords = target
    ? []
    : firstNonEmpty(lineOfSubject(world, state, to.analysis), () =>
        firstNonEmpty(linesOfProductWords(world, state, to.analysis), () =>
          lineOfOwnValues(world, state, to.analysis, !!to.quantity),
        ),
      );
  // 不对 葫芦是6米的 while the hoist is still asked about and no line is one: an answer, never an edit of the line
  // talked about
  if (!target && !byWords.length && namesOnlyAskedProducts(world, state, to)) {
    // (words that fit none of its candidates leave the question open, asked again, and every line as it is)
    return answerWhichProducts(world, state, to, earlier) ?? [];
  }
  const skus = byWords.length ? byWords : editedLines(world, state, target, earlier);
  const bareAmount = to.quantity ? undefined : amountFittingNoValue(world, skus, to);
  const quantity = (to.quantity && saidOf(to.quantity)) ?? bareAmount;
  const shared =
    target || byWords.length ? [] : linesOfSharedValues(world, state, to.analysis, !!to.quantity);
  // (each of them holds every value said: the change is of its amount)
  if (shared.length > 1 && quantity) return whichLine(shared, { kind: 'set_quantity', quantity });
  if (!skus.length) {
    // 电线改成4平方的 while the wire is still asked about: an answer
    if (hasContent(to.analysis)) {
      const answered = answerWhichProducts(world, state, to, earlier);
      if (answered) return answered;
      // 不对 14寸的 after the 12寸 one was refused: nothing to change, the words are the request
      if (!state.lines.length) return resolveNewItem(world, state, to, earlier);
      const named = target?.kind === 'words' ? target.item.text : '';
      return [{ kind: 'note', note: { kind: 'not_on_draft', what: named } }];
    }
    if (!quantity) return [];
    // 水泥改成30包 with no cement on the draft: the quantity of the cement still asked about, or nothing — never
    // the quantity of the line talked about, which the words do not name
    if (target?.kind === 'words' && hasContent(target.item.analysis)) {
      const asked = state.questions.find(
        (q): q is WhichProduct =>
          q.kind === 'which_product' && !!world.matcher.narrow(candidatesOf(world, q), target.item.analysis),
      );
      if (asked)
        return [
          { kind: 'ask', question: { ...asked, request: { ...asked.request, quantity } }, replacing: asked },
        ];
      return [{ kind: 'note', note: { kind: 'not_on_draft', what: target.item.text } }];
    }
    return resolveQuantity(world, state, to.quantity!);
  }
  const change: PendingLineChange =
    hasContent(to.analysis) && !bareAmount
      ? { kind: 'replace', request: { text: to.text, ...(quantity && { quantity }) } }
      : { kind: 'set_quantity', quantity: quantity! };
  if (change.kind === 'set_quantity' && !quantity) return [];
  // 75竖龙骨 100根 100竖龙骨 50根 → 改成80根: a bare new quantity that fits several lines in its unit asks which, like a
  // bare reduction, never sets the line said last (unless a question about one line's amount is open)
  if (change.kind === 'set_quantity' && !target && !byWords.length && to.quantity?.unit) {
    const amountAsked = state.questions.some((q) => q.kind === 'stock' || q.kind === 'quantity');
    const fitting = amountAsked ? [] : linesInUnit(world, state, to.quantity.unit);
    if (fitting.length > 1) return whichLine(fitting, change);
  }
  if (
    skus.length > 1 &&
    (target?.kind === 'all' || (target?.kind === 'words' && (target.parts || target.every)))
  ) {
    // 这两个都改成20卷: each line
    const closing = state.questions.filter((q) => q.kind === 'which_line');
    return [
      ...closing.map((q): Action => ({ kind: 'close', question: q })),
      ...skus.flatMap((sku) => changeLine(world, state, sku, change)),
    ];
  }
  if (skus.length > 1) {
    let fitting = change.kind === 'replace' ? skus.filter((sku) => replaceFits(world, state, sku, to)) : skus;
    // 油换成福临门的 with an oil and a soy sauce on the draft: the line whose own kind the words have
    if (fitting.length > 1) {
      const sameKind = fitting.filter((sku) => replaceKeepsKind(world, state, sku, to));
      if (sameKind.length === 1) fitting = sameKind;
    }
    if (fitting.length !== 1) return whichLine(fitting.length ? fitting : skus, change);
    return changeLine(world, state, fitting[0]!, change);
  }
  const actions = changeLine(world, state, skus[0]!, change);
  // 不对 是浓香的 after 铁观音 and then 大红袍: words naming no product that would turn the line talked about into
  // another product, while they only change a spec of another line, mean that other line (asked when several)
  // (a word of the names that is also a spec value, 栗棕色 of 植物染发膏 栗棕色 60ml, is read as the value)
  const terms = world.matcher.index.terms;
  const namesProduct = to.analysis.mentions.some(
    (x) =>
      ((x.kind === 'head' || x.kind === 'brand') && !terms.get(x.text)?.spec.size) || x.kind === 'barcode',
  );
  if (change.kind === 'replace' && !target && !namesProduct && state.lines.length > 1) {
    const same = (sku: string, acts: Action[]) => keepsProduct(world, sku, acts);
    if (!same(skus[0]!, actions)) {
      const others = state.lines
        .map((l) => l.sku)
        .filter(
          (sku) =>
            sku !== skus[0] &&
            changes(world, state, sku, change) &&
            same(sku, changeLine(world, state, sku, change)),
        );
      if (others.length === 1) return changeLine(world, state, others[0]!, change);
      if (others.length > 1) return whichLine(others, change);
    }
  }
  return actions;
}

/**
 * 原味改成30: a bare number as what one line is changed into, when no product of the line's family holds it as a
 * value (none comes in 30 anything), is the line's new amount in its sale unit — never "没有30的".
 */
function amountFittingNoValue(world: TurnWorld, skus: string[], to: ItemText): SaidQuantity | undefined {
  const a = to.analysis;
  if (skus.length !== 1 || a.unknown.length || !a.mentions.length) return undefined;
  if (!a.mentions.every((m) => m.kind === 'spec' && m.bare)) return undefined;
  const digits = to.text.replace(/[的\s]/g, '');
  const id = idOf(world, skus[0]!);
  if (!/^\d+$/.test(digits) || id === undefined) return undefined;
  const index = world.matcher.index;
  if (world.matcher.narrow([...familyMembers(index, index.family[id]!)], a)) return undefined;
  return { value: Number(digits), text: digits };
}

/**
 * 来20 to "要多少根？" / 那就20 to "只有20箱，先拿20箱可以吗？": a number said alone while the amount of one product is
 * asked is that amount, where no product of its family holds the number as a value.
 */
function loneNumberForAskedAmount(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
): QuantityToken | undefined {
  const a = item.analysis;
  if (item.quantity || a.unknown.length || !a.mentions.length) return undefined;
  if (!a.mentions.every((m) => m.kind === 'spec' && m.bare)) return undefined;
  const digits = item.text.replace(/^(?:那就|那|就|来|要|拿|先|给我)+/, '').replace(/[的吧\s]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const asked = state.questions.find((q) => (q.kind === 'quantity' || q.kind === 'stock') && !q.parked);
  const id = asked?.kind === 'quantity' || asked?.kind === 'stock' ? idOf(world, asked.sku) : undefined;
  if (id === undefined) return undefined;
  const index = world.matcher.index;
  if (world.matcher.narrow([...familyMembers(index, index.family[id]!)], a)) return undefined;
  return { start: 0, end: 0, value: Number(digits), raw: digits };
}

/**
 * 不对 切割片要切不锈钢的 while "您是要这几个吗？1. 切割片 切不锈钢 2. 切割片 切铁" waits: a correction that names no line
 * of the draft and fits one of the products offered (made before this message) takes it, as naming it would.
 */
function offerPickedByCorrection(
  world: TurnWorld,
  state: ConversationState,
  to: ItemText,
  earlier: EarlierInTurn,
): Action[] | undefined {
  const m = world.matcher;
  if (linesNamed(world, state, to.analysis).length) return undefined;
  for (const q of state.questions) {
    if (q.kind !== 'offer' || q.skus.length < 2 || !earlier.questionsBefore?.includes(q)) continue;
    const ids = q.skus.map((sku) => m.index.bySku.get(sku)!);
    const n = m.narrow(ids, to.analysis);
    const quantity = to.quantity ? saidOf(to.quantity) : undefined;
    if (n?.length === 1) return acceptOffer(world, state, q, m.index.products[n[0]!]!.sku, quantity);
  }
  return undefined;
}

/** Whether the product words of `to` fit no draft line but fit the candidates of an open product question. */
function namesOnlyAskedProducts(world: TurnWorld, state: ConversationState, to: ItemText): boolean {
  const heads = to.analysis.mentions.filter((m) => m.kind === 'head');
  if (!heads.length) return false;
  const lineIds = state.lines.map((l) => idOf(world, l.sku));
  if (heads.some((m) => lineIds.some((id) => id !== undefined && m.ids.includes(id)))) return false;
  return state.questions.some(
    (q) =>
      q.kind === 'which_product' &&
      heads.every((m) => candidatesOf(world, q).some((id) => m.ids.includes(id))),
  );
}

/** Whether a line's replacement, if any, is (or may be) a product of the same name: a spec changed, not the product. */
function keepsProduct(world: TurnWorld, sku: string, actions: Action[]): boolean {
  const old = productOf(world, sku);
  const name = old && bareName(old);
  const products = world.matcher.index.products;
  return actions.every((a) => {
    // (the line taken off for a product sold in another unit, whose amount is then asked)
    if (a.kind === 'remove') return a.sku !== sku;
    if (a.kind === 'put') {
      const put = productOf(world, a.sku);
      return a.replaces !== sku || (!!put && bareName(put) === name);
    }
    // a question which product to put in the line's place, none of them the line's own product
    if (a.kind === 'ask' && a.question.kind === 'which_product' && a.question.replaces === sku)
      return candidatesOf(world, a.question).some((id) => bareName(products[id]!) === name);
    return true;
  });
}

/** Whether a change would replace the line by another product at all (or ask which). */
function changes(
  world: TurnWorld,
  state: ConversationState,
  sku: string,
  change: PendingLineChange,
): boolean {
  return changeLine(world, state, sku, change).some(
    (a) =>
      (a.kind === 'put' && a.replaces === sku && a.sku !== sku) ||
      (a.kind === 'ask' && a.question.kind === 'which_product' && a.question.replaces === sku),
  );
}

/**
 * Whether the words of a change give the line a product of its own kind (category, else name): a brand said of
 * several lines fits only those the brand sells in that kind.
 */
function replaceKeepsKind(world: TurnWorld, state: ConversationState, sku: string, to: ItemText): boolean {
  const kindOf = (product: Product | undefined) => product && (product.category ?? product.name);
  const own = kindOf(productOf(world, sku));
  const products = world.matcher.index.products;
  return replaceLine(world, state, sku, to.text, undefined).some(
    (a) =>
      (a.kind === 'put' && a.replaces === sku && a.sku !== sku && kindOf(productOf(world, a.sku)) === own) ||
      (a.kind === 'ask' &&
        a.question.kind === 'which_product' &&
        a.question.replaces === sku &&
        candidatesOf(world, a.question).some((id) => kindOf(products[id]) === own)),
  );
}

/** Whether the words of a correction name something other than the line, around the line's product. */
function replaceFits(world: TurnWorld, state: ConversationState, sku: string, to: ItemText): boolean {
  const actions = replaceLine(world, state, sku, to.text, undefined);
  return actions.some((a) => a.kind === 'put' || (a.kind === 'ask' && a.question.kind === 'which_product'));
}

function resolveRemove(world: TurnWorld, state: ConversationState, target: LineTarget | undefined): Action[] {
  if (!target) {
    const first = state.questions[0];
    if (first && first.kind !== 'which_line') return [{ kind: 'close', question: first, dropped: true }];
    if (state.lines.length === 1) return [{ kind: 'remove', sku: state.lines[0]!.sku }];
    return state.lines.length
      ? whichLine(
          state.lines.map((l) => l.sku),
          { kind: 'remove' },
        )
      : [];
  }
  const named = linesOfTarget(world, state, target);
  // 100的不要了 with a 盖板 100 and a 桥架 100*50: a number both hold names both
  const byNumber =
    target.kind === 'words' ? linesHoldingNumber(world, state, target.said ?? target.item.text) : [];
  const skus = byNumber.length > 1 && named.length === 1 && byNumber.includes(named[0]!) ? byNumber : named;
  // a removal naming one of the lines a 'which to remove' question offered answers it (振德的不要 稳健的留着)
  const closing = state.questions.filter(
    (q) =>
      q.kind === 'which_line' &&
      (target.kind === 'all' ||
        // (黄油只要一箱 to "留哪一个？" of two: taking one off keeps the other)
        ((q.change.kind === 'remove' || (q.change.kind === 'keep' && q.skus.length === 2)) &&
          skus.length === 1 &&
          q.skus.includes(skus[0]!))),
  );
  // 三通和弯头都不要了 / 两个都不要: every line named goes, no question
  if (
    skus.length === 1 ||
    (skus.length > 1 &&
      (target.kind === 'all' || (target.kind === 'words' && (target.parts || target.every))))
  )
    return [
      ...closing.map((q): Action => ({ kind: 'close', question: q })),
      ...skus.map((sku): Action => ({ kind: 'remove', sku })),
    ];
  if (skus.length > 1) return whichLine(skus, { kind: 'remove' });
  if (target.kind !== 'words') return [];
  // 电线不要了 while the wire is still asked about: that question goes
  const m = world.matcher;
  const asked = state.questions.find((q) => {
    if (q.kind === 'which_product') return !!m.narrow(candidatesOf(world, q), target.item.analysis);
    if (q.kind === 'quantity' || q.kind === 'stock') {
      const id = m.index.bySku.get(q.sku);
      return id !== undefined && !!m.narrow([id], target.item.analysis);
    }
    // 滇红不要了 after 滇红2斤 could not be placed: that unplaced item goes
    if (q.kind === 'unplaced') return q.said.includes(target.item.text.replace(/的$/, ''));
    return q.kind === 'offer';
  });
  if (asked) return [{ kind: 'close', question: asked, dropped: true }];
  return [{ kind: 'note', note: { kind: 'not_on_draft', what: target.item.text } }];
}

function resolveAdjust(
  world: TurnWorld,
  state: ConversationState,
  target: LineTarget | undefined,
  token: QuantityToken,
  sign: 1 | -1,
  earlier: EarlierInTurn,
): Action[] {
  const quantity = saidOf(token);
  const change: PendingLineChange = { kind: 'add_quantity', quantity, sign };
  if (target) {
    const skus = linesOfTarget(world, state, target);
    if (skus.length === 1) return changeLine(world, state, skus[0]!, change);
    // 各加一箱 / 这两个都加5卷: each line
    if (
      skus.length > 1 &&
      (target.kind === 'all' || (target.kind === 'words' && (target.parts || target.every)))
    )
      return skus.flatMap((sku) => changeLine(world, state, sku, change));
    if (skus.length > 1) return whichLine(skus, change);
    // 再加两卷黄绿的: words naming no line are a new item, leaning on the line talked about
    if (target.kind === 'words' && sign > 0)
      return resolveAdd(world, state, { ...target.item, quantity: token, also: true }, earlier);
    return target.kind === 'words'
      ? [{ kind: 'note', note: { kind: 'not_on_draft', what: target.item.text } }]
      : [];
  }
  const stock = state.questions.find((q) => q.kind === 'stock' || q.kind === 'quantity');
  if (stock && sign < 0) return resolveQuantity(world, state, token);
  const skus = editedLines(world, state, undefined, earlier);
  // 10号槽钢 20根 12号槽钢 10根 → 减5根: a bare reduction that fits several lines in its unit asks which, never
  // takes it off the line said last
  const fitting = sign < 0 && token.unit ? linesInUnit(world, state, token.unit) : [];
  if (fitting.length > 1 && !earlier.changes.some((c) => c.kind === 'removed'))
    return whichLine(fitting, change);
  if (skus.length === 1) return changeLine(world, state, skus[0]!, change);
  if (skus.length > 1) return whichLine(skus, change);
  return [{ kind: 'note', note: { kind: 'quantity_for_nothing', said: token.raw, quantity } }];
}

/** The lines whose products are sold in `unit`. */
function linesInUnit(world: TurnWorld, state: ConversationState, unit: string): string[] {
  return state.lines
    .map((l) => l.sku)
    .filter((sku) => {
      const id = idOf(world, sku);
      return id !== undefined && world.matcher.index.units[id]!.has(unit);
    });
}

/** The focus line's amount, as said in its product's unit, when the words ask for the same (也一样 / 同样). */
function sameAmountAsFocus(
  world: TurnWorld,
  state: ConversationState,
  text: string,
): QuantityToken | undefined {
  if (!/一样|同样|照样/.test(text)) return undefined;
  const line = state.lines.find((l) => l.sku === state.focus);
  const product = line && productOf(world, line.sku);
  if (!line || !product) return undefined;
  const raw = `${line.quantity}${product.unit}`;
  return { start: 0, end: 0, value: line.quantity, unit: canonicalUnit(product.unit), raw };
}

/** The one product of `p`'s family, other than `p`, whose name or aliases hold `words` (two to four characters). */
function kindredByWords(world: TurnWorld, p: Product, words: string): Product | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const index = world.matcher.index;
  const own = idOf(world, p.sku);
  if (own === undefined) return undefined;
  const family = index.family[own];
  if (family === undefined) return undefined;
  const hits = familyMembers(index, family).filter((id) => {
    const x = index.products[id]!;
    return id !== own && [x.name, ...x.aliases].some((w) => w.includes(words));
  });
  return hits.length === 1 ? index.products[hits[0]!] : undefined;
}
