/**
 * The trade's words a catalog does not spell: for each group of trade-lexicon-groups.ts with a word the catalog
 * uses in the group's role, the group's other words, for the same products in the same role. Pure.
 */
import type { Product } from './product.js';
import { scanSpecs } from './spec-values.js';
import { HAIR_DYE_FAMILIES, spokenShades } from './spoken-shades.js';
import { normalizeTerm } from './text-normalize.js';
import { ATTRIBUTE_KIND_NAMES, TRADE_LEXICON, type TradeWordGroup } from './trade-lexicon-groups.js';

/** The role of a catalog word, as the index records it: a product word or a value of one attribute. */
export type TradeWordRole = 'head' | { attr: string };

/** A word to add: the products it names, in ascending order, and its role for them. */
export interface TradeWord {
  word: string;
  ids: number[];
  role: TradeWordRole;
}

/** What the lexicon reads of a catalog's words (catalog-index's TermInfo fits). */
export interface CatalogWords {
  head: readonly number[];
  spec: ReadonlyMap<string, readonly number[]>;
}

interface PreparedGroup {
  group: TradeWordGroup;
  /** Normalised words that show the group applies (its words). */
  triggers: string[];
  /** Normalised words it adds (its words and its loose words). */
  all: string[];
  /** Its loose words, normalised. */
  loose: string[];
  /** Words it puts in a longer catalog word's place: also a loose word of one character (针 of 伊维菌素针). */
  inCompounds: string[];
  family: string[];
  forms: string[];
}

/** A colour word of one character and its 色 (蓝色, 红色). */
const BARE_COLOUR = /^\p{Script=Han}色$/u;

const prepared = new WeakMap<readonly TradeWordGroup[], PreparedGroup[]>();

/** A word of one character, or one spelled as sizes only (M12, 5孔), is never added: it says too little alone. */
function usable(word: string): boolean {
  if ([...word].length < 2) return false;
  const covered = scanSpecs(word).reduce((n, t) => n + (t.end - t.start), 0);
  return covered < word.length;
}

function prepare(lexicon: readonly TradeWordGroup[]): PreparedGroup[] {
  let list = prepared.get(lexicon);
  if (list) return list;
  list = lexicon.map((group) => {
    const triggers = [...new Set(group.words.map(normalizeTerm).filter(usable))];
    const loose = (group.loose ?? []).map(normalizeTerm).filter(usable);
    const all = [...new Set([...triggers, ...loose])];
    const single = (group.loose ?? []).map(normalizeTerm).filter((word) => [...word].length === 1);
    return {
      group,
      triggers,
      all,
      loose,
      inCompounds: [...all, ...single],
      family: (group.family ?? []).map(normalizeTerm),
      forms: (group.forms ?? []).map(normalizeTerm),
    };
  });
  prepared.set(lexicon, list);
  return list;
}

/**
 * Every word the lexicon adds to a catalog whose own words are `terms`: for a group with a word the catalog uses
 * (a product word for a product group; a value of an attribute of the group's kind for a value group), the group's
 * other words on those products, and for a product word inside a longer catalog word (面盆 in 面盆龙头) the longer
 * word with the group's other words in its place (台盆龙头). Never a word the catalog already has (its own words
 * win, whoever they name), nor one ending in 的 whose stem it has (白的 where 白 is a colour), nor a word of one
 * character. A group with a family applies only to products whose name, aliases or category hold a family word.
 * The one exception is a brand's own spelling of a value (see sameKindSpellings). A hair dye's shade number is
 * also said in words (七零 for 7/0, spoken-shades.ts).
 */
