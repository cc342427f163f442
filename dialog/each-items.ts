import type { Matcher } from '../catalog/matcher.js';
import type { Analysis, Mention, QuantityToken } from '../catalog/mention-scan.js';
import { withoutRepeatedWord } from './each-repeated-words.js';
import { familyOf, hasContent, hasIdentity } from './item-text.js';
import type { ItemText } from './item-text.js';
import { ALSO } from './order-phrases.js';
import { withGluedWordsApart } from './glued-words.js';
import { withUnitSaidOnce } from './unit-said-once.js';
import { withEndingSaidOnce } from './each-ending-said-once.js';

/**
 * 冰红茶 可乐 各10件 → two items; BVR 6平方 红 蓝 双色 各5盘 → three items sharing BVR 6平方; 4分 6分 1寸的直接
 * 各100个 → three sizes of one fitting. The alternatives are the largest set of mentions of one family (one
 * attribute, or product words for different products); everything else is shared by each item.
 */
export function expandEach(matcher: Matcher, text: string, quantity: QuantityToken): ItemText[] {
  const single = (t: string): ItemText => ({
    text: t.trim(),
    quantity,
    analysis: matcher.analyze(t),
    also: ALSO.test(t),
    fromEach: true,
  });
  const kind = (t: string) => {
    const a = matcher.analyze(t);
    const result = matcher.resolve(a, { quick: true }).result.kind;
    if (result !== 'not_found' || !a.unknown.length) return result;
    // (想买点气球自己布置 珠光的10寸 红色和金色各一包: chatter the catalog cannot read stands in no alternative's way)
    const read = a.unknown.reduce((left, word) => left.replace(word, ' '), t);
    return matcher.resolve(matcher.analyze(read), { quick: true }).result.kind;
  };
  // (3302 20 24 26寸各6个: the unit said once after the last number is every number's)
  text = withUnitSaidOnce(matcher, text) ?? text;
  // (擦炮123号 / 收纳箱大中小号各10个: one ending said after values glued together is every one's)
  text = withEndingSaidOnce(matcher, text) ?? text;
  // (童袜混色 小童中童大童各5包: words of one kind said glued together are apart)
  text = withGluedWordsApart(matcher, text) ?? text;
  const a = matcher.analyze(text);
  // 解放鞋 40到43各10双: a range said with 到 is every size the shop holds from one end to the other
  const range = RANGE_WORD.test(a.text) ? sizesInRange(matcher, a) : undefined;
  if (range && range.every((x) => kind(x.text) !== 'not_found'))
    return range.map((x) => ({ ...single(x.text), eachValue: x.value }));
  const groups = new Map<string, Mention[]>();
  for (const m of a.mentions) {
    if (m.kind === 'barcode') continue;
    const key = familyOf(m);
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  let best: Mention[] | undefined;
  for (const [key, found] of groups) {
    // 充电头 倍思 公牛 各10个: a product word that every other alternative narrows is shared by them, not one of them;
    // so is a value of the same shape (18650 of 18650 2600跟3200的 各两箱: the cell size both capacities come in)
    const list = withoutRepeatedWord(withoutCommonWord(found));
    if (list.length < 2) continue;
    if ((key === 'head' || key === 'brand') && !distinctProducts(list)) continue;
    if (!best || list.length > best.length) best = list;
  }
  // the alternatives: one family's values (红 蓝 双色), else values glued into one run (冷热), else words that each
  // pick different products (单开 双开 五孔)
  let glued: { rest: string; values: string[] } | undefined | null = null;
  for (const alternatives of [best, 'glued' as const, disjointSelectors(a.mentions)]) {
    if (alternatives === 'glued') {
      glued = splitGluedValues(matcher, a);
      if (glued) return glued.values.map((v) => single(`${glued!.rest} ${v}`));
      continue;
    }
    if (!alternatives || alternatives.length < 2) continue;
    const shared = cutOut(
      a.text,
      alternatives.map((m) => [m.start, m.start + m.text.length]),
    );
    // (3米 of 跳线 3米 5米各10根 stays a value: 3米的, never read again as a quantity)
    const valueText = (m: Mention) =>
      m.kind === 'spec' && matcher.analyze(m.text).quantities.length ? `${m.text}的` : m.text;
    const texts = alternatives.map((m) => `${shared} ${valueText(m)}`);
    if (texts.every((t) => kind(t) !== 'not_found'))
      return texts.map((t, k) => ({ ...single(t), eachValue: alternatives[k]!.text }));
  }
  // 飞雕五孔 单开 各20个: parts that each name something, together naming nothing, are separate items
  const parts = text.split(/[\s和跟与及]+/).filter(Boolean);
  if (parts.length >= 2 && kind(text) === 'not_found') {
    const named = parts.filter((p) => hasIdentity(matcher.analyze(p)));
    const shared = parts.filter((p) => !named.includes(p));
    const lead = named.length >= 2 ? sharedBrand(matcher, named[0]!) : '';
    const items = named.map((p, i) => (i === 0 || !lead ? p : `${lead} ${p}`));
    if (items.length >= 2 && items.every((t) => kind([...shared, t].join(' ')) !== 'not_found'))
      return items.map((t) => single([...shared, t].join(' ')));
  }
  // 夏凉被 150的 200的各30条: values said apart, each closed by its own 的, are the alternatives also when the reading
  // joins them into one size (150*200)
  const apart = valuesSaidApart(matcher, text);
  if (apart && apart.every((x) => kind(x.text) !== 'not_found'))
    return apart.map((x) => ({ ...single(x.text), eachValue: x.value }));
  // 河沙粗的中的各来4方: the same, with nothing between the values but their 的
  const gluedApart = valuesGluedByTheirDe(matcher, text);
  if (gluedApart) return gluedApart.map((x) => ({ ...single(x.text), eachValue: x.value }));
  return (joinedAlternatives(matcher, a, text) ?? unreadAlternatives(matcher, a, text) ?? [text]).map(single);
}

/** Nothing but a word joining two alternatives (和 / 跟 / 与 / 及 / 还有 / 以及). */
const JOINING_ONLY = /^\s*(?:和|跟|与|及|还有|以及)\s*$/;

/** 和 / 跟 / 与 between two words said as one (新支二联和法氏囊). */
const JOINING = /[和跟与]/;

/**
 * 新支二联和法氏囊 500头份的 各来2盒 with 法氏囊 unread: words joined by 和 before a 各, one of which the catalog cannot
 * read, are each an item with the words said apart beside them — the unread one is asked about, never dropped for
 * the one that reads. Undefined unless a word is unread and one word of the text parts at 和 into pieces that each
 * say something, one of them naming a product.
 */
function joinedAlternatives(matcher: Matcher, a: Analysis, text: string): string[] | undefined {
  if (!a.unknown.length) return undefined;
  const words = text.split(/\s+/).filter(Boolean);
  for (const [k, word] of words.entries()) {
    const pieces = word.split(JOINING);
    if (pieces.length < 2 || pieces.some((piece) => !piece)) continue;
    const readings = pieces.map((piece) => matcher.analyze(piece));
    if (!readings.every(hasContent) || !readings.some(hasIdentity)) continue;
    if (!readings.some((r) => r.unknown.length)) continue;
    const shared = words.filter((_, other) => other !== k);
    return pieces.map((piece) => [piece, ...shared].join(' '));
  }
  return undefined;
}

/**
 * 保温杯 紫色 粉色各两个 with no purple flask: a part said apart before 各 that the catalog cannot read is one of the
 * alternatives too, never dropped for the one that reads — each part is an item with the product words said apart
 * beside them, so the one not read is asked about. Undefined unless a word is unread and two or more parts remain.
 */
function unreadAlternatives(matcher: Matcher, a: Analysis, text: string): string[] | undefined {
  if (!a.unknown.length) return undefined;
  const parts = text.split(/\s+/).filter(Boolean);
  const readings = parts.map((p) => matcher.analyze(p));
  const sharedBy = (r: Analysis) =>
    hasIdentity(r) && !r.unknown.length && r.mentions.every((m) => m.kind === 'head' || m.kind === 'brand');
  const shared = parts.filter((_, k) => sharedBy(readings[k]!));
  const alternatives = parts.filter((_, k) => !sharedBy(readings[k]!));
  if (!shared.length || alternatives.length < 2 || !readings.some((r) => r.unknown.length)) return undefined;
  return alternatives.map((p) => [...shared, p].join(' '));
}

const RANGE_WORD = /[到至~～]/;
const LEADING_NUMBER = /^(\d+(?:\.\d+)?)/;

/**
 * The items of a range of sizes said with 到/至 before a 各 (40到43, 6到10寸, 3至5): two numbers of one kind joined by
 * the range word, and one attribute of the products the other words name whose values lead with both numbers; every
 * value of it from the one to the other is an item, with the other words shared. Undefined unless the range holds a
 * value between its ends (two ends alone are read as before) and exactly one attribute fits.
 */
function sizesInRange(matcher: Matcher, a: Analysis): { text: string; value: string }[] | undefined {
  const specs = a.mentions.filter((m): m is Extract<Mention, { kind: 'spec' }> => m.kind === 'spec');
  for (let k = 0; k + 1 < specs.length; k++) {
    const from = specs[k]!;
    const to = specs[k + 1]!;
    const between = a.text.slice(from.start + from.text.length, to.start).trim();
    if (!RANGE_WORD.test(between) || between.length !== 1) continue;
    // (6到10寸: the unit said once, after the second number)
    if (familyOf(from) !== familyOf(to) && !from.bare) continue;
    const low = Number(LEADING_NUMBER.exec(from.text)?.[1]);
    const high = Number(LEADING_NUMBER.exec(to.text)?.[1]);
    if (!(low < high)) continue;
    const rest = cutOut(a.text, [[from.start, to.start + to.text.length]])
      .replace(/各$/, '')
      .trim();
    const pool = matcher.resolve(matcher.analyze(rest), { quick: true }).ids;
    if (pool.length < 3) continue;
    const products = pool.map((id) => matcher.index.products[id]!);
    const fits: string[][] = [];
    for (const attribute of matcher.index.attributeOrder) {
      const byNumber = new Map<number, string>();
      for (const p of products) {
        const value = p.specs[attribute];
        const n = value ? Number(LEADING_NUMBER.exec(value)?.[1]) : NaN;
        // (39 beside 39-44配码: the size that is the number, never a mixed pack whose value starts with it)
        const known = byNumber.get(n);
        if (Number.isFinite(n) && !(known && known.length < value!.length)) byNumber.set(n, value!);
      }
      if (!byNumber.has(low) || !byNumber.has(high)) continue;
      const inRange = [...byNumber].filter(([n]) => n >= low && n <= high).sort(([x], [y]) => x - y);
      if (inRange.length > 2) fits.push(inRange.map(([, v]) => v));
    }
    if (fits.length !== 1) return undefined;
    return fits[0]!.map((value) => ({ text: `${rest} ${value}`, value }));
  }
  return undefined;
}

/**
 * The items of values said apart before a 各, each closed by its own 的 and read alone as one value of one family,
 * or as sizes (150的 200的), with the other words of the text shared by each; undefined unless there are two or more.
 */
function valuesSaidApart(matcher: Matcher, text: string): { text: string; value: string }[] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const family = (word: string) => {
    const stem = /^(.+)的$/.exec(word)?.[1];
    if (!stem) return undefined;
    const mentions = matcher.analyze(stem).mentions;
    return mentions.length === 1 && mentions[0]!.kind === 'spec' ? familyOf(mentions[0]!) : undefined;
  };
  const families = words.map(family);
  const values = words.filter((_, k) => families[k] !== undefined);
  // (one attribute's values, or sizes of any shape: 150*200的 200的 when the first was read out to the whole size)
  const kinds = new Set(families.filter((f): f is string => !!f));
  if (values.length < 2 || (kinds.size > 1 && ![...kinds].every((f) => f.startsWith('keys:'))))
    return undefined;
  const shared = words.filter((_, k) => families[k] === undefined).join(' ');
  return values.map((v) => ({ text: `${shared} ${v}`.trim(), value: v.slice(0, -1) }));
}

