/**
 * Stage 5 of a turn, and the only place with the customer-facing Chinese of the conversation engine: what
 * changed, notes, the question, the draft summary, confirmations and small talk. Brief, polite 简体中文, the
 * way a good shop assistant writes on WeChat. Pure.
 */
import type { OpenQuestion, PendingLineChange } from './conversation-state.js';
import type { OrderView } from './dialog-types.js';
import type { DraftChange, Note } from './draft-changes.js';
import { yuan } from './draft-view.js';
import type { ChatTopic } from './message-intents.js';
import { MAX_OPTIONS } from './next-question.js';
import type { QuestionToAsk } from './next-question.js';

/** What the replies need to know about products and the draft. */
export interface ReplyFacts {
  label(sku: string): string;
  unit(sku: string): string;
  /** The customer's unit price for a quantity, in fen. */
  unitPriceFen(sku: string, quantity: number): number;
  /** `（2箱）` when a quantity is whole in a bigger unit the product is sold in; else empty. */
  inOtherUnit(sku: string, quantity: number): string;
  /** What the candidates of a question have in common (电线), for its head. */
  commonName(candidates: number[]): string;
  /** The draft as it stands. */
  draft: OrderView;
}

export type TurnOutcome = 'draft' | 'confirmed' | 'cancelled';

export interface TurnReplyInput {
  facts: ReplyFacts;
  changes: DraftChange[];
  question?: QuestionToAsk;
  outcome: TurnOutcome;
  /** Lines were added, changed or pointed at this turn: show the draft. */
  showDraft: boolean;
  hold: boolean;
  chat: ChatTopic[];
  /** The customer said a confirm word: what to say when there was nothing to confirm. */
  saidConfirm: boolean;
  /** The SKU talked about last (for 多少钱). */
  focus?: string;
}

export const replies = {
  tooLong: (max: number) => `这条消息太长了，我怕看漏，麻烦分几条发给我（每条${max}字以内）。`,
  emptyMessage: (hasDraft: boolean) =>
    hasDraft ? '您好，订单还在，确认的话回复“确认”。' : '您好，请问需要点什么？',
  afterClosed: (confirmed: boolean, thanks: boolean) =>
    thanks
      ? '不客气，有需要随时找我！'
      : confirmed
        ? '订单已经确认了，还需要别的随时说。'
        : '好的，有需要随时找我。',
  nothingToCancel: '好的，有需要随时找我。',
  orderQuestion: (hasDraft: boolean) =>
    `收到，订单的情况我查一下再回您。${hasDraft ? '\n您现在这单还没下，确认的话回复“确认”。' : ''}`,
};

/** Every reply of a turn, in order (one message in all cases today). */
export function renderTurn(input: TurnReplyInput): string[] {
  const { facts, changes, question, outcome } = input;
  if (outcome === 'cancelled') return ['好的，这单已经取消了。有需要随时找我。'];
  // with a question in the reply there is no summary: lines just added are named, so nothing goes unseen
  const edits = changes.flatMap((c) =>
    question && c.kind === 'added'
      ? [`已加上：${facts.label(c.sku)} ${c.quantity}${facts.unit(c.sku)}`]
      : editText(facts, c),
  );
  const notes = changes.flatMap((c) => (c.kind === 'noted' ? [noteText(facts, c.note)] : []));
  const reordered = notes.indexOf(noteText(facts, { kind: 'reordered' }));
  if (reordered > 0) notes.unshift(...notes.splice(reordered, 1));
  const told = [...notes, ...edits];
  if (question) {
    const held = input.hold ? ['好的，先不下单，单子给您留着。'] : [];
    // 确认 while an item asked about before is still open: said plainly that the order is not confirmed yet
    const notYet =
      input.saidConfirm && !input.hold && question.round >= 1 && question.kind !== 'unplaced'
        ? ['订单还没确认，还差这一项没定：']
        : [];
    const asked = questionText(facts, question);
    const text = notYet.length ? asked.replace(/^(?:不好意思，刚才没对上。|还是没对上，)/, '') : asked;
    return [[...held, ...told, ...notYet, text].join('\n')];
  }
  if (outcome === 'confirmed')
    return [[...told, `好的，订单已确认：\n${draftSummary(facts)}\n我们尽快安排发货，谢谢！`].join('\n')];
  if (input.showDraft && facts.draft.lines.length) {
    const tail = input.hold ? '好的，单子先给您留着，定了跟我说“确认”就行。' : '没问题的话回复“确认”下单。';
    return [[...told, `当前订单：\n${draftSummary(facts)}`, tail].join('\n')];
  }
  if (told.length) return [told.join('\n')];
  return [smallTalk(input)];
}

