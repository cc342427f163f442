/**
 * Assortment packs: a pack that is one piece of each size of a style (the clothing trade's 手 of 配码, "90-130
 * 5件/手"; a 套 of sizes in some tools). The catalog says it in a spec value: the range of sizes, how many pieces
 * of the sale unit, and the pack word. Pure: built once with the index.
 */
import type { Product } from './product.js';
import { canonicalUnit } from './units.js';
import { normalizeTerm } from './text-normalize.js';

/** One pack: the word it is ordered by and the products it holds one of each, smallest size first. */
export interface AssortmentPack {
  word: string;
  members: number[];
}

/** `90-130 5件/手`, `35~39码 5双/手`: the sizes from, to, then the count, the inner unit and the pack word. */
const PACK_OF_SIZES =
  /^(\d+(?:\.\d+)?)\s*(?:-|~|～|到|至)\s*(\d+(?:\.\d+)?)\s*(?:[a-z]+|\p{Script=Han})?\s*[，,]?\s*(\d+)\s*(\p{Script=Han})\s*[/每]\s*(\p{Script=Han})$/u;

const NUMBER_VALUE = /^(\d+(?:\.\d+)?)\s*(?:[a-z]+|\p{Script=Han})?$/iu;

/**
 * Per product (catalog position), the assortment pack it belongs to. A pack counts only where its siblings (the
 * same name, brand and every other value, differing in one attribute whose numbers lie within the range) are
 * exactly as many as the spec says; a spec the catalog's products do not bear out makes no pack (the question
 * which size is asked then).
 */
export function findAssortmentPacks(products: Product[]): Map<number, AssortmentPack> {
  const out = new Map<number, AssortmentPack>();
  const groups = new Map<string, number[]>();
  const said = new Map<number, { attr: string; from: number; to: number; count: number; word: string }>();
  products.forEach((p, id) => {
    const saleUnits = new Set([p.unit, ...p.unitAliases].map((u) => canonicalUnit(normalizeTerm(u))));
    for (const [packAttr, value] of Object.entries(p.specs)) {
      const m = PACK_OF_SIZES.exec(normalizeTerm(value));
      if (!m || !saleUnits.has(canonicalUnit(m[4]!)) || saleUnits.has(canonicalUnit(m[5]!))) continue;
      const from = Number(m[1]);
      const to = Number(m[2]);
      const sizeAttr = Object.keys(p.specs).find((attr) => {
        const n = numberOf(p.specs[attr]!);
        return attr !== packAttr && n !== undefined && n >= from && n <= to;
      });
      if (!sizeAttr) continue;
      said.set(id, { attr: sizeAttr, from, to, count: Number(m[3]), word: m[5]! });
      const key = siblingKey(p, sizeAttr);
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(id);
      break;
    }
  });
  for (const ids of groups.values()) {
    const first = said.get(ids[0]!)!;
    const members = ids
      .filter((id) => {
        const n = numberOf(products[id]!.specs[first.attr]!);
        return n !== undefined && n >= first.from && n <= first.to;
      })
      .sort(
        (a, b) => numberOf(products[a]!.specs[first.attr]!)! - numberOf(products[b]!.specs[first.attr]!)!,
      );
    if (members.length !== first.count || members.length < 2) continue;
    const pack = { word: first.word, members };
    for (const id of members) out.set(id, pack);
  }
  return out;
}

function numberOf(value: string): number | undefined {
  const m = NUMBER_VALUE.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

/** What siblings of one style share: everything but the size attribute. */
function siblingKey(p: Product, sizeAttr: string): string {
  const specs = Object.entries(p.specs)
    .filter(([attr]) => attr !== sizeAttr)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([attr, value]) => `${attr}=${value}`);
  return [p.name, p.brand ?? '', canonicalUnit(p.unit), ...specs].join('\u0000');
}

/**
 * 卫衣来2手: candidates ordered by an assortment pack's word stand for their packs — each pack by its first member,
 * so that what is asked is which pack (the colour), never which size. Left as they are unless every candidate
 * belongs to a pack of that word.
 */
export function packsOrderedIn(
  index: { assortments: Map<number, AssortmentPack> },
  ids: number[],
  word: string,
): number[] {
  const firsts = new Set<number>();
  for (const id of ids) {
    const pack = index.assortments.get(id);
    if (!pack || pack.word !== word) return ids;
    firsts.add(pack.members[0]!);
  }
  return [...firsts].sort((a, b) => a - b);
}
