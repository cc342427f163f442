import type { Matcher } from '../catalog/matcher.js';
import type { Analysis } from '../catalog/mention-scan.js';
import type { Product } from '../catalog/product.js';
import { isHan } from '../catalog/text-normalize.js';
import { canonicalUnit, sameSinglePiece } from '../catalog/units.js';
import type { DialogEvent, DialogInput } from './dialog-types.js';
import type { EngineState, Pending } from './dialog-state.js';
import { conflictReply, notSoldReply } from './dialog-replies.js';
import { productLabel } from './draft-view.js';
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
import { splitItems } from './order-text.js';
import type { ItemText } from './order-text.js';

export interface TurnOptions {
  matcher: Matcher;
  maxQtyPerLine: number;
}

/** Everything one turn does to the state; the engine file decides which of these run. */
export class Turn {
  readonly notes: string[] = [];
  readonly events: DialogEvent[] = [];
  /** New lines (not answers or edits) were added this turn: the customer has not seen them yet. */
  addedFresh = false;
  changed = false;
  /** Something this turn was not understood or not sold. */
  troubled = false;
  /** The customer referred to lines already on the draft (那就先拿水泥): answer with the draft. */
  acked = false;

  constructor(
    readonly o: TurnOptions,
    readonly s: EngineState,
    readonly input: DialogInput,
  ) {}

  product(sku: string): Product | undefined {
    const id = this.o.matcher.index.bySku.get(sku);
    return id === undefined ? undefined : this.o.matcher.index.products[id];
  }

  idOf(sku: string): number | undefined {
    return this.o.matcher.index.bySku.get(sku);
  }

  label(sku: string): string {
    const p = this.product(sku);
    return p ? productLabel(p) : sku;
  }

  // ---- lines ----

  setLine(sku: string, qty: number, fresh: boolean): void {
    const line = this.s.lines.find((l) => l.s === sku);
    if (line) line.q = qty;
    else this.s.lines.push({ s: sku, q: qty });
    this.s.last = sku;
    this.s.rev += 1;
    this.changed = true;
    if (fresh) this.addedFresh = true;
  }

  removeLine(sku: string): void {
    this.s.lines = this.s.lines.filter((l) => l.s !== sku);
    this.s.pend = this.s.pend.filter((p) => !(p.t !== 'pick' && p.s === sku));
    if (this.s.last === sku) this.s.last = this.s.lines[this.s.lines.length - 1]?.s;
    this.s.rev += 1;
    this.changed = true;
  }

  /**
   * Puts `qty` (sale units) of a product on the draft, or asks about stock or an impossible quantity instead.
   * `replace` replaces the line of `replace` (a correction); otherwise an existing line of the SKU is set.
   */
  place(p: Product, qty: number, opts: { fresh: boolean; replace?: string; add?: boolean }): void {
    const existing = this.s.lines.find((l) => l.s === p.sku);
    let total = qty;
    if (opts.add && existing) total = existing.q + qty;
    if (!Number.isFinite(total) || total <= 0) {
      this.notes.push(`${productLabel(p)}的数量没看明白，要多少${p.unit}？`);
      this.s.pend.push({ t: 'qty', s: p.sku });
      return;
    }
    if (total > this.o.maxQtyPerLine) {
      this.notes.push(
        `${productLabel(p)}要${total}${p.unit}？数量太大了，一次最多${this.o.maxQtyPerLine}${p.unit}，麻烦再确认下数量。`,
      );
      this.troubled = true;
      return;
    }
    if (opts.replace && opts.replace !== p.sku) this.removeLine(opts.replace);
    if (total > p.stock) {
      if (p.stock <= 0) {
        this.notes.push(`不好意思，${productLabel(p)}暂时没货了。`);
        this.troubled = true;
        return;
      }
      this.s.pend = this.s.pend.filter((x) => !(x.t !== 'pick' && x.s === p.sku));
      this.s.pend.push({ t: 'stock', s: p.sku, want: total, have: Math.floor(p.stock) });
      this.s.last = p.sku;
      return;
    }
    this.setLine(p.sku, total, opts.fresh && !existing);
  }