export function tradeWordsOf(
  terms: ReadonlyMap<string, CatalogWords>,
  products: readonly Product[],
  lexicon: readonly TradeWordGroup[] = TRADE_LEXICON,
): TradeWord[] {
  const groups = prepare(lexicon);
  const found = new Map<string, { word: string; role: TradeWordRole; ids: Set<number> }>();
  const familyTexts = new Map<number, string>();
  const familyText = (id: number) => {
    let text = familyTexts.get(id);
    if (text === undefined) {
      const p = products[id]!;
      text = [p.name, p.category ?? '', ...p.aliases].map(normalizeTerm).join(' ');
      familyTexts.set(id, text);
    }
    return text;
  };
  const inFamily = (group: PreparedGroup, ids: readonly number[]) =>
    group.family.length ? ids.filter((id) => group.family.some((w) => familyText(id).includes(w))) : ids;
  const saysMore = narrowerWords(terms, groups);
  const namesOthers = widerWords(terms, groups);
  const add = (word: string, ids: readonly number[], role: TradeWordRole, part = word) => {
    if (!ids.length || terms.has(word)) return;
    if (word.endsWith('的') && terms.has(word.slice(0, -1))) return;
    if (saysMore(part, ids)) return;
    if (role === 'head' && namesOthers(word, ids)) return;
    const key = role === 'head' ? `h ${word}` : `v ${role.attr} ${word}`;
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { word, role, ids: new Set() }));
    for (const id of ids) entry.ids.add(id);
  };

  for (const group of groups) {
    const kind = group.group.names;
    for (const word of group.triggers) {
      const info = terms.get(word);
      if (!info) continue;
      const others = group.all.filter((w) => w !== word);
      if (kind === 'product') {
        const ids = inFamily(group, info.head);
        for (const other of others) add(other, ids, 'head');
        continue;
      }
      for (const [attr, list] of info.spec) {
        if (!ATTRIBUTE_KIND_NAMES[kind].test(attr)) continue;
        const ids = inFamily(group, list);
        for (const other of others) add(other, ids, { attr });
        // 蓝 of 蓝色: a colour of a group limited to a family is said by its one character too (蓝红黄黑)
        if (kind === 'colour' && group.family.length)
          for (const other of others) if (BARE_COLOUR.test(other)) add(other.slice(0, -1), ids, { attr });
      }
    }
  }
  addCompounds(terms, groups, inFamily, add);
  // 七零 for a hair dye's 7/0: a number said the trade's way
  const dyes = HAIR_DYE_FAMILIES.map(normalizeTerm);
  for (const { word, attr, ids } of spokenShades(terms))
    add(
      word,
      ids.filter((id) => dyes.some((family) => familyText(id).includes(family))),
      { attr },
    );
  for (const word of sameKindSpellings(terms, products, groups)) {
    const key = word.role === 'head' ? `h ${word.word}` : `v ${word.role.attr} ${word.word}`;
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { word: word.word, role: word.role, ids: new Set() }));
    for (const id of word.ids) entry.ids.add(id);
  }

  return [...found.values()].map(({ word, role, ids }) => ({
    word,
    role,
    ids: [...ids].sort((a, b) => a - b),
  }));
}

