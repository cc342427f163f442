import type { Matcher } from '../catalog/matcher.js';
import { MAX_TEXT_LENGTH, readMessage } from '../catalog/text-normalize.js';
import { freshConversation, readConversation } from './conversation-state.js';
import type { ConversationState, OpenQuestion } from './conversation-state.js';
import { renderTurn, replies } from './customer-replies.js';
import type { DialogEvent, DialogInput, DialogState, DialogTurn, OrderView } from './dialog-types.js';
import { applyActions } from './draft-changes.js';
import type { Action, DraftChange } from './draft-changes.js';
import { orderView } from './draft-view.js';
import { spelledNearName } from './offer-near-spelling.js';
import { confirmsItsOwnItems } from './confirm-with-items.js';
import { putsRefusedOff } from './refused-put-off.js';
import { pickByPrice } from './price-end-answers.js';
import { alternativeActions, questionsAnsweredByAlternative } from './if-not-sold.js';
import { numberedValue } from './numbered-values.js';
import { countedValue } from './counted-value-answers.js';
import { offeredValueSaid } from './offered-value-answers.js';
import { whichLineSettledByEdit } from './which-line-answers.js';
import { shortfallSaidAsChange } from './shortfall-phrases.js';
import { acceptOffer, optionApplies, resolveIntent } from './intent-resolution.js';
import { parseMessage } from './message-intents.js';
import { answersByMeaning } from './option-part-answers.js';
import type { Intent, ParsedMessage } from './message-intents.js';
import { editsSettled, keepEditOfNoLine, keepOfferGonePast } from './lost-items.js';
import { answerMissingSpec, missingLetGo, missingSpecQuestions, settledByLine } from './missing-specs.js';
import { chooseQuestion } from './next-question.js';
import { answerByCandidateWords, candidatesOf, settleIfOne } from './product-questions.js';
import { placeProduct } from './product-placement.js';
import { replyFacts } from './reply-facts.js';
import { stockOffersOf } from './short-stock-changes.js';
import { idOf, productOf } from './turn-world.js';
import type { EarlierInTurn, TurnWorld } from './turn-world.js';
import {
  answerUnplaced,
  letsUnplacedGo,
  openUnplaced,
  secondQuantityForNewLine,
  settlesUnplaced,
  strayAfterRefusal,
  unplacedBeforeConfirm,
  unplacedQuestions,
} from './unplaced-items.js';

/**
 * One turn as a pipeline of named stages, each a pure function with its own types:
 * parse the message into intents (message-intents.ts) → resolve each against the catalog and the draft
 * (intent-resolution.ts) → apply the actions to the draft (draft-changes.ts: a new state and what changed) →
 * choose the next question (next-question.ts) → render the replies (customer-replies.ts).
 */
export function runTurn(
  matcher: Matcher,
  maxQuantityPerLine: number,
  stored: DialogState | null,
  input: DialogInput,
): DialogTurn {
  const world: TurnWorld = { matcher, customer: input.customer, history: input.history, maxQuantityPerLine };
  let state = readConversation(stored);
  const message = readMessage(typeof input.text === 'string' ? input.text : '');
  // reading part of an order is misreading it: nothing is taken from a message too long to read whole
  if (message.tooLong) return said(world, state, [replies.tooLong(MAX_TEXT_LENGTH)]);
  const parsed = parseMessage(matcher, shortfallSaidAsChange(state, message.text));
  const first = parsed.intents[0];
  if (first?.kind === 'order_question') {
    const event: DialogEvent = { type: 'order_question', inquiry: first.inquiry };
    return said(
      world,
      state,
      [replies.orderQuestion(state.status === 'open' && state.lines.length > 0)],
      [event],
    );
  }
  if (state.status !== 'open') {
    // after a confirmed or cancelled order, only new ordering starts a new draft
    if (!parsed.intents.some(startsOrdering))
      return said(world, state, [
        replies.afterClosed(state.status === 'confirmed', parsed.chat.includes('thanks')),
      ]);
    state = freshConversation(state.revision + 1);
  }
  if (!parsed.bare) {
    const asked = chooseQuestion(world, state);
    const facts = replyFacts(world, asked.state);
    const question = asked.question;
    const text = question
      ? renderTurn({
          facts,
          changes: [],
          question,
          outcome: 'draft',
          showDraft: false,
          hold: false,
          chat: [],
          saidConfirm: false,
        })
      : [replies.emptyMessage(state.lines.length > 0)];
    return said(world, asked.state, text);
  }
  const { state: resolved, changes } = resolveAll(world, state, parsed);
  return finishTurn(world, resolved, changes, parsed);
}

