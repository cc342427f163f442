import type { Matcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import type { Pending } from './dialog-state.js';
import type { Turn } from './dialog-turn.js';
import { conflictReply, notSoldReply } from './dialog-replies.js';
import type { ItemText } from './order-text.js';

/** Candidates of an open pick: its text resolved again, then narrowed by every answer given so far. */
export function pickIds(t: Turn, p: Extract<Pending, { t: 'pick' }>): number[] {
  const m = t.o.matcher;
  const a = m.analyze(p.text);
  const ctx = p.ctx ? t.idOf(p.ctx) : undefined;
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
export function settlePick(t: Turn, p: Extract<Pending, { t: 'pick' }>, ids: number[]): boolean {
  if (ids.length !== 1) return false;
  const product = t.o.matcher.index.products[ids[0]!]!;
  t.s.pend = t.s.pend.filter((x) => x !== p);
  const qty =
    p.q !== undefined ? { start: 0, end: 0, raw: '', value: p.q, ...(p.u && { unit: p.u }) } : undefined;
  t.placeWithQty(product, qty, {
    fresh: false,
    ...(p.ctx && p.refine.includes('#replace') && { replace: p.ctx }),
  });
  return true;
}

/** Opens a question about which of `ids` the item means (nothing when there is at most one). */
export function addPick(t: Turn, item: ItemText, ids: number[], ctx?: string, replace?: boolean): void {
  const pend: Extract<Pending, { t: 'pick' }> = {
    t: 'pick',
    text: item.text,
    refine: replace ? ['#replace'] : [],
    ...(item.qty && !item.qty.invalid && { q: item.qty.value }),
    ...(item.qty?.unit && { u: item.qty.unit }),
    ...(ctx && { ctx }),
  };
  if (ids.length <= 1) return;
  t.s.pend.push(pend);
}

/** Says why an item could not be placed: an unknown barcode, specs no product has together, or not sold. */
export function notFound(
  t: Turn,
  res: Extract<ReturnType<Matcher>, { kind: 'not_found' }>,
  pool: number[],
): void {
  t.troubled = true;
  const m = t.o.matcher;
  if (res.reason === 'unknown_barcode') {
    t.notes.push(`条码${res.what}没查到对应的商品，麻烦发一下品名。`);
  } else if (res.reason === 'conflict' && pool.length) {
    const products = pool.map((id) => m.index.products[id]!);
    t.notes.push(conflictReply(res.what, products, m.distinctions(pool, true)));
  } else {
    t.notes.push(notSoldReply(res.what, res.suggestions));
  }
}

function valueOf(p: Product, attr: string): string | undefined {
  return attr === '$name' ? p.name : attr === '$brand' ? (p.brand ?? '') : p.specs[attr];
}
