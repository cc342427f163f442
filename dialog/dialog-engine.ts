import { createMatcher } from '../catalog/matcher.js';
import type { Matcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { MAX_TEXT_LENGTH, readMessage } from '../catalog/text-normalize.js';
import { freshState, readState } from './dialog-state.js';
import type { EngineState } from './dialog-state.js';
import type { DialogEngine, DialogInput, DialogState, DialogTurn, OrderView } from './dialog-types.js';
import { capReply, draftSummary } from './dialog-replies.js';
import { orderView, productLabel, unitPriceFen, yuan } from './draft-view.js';
import {
  CANCEL_STRONG,
  CANCEL_WEAK,
  CONFIRM_STRONG,
  CONFIRM_WEAK,
  DELIVERY_QUESTION,
  GREETING,
  HOLD,
  OPTION_PICK,
  PRICE_QUESTION,
  REMOVE,
  REORDER,
  SHOW_ORDER,
  TAKE_ALL,
  THANKS,
} from './order-phrases.js';
import { splitItems } from './order-text.js';
import { Turn } from './dialog-turn.js';
import { nextQuestion } from './turn-question.js';
import { linesNamed } from './turn-corrections.js';
import { handleText } from './turn-items.js';
import { pickIds, settlePick } from './turn-resolution.js';
import { parseChineseNumber } from '../catalog/numerals.js';

export interface DialogEngineOptions {
  products: Product[];
  /** Largest quantity of one line, in sale units (default 100000). */
  maxQtyPerLine?: number;
  /** Longest reply in characters (default 1000); a longer one loses lines from its middle (capReply). */
  maxReplyLength?: number;
  /** A matcher already built over the same products (the engine builds one otherwise). */
  matcher?: Matcher;
}

/**
 * The conversation engine: pure, deterministic, no I/O. Builds the catalog index once; `handle` takes the stored
 * state (or null) and one customer message and returns the new state, the replies, the events and the order.
 * The confirm reply names no order number: the channel stores the order on the `confirmed` event.
 */
export function createDialogEngine(options: DialogEngineOptions): DialogEngine {
  const matcher = options.matcher ?? createMatcher(options.products);
  const maxQtyPerLine = options.maxQtyPerLine ?? 100000;
  const maxReply = options.maxReplyLength ?? 1000;
  return {
    handle(state: DialogState | null, input: DialogInput): DialogTurn {
      const turn = runTurn(matcher, maxQtyPerLine, readState(state), input);
      return { ...turn, replies: turn.replies.map((r) => capReply(r, maxReply)) };
    },
  };
}

function view(t: Turn, s: EngineState): OrderView | null {
  if (s.st === 'cancelled') return { status: 'cancelled', lines: [], totalFen: 0 };
  if (!s.lines.length && s.st === 'open') return null;
  return orderView(
    s.st === 'confirmed' ? 'confirmed' : 'draft',
    s.lines,
    (sku) => t.product(sku),
    t.input.customer.tier,
  );
}

function runTurn(
  matcher: Matcher,
  maxQtyPerLine: number,
  state: EngineState,
  input: DialogInput,
): DialogTurn {
  let s = state;
  const message = readMessage(typeof input.text === 'string' ? input.text : '');
  if (message.tooLong) {
    // reading part of an order is misreading it: nothing is taken from this message
    const probe = new Turn({ matcher, maxQtyPerLine }, s, input);
    const reply = `这条消息太长了，我怕看漏，麻烦分几条发给我（每条${MAX_TEXT_LENGTH}字以内）。`;
    return { state: s, replies: [reply], events: [], order: view(probe, s) };
  }
  const text = message.text;
  const bare = text.replace(/[\s,.:~～…!?'"()（）【】[\]]+/g, '');
  const replies: string[] = [];
  if (s.st !== 'open') {
    // after a confirmed or cancelled order, only new ordering starts a new draft
    const probe = new Turn({ matcher, maxQtyPerLine }, freshState(), input);
    const wantsMore =
      REORDER.test(text) || splitItems(matcher, text).some((i) => i.analysis.mentions.length > 0);
    if (!wantsMore) {
      const reply = THANKS.test(text)
        ? '不客气，有需要随时找我！'
        : s.st === 'confirmed'
          ? '订单已经确认了，还需要别的随时说。'
          : '好的，有需要随时找我。';
      return { state: s, replies: [reply], events: [], order: view(probe, s) };
    }
    s = { ...freshState(), rev: s.rev + 1 };
  }
  const t = new Turn({ matcher, maxQtyPerLine }, s, input);
  t.prevAlt = s.alt;
  delete t.s.alt;
  const finish = (): DialogTurn => ({
    state: t.s,
    replies: replies.filter(Boolean),
    events: t.events,
    order: view(t, t.s),
  });

  if (!bare) {
    replies.push(
      nextQuestion(t) ??
        (t.s.lines.length ? '您好，订单还在，确认的话回复“确认”。' : '您好，请问需要点什么？'),
    );
    return finish();
  }

  // option numbers: 第二个 / 2
  const pick = OPTION_PICK.exec(bare);
  const firstPick = t.s.pend.find((p) => p.t === 'pick');
  if (pick && firstPick && firstPick.t === 'pick' && firstPick.opts && firstPick.attr) {
    const n = /\d/.test(pick[1]!) ? Number(pick[1]) : (parseChineseNumber(pick[1]!) ?? 0);
    const value = firstPick.opts[n - 1];
    if (value !== undefined) {
      firstPick.refine.push(`=${firstPick.attr}=${value}`);
      settlePick(t, firstPick, pickIds(t, firstPick));
      return respond(t, replies, finish, false);
    }
  }

  const items = splitItems(matcher, text);
  const namesSomething = items.some((i) => i.analysis.mentions.length > 0 || i.analysis.unknown.length > 0);
  const hasOrder = t.s.lines.length > 0 || t.s.pend.length > 0;
  // 码不对就算了 / 没有就算了: lets one thing go, not the order
  const letGo = /\S(?:就|的话)算了/.test(text.replace(/^那/, '')) && !CANCEL_STRONG.test(text);
  if (CANCEL_STRONG.test(text) || (CANCEL_WEAK.test(text) && !namesSomething && !letGo)) {
    const namedLines = items.flatMap((i) => linesNamed(t, i.analysis));
    if (!namedLines.length || !REMOVE.test(text)) {
      if (!hasOrder) {
        replies.push('好的，有需要随时找我。');
        return finish();
      }
      t.s.st = 'cancelled';
      t.s.lines = [];
      t.s.pend = [];
      t.s.rev += 1;
      t.events.push({ type: 'cancelled' });
      replies.push('好的，这单已经取消了。有需要随时找我。');
      return finish();
    }
  }

  if (letGo) t.acked = true;
  const hold = HOLD.test(text);
  let rest = text;
  if (REORDER.test(text)) {
    const last = input.history[input.history.length - 1];
    rest = text.replace(new RegExp(REORDER.source, 'g'), ' ').replace(/再来一单|一单|一样的?/g, ' ');
    if (!last || !last.lines.length) {
      t.notes.push('没找到您上次的订单，麻烦直接发一下要的货和数量。');
    } else {
      for (const l of last.lines) {
        const p = t.product(l.sku);
        if (!p) {
          t.notes.push(`上次的${l.sku}现在不卖了。`);
          continue;
        }
        t.place(p, l.qty, { fresh: true });
      }
      t.notes.unshift('好的，按上次的给您下：');
    }
  }

  // 多少钱一捆？ asks a price: its 一捆 is no quantity
  const priceOnly = PRICE_QUESTION.test(text) && !items.some((i) => i.analysis.mentions.length > 0);
  // 先别下 我问问工地要几个: a hold naming no product has no item to look up
  const holdOnly = hold && !items.some((i) => i.analysis.mentions.length > 0 || i.qty);
  if (!priceOnly && !holdOnly) handleText(t, rest);
  return respond(t, replies, finish, hold, text, bare);
}

function respond(
  t: Turn,
  replies: string[],
  finish: () => DialogTurn,
  hold: boolean,
  text = '',
  bare = '',
): DialogTurn {
  const s = t.s;
  const confirmWords = CONFIRM_STRONG.test(text) || CONFIRM_WEAK.test(bare.replace(/谢谢|老板|啦|了$/g, ''));
  // an offer of what is in stock accepted with 好 / 可以 / 确认 / 有多少拿多少
  if ((confirmWords || TAKE_ALL.test(text)) && !hold) {
    const offer = s.pend.find((p) => p.t === 'stock');
    if (offer && offer.t === 'stock') {
      s.pend = s.pend.filter((p) => p !== offer);
      const p = t.product(offer.s);
      if (p) t.place(p, offer.have, { fresh: false });
      if (!CONFIRM_STRONG.test(text)) t.addedFresh = true;
    }
  }
  const question = nextQuestion(t);
  const notes = t.notes.join('\n');
  if (question) {
    replies.push([notes, question].filter(Boolean).join('\n'));
    return finish();
  }
  const summary = () =>
    draftSummary(
      view2(t),
      (sku) => t.label(sku),
      (sku) => t.product(sku)?.unit ?? '',
    );
  if (confirmWords && !hold && s.lines.length && !t.addedFresh && !t.troubled) {
    s.st = 'confirmed';
    const order = view2(t);
    t.events.push({ type: 'confirmed', order: { ...order, status: 'confirmed' }, revision: s.rev });
    replies.push(
      [notes, `好的，订单已确认：\n${summary()}\n我们尽快安排发货，谢谢！`].filter(Boolean).join('\n'),
    );
    return finish();
  }
  if (t.changed || (t.addedFresh && s.lines.length) || (t.acked && s.lines.length)) {
    const tail = hold ? '好的，单子先给您留着，定了跟我说“确认”就行。' : '没问题的话回复“确认”下单。';
    replies.push([notes, `当前订单：\n${summary()}`, tail].filter(Boolean).join('\n'));
    return finish();
  }
  if (notes) {
    replies.push(notes);
    return finish();
  }
  replies.push(smallTalk(t, text, bare, hold));
  return finish();
}

function view2(t: Turn): OrderView {
  return orderView('draft', t.s.lines, (sku) => t.product(sku), t.input.customer.tier);
}

function smallTalk(t: Turn, text: string, bare: string, hold: boolean): string {
  const s = t.s;
  if (SHOW_ORDER.test(text)) {
    return s.lines.length
      ? `当前订单：\n${draftSummary(
          view2(t),
          (sku) => t.label(sku),
          (sku) => t.product(sku)?.unit ?? '',
        )}`
      : '现在还没有订单，您发一下要的货和数量就行。';
  }
  if (hold) return s.lines.length ? '好的，单子先给您留着，定了跟我说“确认”就行。' : '好的，有需要随时找我。';
  if (PRICE_QUESTION.test(text)) {
    const last = s.last ? t.product(s.last) : undefined;
    if (last) {
      const line = s.lines.find((l) => l.s === last.sku);
      const price = unitPriceFen(last, t.input.customer.tier, line?.q ?? 1);
      return `${productLabel(last)}给您是${yuan(price)}元/${last.unit}，已经是您的等级价了。`;
    }
    return '您说一下要哪个商品，我给您报价。';
  }
  if (DELIVERY_QUESTION.test(text)) return '确认下单后我们尽快安排送货，具体时间老板会跟您联系。';
  if (CONFIRM_STRONG.test(text) || CONFIRM_WEAK.test(bare)) {
    return s.lines.length ? '好的。' : '现在还没有订单，您发一下要的货和数量就行。';
  }
  if (THANKS.test(text)) return '不客气！';
  if (GREETING.test(text)) return '在的，老板您需要点什么？';
  return '不好意思没太看明白，您直接发品名、规格和数量就行。';
}
