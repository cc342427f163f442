import { pinyin } from 'pinyin-pro';
import type { Product } from './product.js';
import { findAssortmentPacks } from './assortment-packs.js';
import type { AssortmentPack } from './assortment-packs.js';
import { pipeKeyOf, specKeysOf, scanSpecs } from './spec-values.js';
import { rangeKeysOf, rangeWithoutUnit } from './range-bounds.js';
import { isHan, normalizeTerm } from './text-normalize.js';
import { CASE_WORDS, COMMON_UNITS, canonicalUnit } from './units.js';
import { ATTRIBUTE_WORDS } from './stop-words.js';
import { tradeWordsOf } from './trade-lexicon.js';
import { looseSaleWords } from './loose-sale-words.js';
import { chainPitchKeysOf, nearInchKeysOf } from './inch-sizes.js';
import { familiesNotPlastic } from './pipe-size-readings.js';
import { codeDigitsOf } from './value-shapes.js';
import { codedValueWordOf, valuePartsOf } from './value-parts.js';
import { nameAfterLeadingSize } from './name-after-size.js';
import { bracketedNameWords } from './name-brackets.js';
import { joinedAttributeKeys } from './joined-attributes.js';
import { valueInDigits, valueNumeralKeys } from './value-numerals.js';

/** What a catalog word says about the products that carry it. */
export interface TermInfo {
  /** Products whose name, alias or category is this word. */
  head: number[];
  /** Products of this brand. */
  brand: number[];
  /** Spec attribute → products with this value. */
  spec: Map<string, number[]>;
  /** Cache of every product the word points to, sorted (see termProducts). */
  all?: number[];
  /** Cache of the products it names when it is also a mere brand of others (see mention-scan headProducts). */
  headFirst?: number[];
  /**
   * Of `head`, the products whose own name or alias is this word, when others carry it only as their category
   * (花菜 the name of one product and the category of 西兰花; 合页 an alias of the plain hinge and the category of
   * 子母合页): set only when it is a strict, non-empty part of `head`.
   */
  named?: number[];
}

/**
 * Everything the matcher looks up, built once from a catalog (products are referred to by their position).
 * Build cost is linear in the catalog; every lookup is a map access.
 */
export interface CatalogIndex {
  products: Product[];
  bySku: Map<string, number>;
  terms: Map<string, TermInfo>;
  maxTermLength: number;
  /** Spec key (spec-values.ts) → products whose spec values carry it. */
  keys: Map<string, number[]>;
  /** Spec key → products whose name or aliases carry it (4分管): used when no spec value fits. */
  weakKeys: Map<string, number[]>;
  /** Per product: spec key set. */
  productKeys: Set<string>[];
  /** Han bigram → words (length ≥ 3) that contain it, for partial words (柔光 → 柔光砖). */
  bigrams: Map<string, string[]>;
  /** Toneless pinyin of a catalog word → the words, for homophone typos (点线 → 电线). */
  pinyinWords: Map<string, string[]>;
  charPinyin: Map<string, string>;
  barcodes: Map<string, number>;
  /** Per product: unit word → sale units per one of it. */
  units: Map<string, number>[];
  /** Every word read as a unit after a number, longest first. */
  unitWords: string[];
  /** Per product: the assortment pack (one of each size, a 手 of 配码) it belongs to, where the catalog says one. */
  assortments: Map<number, AssortmentPack>;
  /** Per product: normalised family (category, or name) for sibling lookups. */
  family: string[];
  /** Spec attribute order as the catalog first uses them. */
  attributeOrder: string[];
  /** Attribute names (the catalog's and common ones, 规格 / 长度 / 容量 …), normalised, longest first. */
  attributeWords: string[];
  /**
   * The shop's price-tier names said as prices (饭店价, 工程价格, 批发价钱 for the tiers 饭店, 工程, 批发), normalised,
   * longest first: a price asked at a tier names no product and no value.
   */
  tierWords: string[];
  /**
   * Every character of the catalog's words, names, values and units: the analysis writes no other character into
   * a message than these and the message's own (what a message lacks and the catalog lacks, no reading adds).
   */
  chars: Set<string>;
}