/**
 * The items of values each closed by its own 的 with no space between them (河沙粗的中的, 粗的中的河沙): each piece ends in
 * one value of one attribute, the same attribute for all; what is said before a value in its piece (河沙) and the
 * pieces that are no value are shared by each. Undefined unless two or more values are glued this way — so that a
 * 各 over them never reads one of them and drops the other.
 */
function valuesGluedByTheirDe(matcher: Matcher, text: string): { text: string; value: string }[] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const pieces = words.flatMap((word) => word.split(/(?<=的)(?=\p{Script=Han})/u));
  if (pieces.length === words.length) return undefined;
  const shared: string[] = [];
  const values: string[] = [];
  const families = new Set<string>();
  for (const piece of pieces) {
    const stem = /^(.+)的$/u.exec(piece)?.[1];
    const value = stem && valueEnding(matcher, stem);
    if (!stem || !value) {
      shared.push(piece);
      continue;
    }
    families.add(value.family);
    values.push(value.text);
    if (value.text.length < stem.length) shared.push(stem.slice(0, stem.length - value.text.length));
  }
  if (values.length < 2 || families.size !== 1) return undefined;
  const rest = shared.join(' ');
  return values.map((value) => ({ text: `${rest} ${value}`.trim(), value }));
}

/** The last characters of a word that read, alone, as one value (粗 of 河沙粗), with its attribute family. */
function valueEnding(matcher: Matcher, stem: string): { text: string; family: string } | undefined {
  for (let length = Math.min(stem.length, 6); length >= 1; length--) {
    const tail = stem.slice(stem.length - length);
    const mentions = matcher.analyze(tail).mentions;
    const only = mentions.length === 1 ? mentions[0]! : undefined;
    if (only?.kind === 'spec' && only.text.length === tail.length)
      return { text: tail, family: familyOf(only) };
  }
  return undefined;
}