  /** Sale units for a quantity said in `unit`, or undefined when the product is not sold in it or not whole. */
  toSaleUnits(p: Product, value: number, unit: string | undefined): number | undefined {
    if (!unit) return value;
    const id = this.idOf(p.sku);
    const units = id === undefined ? undefined : this.o.matcher.index.units[id]!;
    const factor = units?.get(unit) ?? (sameSinglePiece(unit, canonicalUnit(p.unit)) ? 1 : undefined);
    if (factor === undefined) return undefined;
    const q = value * factor;
    const rounded = Math.round(q);
    return Math.abs(q - rounded) < 1e-6 ? rounded : undefined;
  }

  placeWithQty(
    p: Product,
    qty: ItemText['qty'],
    opts: { fresh: boolean; replace?: string; add?: boolean },
  ): void {
    if (!qty) {
      if (this.s.lines.some((l) => l.s === p.sku)) {
        this.s.last = p.sku;
        this.acked = true;
        return;
      }
      if (opts.replace) {
        const old = this.s.lines.find((l) => l.s === opts.replace);
        if (old) return this.place(p, old.q, { ...opts, fresh: false });
      }
      this.s.pend.push({ t: 'qty', s: p.sku });
      this.s.last = p.sku;
      return;
    }
    if (qty.invalid) {
      this.notes.push(`${productLabel(p)}的数量不对，要多少${p.unit}？`);
      this.s.pend.push({ t: 'qty', s: p.sku });
      return;
    }
    const q = this.toSaleUnits(p, qty.value, qty.unit);
    if (q === undefined) {
      this.s.pend = this.s.pend.filter((x) => !(x.t === 'qty' && x.s === p.sku));
      this.s.pend.push({ t: 'qty', s: p.sku, said: qty.raw || `${qty.value}${qty.unit ?? ''}` });
      this.s.last = p.sku;
      return;
    }
    this.place(p, q, opts);
  }

  // ---- pending picks ----

  pickIds(p: Extract<Pending, { t: 'pick' }>): number[] {
    const m = this.o.matcher;
    const a = m.analyze(p.text);
    const ctx = p.ctx ? this.idOf(p.ctx) : undefined;
    let ids = m.resolve(a, {
      quick: true,
      ...(p.u && { unit: p.u }),
      ...(ctx !== undefined && { context: ctx }),
    }).ids;
    for (const r of p.refine) {
      if (r.startsWith('=')) {
        const [, attr, value] = r.split('=');
        ids = ids.filter((id) => valueOf(m.index.products[id]!, attr!) === value);
      } else {
        const n = m.narrow(ids, m.analyze(r));
        if (n) ids = n;
      }
    }
    return ids;
  }

  /** Resolves a pick whose candidates came down to one; returns true when the pending is done. */
  settlePick(p: Extract<Pending, { t: 'pick' }>, ids: number[]): boolean {
    if (ids.length !== 1) return false;
    const product = this.o.matcher.index.products[ids[0]!]!;
    this.s.pend = this.s.pend.filter((x) => x !== p);
    const qty =
      p.q !== undefined ? { start: 0, end: 0, raw: '', value: p.q, ...(p.u && { unit: p.u }) } : undefined;
    this.placeWithQty(product, qty, {
      fresh: false,
      ...(p.ctx && p.refine.includes('#replace') && { replace: p.ctx }),
    });
    return true;
  }

  addPick(item: ItemText, ids: number[], ctx?: string, replace?: boolean): void {
    const pend: Extract<Pending, { t: 'pick' }> = {
      t: 'pick',
      text: item.text,
      refine: replace ? ['#replace'] : [],
      ...(item.qty && !item.qty.invalid && { q: item.qty.value }),
      ...(item.qty?.unit && { u: item.qty.unit }),
      ...(ctx && { ctx }),
    };
    if (ids.length <= 1) return;
    this.s.pend.push(pend);
  }

  // ---- items ----

  draftIds(): number[] {
    return this.s.lines.map((l) => this.idOf(l.s)).filter((x): x is number => x !== undefined);
  }