/** A turn that changes nothing: the replies given, the state as it was. */
function said(
  world: TurnWorld,
  state: ConversationState,
  text: string[],
  events: DialogEvent[] = [],
): DialogTurn {
  return { state, replies: text, events, order: viewOf(world, state) };
}

function startsOrdering(intent: Intent): boolean {
  if (intent.kind === 'reorder') return true;
  if (intent.kind === 'add') return intent.item.analysis.mentions.length > 0;
  if (intent.kind === 'option') return intent.otherwise.some(startsOrdering);
  return false;
}

/** Which intents of a message to act on: none of a price question's or a hold's that name no product. */
function intentsToResolve(world: TurnWorld, state: ConversationState, parsed: ParsedMessage): Intent[] {
  let intents = parsed.intents;
  // 带遥控的 to "要哪个遥控？含遥控 / 不含遥控": words the catalog reads as nothing answer the question they fit
  if (!intents.length && !parsed.confirm && answersByMeaning(world, state, parsed.text)) {
    const item = { text: parsed.text, analysis: world.matcher.analyze(parsed.text), also: false };
    intents = [{ kind: 'add', item }];
  }
  // 一号 / 1号色 to a question whose candidates number the values of one attribute: that value, never the first option
  const first = state.questions[0];
  const choice =
    first?.kind === 'which_product' && !first.parked && parsed.confirm === undefined
      ? (numberedValue(world.matcher.index, candidatesOf(world, first), parsed.bare) ??
        countedValue(world, state, parsed.bare) ??
        offeredValueSaid(state, intents))
      : undefined;
  if (choice) intents = [{ kind: 'option', choice, otherwise: intents }];
  const option = intents[0];
  if (option?.kind === 'option' && !optionApplies(world, state, option, parsed.bare))
    intents = option.otherwise;
  const namesProduct = intents.some((i) =>
    i.kind === 'add' ? i.item.analysis.mentions.length > 0 : i.kind !== 'quantity' && i.kind !== 'take_all',
  );
  // 多少钱一捆？ asks a price: its 一捆 is no quantity; 先别下 我问问工地要几个 names nothing to look up
  if (!namesProduct && (parsed.chat.includes('price') || parsed.hold))
    return intents.filter((i) => i.kind !== 'quantity' && i.kind !== 'add');
  return intents;
}

