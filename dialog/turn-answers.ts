import type { Pending } from './dialog-state.js';
import type { Turn } from './dialog-turn.js';
import { ADD_QTY, SET_QTY, SUB_QTY } from './order-phrases.js';
import type { ItemText } from './order-text.js';
import { lineByChars } from './turn-corrections.js';
import { addPick, pickIds, settlePick } from './turn-resolution.js';

/**
 * A quantity naming no product: answers the open stock, quantity or pick question, else sets or edits the line
 * the text points at (or the last one).
 */
export function quantityOnly(t: Turn, item: ItemText, chunk: string): void {
  const qty = item.qty;
  if (!qty) return;
  const stock = t.s.pend.find((p) => p.t === 'stock');
  const ask = t.s.pend.find((p) => p.t === 'qty');
  const pick = t.s.pend.find((p) => p.t === 'pick' && p.q === undefined);
  if (stock && stock.t === 'stock' && !ADD_QTY.test(chunk)) {
    t.s.pend = t.s.pend.filter((p) => p !== stock);
    const p = t.product(stock.s);
    if (p) t.placeWithQty(p, qty, { fresh: false });
    return;
  }
  if (ask && ask.t === 'qty') {
    t.s.pend = t.s.pend.filter((p) => p !== ask);
    const p = t.product(ask.s);
    if (p) t.placeWithQty(p, qty, { fresh: false });
    return;
  }
  if (pick && pick.t === 'pick') {
    pick.q = qty.value;
    if (qty.unit) pick.u = qty.unit;
    else delete pick.u;
    return;
  }
  const target = lineByChars(t, chunk.slice(0, Math.max(0, chunk.indexOf(qty.raw)))) ?? t.s.last;
  const line = target ? t.s.lines.find((l) => l.s === target) : undefined;
  const p = line ? t.product(line.s) : undefined;
  if (!line || !p) {
    t.notes.push(`${qty.raw}是要哪个商品？麻烦说一下品名。`);
    t.troubled = true;
    return;
  }
  const q = t.toSaleUnits(p, qty.value, qty.unit);
  if (q === undefined) return t.placeWithQty(p, qty, { fresh: false });
  if (SET_QTY.test(chunk)) return t.place(p, q, { fresh: false });
  if (SUB_QTY.test(chunk)) return t.place(p, line.q - q, { fresh: false });
  if (ADD_QTY.test(chunk)) return t.place(p, line.q + q, { fresh: false });
  t.place(p, q, { fresh: false });
}

/** Free-text answers to open questions: narrows every pick the words fit. Returns true when it did. */
export function answerPicks(t: Turn, item: ItemText): boolean {
  const m = t.o.matcher;
  let used = false;
  const picks = [...t.s.pend, ...t.splitSources].filter(
    (p): p is Extract<Pending, { t: 'pick' }> => p.t === 'pick',
  );
  for (const p of picks) {
    const ids = pickIds(t, p);
    const n = m.narrow(ids, item.analysis);
    if (!n || n.length >= ids.length) continue;
    used = true;
    if (item.qty && !item.qty.invalid && p.q !== undefined) {
      // this part of the item gets its own quantity: its own line or question
      const part: Extract<Pending, { t: 'pick' }> = {
        ...p,
        refine: [...p.refine, item.text],
        q: item.qty.value,
      };
      if (item.qty.unit) part.u = item.qty.unit;
      else delete part.u;
      if (t.s.pend.includes(p)) {
        t.s.pend = t.s.pend.filter((x) => x !== p);
        t.splitSources.push(p);
      }
      t.s.pend.push(part);
      settlePick(t, part, pickIds(t, part));
      return true;
    }
    if (t.splitSources.includes(p)) continue;
    p.refine.push(item.text);
    if (item.qty && !item.qty.invalid) {
      p.q = item.qty.value;
      if (item.qty.unit) p.u = item.qty.unit;
    }
    settlePick(t, p, n);
  }
  return used;
}

/** 那就德力西的吧 after 正泰1P20A没有: the refused item with its brand or missing spec replaced. */
export function retryRefused(t: Turn, item: ItemText): boolean {
  const alt = t.prevAlt;
  const a = item.analysis;
  if (!alt || a.mentions.some((x) => x.kind === 'head' || x.kind === 'barcode') || !a.mentions.length)
    return false;
  const m = t.o.matcher;
  const newBrand = a.mentions.some((x) => x.kind === 'brand');
  const newSpec = a.mentions.some((x) => x.kind === 'spec' || x.kind === 'partial');
  const kept = m
    .analyze(alt.text)
    .mentions.filter((x) => !(newBrand && x.kind === 'brand') && !(newSpec && alt.what.includes(x.text)))
    .map((x) => x.text);
  const merged = m.analyze(`${kept.join(' ')} ${item.text}`);
  const unit = item.qty?.unit ?? (item.qty ? undefined : alt.u);
  const r = m.resolve(merged, unit ? { unit } : {});
  if (r.result.kind === 'not_found') return false;
  t.prevAlt = undefined;
  const qty =
    item.qty ??
    (alt.q !== undefined
      ? { start: 0, end: 0, raw: '', value: alt.q, ...(alt.u && { unit: alt.u }) }
      : undefined);
  const next: ItemText = { ...item, text: merged.text, analysis: merged, ...(qty && { qty }) };
  if (r.result.kind === 'matched') t.placeWithQty(r.result.product, qty, { fresh: true });
  else addPick(t, next, r.ids);
  return true;
}