  /** Draft lines an item's words point at (水泥改成60袋 → the cement line). */
  linesNamed(a: Analysis): string[] {
    const ids = this.draftIds();
    if (!ids.length || !a.mentions.length) return [];
    const m = this.o.matcher;
    const n = m.narrow(ids, a);
    if (!n) return [];
    // every word must fit the lines found, or it names something else
    for (const mention of a.mentions) if (!mention.ids.some((id) => n.includes(id))) return [];
    return n.map((id) => m.index.products[id]!.sku);
  }

  /** 水再多拿10件: a single character of a line's name when nothing else names a line. */
  lineByChars(chunk: string): string | undefined {
    const chars = [...chunk].filter(
      (c) => isHan(c) && !/[再多拿来要加少减改成换就够了吧那先的个也还]/.test(c),
    );
    if (!chars.length) return undefined;
    const hits = this.s.lines.filter((l) => {
      const p = this.product(l.s);
      const hay = p ? [p.name, p.category ?? '', ...p.aliases].join(' ') : '';
      return chars.every((c) => hay.includes(c));
    });
    return hits.length === 1 ? hits[0]!.s : undefined;
  }

  /** Handles one item of a message; `chunk` is the text around it (for edit words). */
  item(item: ItemText, chunk: string): void {
    const a = item.analysis;
    const named = a.mentions.length > 0 || a.unknown.length > 0;
    if (!named) return this.quantityOnly(item, chunk);
    // 没有就算了 灯管照拿: letting the missing thing go removes nothing named beside it
    const own = item.text.replace(LET_MISSING_GO, ' ');
    if (REMOVE.test(own) && !SUBSTITUTE.test(own.replace(REMOVE, ''))) {
      const lines = this.linesNamed(a);
      if (lines.length) {
        for (const sku of lines) this.removeLine(sku);
        this.notes.push(`好的，${lines.map((s) => this.label(s)).join('、')}已去掉。`);
        return;
      }
      const picks = this.s.pend.filter((p) => p.t === 'pick' && this.o.matcher.narrow(this.pickIds(p), a));
      if (picks.length) {
        this.s.pend = this.s.pend.filter((p) => !picks.includes(p));
        this.notes.push('好的，那个不要了。');
        return;
      }
      if (!item.qty) {
        this.acked = true; // 美纹纸没有就算了
        return;
      }
    }
    if (this.answerPicks(item)) return;
    const named1 = this.linesNamed(a);
    if (item.qty && (SUB_QTY.test(chunk) || ADD_QTY.test(chunk)) && named1.length === 1) {
      const p = this.product(named1[0]!)!;
      const q = this.toSaleUnits(p, item.qty.value, item.qty.unit);
      if (q !== undefined) {
        const cur = this.s.lines.find((l) => l.s === p.sku)!.q;
        return this.place(p, SUB_QTY.test(chunk) ? cur - q : cur + q, { fresh: false });
      }
    }
    if (item.qty && named1.length === 1 && (SET_QTY.test(chunk) || SUBSTITUTE.test(chunk))) {
      const p = this.product(named1[0]!)!;
      return this.placeWithQty(p, item.qty, { fresh: false });
    }
    if (SUBSTITUTE.test(chunk) && this.s.last && named1.length !== 1)
      return this.substitute(item, this.s.last);
    if (!item.qty && named1.length) {
      this.s.last = named1[named1.length - 1];
      this.acked = true;
      return;
    }
    this.newItem(item, chunk, this.itemCount <= 1);
  }

  itemCount = 0;