/** Stages 2 and 3 for every intent in turn, each resolved against the draft the ones before it left. */
function resolveAll(
  world: TurnWorld,
  start: ConversationState,
  parsed: ParsedMessage,
): { state: ConversationState; changes: DraftChange[] } {
  const refusedBefore = start.refused;
  let state: ConversationState = { ...start };
  delete state.refused;
  const offersBefore = state.questions.filter((q) => q.kind === 'offer');
  const inquiriesBefore = state.questions.filter((q) => q.kind === 'quantity' && q.inquiry);
  const questionsBefore = [...state.questions];
  const toResolve = intentsToResolve(world, state, parsed);
  const read = answerMissingSpec(world.matcher, state, toResolve) ?? answerUnplaced(state, toResolve);
  const intents = read.intents;
  const changes: DraftChange[] = [];
  const earlier: EarlierInTurn = {
    changes,
    ...(refusedBefore && { refusedBefore }),
    itemCount: intents.filter((i) => i.kind === 'add').length,
    hold: parsed.hold,
    stockOffers: stockOffersOf(questionsBefore),
    questionsBefore,
  };
  const apply = (actions: Action[]) => {
    const applied = applyActions(state, actions);
    state = applied.state;
    changes.push(...applied.changes);
  };
  if (letsUnplacedGo(parsed.bare, intents))
    apply(unplacedQuestions(state).map((q) => ({ kind: 'close', question: q, dropped: true })));
  apply(missingLetGo(state, parsed.letsMissingGo, parsed.text));
  let before: { intent: Intent; actions: Action[] } | undefined;
  for (const [at, intent] of intents.entries()) {
    const linesBefore = state.lines.map((l) => l.sku);
    const actions = alternativeActions(intent, before, () =>
      putsRefusedOff(intent, refusedBefore)
        ? []
        : (strayAfterRefusal(intent, before?.intent, before?.actions ?? []) ??
          secondQuantityForNewLine(state, intent, changes) ??
          resolveIntent(world, state, intent, earlier)),
    );
    apply(actions);
    apply(questionsAnsweredByAlternative(intent, before, actions));
    apply(keepEditOfNoLine(intent, actions));
    const also = intent.kind === 'add' && intent.item.also;
    apply(settledByLine(world.matcher, state, questionsBefore, actions, linesBefore, also));
    before = { intent, actions };
    if (read.answer?.at === at && settlesUnplaced(actions))
      apply([{ kind: 'close', question: read.answer.question }]);
  }
  // 普通的: words read as chat may still be words only one product asked about is called by
  if (!intents.length && parsed.confirm === undefined)
    apply(pickByPrice(world, state, parsed.bare) ?? answerByCandidateWords(world, state, parsed.bare) ?? []);
  apply(settleSingles(world, state));
  // 东鹏 2箱 红牛 1箱: a product word asked about in this message, when only one of its candidates is of a family the
  // draft holds, is that one
  for (const q of state.questions) {
    // (九阳破壁机 5台 美的电磁炉 4台: words not read may name a kind none of the candidates is)
    if (q.kind !== 'which_product' || questionsBefore.includes(q) || q.parked || q.unread) continue;
    // (a line that is one of the candidates itself, 055的 5个 beside 地弹簧 10个, tells nothing of the others)
    const candidates = candidatesOf(world, q);
    const families = new Set(
      state.lines
        .map((l) => idOf(world, l.sku) ?? -1)
        .filter((id) => !candidates.includes(id))
        .map((id) => world.matcher.index.family[id]),
    );
    const kindred = candidates.filter((id) => families.has(world.matcher.index.family[id]));
    if (kindred.length === 1) {
      apply(settleIfOne(world, state, q, kindred) ?? []);
      break;
    }
  }
  apply(acceptancesByConfirm(world, state, parsed, offersBefore));
  // a question asked three ways that the customer went past again is no longer asked, and the reply says so
  apply(
    state.questions
      .filter((q) => questionsBefore.includes(q) && q.asked >= 3 && !q.parked)
      .map((q) => ({ kind: 'park', question: q })),
  );
  // an offer, or a 要多少 after 有X吗, that the customer went past is let go; a bare confirmation is no going past
  // an offer: the offered product was not placed, so it is asked about again rather than left out of the order
  const moved = intents.length > 0 || parsed.confirm !== undefined || parsed.letsMissingGo;
  const confirmOnly = !intents.length && parsed.confirm !== undefined && !parsed.letsMissingGo;
  // 香蕉不要了 while the closest products are offered for another item edits the draft without answering the offer:
  // the offered item is still wanted, so it is asked about again rather than silently left out of the order
  const editsOnly = intents.length > 0 && intents.every((i) => EDITS_OF_LINES.has(i.kind));
  if (moved) {
    const goneBy = (confirmOnly || editsOnly ? [] : offersBefore).filter((q) => state.questions.includes(q));
    // 美纹纸 48mm 10卷 → offered 24mm; 滚筒 5个 goes on ordering: an item given with an amount is not let go by
    // silence, it stays open as a lost item and a confirmation asks about it (see lost-items.ts)
    const ordersOn =
      !parsed.letsMissingGo &&
      !PUT_OFF.test(parsed.text) &&
      intents.every((i) => i.kind === 'add' || i.kind === 'quantity' || i.kind === 'adjust') &&
      changes.some((c) => c.kind === 'added' && c.fresh);
    // 黄色 answering the band's question while a mat is offered: the offer was not answered, so it stays asked
    const answersOther =
      !ordersOn &&
      intents.every((i) => i.kind === 'add' || i.kind === 'quantity' || i.kind === 'option') &&
      questionsBefore.some((q) => ANSWERED.has(q.kind) && !state.questions.includes(q));
    const alsoSaid = intents.some((i) => i.kind === 'add' && i.item.also);
    apply(
      goneBy.flatMap((q) =>
        answersOther && q.kind === 'offer'
          ? []
          : ordersOn && q.kind === 'offer'
            ? keepOfferGonePast(world, state, q, changes, alsoSaid)
            : [{ kind: 'close', question: q } as const],
      ),
    );
    apply(
      inquiriesBefore.filter((q) => state.questions.includes(q)).map((q) => ({ kind: 'close', question: q })),
    );
  }
  // what this message said that no line took stays open until the customer names it or lets it go
  apply(openUnplaced(world, state, changes));
  apply(editsSettled(state.questions, questionsBefore, changes));
  apply(whichLineSettledByEdit(state.questions, questionsBefore, changes));
  // 那算了 先拿2箱直钉 / 白糖回头再说: a product question the customer put off in words is let go by a confirmation
  if (PUT_OFF.test(parsed.text))
    state = {
      ...state,
      questions: state.questions.map((q) =>
        q.kind === 'which_product' && questionsBefore.includes(q) ? { ...q, putOff: true } : q,
      ),
    };
  return { state, changes };
}