const COLOUR_GROUPS = [
  ['黄绿双色', '黄绿', '双色', '黄绿色', '花线'],
  ['米黄', '米色', '米黄色'],
  ['咖啡', '咖啡色', '棕', '棕色'],
  ['透明', '透明色'],
  ['红', '红色', '大红'],
];
const COLOUR_SYNONYMS: Record<string, string[]> = Object.fromEntries(
  COLOUR_GROUPS.flatMap((g) => g.map((v) => [v, g.filter((x) => x !== v)])),
);

/** An attribute that holds colours (颜色, 色号, 面色), not a light's colour (光色, 色温). */
const COLOUR_ATTRIBUTE = /^(?!.*(光|温)).*色/;

/** A colour word as it is said: itself, with or without its 色, and its synonyms (红 / 红色 / 大红). */
function colourSpellings(word: string): string[] {
  const other = word.endsWith('色') && word.length > 1 ? word.slice(0, -1) : `${word}色`;
  return [word, other, ...(COLOUR_SYNONYMS[word] ?? [])];
}

/** Words of electrical conduit, whose 分 / 寸 sizes are not those of water pipe. */
const CONDUIT_WORDS = /线管|穿线|电线管|电工套管|电工管|线槽管/;
const SPEC_ONLY_UNITS = new Set(['方', '斤', '公斤', '千克', '平米', '立方', '平方米']);

function emptyInfo(): TermInfo {
  return { head: [], brand: [], spec: new Map() };
}

function push(list: number[], id: number): void {
  if (list[list.length - 1] !== id) list.push(id);
}

/** True when the whole string is spelled as spec tokens (2.5平方, 800*800): looked up by key, not as a word. */
function isPureSpecUncached(s: string): boolean {
  const covered = scanSpecs(s).reduce((n, t) => n + (t.end - t.start), 0);
  return covered >= s.replace(/[\s*]/g, '').length - 0 && covered > 0;
}

