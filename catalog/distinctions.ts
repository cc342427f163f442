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
  // Each product read once, here, into slots (0 the name, 1 the brand, 2 + i the i-th attribute of attributeOrder) and
  // value numbers per slot, so that telling thousands of candidates apart counts numbers instead of hashing text.
  const slotNames = ['$name', '$brand', ...index.attributeOrder];
  const slotOf = new Map(index.attributeOrder.map((attr, i) => [attr, i + 2]));
  const valueNumbers = slotNames.map(() => new Map<string, number>());
  const valueTexts: string[][] = slotNames.map(() => []);
  // per slot: how many candidates have it, the value numbers in the order first seen, and which were seen (marked
  // with the pass number, so nothing is cleared between passes)
  const counts = new Int32Array(slotNames.length);
  const firstSeen: number[][] = slotNames.map(() => []);
  let pass = 0;
  const numberOf = (slot: number, value: string): number => {
    let n = valueNumbers[slot]!.get(value);
    if (n === undefined) {
      n = valueTexts[slot]!.push(value) - 1;
      valueNumbers[slot]!.set(value, n);
    }
    return n;
  };
  // product id's slots and value numbers are entries starting[id] … starting[id + 1] - 1 of two flat lists
  const starting = new Int32Array(index.products.length + 1);
  const slotList: number[] = [];
  const valueList: number[] = [];
  index.products.forEach((p, id) => {
    starting[id] = slotList.length;
    slotList.push(0, 1);
    valueList.push(numberOf(0, p.name), numberOf(1, p.brand ?? ''));
    for (const [attr, value] of Object.entries(p.specs)) {
      const slot = slotOf.get(attr);
      if (slot === undefined || value === undefined) continue;
      slotList.push(slot);
      valueList.push(numberOf(slot, value));
    }
  });
  starting[index.products.length] = slotList.length;
  const slots = Int32Array.from(slotList);
  const values = Int32Array.from(valueList);
  const seenIn = valueTexts.map((texts) => new Int32Array(texts.length));

  const distinctions = (ids: number[], partial = false): Distinction[] => {
    pass += 1;
    const used: number[] = [];
    for (const id of ids) {
      const end = starting[id + 1]!;
      for (let k = starting[id]!; k < end; k++) {
        const slot = slots[k]!;
        const value = values[k]!;
        if (counts[slot] === 0) used.push(slot);
        counts[slot]! += 1;
        const seen = seenIn[slot]!;
        if (seen[value] !== pass) {
          seen[value] = pass;
          firstSeen[slot]!.push(value);
        }
      }
    }
    const out: (Distinction & { rank: number })[] = [];
    used.sort((x, y) => x - y);
    for (const slot of used) {
      // (an attribute some candidates lack tells them apart only in a partial list)
      if ((partial || counts[slot] === ids.length) && firstSeen[slot]!.length > 1) {
        const texts = valueTexts[slot]!;
        const rank = slot === 0 ? 1000 : slot === 1 ? 900 : 100 - (slot - 2);
        out.push({ attr: slotNames[slot]!, values: firstSeen[slot]!.map((n) => texts[n]!), rank });
      }
      counts[slot] = 0;
      firstSeen[slot] = [];
    }
    // a spec attribute that splits the candidates finer is asked before one that splits them coarser
    const nameD = out.find((d) => d.attr === '$name');
    const brandD = out.find((d) => d.attr === '$brand');
    for (const d of out) if (!d.attr.startsWith('$')) d.rank += d.values.length * 10;
    if (nameD && brandD && sameSplit(ids, '$name', '$brand')) {
      brandD.rank = 1100;
      const products = ids.map((id) => index.products[id]!);
      brandD.labels = brandD.values.map((b) => {
        const p = products.find((x) => (x.brand ?? '') === b)!;
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
  // few answers are kept, found by a hash of the ids and then compared id by id
  const recent: { partial: boolean; hash: number; ids: number[]; found: Distinction[] }[] = [];
  return (ids: number[], partial = false): Distinction[] => {
    let hash = ids.length;
    for (const id of ids) hash = (Math.imul(hash, 31) + id) | 0;
    const hit = recent.find(
      (r) =>
        r.hash === hash &&
        r.partial === partial &&
        r.ids.length === ids.length &&
        r.ids.every((id, i) => id === ids[i]),
    );
    if (hit) return hit.found;
    const found = distinctions(ids, partial);
    if (recent.length >= 32) recent.shift();
    recent.push({ partial, hash, ids: [...ids], found });
    return found;
  };
}