/** Words that put an item off: 算了, 回头再说, 问下师傅再说, 先不要. */
const PUT_OFF = /算了|再说|先不要|回头|以后/;

/** Questions whose answer settles their own item, not an offer made for another. */
const ANSWERED: ReadonlySet<OpenQuestion['kind']> = new Set([
  'which_product',
  'quantity',
  'stock',
  'which_line',
]);

/** Intents that edit a line already in the draft, and so answer no question about another item. */
const EDITS_OF_LINES: ReadonlySet<Intent['kind']> = new Set(['remove', 'change', 'adjust']);

/** Questions whose candidates came down to one (stock or answers elsewhere settled them). */
function settleSingles(world: TurnWorld, state: ConversationState): Action[] {
  for (const q of state.questions) {
    if (q.kind !== 'which_product') continue;
    const ids = candidatesOf(world, q);
    if (!ids.length) return [{ kind: 'close', question: q }];
    const settled = settleIfOne(world, state, q, ids);
    if (settled) return settled;
  }
  return [];
}

/** 好 / 可以 / 有多少拿多少 to an offer of what is in stock, or of the closest product: takes it. */
function acceptancesByConfirm(
  world: TurnWorld,
  state: ConversationState,
  parsed: ParsedMessage,
  offersBefore: ConversationState['questions'],
): Action[] {
  if (!parsed.confirm || parsed.hold) return [];
  const stock = state.questions.find((q) => q.kind === 'stock');
  if (stock?.kind === 'stock')
    return [
      { kind: 'close', question: stock },
      { kind: 'put', sku: stock.sku, quantity: stock.available, fresh: parsed.confirm !== 'strong' },
    ];
  // 好 / 可以 takes an offered product; 确认 takes it (and confirms) only when every spec said fits it, or the
  // words it was offered for are a near spelling of its name (新枝二连 → 新城疫、传染性支气管炎二联活疫苗)
  const offer = state.questions.find((q) => q.kind === 'offer' && offersBefore.includes(q));
  if (
    offer?.kind === 'offer' &&
    offer.skus.length === 1 &&
    (parsed.confirm === 'weak' || offer.specsFit || offerSpelledNear(world, offer))
  )
    return acceptOffer(world, state, offer, offer.skus[0]!).map((a) =>
      a.kind === 'put' ? { ...a, fresh: parsed.confirm !== 'strong' } : a,
    );
  // 好 / 要 to "还有一项没对上：…，我们有：X" that named one product: takes it at the item's amount
  const lost = state.questions.find(
    (q) => q.kind === 'unplaced' && q.lost && q.asked > 0 && q.sold?.skus.length === 1,
  );
  if (lost?.kind === 'unplaced' && parsed.confirm === 'weak') {
    const product = productOf(world, lost.sold!.skus[0]!);
    if (product)
      return [
        { kind: 'close', question: lost },
        ...placeProduct(world, state, product, lost.quantity, { fresh: true }),
      ];
  }
  return [];
}

function offerSpelledNear(world: TurnWorld, offer: Extract<OpenQuestion, { kind: 'offer' }>): boolean {
  const product = productOf(world, offer.skus[0]!);
  return product !== undefined && spelledNearName(world.matcher.index, offer.said, product);
}

