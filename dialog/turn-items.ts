import {
  ADD_QTY,
  ALSO,
  LET_MISSING_GO,
  REMOVE,
  SET_QTY,
  STOCK_QUESTION,
  SUBSTITUTE,
  SUB_QTY,
} from './order-phrases.js';
import type { Turn } from './dialog-turn.js';
import { splitItems } from './order-text.js';
import type { ItemText } from './order-text.js';
import { answerPicks, quantityOnly, retryRefused } from './turn-answers.js';
import { linesNamed, substitute } from './turn-corrections.js';
import { addPick, notFound, pickIds } from './turn-resolution.js';

/** Handles one item of a message; `chunk` is the text around it (for edit words). */
function handleItem(t: Turn, item: ItemText, chunk: string): void {
  const a = item.analysis;
  const named = a.mentions.length > 0 || a.unknown.length > 0;
  if (!named) return quantityOnly(t, item, chunk);
  // 没有就算了 灯管照拿: letting the missing thing go removes nothing named beside it
  const own = item.text.replace(LET_MISSING_GO, ' ');
  if (REMOVE.test(own) && !SUBSTITUTE.test(own.replace(REMOVE, ''))) {
    const lines = linesNamed(t, a);
    if (lines.length) {
      for (const sku of lines) t.removeLine(sku);
      t.notes.push(`好的，${lines.map((s) => t.label(s)).join('、')}已去掉。`);
      return;
    }
    const picks = t.s.pend.filter((p) => p.t === 'pick' && t.o.matcher.narrow(pickIds(t, p), a));
    if (picks.length) {
      t.s.pend = t.s.pend.filter((p) => !picks.includes(p));
      t.notes.push('好的，那个不要了。');
      return;
    }
    if (!item.qty) {
      t.acked = true; // 美纹纸没有就算了
      return;
    }
  }
  if (answerPicks(t, item)) return;
  const named1 = linesNamed(t, a);
  if (item.qty && (SUB_QTY.test(chunk) || ADD_QTY.test(chunk)) && named1.length === 1) {
    const p = t.product(named1[0]!)!;
    const q = t.toSaleUnits(p, item.qty.value, item.qty.unit);
    if (q !== undefined) {
      const cur = t.s.lines.find((l) => l.s === p.sku)!.q;
      return t.place(p, SUB_QTY.test(chunk) ? cur - q : cur + q, { fresh: false });
    }
  }
  if (item.qty && named1.length === 1 && (SET_QTY.test(chunk) || SUBSTITUTE.test(chunk))) {
    const p = t.product(named1[0]!)!;
    return t.placeWithQty(p, item.qty, { fresh: false });
  }
  if (SUBSTITUTE.test(chunk) && t.s.last && named1.length !== 1) return substitute(t, item, t.s.last);
  if (!item.qty && named1.length) {
    t.s.last = named1[named1.length - 1];
    t.acked = true;
    return;
  }
  newItem(t, item, chunk, t.itemCount <= 1);
}

/** A product not on the draft yet: places it, asks which one, or says it is not sold. */
function newItem(t: Turn, item: ItemText, chunk: string, alone = true): void {
  const m = t.o.matcher;
  const a = item.analysis;
  if (retryRefused(t, item)) return;
  if (!item.qty && !a.mentions.length && a.unknown.length && !alone && !STOCK_QUESTION.test(chunk)) return;
  const also = item.also || ALSO.test(chunk);
  const ctxSku = also ? t.s.last : undefined;
  const ctx = ctxSku ? t.idOf(ctxSku) : undefined;
  const r = m.resolve(item.analysis, {
    ...(item.qty?.unit && { unit: item.qty.unit }),
    ...(ctx !== undefined && { context: ctx }),
  });
  let res = r.result;
  if (res.kind === 'not_found' && !item.qty) {
    // 红牛 10: a lone whole number no spec has is the quantity
    const bare = a.mentions.filter((x) => x.kind === 'spec' && x.bare);
    const last = bare[bare.length - 1];
    if (last && /^\d+$/.test(last.text) && a.mentions.some((x) => x.kind === 'head' || x.kind === 'brand')) {
      const rest = m.analyze(item.text.replace(new RegExp(`(^|[^\\d.])${last.text}(?![\\d.])`), '$1 '));
      const again = m.resolve(rest, ctx !== undefined ? { context: ctx } : {});
      if (again.result.kind !== 'not_found') {
        const qty = { start: 0, end: 0, raw: last.text, value: Number(last.text) };
        return newItem(t, { ...item, text: rest.text, analysis: rest, qty }, chunk, alone);
      }
    }
    res = r.result;
  }
  if (res.kind === 'matched') {
    const add = ADD_QTY.test(chunk) && t.s.lines.some((l) => l.s === res.product.sku);
    return t.placeWithQty(res.product, item.qty, { fresh: true, add });
  }
  if (res.kind === 'ambiguous') return addPick(t, item, r.ids, ctxSku);
  t.s.alt = {
    text: item.text,
    what: res.what,
    ...(item.qty && !item.qty.invalid && { q: item.qty.value }),
    ...(item.qty?.unit && { u: item.qty.unit }),
  };
  notFound(t, res, r.ids);
}

/** Splits a message into items and handles each: new lines, edits, removals, answers. */
export function handleText(t: Turn, text: string): void {
  const items = splitItems(t.o.matcher, text);
  t.itemCount = items.length;
  const chunks = text.split(/[\n,;、]+/);
  for (const item of items) {
    const chunk =
      chunks.find((c) => item.qty && c.includes(item.qty.raw)) ??
      chunks.find((c) => c.includes(item.text.split(' ')[0] ?? '')) ??
      text;
    handleItem(t, item, chunk);
  }
}