/**
 * The alternatives without the product word they all qualify: a word of three or more whose products share some
 * with each of the others (充电头 against 倍思 and 公牛) names what they are, not one more alternative.
 */
function withoutCommonWord(list: Mention[]): Mention[] {
  if (list.length < 3) return list;
  const overlaps = (x: Mention, y: Mention) => {
    const ids = new Set(x.ids);
    return y.ids.some((id) => ids.has(id));
  };
  const others = (m: Mention) => list.filter((o) => o !== m);
  const common = list.filter(
    (m) =>
      others(m).every((o) => overlaps(m, o)) &&
      !others(m).every((o) => others(m).every((x) => x === o || overlaps(x, o))),
  );
  return common.length === 1 ? list.filter((m) => m !== common[0]) : list;
}

/**
 * 08A 10A单排链条各一条 接头各5个: a 各 said of one product alone, right after a 各 that spread over several values,
 * means each of those values (接头 08A, 接头 10A), with the other specs of the items before when they fit (单排).
 * Returns the items, or undefined when the 各 before spread over no values or a value fits none of the product.
 */
export function spreadLikeEachBefore(
  matcher: Matcher,
  item: ItemText,
  before: readonly ItemText[],
): ItemText[] | undefined {
  const values = before.map((x) => x.eachValue);
  if (before.length < 2 || !item.quantity || values.some((v) => !v)) return undefined;
  const kinds = new Set(item.analysis.mentions.map((m) => m.kind));
  // one product word and nothing that is itself one of the values
  if (!kinds.has('head') || values.some((v) => item.text.includes(v!))) return undefined;
  const spread: ItemText[] = [];
  for (const [k, x] of before.entries()) {
    const value = values[k]!;
    const otherSpecs = x.analysis.mentions
      .filter((m) => m.kind === 'spec' && m.text !== value)
      .map((m) => m.text)
      .join(' ');
    const text = [`${item.text} ${otherSpecs} ${value}`, `${item.text} ${value}`].find(
      (t) => matcher.resolve(matcher.analyze(t), { quick: true }).result.kind !== 'not_found',
    );
    if (!text) return undefined;
    spread.push({ ...item, text, analysis: matcher.analyze(text), eachValue: value });
  }
  return spread;
}