/** Product words of the lexicon inside longer catalog product words: 台盆龙头 beside 面盆龙头. */
function addCompounds(
  terms: ReadonlyMap<string, CatalogWords>,
  groups: PreparedGroup[],
  inFamily: (group: PreparedGroup, ids: readonly number[]) => readonly number[],
  add: (word: string, ids: readonly number[], role: TradeWordRole, part: string) => void,
): void {
  // a lexicon word is sought by its first two characters, so each catalog word costs a lookup per character
  const byStart = new Map<string, { word: string; group: PreparedGroup }[]>();
  for (const group of groups) {
    if (group.group.names !== 'product') continue;
    for (const word of group.triggers) {
      const start = word.slice(0, 2);
      let list = byStart.get(start);
      if (!list) byStart.set(start, (list = []));
      list.push({ word, group });
    }
  }
  const lexiconWords = new Set(groups.flatMap((group) => group.all));
  for (const [term, info] of terms) {
    // a catalog word that is itself a lexicon word (耐水腻子, 坐便器) gets its group's words whole, not in parts
    if (!info.head.length || term.length < 3 || lexiconWords.has(term)) continue;
    const matches: { at: number; word: string; group: PreparedGroup }[] = [];
    for (let at = 0; at + 2 <= term.length; at++) {
      for (const candidate of byStart.get(term.slice(at, at + 2)) ?? [])
        if (candidate.word.length < term.length && term.startsWith(candidate.word, at))
          matches.push({ at, ...candidate });
    }
    // (法氏囊 inside 传染性法氏囊病, both of one group: the shorter is part of the longer, not a word of its own)
    const inside = (inner: (typeof matches)[number], outer: (typeof matches)[number]) =>
      inner.at >= outer.at && inner.at + inner.word.length <= outer.at + outer.word.length;
    const own = matches.filter(
      (match) =>
        !matches.some(
          (other) =>
            other.group === match.group && other.word.length > match.word.length && inside(match, other),
        ),
    );
    for (const match of own) {
      const end = match.at + match.word.length;
      // 小檗碱 inside 盐酸小檗碱, both of one group, is the longer word's part
      const within = (other: (typeof matches)[number]) =>
        other.at <= match.at && other.at + other.word.length >= end && other.word.length > match.word.length;
      if (matches.some((other) => other.group === match.group && within(other))) continue;
      // 龙头 inside 水龙头 is part of the longer lexicon word, not a word of its own; where two lexicon words
      // overlap (耐水腻子 and 腻子粉 in 耐水腻子粉) neither is sure to be a word of the catalog word
      const overlaps = matches.some(
        (other) =>
          other !== match &&
          !(other.group === match.group && (within(other) || other.word.length < match.word.length)) &&
          other.at < end &&
          other.at + other.word.length > match.at,
      );
      if (overlaps) continue;
      const ids = inFamily(match.group, info.head);
      // a word set off by brackets (氢氧化钠(片碱)) names the product alone: 烧碱 and 火碱 name it too
      // and so does a word with its form after it, where the group names forms (对乙酰氨基酚片 is 扑热息痛)
      const alone =
        (match.at === 0 && term[end] === '(') ||
        (term[match.at - 1] === '(' && term[end] === ')') ||
        (match.at === 0 && match.group.forms.includes(term.slice(end)));
      if (alone)
        for (const other of match.group.all) if (other !== match.word) add(other, ids, 'head', other);
      const rest = term.slice(0, match.at) + ' ' + term.slice(end);
      for (const other of match.group.inCompounds) {
        // 中性硅酮玻璃胶 with 硅酮胶 for 玻璃胶 would say 硅酮 twice
        if (
          other === match.word ||
          [...other].some((_, i) => i + 2 <= other.length && rest.includes(other.slice(i, i + 2)))
        )
          continue;
        add(term.slice(0, match.at) + other + term.slice(end), ids, 'head', other);
      }
    }
  }
}

/**
 * Whether a loose word is part of a catalog product word, unknown to the lexicon, that names other products: where
 * the catalog sells a 园艺喷头 beside a 手持花洒, 喷头 is either, and is never added to the shower alone. A catalog
 * word the lexicon knows (空气开关) is a thing of its own with its own words: 开关 said alone is still the panel's.
 * Each loose word is looked for once.
 */
function widerWords(
  terms: ReadonlyMap<string, CatalogWords>,
  groups: PreparedGroup[],
): (word: string, ids: readonly number[]) => boolean {
  const loose = new Set(groups.flatMap((group) => group.loose));
  const known = new Set(groups.flatMap((group) => group.all));
  const holders = new Map<string, (readonly number[])[]>();
  let heads: [string, readonly number[]][] | undefined;
  return (word, ids) => {
    if (!loose.has(word)) return false;
    let lists = holders.get(word);
    if (!lists) {
      heads ??= [...terms].filter(([, info]) => info.head.length).map(([term, info]) => [term, info.head]);
      lists = heads
        .filter(([term]) => term !== word && !known.has(term) && term.includes(word))
        .map(([, list]) => list);
      holders.set(word, lists);
    }
    return lists.some((list) => list.some((id) => !ids.includes(id)));
  };
}

