import type { CatalogIndex } from './catalog-index.js';
import type { Product } from './product.js';

/** An attribute that tells candidates apart: `$name`, `$brand` or a spec attribute of this catalog. */
export interface Distinction {
  attr: string;
  /** Distinct values among the candidates, in catalog order. */
  values: string[];
  /** How to show each value in a question when it is not the value itself (brand with its product line). */
  labels?: string[];
}

/**
 * What separates candidates, most useful question first: the product's name or brand, then the spec attributes
 * that split the candidates finest. `partial` also lists attributes only some of them have (for replies).
 */
export function createDistinctions(index: CatalogIndex): (ids: number[], partial?: boolean) => Distinction[] {
  // each product's spec entries, read once
  const entries: (readonly [string, string][])[] = [];
  const specEntries = (id: number) => (entries[id] ??= Object.entries(index.products[id]!.specs));
  const distinctions = (ids: number[], partial = false): Distinction[] => {
    const out: (Distinction & { rank: number })[] = [];
    const collect = (attr: string, get: (p: Product) => string | undefined, rank: number) => {
      const seen = new Set<string>();
      for (const id of ids) {
        const v = get(index.products[id]!);
        if (v === undefined && partial) continue;
        if (v === undefined) return;
        seen.add(v);
      }
      const values = [...seen];
      if (values.length > 1) out.push({ attr, values, rank });
    };
    collect('$name', (p) => p.name, 1000);
    collect('$brand', (p) => p.brand ?? '', 900);
    // the spec values of every attribute in one pass over the candidates (a big catalog has many attributes that
    // none of them has): values in catalog order, and how many candidates have the attribute at all
    const valuesOf = new Map<string, { values: Set<string>; count: number }>();
    for (const id of ids) {
      for (const [attr, value] of specEntries(id)) {
        if (value === undefined) continue;
        let found = valuesOf.get(attr);
        if (!found) valuesOf.set(attr, (found = { values: new Set(), count: 0 }));
        found.values.add(value);
        found.count += 1;
      }
    }
    index.attributeOrder.forEach((attr, i) => {
      const found = valuesOf.get(attr);
      // (an attribute some candidates lack tells them apart only in a partial list)
      if (!found || (!partial && found.count < ids.length)) return;
      const values = [...found.values];
      if (values.length > 1) out.push({ attr, values, rank: 100 - i });
    });
    // a spec attribute that splits the candidates finer is asked before one that splits them coarser
    const nameD = out.find((d) => d.attr === '$name');
    const brandD = out.find((d) => d.attr === '$brand');
    for (const d of out) if (!d.attr.startsWith('$')) d.rank += d.values.length * 10;
    if (nameD && brandD && sameSplit(ids, '$name', '$brand')) {
      brandD.rank = 1100;
      brandD.labels = brandD.values.map((b) => {
        const p = ids.map((id) => index.products[id]!).find((x) => (x.brand ?? '') === b)!;
        return p.name.includes(b) ? p.name : `${b}${p.name}`;
      });
    } else if (nameD && brandD && brandD.values.length > nameD.values.length) brandD.rank = 1100;
    return out.sort((a, b) => b.rank - a.rank).map(({ rank: _rank, ...d }) => d);
  };

  const sameSplit = (ids: number[], a: string, b: string) => {
    const get = (p: Product, attr: string) =>
      attr === '$name' ? p.name : attr === '$brand' ? p.brand : p.specs[attr];
    const pairs = new Map<string | undefined, string | undefined>();
    for (const id of ids) {
      const p = index.products[id]!;
      const k = get(p, a);
      if (pairs.has(k) && pairs.get(k) !== get(p, b)) return false;
      pairs.set(k, get(p, b));
    }
    return new Set(pairs.values()).size === pairs.size;
  };

  // the same candidates are told apart several times in one turn (the question, the reply, a not-found): the last
  // few answers are kept
  const recent = new Map<string, Distinction[]>();
  return (ids: number[], partial = false): Distinction[] => {
    const key = `${partial ? 'p' : 'f'}${ids.join(',')}`;
    const hit = recent.get(key);
    if (hit) return hit;
    const found = distinctions(ids, partial);
    if (recent.size >= 32) recent.delete(recent.keys().next().value!);
    recent.set(key, found);
    return found;
  };
}