function editText(facts: ReplyFacts, c: DraftChange): string[] {
  switch (c.kind) {
    case 'quantity_changed':
      return [`已改：${facts.label(c.sku)} ${c.from}${facts.unit(c.sku)} → ${c.to}${facts.unit(c.sku)}`];
    case 'replaced':
      return [`已改：${facts.label(c.from)} 改为 ${facts.label(c.to)} ${c.quantity}${facts.unit(c.to)}`];
    case 'removed':
      return [`已去掉：${facts.label(c.sku)}`];
    case 'question_dropped':
      // (an edit kept open is not made, rather than not added)
      if (c.question.kind === 'unplaced' && c.question.edit)
        return c.gaveUp
          ? [`“${c.question.said}”没对上是改哪个，单子没按它改。`]
          : [`好的，“${c.question.said}”先不改了。`];
      return c.gaveUp
        ? [`${droppedWhat(facts, c.question)}没定下来，没有加在单子里。`]
        : [`好的，${droppedWhat(facts, c.question)}不要了。`];
    case 'question_parked': {
      const what = droppedWhat(facts, c.question);
      return [`${what}一直没对上，先放着没加。要的话直接说要哪个，不要了就说“${what}不要了”。`];
    }
    default:
      return [];
  }
}

function droppedWhat(facts: ReplyFacts, q: OpenQuestion): string {
  if (q.kind === 'quantity' || q.kind === 'stock') return facts.label(q.sku);
  if (q.kind === 'which_product') return q.request.text.replace(/\s+/g, '');
  if (q.kind === 'offer' || q.kind === 'unplaced') return q.said;
  return '那个';
}

export function noteText(facts: ReplyFacts, note: Note): string {
  switch (note.kind) {
    case 'not_sold': {
      const near = note.suggestions.map((sku) => facts.label(sku));
      return `不好意思，${note.what || '这个'}我们店里没有${near.length ? `，相近的有：${near.join('、')}` : ''}。`;
    }
    case 'no_such_spec':
      return note.values.length
        ? `不好意思，没有${shownSpec(note.what)}的${note.head}，有：${note.values.slice(0, MAX_OPTIONS).join(' / ')}`
        : `不好意思，没有${shownSpec(note.what)}的${note.head}。`;
    case 'not_together':
      return `不好意思，没有${note.what}的${note.head}，您看下：`;
    case 'unread':
      return `“${note.what}”没看明白是哪个，您看下：`;
    case 'unknown_barcode':
      return `条码${note.code}没查到对应的商品，麻烦发一下品名。`;
    case 'out_of_stock':
      return `不好意思，${facts.label(note.sku)}暂时没货了。`;
    case 'too_many': {
      const unit = facts.unit(note.sku);
      return `${facts.label(note.sku)}要${note.quantity}${unit}？数量太大了，一次最多${note.max}${unit}，麻烦再确认下数量。`;
    }
    case 'quantity_for_nothing':
      return `${note.said}是要哪个商品？麻烦说一下品名。`;
    case 'no_last_order':
      return '没找到您上次的订单，麻烦直接发一下要的货和数量。';
    case 'reordered':
      return '好的，按上次的给您下：';
    case 'no_longer_sold':
      return `上次的${note.sku}现在不卖了。`;
    case 'not_on_draft':
      return note.what ? `订单里没有${note.what}，您看一下要改哪个？` : '您说的是哪个商品？麻烦说一下品名。';
  }
}

/** A spec as read (lower case) the way shops write it: 1P20A, 15L, 5W, but 60cm, 20mm. */
function shownSpec(what: string): string {
  return what.replace(/[a-z]+/g, (w) => (/^(?:mm|cm|kg|ml|m|g|km|mg)$/.test(w) ? w : w.toUpperCase()));
}

const numbered = (rows: string[]) => rows.map((r, i) => `${i + 1}. ${r}`).join('\n');