  quantityOnly(item: ItemText, chunk: string): void {
    const qty = item.qty;
    if (!qty) return;
    const stock = this.s.pend.find((p) => p.t === 'stock');
    const ask = this.s.pend.find((p) => p.t === 'qty');
    const pick = this.s.pend.find((p) => p.t === 'pick' && p.q === undefined);
    if (stock && stock.t === 'stock' && !ADD_QTY.test(chunk)) {
      this.s.pend = this.s.pend.filter((p) => p !== stock);
      const p = this.product(stock.s);
      if (p) this.placeWithQty(p, qty, { fresh: false });
      return;
    }
    if (ask && ask.t === 'qty') {
      this.s.pend = this.s.pend.filter((p) => p !== ask);
      const p = this.product(ask.s);
      if (p) this.placeWithQty(p, qty, { fresh: false });
      return;
    }
    if (pick && pick.t === 'pick') {
      pick.q = qty.value;
      if (qty.unit) pick.u = qty.unit;
      else delete pick.u;
      return;
    }
    const target = this.lineByChars(chunk.slice(0, Math.max(0, chunk.indexOf(qty.raw)))) ?? this.s.last;
    const line = target ? this.s.lines.find((l) => l.s === target) : undefined;
    const p = line ? this.product(line.s) : undefined;
    if (!line || !p) {
      this.notes.push(`${qty.raw}是要哪个商品？麻烦说一下品名。`);
      this.troubled = true;
      return;
    }
    const q = this.toSaleUnits(p, qty.value, qty.unit);
    if (q === undefined) return this.placeWithQty(p, qty, { fresh: false });
    if (SET_QTY.test(chunk)) return this.place(p, q, { fresh: false });
    if (SUB_QTY.test(chunk)) return this.place(p, line.q - q, { fresh: false });
    if (ADD_QTY.test(chunk)) return this.place(p, line.q + q, { fresh: false });
    this.place(p, q, { fresh: false });
  }

  /** Picks an earlier item of this message split into parts (弯头来150个 → 4分的100个 6分的50个). */
  private readonly splitSources: Extract<Pending, { t: 'pick' }>[] = [];