export function buildCatalogIndex(all: Product[]): CatalogIndex {
  const products = all.filter((p) => p.active !== false);
  const terms = new Map<string, TermInfo>();
  const keys = new Map<string, number[]>();
  const weakKeys = new Map<string, number[]>();
  const productKeys: Set<string>[] = [];
  const barcodes = new Map<string, number>();
  const bySku = new Map<string, number>();
  const units: Map<string, number>[] = [];
  const family: string[] = [];
  const attributeOrder: string[] = [];
  const unitWordSet = new Set(COMMON_UNITS.filter((u) => !SPEC_ONLY_UNITS.has(u)));
  let maxTermLength = 1;

  // per word, the products whose own name or alias it is (not only their category)
  const namedBy = new Map<string, number[]>();
  const addTerm = (raw: string, id: number, role: 'head' | 'category' | 'brand' | { attr: string }) => {
    const t = normalizeTerm(raw);
    if (!t) return;
    let info = terms.get(t);
    if (!info) terms.set(t, (info = emptyInfo()));
    if (role === 'category') push(info.head, id);
    else if (role === 'head') {
      push(info.head, id);
      const named = namedBy.get(t);
      if (named) push(named, id);
      else namedBy.set(t, [id]);
    } else if (role === 'brand') push(info.brand, id);
    else {
      let list = info.spec.get(role.attr);
      if (!list) info.spec.set(role.attr, (list = []));
      push(list, id);
    }
    if (t.length > maxTermLength) maxTermLength = t.length;
  };
  // the keys and the pure-spec test of each string, read once per string: a catalog writes the same value, alias
  // and category over thousands of products (the bench's 50,000 hold some 2,500 strings), and reading each again
  // was a fifth of the build's CPU samples
  const keysOfString = new Map<string, string[]>();
  const addKeys = (text: string, set: Set<string>) => {
    let keysOfText = keysOfString.get(text);
    if (!keysOfText) keysOfString.set(text, (keysOfText = specKeysOf(normalizeTerm(text))));
    for (const k of keysOfText) set.add(k);
  };
  const pureSpecs = new Map<string, boolean>();
  const isPureSpec = (normalized: string): boolean => {
    let pure = pureSpecs.get(normalized);
    if (pure === undefined) pureSpecs.set(normalized, (pure = isPureSpecUncached(normalized)));
    return pure;
  };

  // (好丽友派 of 好丽友派(临期特价) is another product's name: the bracketed name's words are read only where not)
  const otherNames = new Set(products.flatMap((p) => [p.name, ...p.aliases].map(normalizeTerm)));
  products.forEach((p, id) => {
    bySku.set(p.sku, id);
    const own = new Set<string>();
    const weak = new Set<string>();
    const name = normalizeTerm(p.name);
    addTerm(p.name, id, 'head');
    // (a lone Latin letter of a name, the C of `C to C`, names no product: it is a part of the words around it)
    for (const part of p.name.split(/\s+/))
      if (part && !/^[a-z]$/i.test(part) && !isPureSpec(normalizeTerm(part))) addTerm(part, id, 'head');
    // 彩色尤克里里 of 21寸彩色尤克里里: the name after the size it starts with (name-after-size.ts)
    const afterSize = nameAfterLeadingSize(p.name);
    if (afterSize) addTerm(afterSize, id, 'head');
    // 氢氧化钠 and 片碱 of 氢氧化钠(片碱): each name of a name written with another in brackets (name-brackets.ts)
    for (const word of bracketedNameWords(p.name, otherNames)) addTerm(word, id, 'head');
    if (p.brand) {
      addTerm(p.brand, id, 'brand');
      const brand = normalizeTerm(p.brand);
      const rest = p.name
        .split(/\s+/)
        .map((s) => normalizeTerm(s).replace(brand, ''))
        .filter((s) => s.length >= 2 && !isPureSpec(s));
      for (const r of rest) addTerm(r, id, 'head');
    }
    // an alias spelled as a spec (M6, M6*60, 1.5平方) is found through the spec keys, like every spec value
    for (const a of p.aliases) if (!isPureSpec(normalizeTerm(a))) addTerm(a, id, 'head');
    if (p.category) addTerm(p.category, id, 'category');
    addKeys(p.name, weak);
    for (const a of p.aliases) addKeys(a, weak);
    // the sizes only a thickness holds (a sleeve's 25 mm wall), which no pipe size in 分 / 寸 names
    let thicknesses: Set<string> | undefined;
    const productText = [p.name, p.category ?? '', ...p.aliases].join(' ');
    for (const [attr, value] of Object.entries(p.specs)) {
      if (!attributeOrder.includes(attr)) attributeOrder.push(attr);
      const v = normalizeTerm(value);
      if (attr.includes('厚')) addKeys(value, (thicknesses ??= new Set()));
      else addKeys(value, own);
      // 二斤装 read as the 2斤 a customer writes (value-numerals.ts)
      const numeralKeys = valueNumeralKeys(v);
      for (const k of numeralKeys) own.add(k);
      // 五年 / 三号 with no unit the keys know: its digit spelling (5年, 3号) is a word of the value
      const inDigits = numeralKeys.length ? undefined : valueInDigits(v);
      if (inDigits) addTerm(inDigits, id, { attr });
      // 大度 of 大度 889*1194, 钩钩 of CC型(钩钩): a word part of a value reads as the value (value-parts.ts)
      for (const part of valuePartsOf(value)) addTerm(part, id, { attr });
      // 近视0-600度: the range's end and start, what 600度以内 / 600度以上 name (range-bounds.ts)
      for (const k of rangeKeysOf(v)) own.add(k);
      // 1-3的 of 1-3cm gravel, 40-60 of 40-60目 sand: a range value said without its unit is a word of the value
      const bareRange = rangeWithoutUnit(v);
      if (bareRange) addTerm(bareRange, id, { attr });
      // L码 / 42码: a size of an attribute of 码 (尺码, 码数) said with the 码
      if (v && /码/.test(attr) && !v.endsWith('码')) addTerm(`${v}码`, id, { attr });
      // a type written as its letters alone (a V-belt's B, a breaker's C): what B型 / C型 / D的 are read to meet
      if (/^[a-z]{1,3}$/.test(v)) own.add(`letter:${v}`);
      // 4分链 / 1寸链条: a chain's number (08A, 16A) read as its pitch in inches
      for (const k of chainPitchKeysOf(attr, v, productText)) own.add(k);
      // 青 / 青色 of 青(C): a colour written with the trade's code is said by its word alone (value-parts.ts)
      const coded = COLOUR_ATTRIBUTE.test(attr) ? codedValueWordOf(value) : undefined;
      if (coded) for (const word of colourSpellings(coded)) addTerm(word, id, { attr });
      if (!v || isPureSpec(v)) continue;
      addTerm(v, id, { attr });
      const codeDigits = codeDigitsOf(v);
      if (codeDigits) addTerm(codeDigits, id, { attr });
      if (/^\p{Script=Han}{1,3}$/u.test(v)) {
        if (v.endsWith('色') && v.length > 1) addTerm(v.slice(0, -1), id, { attr });
        else addTerm(`${v}色`, id, { attr });
      }
      for (const syn of COLOUR_SYNONYMS[v] ?? []) addTerm(syn, id, { attr });
    }
    // a plastic pipe labelled DN20 whose own name or aliases say 4分 is 20 mm across, as the trade labels it,
    // not a DN20 bore (which 6分 would mean)
    const saysBore = [...weak].some((k) => k.startsWith('dn:'));
    for (const k of [...own]) {
      const across = weak.has(`mm:${k.slice(3)}`) || weak.has(`pipe:${k.slice(3)}`);
      if (!saysBore || !k.startsWith('dn:') || weak.has(k) || !across) continue;
      own.delete(k);
      own.add(`mm:${k.slice(3)}`);
      own.add(`bare:${k.slice(3)}`);
    }
    // 4分 names a 20 mm water pipe but a 16 mm conduit
    const conduit = CONDUIT_WORDS.test([p.name, p.category ?? '', ...p.aliases].join(' '));
    for (const k of [...own]) {
      const pipe = pipeKeyOf(k, conduit);
      if (pipe) own.add(pipe);
    }
    if (thicknesses) for (const k of thicknesses) own.add(k);
    // a cable said as 3*2.5 or 3芯2.5 is the one with 3芯 and 2.5平方 in separate attributes
    for (const core of [...own].filter((k) => k.startsWith('core:')))
      for (const section of [...own].filter((k) => k.startsWith('sq:')))
        own.add(`dim:${core.slice(5)}*${section.slice(3)}`);
    for (const k of own) {
      let list = keys.get(k);
      if (!list) keys.set(k, (list = []));
      list.push(id);
    }
    // 4寸 of a 105 mm cutting disc, 1寸 of 2.5 cm webbing: the inch a rounding trade says, read when nothing fits
    for (const k of nearInchKeysOf(own, [p.name, p.category ?? '', ...p.aliases].join(' '))) weak.add(k);
    // 25*1.0 of a tube whose 外径 and 壁厚 are two values: read when no product named holds it in one value
    for (const k of joinedAttributeKeys(p.specs)) weak.add(k);
    for (const k of weak) {
      // where a size stands in a value is told by the spec values only, not by names and aliases (1P32A)
      if (own.has(k) || k.startsWith('lead:') || k.startsWith('tail:')) continue;
      let list = weakKeys.get(k);
      if (!list) weakKeys.set(k, (list = []));
      list.push(id);
    }
    productKeys.push(
      new Set([...own, ...[...weak].filter((k) => !k.startsWith('lead:') && !k.startsWith('tail:'))]),
    );
    if (p.barcode) barcodes.set(p.barcode.trim(), id);
    const u = new Map<string, number>();
    u.set(canonicalUnit(normalizeTerm(p.unit)), 1);
    for (const a of p.unitAliases) u.set(canonicalUnit(normalizeTerm(a)), 1);
    for (const [unit, factor] of Object.entries(p.conversions)) {
      if (Number.isFinite(factor) && factor > 0) u.set(canonicalUnit(normalizeTerm(unit)), factor);
    }
    addAreaWords(u);
    // 10包/提 or 2L*8瓶 on a product sold by the 提 or the 箱, 24盒 on one sold by the 箱: one of the inner unit
    // is a part of a sale unit (a count alone only when it is the one such value of the product)
    const packs = Object.values(p.specs).flatMap((v) => packOf(normalizeTerm(v), u) ?? []);
    for (const pack of packs)
      if (!u.has(pack.unit) && (!pack.alone || packs.length === 1)) u.set(pack.unit, 1 / pack.count);
    for (const w of u.keys()) unitWordSet.add(w);
    // 12瓶一箱的: how many of one unit another holds, as a key (per:箱:瓶:12)
    for (const [outer, outerSize] of u)
      for (const [inner, innerSize] of u) {
        const count = outerSize / innerSize;
        if (count < 2 || !Number.isInteger(Math.round(count * 1000) / 1000)) continue;
        const key = `per:${outer}:${inner}:${Math.round(count)}`;
        let list = keys.get(key);
        if (!list) keys.set(key, (list = []));
        list.push(id);
        productKeys[id]!.add(key);
      }
    units.push(u);
    family.push(normalizeTerm(p.category ?? '') || name);
  });

  for (const [t, named] of namedBy) {
    const info = terms.get(t)!;
    if (named.length < info.head.length) info.named = named;
  }

  // the trade's words the catalog does not spell (壁虎 for 膨胀螺丝), on the products of the word it does spell
  // (and 散装 for a family whose loose goods the catalog spells 散称, beside another family's 散装)
  for (const { word, ids, role } of [...tradeWordsOf(terms, products), ...looseSaleWords(products, family)]) {
    for (const id of ids) addTerm(word, id, role);
    // a brand's own spelling joins a word the catalog has: its lists stay sorted, each product once
    const info = terms.get(normalizeTerm(word))!;
    const list = role === 'head' ? info.head : info.spec.get(role.attr)!;
    if (list.some((id, at) => at > 0 && list[at - 1]! >= id))
      list.splice(0, list.length, ...[...new Set(list)].sort((a, b) => a - b));
  }

  // short forms of brands: 农夫 for 农夫山泉, 马可 for 马可波罗
  for (const [t, info] of [...terms]) {
    if (!info.brand.length || t.length < 4 || !/^\p{Script=Han}+$/u.test(t)) continue;
    for (let len = 2; len < t.length; len++) {
      const prefix = t.slice(0, len);
      const known = terms.get(prefix);
      if (!known && len > 2) continue;
      const target = known ?? emptyInfo();
      if (!known) terms.set(prefix, target);
      const merged = new Set([...target.brand, ...info.brand]);
      target.brand = [...merged].sort((a, b) => a - b);
    }
  }

  const bigrams = new Map<string, string[]>();
  const pinyinWords = new Map<string, string[]>();
  const charPinyin = new Map<string, string>();
  const chars = catalogChars(products, terms);
  const hanChars = new Set<string>();
  for (const t of terms.keys()) for (const ch of t) if (isHan(ch)) hanChars.add(ch);
  const charList = [...hanChars];
  const readings = charList.length ? pinyin(charList.join(''), { toneType: 'none', type: 'array' }) : [];
  charList.forEach((ch, i) => charPinyin.set(ch, readings[i] ?? ch));
  for (const t of terms.keys()) {
    if (t.length >= 3) {
      const seen = new Set<string>();
      for (let i = 0; i + 2 <= t.length; i++) {
        const bg = t.slice(i, i + 2);
        if (seen.has(bg) || !isHan(bg[0]!) || !isHan(bg[1]!)) continue;
        seen.add(bg);
        let list = bigrams.get(bg);
        if (!list) bigrams.set(bg, (list = []));
        list.push(t);
      }
    }
    if (t.length >= 2 && t.length <= 8 && /^\p{Script=Han}+$/u.test(t)) {
      const py = [...t].map((ch) => loosePinyin(charPinyin.get(ch) ?? ch)).join(' ');
      let list = pinyinWords.get(py);
      if (!list) pinyinWords.set(py, (list = []));
      list.push(t);
    }
  }

  // a family labelling its diameters by the inch bore or the steel pipe (a sleeve's Φ25) holds no plastic pipe's
  const notPlastic = familiesNotPlastic(products, family);
  if (notPlastic.size)
    productKeys.forEach((own, id) => {
      if (!notPlastic.has(family[id]!)) return;
      for (const k of own) {
        if (!k.startsWith('pipe:')) continue;
        own.delete(k);
        // a product's own keys hold its weak ones too (a 1寸 read near its name): drop it from whichever map has it
        for (const map of [keys, weakKeys]) {
          const list = map.get(k);
          const at = list ? list.indexOf(id) : -1;
          if (at < 0) continue;
          list!.splice(at, 1);
          if (!list!.length) map.delete(k);
        }
      }
    });

  const assortments = findAssortmentPacks(products);
  for (const pack of assortments.values()) unitWordSet.add(pack.word);

  return {
    products,
    bySku,
    terms,
    maxTermLength: Math.min(maxTermLength, 24),
    keys,
    weakKeys,
    productKeys,
    bigrams,
    pinyinWords,
    charPinyin,
    barcodes,
    units,
    unitWords: [...unitWordSet].sort((a, b) => b.length - a.length),
    assortments,
    family,
    attributeOrder,
    attributeWords: [
      ...new Set([
        ...attributeOrder.map(normalizeTerm),
        ...ATTRIBUTE_WORDS,
        ...nameLeads(attributeOrder, terms),
      ]),
    ]
      .filter((w) => w && !terms.has(w))
      .sort((a, b) => b.length - a.length),
    tierWords: tierPriceWords(products, terms),
    chars,
  };
}