const TROUBLE = new Set([
  'not_sold',
  'no_such_spec',
  'unknown_barcode',
  'out_of_stock',
  'too_many',
  'quantity_for_nothing',
]);

/** Stages 4 and 5: confirms when asked and nothing is open or new, picks the question, renders the replies. */
function finishTurn(
  world: TurnWorld,
  resolved: ConversationState,
  changesSoFar: DraftChange[],
  parsed: ParsedMessage,
): DialogTurn {
  const asked = chooseQuestion(world, resolved);
  let state = asked.state;
  let changes = changesSoFar;
  const events: DialogEvent[] = [];
  const cancelled = changes.some((c) => c.kind === 'cancelled');
  if (cancelled) events.push({ type: 'cancelled' });
  const troubled = changes.some((c) => c.kind === 'noted' && TROUBLE.has(c.note.kind));
  // (那给我拿雾霾蓝5支吧 确认: items placed as said, then the confirmation, are confirmed with the order)
  const addedFresh =
    changes.some((c) => c.kind === 'added' && c.fresh) &&
    !confirmsItsOwnItems(parsed.text, parsed.confirm, changes);
  // 潜水泵 asked three ways, then a bare 确认: the customer hears that it is not added before an order without it is
  // confirmed (the next confirmation lets it go)
  const parkedNow = changes.some(
    (c) => c.kind === 'question_parked' && !(c.question.kind === 'which_product' && c.question.putOff),
  );
  const confirming =
    !cancelled && !asked.question && parsed.confirm !== undefined && !parsed.hold && state.lines.length > 0;
  // 确认 with only an item the shop sells in other specs said (3*4木方 → 没有3*4的): asks about that item too
  const asksOpen =
    confirming ||
    (!cancelled &&
      !asked.question &&
      parsed.confirm !== undefined &&
      !parsed.hold &&
      missingSpecQuestions(state).length > 0);
  const unplaced = asksOpen && !addedFresh && !troubled ? unplacedBeforeConfirm(state) : undefined;
  let question = asked.question;
  if (unplaced) {
    // a confirmation while something the customer wrote is still unplaced asks about it by name
    question = {
      kind: 'unplaced',
      said: unplaced.said,
      ...(unplaced.sold && { values: unplaced.sold.values, skus: unplaced.sold.skus }),
      ...(unplaced.lost && { lost: true }),
      ...(unplaced.edit && { edit: true }),
      round: unplaced.asked,
    };
    state = {
      ...state,
      questions: state.questions.map((q) =>
        q === unplaced ? { ...unplaced, asked: unplaced.asked + 1 } : q,
      ),
    };
  } else if (confirming && !addedFresh && !troubled && !parkedNow) {
    // parked questions are let go with the order, each named in the reply
    for (const q of state.questions)
      changes = [...changes, { kind: 'question_dropped', question: q, gaveUp: true }];
    state = { ...state, status: 'confirmed', questions: [] };
    events.push({ type: 'confirmed', order: viewOf(world, state)!, revision: state.revision });
  }
  const showDraft =
    parsed.letsMissingGo ||
    changes.some((c) => c.kind !== 'noted' && c.kind !== 'question_split' && c.kind !== 'question_dropped');
  const facts = replyFacts(world, state);
  const text = renderTurn({
    facts,
    changes,
    ...(question && { question }),
    outcome:
      state.status === 'cancelled' ? 'cancelled' : state.status === 'confirmed' ? 'confirmed' : 'draft',
    showDraft,
    hold: parsed.hold,
    chat: parsed.chat,
    saidConfirm: parsed.confirm !== undefined,
    ...(state.focus && { focus: state.focus }),
  });
  return { state, replies: text.filter(Boolean), events, order: viewOf(world, state) };
}

function viewOf(world: TurnWorld, state: ConversationState): OrderView | null {
  if (state.status === 'cancelled') return { status: 'cancelled', lines: [], totalFen: 0 };
  if (!state.lines.length && state.status === 'open') return null;
  const m = world.matcher;
  return orderView(
    state.status === 'confirmed' ? 'confirmed' : 'draft',
    state.lines,
    (sku) => {
      const id = m.index.bySku.get(sku);
      return id === undefined ? undefined : m.index.products[id];
    },
    world.customer.tier,
  );
}