function attributeQuestion(attribute: string): string {
  if (attribute === '$brand') return '要哪个牌子';
  if (attribute === '$name') return '要哪一种';
  if (attribute === '颜色' || attribute.endsWith('色')) return '要什么颜色';
  return `要哪个${attribute}`;
}

export function questionText(facts: ReplyFacts, q: QuestionToAsk): string {
  switch (q.kind) {
    case 'stock': {
      const unit = facts.unit(q.sku);
      const label = facts.label(q.sku);
      return q.round === 0
        ? `${label}现在只有${q.available}${unit}${facts.inOtherUnit(q.sku, q.available)}，不够${q.wanted}${unit}，先拿${q.available}${unit}可以吗？`
        : `${label}库存只有${q.available}${unit}。拿${q.available}${unit}的话回复“可以”，或者直接说要多少${unit}。`;
    }
    case 'quantity': {
      const unit = facts.unit(q.sku);
      const label = facts.label(q.sku);
      const price = `${yuan(facts.unitPriceFen(q.sku, 1))}元/${unit}`;
      if (q.problem === 'not_whole')
        return `${label}按${unit}卖，${q.said}换算不成整${unit}，请问要多少${unit}？`;
      if (q.problem === 'no_amount') return `${label}的数量不对，要多少${unit}？（${price}）`;
      return q.round === 0
        ? `${label}有的，${price}，要多少${unit}？`
        : `${label}要多少${unit}？直接回个数，比如“10${unit}”就行。`;
    }
    case 'which_product': {
      const head = facts.commonName(q.candidates);
      const qty = q.quantityText ? `（${q.quantityText}）` : '';
      if (q.attribute === '$sku') {
        const rows = q.options.map((sku) => facts.label(sku));
        return `还是没对上，这几个最接近，您回个序号就行（不要了就说“这个不要了”）：\n${numbered(rows)}`;
      }
      const shown = q.labels ?? q.options;
      if (q.round === 0) return `${head}${qty}${attributeQuestion(q.attribute)}？${shown.join(' / ')}`;
      if (q.round === 1)
        return `不好意思，刚才没对上。${head}${qty}${attributeQuestion(q.attribute)}？回个序号就行：\n${numbered(shown)}`;
      return `${head}${qty}还没定下来，您回个序号就行（不要了就说“这个不要了”）：\n${numbered(shown)}`;
    }
    case 'offer': {
      const qty = q.quantityText ? `（${q.quantityText}）` : '';
      if (q.skus.length === 1) {
        const sku = q.skus[0]!;
        const price = `${yuan(facts.unitPriceFen(sku, 1))}元/${facts.unit(sku)}`;
        return q.round === 0
          ? `没有完全对得上“${q.said}”的，我们有${facts.label(sku)}${qty}，${price}，要这个吗？`
          : `“${q.said}”还没定：要${facts.label(sku)}${qty}的话回复“要”，不要了回复“不要了”。`;
      }
      if (q.round > 0)
        return `“${q.said}”还没定，要哪个回个序号；不要了回复“不要了”：\n${numbered(q.skus.map((s) => facts.label(s)))}`;
      return `没找到完全对得上“${q.said}”的，您是要这几个吗？回个序号就行：\n${numbered(q.skus.map((s) => facts.label(s)))}`;
    }
    case 'unplaced':
      if (q.edit)
        return q.round === 0
          ? `确认之前还有一项没改上：“${q.said}”，要怎么改麻烦再说一下品名和规格；不用改了就说“算了”。`
          : `“${q.said}”还没改上，这单先没下。要改的话说一下品名和规格；不用改了回复“算了”，我就按现在的单子下。`;
      if (q.lost && q.skus?.length) {
        const had = `我们有：${q.skus.map((sku) => facts.label(sku)).join(' / ')}，`;
        return q.round === 0
          ? `确认之前还有一项没对上：“${q.said}”，${had}要哪个直接说；不要了就说“不要了”。`
          : `“${q.said}”还没对上，这单先没下。${had}要哪个直接说；不要了回复“不要了”，我就按现在的单子下。`;
      }
      if (q.values && !q.lost) {
        const shown = q.values.length ? q.values : (q.skus ?? []).map((sku) => facts.label(sku));
        const had = shown.length ? `有：${shown.slice(0, MAX_OPTIONS).join(' / ')}，` : '';
        return q.round === 0
          ? `确认之前还有一项没定：“${q.said}”没有这个规格，${had}要哪个直接说；不要了就说“不要了”。`
          : `“${q.said}”还没定，这单先没下。${had}要哪个直接说；不要了回复“不要了”，我就按现在的单子下。`;
      }
      return q.round === 0
        ? `确认之前还有一项没对上：“${q.said}”是要哪个商品？麻烦发一下品名；不要了就说“不要了”。`
        : `“${q.said}”还没对上，这单先没下。要的话直接发品名和规格；不要了回复“不要了”，我就按现在的单子下。`;
    case 'which_line': {
      const rows = q.skus.map((sku) => {
        const line = facts.draft.lines.find((l) => l.sku === sku);
        return `${facts.label(sku)}${line ? ` ${line.qty}${line.unit}` : ''}`;
      });
      return `${lineChangeQuestion(q.change)}回个序号就行：\n${numbered(rows)}`;
    }
  }
}

