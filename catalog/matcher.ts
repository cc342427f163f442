import {
  buildCatalogIndex,
  familyMembers,
  intersectSorted,
  sellableIn,
  unionOfIds,
} from './catalog-index.js';
import { createDistinctions } from './distinctions.js';
import { packsOrderedIn } from './assortment-packs.js';
import type { Distinction } from './distinctions.js';
import { createSuggest } from './suggestions.js';
import type { CatalogIndex } from './catalog-index.js';
import { analyzeText, prepareAnalysis } from './mention-scan.js';
import type { Analysis, Mention } from './mention-scan.js';
import type { Product } from './product.js';
import { normalizeTerm, normalizeText } from './text-normalize.js';
import { valueKeysOf } from './spec-values.js';
import { readingsInOtherUnits, tradeReadings } from './unit-readings.js';
import { shadeHoldersOf, valueCharacterWithin } from './value-character-within.js';
import { oneNumberOf, sizeGoesWith } from './joined-attributes.js';
import { headProducts } from './word-lookups.js';

export type { Distinction } from './distinctions.js';

/** The outcome of matching one requested item against the catalog. */
export type MatchResult =
  | { kind: 'matched'; product: Product }
  | {
      kind: 'ambiguous';
      candidates: Product[];
      /** What separates them, most useful question first. */
      distinctions: Distinction[];
    }
  | {
      kind: 'not_found';
      /** `unknown`: nothing in the catalog is called that; `conflict`: the stated spec or brand does not exist. */
      reason: 'unknown' | 'conflict' | 'unknown_barcode' | 'nothing';
      /** The words that could not be met (石膏板, 16平方, 西门子). */
      what: string;
      /** Nearest products the shop does sell, best first (at most 5). */
      suggestions: Product[];
    };

export interface ResolveOptions {
  /** Only these products (catalog positions) are possible. */
  within?: number[];
  /** The unit the customer used; products that cannot be sold in it are dropped unless none is left. */
  unit?: string;
  /** A product just talked about: breaks ties by sharing its attributes (蓝的也10卷, 单开也来10个). */
  context?: number;
  /** Only the candidates are wanted: skip distinctions and suggestions (they stay empty). */
  quick?: boolean;
}

export interface Resolution {
  result: MatchResult;
  ids: number[];
}

/**
 * A matcher built once over a catalog: call it with a piece of chat text naming one product. Never accepts a
 * product whose stated spec or brand disagrees with the request; several fits give `ambiguous`.
 */
export interface Matcher {
  (text: string): MatchResult;
  index: CatalogIndex;
  analyze(text: string): Analysis;
  resolve(analysis: Analysis, options?: ResolveOptions): Resolution;
  /**
   * Narrows candidates with an answer, using only the mentions that fit at least one candidate. Returns the
   * narrowed positions, or undefined when the answer says nothing about these candidates.
   */
  narrow(ids: number[], analysis: Analysis): number[] | undefined;
  /** What separates the candidates; `partial` also lists attributes only some of them have (for replies). */
  distinctions(ids: number[], partial?: boolean): Distinction[];
  suggest(query: string, within?: number[]): Product[];
}

/** A word of two Han characters or more. */
const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/** A thickness said with 厚 and no unit (3厚, and 3个厚 as normalised). */
const THICKNESS_SAID = /^\d+(?:\.\d+)?厚$/;

/** Both arguments sorted ascending (every id list of the index is). */
const intersect = (a: number[], b: number[]): number[] => intersectSorted(a, b);