/** 饭店价 / 饭店价格 / 饭店价钱 for every tier name of the shop that is not itself a catalog word with them. */
function tierPriceWords(products: Product[], terms: Map<string, TermInfo>): string[] {
  const words = new Set<string>();
  for (const p of products)
    for (const tier of Object.keys(p.tierPricesFen)) {
      const name = normalizeTerm(tier);
      if (!name) continue;
      for (const price of ['价', '价格', '价钱']) if (!terms.has(name + price)) words.add(name + price);
    }
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * 洞口 of 洞口尺寸, 展开 of 展开尺寸, 缸体 of 缸体长度: the part of a catalog attribute name before a common attribute
 * word (尺寸, 长度, 规格 …) is said for the whole name (洞口2100*900的), so it is an attribute name too — unless it is
 * a part of a catalog word (then it may name products or values).
 */
function nameLeads(attributes: string[], terms: Map<string, TermInfo>): string[] {
  const leads: string[] = [];
  for (const attribute of attributes) {
    const name = normalizeTerm(attribute);
    const common = ATTRIBUTE_WORDS.find(
      (w) => w.length >= 2 && name.length - w.length >= 2 && name.endsWith(w),
    );
    if (common) leads.push(name.slice(0, name.length - common.length));
  }
  if (!leads.length) return [];
  const inWords = new Set<string>();
  for (const term of terms.keys()) for (const lead of leads) if (term.includes(lead)) inWords.add(lead);
  return leads.filter((lead) => !inWords.has(lead));
}

/** The characters of every catalog word and of every product's own strings, as written and as normalised. */
function catalogChars(products: Product[], terms: Map<string, TermInfo>): Set<string> {
  const chars = new Set<string>();
  // (each string once: the same values and aliases stand on thousands of products)
  const read = new Set<string>();
  const add = (s: string | undefined) => {
    if (!s || read.has(s)) return;
    read.add(s);
    for (const ch of s) chars.add(ch);
    for (const ch of normalizeTerm(s)) chars.add(ch);
  };
  for (const t of terms.keys()) for (const ch of t) chars.add(ch);
  for (const p of products) {
    add(p.name);
    add(p.brand);
    add(p.category);
    add(p.unit);
    for (const alias of p.aliases) add(alias);
    for (const alias of p.unitAliases) add(alias);
    for (const [attr, value] of Object.entries(p.specs)) {
      add(attr);
      add(value);
    }
    for (const unit of Object.keys(p.conversions)) add(unit);
  }
  return chars;
}

const familyLists = new WeakMap<CatalogIndex, Map<string, number[]>>();

/**
 * The products of one family (see CatalogIndex.family), in catalog order: the lists are made for every family on
 * the first call and shared (do not change them).
 */
export function familyMembers(index: CatalogIndex, family: string): readonly number[] {
  let lists = familyLists.get(index);
  if (!lists) {
    lists = new Map();
    index.family.forEach((name, id) => {
      let list = lists!.get(name);
      if (!list) lists!.set(name, (list = []));
      list.push(id);
    });
    familyLists.set(index, lists);
  }
  return lists.get(family) ?? [];
}

/** All products a term points to, whatever the role, in catalog order (computed once per word). */
export function termProducts(info: TermInfo): number[] {
  if (info.all) return info.all;
  const out = new Set<number>([...info.head, ...info.brand]);
  for (const list of info.spec.values()) for (const id of list) out.add(id);
  info.all = [...out].sort((a, b) => a - b);
  return info.all;
}

/**
 * Ids present in both lists (each strictly ascending, as every id list of the index is), in order: each id of the
 * shorter list is sought in the longer by galloping from where the last one was found, so the cost is near the
 * shorter list's length whether the longer is a few ids or the whole catalog. The answer may be one of the lists
 * itself.
 */
export function intersectSorted(a: number[], b: number[]): number[] {
  // (the lists swapped and read by index, not by an iterator: a fresh array or iterator result per call or per id,
  // where the compiler leaves them, was a third of the garbage a message made)
  if (a.length > b.length) {
    const shorter = b;
    b = a;
    a = shorter;
  }
  const length = b.length;
  // 0, 1, … n-1 (every product, say) holds every id of the shorter list below n
  // (the shorter list itself, not a copy: no id list is ever changed in place, and a copy of a common word's
  // thousands of ids was a tenth of what a message allocates)
  if (length && b[0] === 0 && b[length - 1] === length - 1 && !(a[a.length - 1]! >= length)) return a;
  const out: number[] = [];
  let low = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    low = gallopTo(b, x, low);
    if (low >= length) break;
    if (b[low] === x) out.push(x);
  }
  return out;
}

