import type { Analysis } from '../catalog/mention-scan.js';
import { isHan } from '../catalog/text-normalize.js';
import type { Turn } from './dialog-turn.js';
import type { ItemText } from './order-text.js';
import { addPick, notFound } from './turn-resolution.js';

/** Catalog ids of the products on the draft. */
function draftIds(t: Turn): number[] {
  return t.s.lines.map((l) => t.idOf(l.s)).filter((x): x is number => x !== undefined);
}

/** Draft lines an item's words point at (水泥改成60袋 → the cement line). */
export function linesNamed(t: Turn, a: Analysis): string[] {
  const ids = draftIds(t);
  if (!ids.length || !a.mentions.length) return [];
  const m = t.o.matcher;
  const n = m.narrow(ids, a);
  if (!n) return [];
  // every word must fit the lines found, or it names something else
  for (const mention of a.mentions) if (!mention.ids.some((id) => n.includes(id))) return [];
  return n.map((id) => m.index.products[id]!.sku);
}

/** 水再多拿10件: a single character of a line's name when nothing else names a line. */
export function lineByChars(t: Turn, chunk: string): string | undefined {
  const chars = [...chunk].filter((c) => isHan(c) && !/[再多拿来要加少减改成换就够了吧那先的个也还]/.test(c));
  if (!chars.length) return undefined;
  const hits = t.s.lines.filter((l) => {
    const p = t.product(l.s);
    const hay = p ? [p.name, p.category ?? '', ...p.aliases].join(' ') : '';
    return chars.every((c) => hay.includes(c));
  });
  return hits.length === 1 ? hits[0]!.s : undefined;
}

/** 换成X: puts the product the item names in place of the draft line `target`, keeping its quantity unless a new one is said. */
export function substitute(t: Turn, item: ItemText, target: string): void {
  const m = t.o.matcher;
  const ctx = t.idOf(target);
  const r = m.resolve(item.analysis, {
    ...(item.qty?.unit && { unit: item.qty.unit }),
    ...(ctx !== undefined && { context: ctx }),
  });
  const res = r.result;
  if (res.kind === 'matched') {
    const old = t.s.lines.find((l) => l.s === target);
    if (item.qty) {
      if (old) t.removeLine(target);
      return t.placeWithQty(res.product, item.qty, { fresh: false });
    }
    return t.placeWithQty(res.product, old ? { start: 0, end: 0, raw: '', value: old.q } : undefined, {
      fresh: false,
      replace: target,
    });
  }
  if (res.kind === 'ambiguous') {
    const old = t.s.lines.find((l) => l.s === target);
    const qty = item.qty ?? (old ? { start: 0, end: 0, raw: '', value: old.q } : undefined);
    addPick(t, { ...item, ...(qty && { qty }) }, r.ids, target, true);
    return;
  }
  notFound(t, res, r.ids);
}
