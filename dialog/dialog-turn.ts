import type { Matcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { canonicalUnit, sameSinglePiece } from '../catalog/units.js';
import type { DialogEvent, DialogInput } from './dialog-types.js';
import type { EngineState, Pending } from './dialog-state.js';
import { productLabel } from './draft-view.js';
import type { ItemText } from './order-text.js';

export interface TurnOptions {
  matcher: Matcher;
  maxQtyPerLine: number;
}

/**
 * The state of one turn and the line operations every part of it shares. What a message means is worked out in
 * `turn-items.ts` (new items, edits, removals), `turn-answers.ts` (answers to open questions),
 * `turn-corrections.ts` (lines the words point at, substitutions) and `turn-resolution.ts` (open picks and
 * not-found replies); the engine file decides which of these run.
 */
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
  /** How many items the message being handled has. */
  itemCount = 0;
  /** The item refused last turn, if any (set by the engine before the turn runs). */
  prevAlt: EngineState['alt'];
  /** Picks an earlier item of this message split into parts (弯头来150个 → 4分的100个 6分的50个). */
  readonly splitSources: Extract<Pending, { t: 'pick' }>[] = [];

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
    if (!Number.isFinite(total) || total <= 0) return this.askQtyAgain(p.sku, { bad: true });
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
    if (qty.invalid) return this.askQtyAgain(p.sku, { bad: true });
    const q = this.toSaleUnits(p, qty.value, qty.unit);
    if (q === undefined) {
      this.askQtyAgain(p.sku, { said: qty.raw || `${qty.value}${qty.unit ?? ''}` });
      this.s.last = p.sku;
      return;
    }
    this.place(p, q, opts);
  }

  /** Asks how many of `sku` once more, for the reason given, in place of any question about it already asked. */
  private askQtyAgain(sku: string, why: { said: string } | { bad: true }): void {
    this.s.pend = this.s.pend.filter((x) => !(x.t === 'qty' && x.s === sku));
    this.s.pend.push({ t: 'qty', s: sku, ...why });
  }
}