/**
 * The first place at or after `low` in `b` (strictly ascending) whose id is not below `x`, or b.length: gallops to a
 * window whose end is past x, then searches it.
 */
function gallopTo(b: number[], x: number, low: number): number {
  const length = b.length;
  let step = 1;
  let high = low;
  while (high < length && b[high]! < x) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  if (high > length) high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (b[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when the lists (each strictly ascending) have an id in common: `intersectSorted(a, b).length > 0` without
 * building the common list (most callers only ask whether there is one).
 */
export function intersectsSorted(a: number[], b: number[]): boolean {
  if (a.length > b.length) {
    const shorter = b;
    b = a;
    a = shorter;
  }
  const length = b.length;
  if (!a.length || !length) return false;
  let low = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    low = gallopTo(b, x, low);
    if (low >= length) return false;
    if (b[low] === x) return true;
  }
  return false;
}

/**
 * Every id of the lists once, ascending (`size` bounds the ids: the catalog's length). Each id is marked in a byte
 * per product; a few are then sorted as numbers, many read off the marks in order — a set of thousands of ids
 * sorted with a comparator cost a first use of a common word about a millisecond.
 */
export function unionOfIds(lists: Iterable<readonly number[]>, size: number): number[] {
  // the marks are one buffer kept between calls and cleared after each (a fresh one is a byte per product: 50 KB
  // of garbage per call at 50,000 products)
  if (unionMarks.length < size) unionMarks = new Uint8Array(size);
  const marks = unionMarks;
  const found: number[] = [];
  for (const list of lists)
    for (const id of list)
      if (marks[id] === 0) {
        marks[id] = 1;
        found.push(id);
      }
  const out: number[] = [];
  if (found.length * 16 < size) {
    for (const id of Int32Array.from(found).sort()) out.push(id);
  } else {
    for (let id = 0; out.length < found.length; id++) if (marks[id] === 1) out.push(id);
  }
  for (const id of found) marks[id] = 0;
  return out;
}

let unionMarks = new Uint8Array(0);

const sellableMarks = new WeakMap<CatalogIndex, Map<string, Uint8Array>>();
/** Most unit words whose marks are kept at once. */
const MAX_MARKED_UNITS = 200;

/**
 * Marks every unit word of the catalog at once (one pass over the products' unit maps), so that no message pays
 * for the first use of a unit; a catalog with more unit words than are kept leaves them to `sellableIn`.
 */
export function markSellableUnits(index: CatalogIndex): void {
  const byUnit = new Map<string, Uint8Array>();
  for (let id = 0; id < index.products.length; id++) {
    for (const unit of index.units[id]!.keys()) {
      let marks = byUnit.get(unit);
      if (!marks) {
        if (byUnit.size >= MAX_MARKED_UNITS) return;
        byUnit.set(unit, (marks = new Uint8Array(index.products.length)));
      }
      marks[id] = 1;
    }
  }
  sellableMarks.set(index, byUnit);
}

/**
 * Which products can be sold in a unit word: one byte per product (1 when `units[id]` has the unit), made when the
 * unit is first asked about. Reading a byte per candidate is cheaper than each product's unit map, and candidate
 * lists run to thousands.
 */
export function sellableIn(index: CatalogIndex, unit: string): Uint8Array {
  let byUnit = sellableMarks.get(index);
  if (!byUnit) sellableMarks.set(index, (byUnit = new Map()));
  let marks = byUnit.get(unit);
  if (!marks) {
    marks = new Uint8Array(index.products.length);
    for (let id = 0; id < marks.length; id++) if (index.units[id]!.has(unit)) marks[id] = 1;
    if (byUnit.size >= MAX_MARKED_UNITS) byUnit.clear();
    byUnit.set(unit, marks);
  }
  return marks;
}

/**
 * Pinyin with the distinctions many speakers blur folded together (zh/z, ch/c, sh/s, n/l, -ng/-n), so 利子粉
 * still finds 腻子粉. Applied to catalog words and chat alike.
 */
export function loosePinyin(py: string): string {
  return py
    .replace(/^zh/, 'z')
    .replace(/^ch/, 'c')
    .replace(/^sh/, 's')
    .replace(/^n(?!g)/, 'l')
    .replace(/ng$/, 'n');
}

const PACK_PER = /^(\d+)(个|只|包|袋|瓶|罐|听|支|卷|片|块|张|盒|根|条|双|粒|颗)\/(\S{1,2})$/;
const PACK_TIMES = /\*(\d+)(个|只|包|袋|瓶|罐|听|支|卷|片|块|张|盒|根|条|双|粒|颗)$/;
const PACK_ALONE = /^(\d+)(个|只|包|袋|瓶|罐|听|支|卷|片|块|张|盒|根|条|双|粒|颗)$/;

/** The ways the trade says square metres (300平, 300平方, 300方, 300㎡ read as 300m2). */
const AREA_WORDS = ['平米', '平方', '平', '方', 'm2'];

/**
 * A product sold by the roll with a conversion in 平方 / 平米 is also ordered in 平 / 方 / ㎡ at the same rate;
 * none of them is added where the product converts 方 itself (a cubic metre: 河沙 by the 方).
 */
function addAreaWords(units: Map<string, number>): void {
  const factor = units.get('平米') ?? units.get('平方');
  if (factor === undefined || units.has('方')) return;
  for (const word of AREA_WORDS) if (!units.has(word)) units.set(word, factor);
}

/**
 * The inner unit and its count of a pack-size value: 10包/提 when the product is sold by the 提, 2L*8瓶 when it is
 * sold by a case word (箱 / 件 / 提), a count alone (24盒, `alone`) when it is sold by a case word; undefined otherwise
 * (24罐/箱 on a product sold by the 罐 says nothing new).
 */
function packOf(
  value: string,
  units: Map<string, number>,
): { unit: string; count: number; alone?: boolean } | undefined {
  const per = PACK_PER.exec(value);
  if (per) {
    const outer = canonicalUnit(per[3]!);
    const count = Number(per[1]);
    return units.get(outer) === 1 && count > 1 ? { unit: canonicalUnit(per[2]!), count } : undefined;
  }
  const times = PACK_TIMES.exec(value);
  if (times && [...units].some(([unit, factor]) => factor === 1 && CASE_WORDS.includes(unit))) {
    const count = Number(times[1]);
    return count > 1 ? { unit: canonicalUnit(times[2]!), count } : undefined;
  }
  const alone = PACK_ALONE.exec(value);
  if (alone && [...units].some(([unit, factor]) => factor === 1 && CASE_WORDS.includes(unit))) {
    const count = Number(alone[1]);
    return count > 1 ? { unit: canonicalUnit(alone[2]!), count, alone: true } : undefined;
  }
  return undefined;
}