export function createMatcher(products: Product[]): Matcher {
  const index = buildCatalogIndex(products);
  prepareAnalysis(index);
  const all = index.products.map((_, i) => i);
  // catalog values, normalised once each when first compared
  const normalizedValues = new Map<string, string>();
  const normalizedValue = (v: string): string => {
    let n = normalizedValues.get(v);
    if (n === undefined) normalizedValues.set(v, (n = normalizeTerm(v)));
    return n;
  };

  // the products carrying each spec value, normalised (ascending): which candidates have a value written exactly
  // as said is looked up, not each candidate's values read and compared (that was 4% of a message's time)
  const byNormalizedValue = new Map<string, number[]>();
  index.products.forEach((product, id) => {
    for (const value of Object.values(product.specs)) {
      const normalized = normalizedValue(value);
      const holders = byNormalizedValue.get(normalized);
      if (!holders) byNormalizedValue.set(normalized, [id]);
      else if (holders[holders.length - 1] !== id) holders.push(id);
    }
  });

  // the products with a shade of each colour (漂白 of 白), for a plain colour none of the products named has
  const shades = shadeHoldersOf(byNormalizedValue);

  const distinctions = createDistinctions(index);
  const suggest = createSuggest(index);

  const resolve = (a: Analysis, options: ResolveOptions = {}): Resolution => {
    const notFound = (
      reason: 'unknown' | 'conflict' | 'unknown_barcode' | 'nothing',
      what: string,
      pool?: number[],
    ): Resolution => {
      let suggestions: Product[] | undefined;
      return {
        result: {
          kind: 'not_found',
          reason,
          what,
          // worked out when first read: most not-found results are asked about or told apart by value instead
          get suggestions() {
            return (suggestions ??= options.quick ? [] : suggest(what, pool));
          },
        },
        ids: pool ?? [],
      };
    };
    const barcode = a.mentions.find((m) => m.kind === 'barcode');
    if (barcode) {
      if (!barcode.ids.length) return notFound('unknown_barcode', barcode.text, []);
      return finish(barcode.ids, options);
    }
    const identity = a.mentions.filter((m) => m.kind === 'head' || m.kind === 'brand');
    const partial = a.mentions.filter((m) => m.kind === 'partial');
    const specs = a.mentions.filter((m): m is Extract<Mention, { kind: 'spec' }> => m.kind === 'spec');
    let ids = options.within ? [...options.within].sort((x, y) => x - y) : all;
    // a value's lone character (暖的) names nothing by itself: only among the products it is looked for within
    if (!identity.length && !partial.length && specs.length && specs.every((m) => m.lone) && !options.within)
      return notFound('nothing', '', []);
    if (!identity.length && !partial.length && !specs.length) {
      return notFound(
        a.unknown.length ? 'unknown' : 'nothing',
        a.unknown.join(' '),
        a.unknown.length ? undefined : [],
      );
    }
    const onlyBrands = identity.length > 0 && identity.every((m) => m.kind === 'brand');
    if (
      a.unknown.length &&
      (identity.length === 0 || onlyBrands) &&
      (!partial.length || a.qualifiers.length)
    ) {
      // 有啤酒吗 雪花的 / 红砖 / 海螺啤酒: the thing asked for is not in the catalog
      return notFound('unknown', a.unknown.join(' '));
    }
    if (a.qualifiers.length && identity.length) {
      // 飞利浦灯泡: a word the catalog lacks, glued to the product word, names a brand or kind not sold here
      const heads = identity.filter((m) => m.kind === 'head');
      const pool = heads.length ? intersect(ids, heads[0]!.ids) : ids;
      return notFound('unknown', a.qualifiers.join(' '), pool.slice(0, 200));
    }
    for (const m of valueOverWords(ids, identity)) {
      const next = intersect(ids, m.ids);
      if (!next.length) {
        return notFound('conflict', identity.map((x) => x.text).join(''), headPool(ids, identity));
      }
      ids = next;
    }
    for (const m of partial) {
      // 水泥有吗 (a shop with only 水泥钻头): a modifier inside an alias does not make that product the subject
      if (!identity.length && m.ids.every((id) => modifierOnly(id, m.text)))
        return notFound('unknown', m.text, []);
      const next = intersect(ids, m.ids);
      if (next.length) ids = next;
      else if (identity.length)
        return notFound(
          'conflict',
          [...identity, m]
            .sort((x, y) => x.start - y.start)
            .map((x) => x.text)
            .join(''),
          ids,
        );
      else if (partial.length === 1 && !specs.length) return notFound('unknown', m.text);
    }
    for (const m of specs) {
      const strong = m.strong ? intersect(ids, m.strong) : [];
      const next = strong.length ? strong : intersect(ids, m.ids);
      if (!next.length) {
        // 坑距30 / 美纹纸1.8的 / 2.1米*90的防火门: a length no product named has as said is read in the other units
        // a length is said in (centimetres, metres), when the products named (in whole or in part: 宝塔接头 of a
        // 塑料宝塔接头), or the family looked within (不对 要1寸的 of a hose on the draft), hold that
        const named = identity.length || partial.length || options.within;
        const otherUnits = named ? readingsInOtherUnits(index, ids, m.text) : [];
        if (otherUnits.length) {
          ids = otherUnits;
          continue;
        }
        // 口袋布 白的 where the cloth comes in 漂白: a colour's one character, in the value the products named have
        const withCharacter = named ? valueCharacterWithin(shades, ids, m.text) : [];
        if (withCharacter.length) {
          ids = withCharacter;
          continue;
        }
        // 单速的普通链条 where 普通 is a seat's 款式 and a word of the chain 普通单速链条's name: a value word of other
        // products that names of the products said hold is a word of those names
        const inNames = identity.length ? productsNamingWord(ids, m.text) : [];
        if (inNames.length) {
          ids = inNames;
          continue;
        }
        // 50弯头 when 弯头 is the PPR one's alias: the 50 mm one is named 排水弯头 — a product word inside a name
        const widened = widenHeads(a);
        if (widened) return resolve(widened, options);
        // with no product word the pool is the whole catalog: too wide to list
        return notFound('conflict', m.text, ids.length <= 2000 ? ids : []);
      }
      ids = next;
    }
    // (fine distinctions among a few candidates; among hundreds the question asks anyway)
    if (ids.length > 1 && ids.length <= 300) {
      ids = wholeNumbersFirst(loneNumbersByOtherAttributes(ids, specs), specs);
      // 1P, not 1P+N: a spec written exactly as a candidate's value picks those candidates
      for (const m of specs) {
        if (m.bare) continue;
        const holders = [byNormalizedValue.get(m.text) ?? []];
        const exact = ids.filter((id) => inAny(holders, id));
        if (exact.length && exact.length < ids.length) ids = exact;
      }
      ids = preferLeading(ids, specs);
    }
    if (ids.length > 1) ids = ownWordsFirst(ids, identity);
    if (!identity.length && !partial.length && options.unit) {
      // 红砖两千块: colour words alone, in a unit none of them is sold in, name something else
      const marks = sellableIn(index, options.unit);
      // (A2031白色 来3手: a pack word of the products' own assortment is theirs)
      const packed = (id: number) => index.assortments.get(id)?.word === options.unit;
      if (!ids.some((id) => marks[id] === 1 || packed(id))) return notFound('unknown', a.text, []);
    }
    return finish(ids, options);
  };

  /**
   * 4分 fits 20*1/2 and 25*1/2, but only the first leads with it: a size said once drops the candidates whose value
   * has it only in second place (a plain 20 stays).
   */
  const preferLeading = (ids: number[], mentions: Mention[]): number[] => {
    let out = ids;
    for (const m of mentions) {
      if (m.kind !== 'spec' || !m.keys || out.length < 2) continue;
      // the few candidates are looked up in the (long, sorted) lists, rather than the lists gathered into sets
      const listsOf = (role: string) =>
        m.keys!.map((k) => index.keys.get(`${role}:${k}`) ?? []).filter((list) => list.length);
      const tails = listsOf('tail');
      if (!tails.length) continue;
      const leads = listsOf('lead');
      const kept = out.filter((id) => inAny(leads, id) || !inAny(tails, id));
      if (kept.length && kept.length < out.length) out = kept;
    }
    return out;
  };

  // each product's name and aliases, normalised, as one text (the name first, a NUL between), made when first read:
  // a word of Han characters is in the text exactly when it is in the name or in an alias
  const namingTexts = new Array<string | undefined>(index.products.length).fill(undefined);
  const namingTextOf = (id: number): string => {
    let text = namingTexts[id];
    if (text === undefined) {
      const p = index.products[id]!;
      text = normalizeTerm(p.name);
      for (const alias of p.aliases) text += `\u0000${normalizeTerm(alias)}`;
      namingTexts[id] = text;
    }
    return text;
  };

  /** Of `ids`, the products whose name or an alias holds `word` (a Han word of two characters or more). */
  const productsNamingWord = (ids: number[], word: string): number[] => {
    if (!HAN_WORD.test(word) || ids.length > 2000) return [];
    return ids.filter((id) => namingTextOf(id).includes(word));
  };

  /**
   * 擦炮摔炮 holding 摔炮: a longer word that is the word joined to the own name of other products (a category named
   * after two of its products) is no modified form of the word — the word names its own product, not the other's.
   */
  const joinsAnotherName = (longer: string, word: string, ids: number[]): boolean => {
    const rest = longer.replace(word, '');
    const other = rest ? index.terms.get(rest)?.head : undefined;
    return !!other?.length && !other.some((id) => ids.includes(id));
  };

  /** The products of a word (its mention's ids) and of the catalog words holding it, as one sorted list. */
  const widenedIds = (kind: 'head' | 'spec', text: string, ids: number[]): number[] => {
    const found = [ids];
    for (const w of index.bigrams.get(text.slice(0, 2)) ?? []) {
      if (w === text || !w.includes(text)) continue;
      if (kind === 'head' && joinsAnotherName(w, text, ids)) continue;
      const info = index.terms.get(w)!;
      if (kind === 'head') found.push(info.head);
      else found.push(...info.spec.values());
    }
    if (kind === 'head') found.push(insertedModifier(text, ids));
    const union = unionOfIds(found, index.products.length);
    // (the same products as the word's own: its list is kept, not a copy)
    return union.length === ids.length ? ids : union;
  };
  const widened = new Map<string, number[]>();
  /**
   * The analysis with each product word also naming the products whose name or alias holds it (弯头 → 排水弯头),
   * and each value word the products with a value holding it (不锈钢 → 304不锈钢).
   */
  const widenHeads = (a: Analysis): Analysis | undefined => {
    let changed = false;
    const mentions = a.mentions.map((m) => {
      const word =
        m.kind === 'head' || (m.kind === 'spec' && !m.keys && /^\p{Script=Han}{2,}$/u.test(m.text));
      if (!word || m.text.length < 2) return m;
      const prepared = m.kind === 'head' ? widenedWords.get(m.text) : undefined;
      const key = `${m.kind}:${m.text}`;
      let ids = prepared?.from === m.ids ? prepared.ids : widened.get(key);
      if (!ids) {
        ids = widenedIds(m.kind === 'head' ? 'head' : 'spec', m.text, m.ids);
        if (widened.size > 5000) widened.clear();
        widened.set(key, ids);
      }
      if (ids.length === m.ids.length) return m;
      changed = true;
      return { ...m, ids, ...(m.kind === 'spec' && { strong: ids }) };
    });
    return changed ? { ...a, mentions } : undefined;
  };

  /**
   * 不锈钢合页 of 不锈钢子母合页: the products of the same category whose name is the word with a modifier of one or
   * two characters inside it.
   */
  const insertedModifier = (word: string, ids: number[]): number[] => {
    if (word.length < 3) return [];
    const categories = new Set(ids.slice(0, 50).map((id) => index.products[id]!.category));
    const out: number[] = [];
    for (const w of index.bigrams.get(word.slice(-2)) ?? []) {
      if (w.length <= word.length || w.length > word.length + 2 || !w.endsWith(word.slice(-2))) continue;
      if (!isSubsequence(word, w)) continue;
      for (const id of index.terms.get(w)!.head)
        if (categories.has(index.products[id]!.category)) out.push(id);
    }
    return out;
  };

  // every product word widened here, at build (about 3,000 words at 50,000 products): the first message that
  // needed a word's list paid for its scan of the words holding it. Kept with the list it widened, so a mention
  // of the same text with other products (a leftover read as a kind of product) is widened on its own.
  const widenedWords = new Map<string, { from: number[]; ids: number[] }>();
  for (const [word, info] of index.terms) {
    if (word.length < 2 || !info.head.length) continue;
    const from = headProducts(index, word, info);
    widenedWords.set(word, { from, ids: widenedIds('head', word, from) });
  }

  /**
   * 4寸合页 between the plain hinge (合页 its alias) and 子母合页 (合页 only its category): a word that is some
   * candidates' own name or alias names those, not the products that merely share it as their category.
   */
  const ownWordsFirst = (ids: number[], identity: Mention[]): number[] => {
    let out = ids;
    for (const m of identity) {
      if (m.kind !== 'head') continue;
      const named = index.terms.get(m.text)?.named;
      if (!named) continue;
      const kept = intersect(out, named);
      if (kept.length && kept.length < out.length) out = kept;
    }
    return out;
  };

  /** The piece appears in the product only as the leading modifier of an alias (水泥 of 水泥钻头). */
  const modifierOnly = (id: number, piece: string): boolean => {
    const p = index.products[id]!;
    const own = [p.name, p.category ?? '', p.brand ?? '', ...Object.values(p.specs)];
    if (own.some((s) => normalizeTerm(s).includes(piece))) return false;
    // (碘伏 of 碘伏溶液, the trade lexicon's word for 聚维酮碘溶液: a word the index gave the product is read as an alias)
    const given = (index.bigrams.get(piece.slice(0, 2)) ?? []).filter(
      // (only a word it begins: 别针 is no part of 曲别针, the lexicon's word for 回形针)
      (word) => word.startsWith(piece) && index.terms.get(word)?.head.includes(id),
    );
    return [...p.aliases, ...given].every((alias) => {
      const a = normalizeTerm(alias);
      const rest = a.slice(piece.length);
      return !a.includes(piece) || (a.startsWith(piece) && rest.length >= 2 && index.terms.has(rest));
    });
  };

  /**
   * 12的螺纹 沙钢12米: a lone number that a candidate meets in two attributes (直径 Φ12, 定尺 12米), one of them met
   * by another value said with a unit (12米), is read as the other attribute: the candidates that meet it only where
   * the other value is met are dropped, when any candidate is left.
   */
  /**
   * 6的 among ropes of 6mm, 8mm … each also 6*19 or 6*37: a lone number names the value it is (6mm) before the
   * values it is one group of (6*19) — the candidates with a value of that one number are kept, when some are.
   */
  const wholeNumbersFirst = (ids: number[], specs: Extract<Mention, { kind: 'spec' }>[]): number[] => {
    let out = ids;
    for (const lone of specs) {
      if (!lone.bare || !/^\d+(?:\.\d+)?$/.test(lone.text)) continue;
      const key = `num:${Number(lone.text)}`;
      const kept = out.filter((id) =>
        Object.values(index.products[id]!.specs).some((value) => {
          const keys = valueKeysOf(value);
          return keys.includes(key) && keys.every((other) => !other.startsWith('num:') || other === key);
        }),
      );
      if (kept.length && kept.length < out.length) out = kept;
    }
    return out;
  };

  const loneNumbersByOtherAttributes = (
    ids: number[],
    specs: Extract<Mention, { kind: 'spec' }>[],
  ): number[] => {
    let out = ids;
    for (const lone of specs) {
      if (!lone.bare || !lone.keys) continue;
      const others = specs.filter((other) => !other.bare && other.keys);
      if (!others.length) continue;
      const kept = out.filter((id) => {
        const values = Object.values(index.products[id]!.specs);
        const meets = (mention: Extract<Mention, { kind: 'spec' }>, value: string) =>
          valueKeysOf(value).some((key) => mention.keys!.includes(key));
        return values.some((value) => meets(lone, value) && !others.some((other) => meets(other, value)));
      });
      if (kept.length && kept.length < out.length) out = kept;
    }
    return out;
  };

  /**
   * 20-20-20的复合肥 (三个二十的复合肥), where the 20-20-20 is called 水溶肥: a catalog value said with its digits, of
   * two or more products, that no product shares with the product words said with it, wins over those words when
   * both name products of one category — the customer named the kind loosely, and the value is asked about among
   * its own products instead of a "没有". Otherwise the words stay as said.
   */
  const valueOverWords = (ids: number[], identity: Mention[]): Mention[] => {
    if (identity.length < 2) return identity;
    const values = identity.filter(
      (m) => m.kind === 'head' && /\d/.test(m.text) && byNormalizedValue.has(m.text),
    );
    if (values.length !== 1) return identity;
    const value = values[0]!;
    const words = identity.filter((m) => m !== value);
    const valuePool = intersect(ids, value.ids);
    const wordsPool = words.reduce((pool, m) => intersect(pool, m.ids), ids);
    if (valuePool.length < 2 || !wordsPool.length || intersect(valuePool, wordsPool).length) return identity;
    const category = index.products[valuePool[0]!]!.category;
    const oneCategory = (pool: number[]) => pool.every((id) => index.products[id]!.category === category);
    return category && oneCategory(valuePool) && oneCategory(wordsPool) ? [value] : identity;
  };

  const headPool = (ids: number[], identity: Mention[]): number[] => {
    const heads = identity.filter((m) => m.kind === 'head');
    const pool = heads.length ? intersect(ids, heads[heads.length - 1]!.ids) : ids;
    return pool.slice(0, 200);
  };

  const finish = (ids: number[], options: ResolveOptions): Resolution => {
    let out = ids;
    if (options.unit) {
      const marks = sellableIn(index, options.unit);
      const inUnit = out.filter((id) => marks[id] === 1);
      if (inUnit.length) out = inUnit;
      else out = packsOrderedIn(index, out, options.unit);
    }
    if (out.length > 1 && options.context !== undefined) out = preferContext(out, options.context);
    if (out.length === 1) return { result: { kind: 'matched', product: index.products[out[0]!]! }, ids: out };
    let candidates: Product[] | undefined;
    return {
      result: {
        kind: 'ambiguous',
        // both worked out when first read: most callers only want the ids
        get candidates() {
          return (candidates ??= out.map((id) => index.products[id]!));
        },
        get distinctions() {
          return options.quick ? [] : distinctions(out);
        },
      },
      ids: out,
    };
  };

  /** Keeps the candidates that share the most of the context product's brand, name and spec values. */
  const preferContext = (ids: number[], ctx: number): number[] => {
    const base = index.products[ctx];
    if (!base) return ids;
    const get = (p: Product, attr: string) =>
      attr === '$name' ? p.name : attr === '$brand' ? p.brand : p.specs[attr];
    // the same family first (东鹏 said after 红牛 is the drink, not the tile)
    const sameFamily = ids.filter((id) => index.family[id] === index.family[ctx]);
    let out = sameFamily.length ? sameFamily : ids;
    // a size that came with another (a tube's 壁厚 with its 外径) is not carried over to candidates that all hold
    // another value of that one (38*1.2管 then 25的管 is asked, not 25*1.2); a power a motor's poles leave open is
    // carried
    const changedSizes = Object.entries(base.specs).filter(([attr, value]) => {
      if (oneNumberOf(value) === undefined) return false;
      const held = index.products[out[0]!]!.specs[attr];
      return (
        held !== undefined && held !== value && out.every((id) => index.products[id]!.specs[attr] === held)
      );
    });
    let family: Product[] | undefined;
    const goesWithChanged = (attr: string) => {
      if (!changedSizes.length || oneNumberOf(base.specs[attr] ?? '') === undefined) return false;
      const members = (family ??= familyMembers(index, index.family[ctx]!).map((id) => index.products[id]!));
      return changedSizes.some(([other, was]) => sizeGoesWith(members, attr, other, was));
    };
    // narrow one shared attribute at a time, recomputing what still separates the rest
    for (let round = 0; round < 8 && out.length > 1; round++) {
      let changed = false;
      for (const d of distinctions(out, true)) {
        const value = get(base, d.attr);
        if (value === undefined) continue;
        if (goesWithChanged(d.attr)) continue;
        const next = out.filter((id) => get(index.products[id]!, d.attr) === value);
        if (next.length && next.length < out.length) {
          out = next;
          changed = true;
          break;
        }
      }
      if (!changed) break;
    }
    // 可口的 after 百事可乐: the one whose name shares most with the product talked about (可口可乐, not 雪碧)
    if (out.length > 1) {
      const bigrams = (s: string) => new Set([...s].slice(0, -1).map((ch, i) => ch + s[i + 1]));
      const own = bigrams(base.name);
      // (counted once per name: the candidates are often many products of a few names)
      const sharedByName = new Map<string, number>();
      const shared = out.map((id) => {
        const name = index.products[id]!.name;
        let count = sharedByName.get(name);
        if (count === undefined) {
          count = [...bigrams(name)].filter((b) => own.has(b)).length;
          sharedByName.set(name, count);
        }
        return count;
      });
      const best = Math.max(...shared);
      const top = out.filter((_, i) => shared[i] === best);
      if (best > 0 && top.length < out.length) out = top;
    }
    return out;
  };

  const narrow = (ids: number[], a: Analysis): number[] | undefined => {
    let out = [...ids].sort((x, y) => x - y);
    let said = false;
    const ordered = [...a.mentions].sort((x, y) => rankOf(x) - rankOf(y));
    const original = out;
    for (const m of ordered) {
      if (m.kind === 'barcode') continue;
      const next = intersect(out, m.ids);
      if (next.length) {
        said = true;
        out = next;
      } else if (intersect(original, m.ids).length) {
        // 4分的 … 6分的: two answers to one question; not a choice
        return undefined;
      } else if (m.kind === 'partial' && m.ids.length) {
        // 钢丝的 6分 to "橡胶水管要哪个内径？": a word naming another product is no answer among these, never dropped
        return undefined;
      } else if (m.kind === 'spec') {
        // 4分的 of insulation sleeves written Φ22 / Φ28: a size said the trade's way; 3个厚 of boards sold at
        // 20 / 30 / 40 mm: a thickness in centimetres, as the products named read it (never the third value
        // offered). Only a thickness: other lengths an answer says are read by the dialog's own measures
        const read = THICKNESS_SAID.test(m.text)
          ? readingsInOtherUnits(index, out, m.text)
          : tradeReadings(index, out, m.text);
        if (read.length) {
          said = true;
          out = read;
        }
      }
    }
    if (!said) return undefined;
    if (out.length > 1) out = ownWordsFirst(out, a.mentions);
    return out.length <= 300 ? preferLeading(out, a.mentions) : out;
  };

  const match = ((text: string): MatchResult => {
    const a = analyzeText(index, normalizeText(text));
    const unit = a.quantities.find((q) => q.unit)?.unit;
    return resolve(a, unit ? { unit } : {}).result;
  }) as Matcher;
  match.index = index;
  // analysis is pure and the dialog reads the same pieces several times a turn: keep the recent ones
  const cache = new Map<string, Analysis>();
  match.analyze = (raw: string) => {
    const text = raw.trim();
    const hit = cache.get(text);
    if (hit) return hit;
    const a = analyzeText(index, normalizeText(text));
    if (cache.size >= 2000) cache.delete(cache.keys().next().value!);
    cache.set(text, a);
    return a;
  };
  // resolving is pure too, and a turn resolves the same request several times (its question, its answers)
  const resolved = new Map<string, { analysis: Analysis; resolution: Resolution }>();
  match.resolve = (a: Analysis, options: ResolveOptions = {}) => {
    if (options.within) return resolve(a, options);
    const key = `${a.text}\u0000${options.unit ?? ''}\u0000${options.context ?? ''}\u0000${options.quick ? 1 : 0}`;
    const hit = resolved.get(key);
    if (hit && hit.analysis === a) return hit.resolution;
    const resolution = resolve(a, options);
    if (resolved.size >= 2000) resolved.delete(resolved.keys().next().value!);
    resolved.set(key, { analysis: a, resolution });
    return resolution;
  };
  match.narrow = narrow;
  match.distinctions = distinctions;
  match.suggest = suggest;
  return match;
}

function rankOf(m: Mention): number {
  return m.kind === 'head' ? 0 : m.kind === 'brand' ? 1 : m.kind === 'spec' ? 2 : 3;
}

/** True when `id` is in one of the lists (each sorted ascending). */
function inAny(lists: number[][], id: number): boolean {
  for (const list of lists) {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle]! < id) low = middle + 1;
      else high = middle;
    }
    if (list[low] === id) return true;
  }
  return false;
}

/** True when the characters of `short` appear in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at += 1;
  return at === short.length;
}