/** The largest set of product or spec words that point to pairwise different products. */
function disjointSelectors(mentions: Mention[]): Mention[] {
  const pool = mentions
    .filter((m) => m.kind === 'head' || m.kind === 'spec' || m.kind === 'partial')
    .slice(0, 10);
  const disjoint = (x: Mention, y: Mention) => {
    const ids = new Set(x.ids);
    return !y.ids.some((id) => ids.has(id));
  };
  let best: Mention[] = [];
  for (let mask = 1; mask < 1 << pool.length; mask++) {
    const chosen = pool.filter((_, i) => mask & (1 << i));
    if (chosen.length <= best.length) continue;
    if (chosen.every((x, i) => chosen.slice(i + 1).every((y) => disjoint(x, y)))) best = chosen;
  }
  return best;
}

/** The brand words a part starts with (飞雕 of 飞雕五孔), to share with the parts after it. */
function sharedBrand(matcher: Matcher, part: string): string {
  return matcher
    .analyze(part)
    .mentions.filter((m) => m.kind === 'brand')
    .map((m) => m.text)
    .join(' ');
}

/** Product words that are alternatives name different products (单开 双开), not one product twice. */
function distinctProducts(list: Mention[]): boolean {
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = new Set(list[i]!.ids);
      if (list[j]!.ids.every((id) => a.has(id)) || list[i]!.ids.every((id) => list[j]!.ids.includes(id)))
        return false;
    }
  return true;
}