function lineChangeQuestion(change: PendingLineChange): string {
  if (change.kind === 'remove') return '要去掉哪一个？';
  if (change.kind === 'keep') return '只留一个的话，留哪一个？';
  if (change.kind === 'replace') return `“${change.request.text}”是改哪一个？`;
  return '改哪一个？';
}

/** The draft line by line with prices and the total. */
export function draftSummary(facts: ReplyFacts): string {
  const view = facts.draft;
  const lines = view.lines.slice(0, 12).map((l, i) => {
    const total = yuan(l.qty * l.unitPriceFen);
    return `${i + 1}. ${facts.label(l.sku)} ${l.qty}${l.unit} ×${yuan(l.unitPriceFen)} = ${total}元`;
  });
  const more = view.lines.length > 12 ? `\n…共${view.lines.length}项` : '';
  return `${lines.join('\n')}${more}\n合计${yuan(view.totalFen)}元`;
}

function smallTalk(input: TurnReplyInput): string {
  const { facts, chat } = input;
  const hasLines = facts.draft.lines.length > 0;
  if (chat.includes('show_order'))
    return hasLines ? `当前订单：\n${draftSummary(facts)}` : '现在还没有订单，您发一下要的货和数量就行。';
  if (input.hold) return hasLines ? '好的，单子先给您留着，定了跟我说“确认”就行。' : '好的，有需要随时找我。';
  if (chat.includes('price')) {
    if (input.focus) {
      const line = facts.draft.lines.find((l) => l.sku === input.focus);
      const price = facts.unitPriceFen(input.focus, line?.qty ?? 1);
      return `${facts.label(input.focus)}给您是${yuan(price)}元/${facts.unit(input.focus)}，已经是您的等级价了。`;
    }
    return '您说一下要哪个商品，我给您报价。';
  }
  if (chat.includes('delivery')) return '确认下单后我们尽快安排送货，具体时间老板会跟您联系。';
  if (input.saidConfirm) return hasLines ? '好的。' : '现在还没有订单，您发一下要的货和数量就行。';
  if (chat.includes('thanks')) return '不客气！';
  if (chat.includes('greeting')) return '在的，老板您需要点什么？';
  if (chat.includes('talk'))
    return hasLines ? '在的，单子还给您留着，要加什么直接发我就行。' : '在的，您要什么货直接发我就行。';
  return '不好意思没太看明白，您直接发品名、规格和数量就行。';
}

/**
 * Fits a reply into the channel's limit. Whole lines go from the middle, marked by a line "…", so that the
 * first line and the last two (in a draft: the total and what to say next) always stay; a reply that still does
 * not fit is cut at a character, never inside a character pair.
 */
export function capReply(text: string, max: number): string {
  const length = (s: string) => [...s].length;
  if (length(text) <= max) return text;
  const lines = text.split('\n');
  if (lines.length > 3) {
    const head = lines.slice(0, 1);
    const fitted = (extra: string[]) => [...head, ...extra, '…', ...lines.slice(-2)].join('\n');
    if (length(fitted([])) <= max) {
      for (const line of lines.slice(1, -2)) {
        if (length(fitted([line])) > max) break;
        head.push(line);
      }
      return fitted([]);
    }
  }
  return `${[...text].slice(0, max - 1).join('')}…`;
}