  /** Free-text answers to open questions: narrows every pick the words fit. Returns true when it did. */
  answerPicks(item: ItemText): boolean {
    const m = this.o.matcher;
    let used = false;
    const picks = [...this.s.pend, ...this.splitSources].filter(
      (p): p is Extract<Pending, { t: 'pick' }> => p.t === 'pick',
    );
    for (const p of picks) {
      const ids = this.pickIds(p);
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
        if (this.s.pend.includes(p)) {
          this.s.pend = this.s.pend.filter((x) => x !== p);
          this.splitSources.push(p);
        }
        this.s.pend.push(part);
        this.settlePick(part, this.pickIds(part));
        return true;
      }
      if (this.splitSources.includes(p)) continue;
      p.refine.push(item.text);
      if (item.qty && !item.qty.invalid) {
        p.q = item.qty.value;
        if (item.qty.unit) p.u = item.qty.unit;
      }
      this.settlePick(p, n);
    }
    return used;
  }

  substitute(item: ItemText, target: string): void {
    const m = this.o.matcher;
    const ctx = this.idOf(target);
    const r = m.resolve(item.analysis, {
      ...(item.qty?.unit && { unit: item.qty.unit }),
      ...(ctx !== undefined && { context: ctx }),
    });
    const res = r.result;
    if (res.kind === 'matched') {
      const old = this.s.lines.find((l) => l.s === target);
      if (item.qty) {
        if (old) this.removeLine(target);
        return this.placeWithQty(res.product, item.qty, { fresh: false });
      }
      return this.placeWithQty(res.product, old ? { start: 0, end: 0, raw: '', value: old.q } : undefined, {
        fresh: false,
        replace: target,
      });
    }
    if (res.kind === 'ambiguous') {
      const old = this.s.lines.find((l) => l.s === target);
      const qty = item.qty ?? (old ? { start: 0, end: 0, raw: '', value: old.q } : undefined);
      this.addPick({ ...item, ...(qty && { qty }) }, r.ids, target, true);
      return;
    }
    this.notFound(res, r.ids);
  }

  /** The item refused last turn, if any (set by the engine before the turn runs). */
  prevAlt: EngineState['alt'];

  /** 那就德力西的吧 after 正泰1P20A没有: the refused item with its brand or missing spec replaced. */
  retryRefused(item: ItemText): boolean {
    const alt = this.prevAlt;
    const a = item.analysis;
    if (!alt || a.mentions.some((x) => x.kind === 'head' || x.kind === 'barcode') || !a.mentions.length)
      return false;
    const m = this.o.matcher;
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
    this.prevAlt = undefined;
    const qty =
      item.qty ??
      (alt.q !== undefined
        ? { start: 0, end: 0, raw: '', value: alt.q, ...(alt.u && { unit: alt.u }) }
        : undefined);
    const next: ItemText = { ...item, text: merged.text, analysis: merged, ...(qty && { qty }) };
    if (r.result.kind === 'matched') this.placeWithQty(r.result.product, qty, { fresh: true });
    else this.addPick(next, r.ids);
    return true;
  }

  newItem(item: ItemText, chunk: string, alone = true): void {
    const m = this.o.matcher;
    const a = item.analysis;
    if (this.retryRefused(item)) return;
    if (!item.qty && !a.mentions.length && a.unknown.length && !alone && !STOCK_QUESTION.test(chunk)) return;
    const also = item.also || ALSO.test(chunk);
    const ctxSku = also ? this.s.last : undefined;
    const ctx = ctxSku ? this.idOf(ctxSku) : undefined;
    const r = m.resolve(item.analysis, {
      ...(item.qty?.unit && { unit: item.qty.unit }),
      ...(ctx !== undefined && { context: ctx }),
    });
    let res = r.result;
    if (res.kind === 'not_found' && !item.qty) {
      // 红牛 10: a lone whole number no spec has is the quantity
      const bare = a.mentions.filter((x) => x.kind === 'spec' && x.bare);
      const last = bare[bare.length - 1];
      if (
        last &&
        /^\d+$/.test(last.text) &&
        a.mentions.some((x) => x.kind === 'head' || x.kind === 'brand')
      ) {
        const rest = m.analyze(item.text.replace(new RegExp(`(^|[^\\d.])${last.text}(?![\\d.])`), '$1 '));
        const again = m.resolve(rest, ctx !== undefined ? { context: ctx } : {});
        if (again.result.kind !== 'not_found') {
          const qty = { start: 0, end: 0, raw: last.text, value: Number(last.text) };
          return this.newItem({ ...item, text: rest.text, analysis: rest, qty }, chunk, alone);
        }
      }
      res = r.result;
    }
    if (res.kind === 'matched') {
      const add = ADD_QTY.test(chunk) && this.s.lines.some((l) => l.s === res.product.sku);
      return this.placeWithQty(res.product, item.qty, { fresh: true, add });
    }
    if (res.kind === 'ambiguous') return this.addPick(item, r.ids, ctxSku);
    this.s.alt = {
      text: item.text,
      what: res.what,
      ...(item.qty && !item.qty.invalid && { q: item.qty.value }),
      ...(item.qty?.unit && { u: item.qty.unit }),
    };
    this.notFound(res, r.ids);
  }

  notFound(res: Extract<ReturnType<Matcher>, { kind: 'not_found' }>, pool: number[]): void {
    this.troubled = true;
    const m = this.o.matcher;
    if (res.reason === 'unknown_barcode') {
      this.notes.push(`条码${res.what}没查到对应的商品，麻烦发一下品名。`);
    } else if (res.reason === 'conflict' && pool.length) {
      const products = pool.map((id) => m.index.products[id]!);
      this.notes.push(conflictReply(res.what, products, m.distinctions(pool, true)));
    } else {
      this.notes.push(notSoldReply(res.what, res.suggestions));
    }
  }

  handleText(text: string): void {
    const items = splitItems(this.o.matcher, text);
    this.itemCount = items.length;
    const chunks = text.split(/[\n,;、]+/);
    for (const item of items) {
      const chunk =
        chunks.find((c) => item.qty && c.includes(item.qty.raw)) ??
        chunks.find((c) => c.includes(item.text.split(' ')[0] ?? '')) ??
        text;
      this.item(item, chunk);
    }
  }
}

function valueOf(p: Product, attr: string): string | undefined {
  return attr === '$name' ? p.name : attr === '$brand' ? (p.brand ?? '') : p.specs[attr];
}