/**
 * The text without the spans, and without the 的 that closed them — but a 的 after a number with its unit stays
 * (30枚的 of 30枚的 圣迪乐和正大 各5盒 is a value; 30枚 alone would be read as an amount).
 */
function cutOut(text: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of [...spans].sort((x, y) => x[0] - y[0])) {
    const gap = text.slice(at, s);
    // (嘧菌酯和苯醚甲环唑各拿10个: the word joining two alternatives is said of neither)
    out += `${at > 0 && JOINING_ONLY.test(gap) ? '' : gap} `;
    at = e;
  }
  return `${out}${text.slice(at)}`
    .replace(/(\d[^\d\s的]+)?的(?=\s|$)/g, (said, value?: string) => (value ? said : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * 角阀 冷热各20个: values glued into one run, each character the start of a different value of one attribute of
 * the products named (冷水 / 热水).
 */
function splitGluedValues(matcher: Matcher, a: Analysis): { rest: string; values: string[] } | undefined {
  // (a run the catalog knows as a value of other products, 冷热 of a 冷热龙头, when it fits nothing named here)
  const run =
    a.unknown.find((u) => u.length >= 2 && u.length <= 4) ??
    a.mentions.find(
      (m) =>
        m.kind === 'spec' &&
        !m.keys &&
        /^\p{Script=Han}{2,4}$/u.test(m.text) &&
        matcher.resolve(a, { quick: true }).result.kind === 'not_found',
    )?.text;
  if (!run) return undefined;
  const rest = a.text.replace(run, ' ');
  const pool = matcher.resolve(matcher.analyze(rest), { quick: true }).ids;
  if (pool.length < 2) return undefined;
  const products = pool.map((id) => matcher.index.products[id]!);
  for (const attribute of matcher.index.attributeOrder) {
    const values = [...new Set(products.map((p) => p.specs[attribute]).filter((v): v is string => !!v))];
    const picked = [...run].map((ch) => values.filter((v) => v.startsWith(ch)));
    if (picked.every((list) => list.length === 1) && new Set(picked.map((l) => l[0])).size === run.length)
      return { rest, values: picked.map((l) => l[0]!) };
  }
  return undefined;
}