/**
 * Whether a lexicon word holds a catalog word (outside its own group) that names only some of the products it
 * would be added to: 透明胶带 on every tape of a catalog where 透明 is the colour of one says more than the catalog.
 */
function narrowerWords(
  terms: ReadonlyMap<string, CatalogWords & { brand?: readonly number[] }>,
  groups: PreparedGroup[],
): (word: string, ids: readonly number[]) => boolean {
  const groupWords = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = new Set(group.all);
    for (const word of group.all) groupWords.set(word, new Set([...(groupWords.get(word) ?? []), ...words]));
  }
  const inner = new Map<string, string[]>();
  const productSets = new Map<string, Set<number>>();
  const productsOf = (term: string) => {
    let set = productSets.get(term);
    if (!set) {
      const info = terms.get(term)!;
      set = new Set([...info.head, ...(info.brand ?? [])]);
      for (const list of info.spec.values()) for (const id of list) set.add(id);
      productSets.set(term, set);
    }
    return set;
  };
  return (word, ids) => {
    let contained = inner.get(word);
    if (!contained) {
      const own = groupWords.get(word) ?? new Set([word]);
      contained = [];
      for (let start = 0; start < word.length; start++)
        for (let end = start + 2; end <= word.length; end++) {
          const part = word.slice(start, end);
          if (part !== word && !own.has(part) && terms.has(part)) contained.push(part);
        }
      inner.set(word, contained);
    }
    return contained.some((part) => {
      const products = productsOf(part);
      return ids.some((id) => !products.has(id));
    });
  };
}

/**
 * Where the catalog spells one value two ways, each brand its own (2RS for most bearings, 2RSH for SKF's; ZZ and
 * 2Z), each spelling also names the products of the other, as a customer uses either for any brand — but never a
 * product whose sibling (same brand, kind and other specs) carries that spelling itself: a catalog that sells both
 * tells them apart.
 */
function sameKindSpellings(
  terms: ReadonlyMap<string, CatalogWords>,
  products: readonly Product[],
  groups: PreparedGroup[],
): TradeWord[] {
  const out: TradeWord[] = [];
  for (const group of groups) {
    const kind = group.group.names;
    if (kind === 'product') continue;
    // attribute → the group's catalog words in it, each with its products
    const byAttribute = new Map<string, Map<string, readonly number[]>>();
    for (const word of group.triggers) {
      for (const [attr, ids] of terms.get(word)?.spec ?? []) {
        if (!ATTRIBUTE_KIND_NAMES[kind].test(attr)) continue;
        let words = byAttribute.get(attr);
        if (!words) byAttribute.set(attr, (words = new Map()));
        words.set(word, ids);
      }
    }
    for (const [attr, words] of byAttribute) {
      if (words.size < 2) continue;
      const siblingKey = (id: number) => {
        const p = products[id]!;
        const others = Object.entries(p.specs).filter(([name]) => name !== attr);
        return JSON.stringify([p.brand ?? '', p.category ?? '', others.sort()]);
      };
      const keysOf = new Map([...words].map(([word, ids]) => [word, new Set(ids.map(siblingKey))]));
      for (const [word, own] of keysOf)
        for (const [other, ids] of words) {
          if (other === word) continue;
          const taken = ids.filter((id) => !own.has(siblingKey(id)));
          if (!taken.length) continue;
          out.push({ word, ids: taken, role: { attr } });
          // a model code in the name with the seal on it (6205-2Z) is said with the other spelling too (6205-ZZ)
          const tail = new RegExp(`${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
          for (const id of taken)
            for (const part of products[id]!.name.split(/\s+/).map(normalizeTerm))
              if (part !== other && tail.test(part) && terms.has(part))
                out.push({ word: part.replace(tail, word), ids: [id], role: 'head' });
        }
    }
  }
  return out;
}
