import type { Matcher } from '../catalog/matcher.js';
import type { Analysis, Mention, QuantityToken } from '../catalog/mention-scan.js';
import { ALSO } from './order-phrases.js';

/** One requested item of a message: the words that name it and the quantity said with it. */
export interface ItemText {
  text: string;
  quantity?: QuantityToken;
  analysis: Analysis;
  /** 也 / 一样 / 再来: leans on the product talked about just before. */
  also: boolean;
  /** Spread from a 各 (红 蓝 各10卷): one of several items sharing one quantity. */
  fromEach?: boolean;
}

// (另外6瓶 right after a quantity is a second part of it, not another item)
const CHUNK_SPLIT = /[\n,;、]+|还有|另外(?![0-9零一二两三四五六七八九十半])|以及/;
const EACH_TAIL = /各(?:自)?(?:来|要|拿)?\s*$/;

export function hasContent(a: Analysis): boolean {
  return a.mentions.length > 0 || a.unknown.length > 0;
}

/** Names what the product is (a name, alias, part of one, or a barcode), not only its brand or specs. */
export function hasProductWord(a: Analysis): boolean {
  return a.mentions.some((m) => m.kind === 'head' || m.kind === 'partial' || m.kind === 'barcode');
}

const hasHead = hasProductWord;

/** Names a product or brand, not only specs. */
export function hasIdentity(a: Analysis): boolean {
  return a.mentions.some(
    (m) => m.kind === 'head' || m.kind === 'brand' || m.kind === 'barcode' || m.kind === 'partial',
  );
}

/**
 * Splits a piece of a message into items: by line breaks and separators, then by quantities (said after the
 * item, or before it: 要10箱冰红茶), spreading 各 over the alternatives before it (红 蓝 双色各5盘, 5W 9W 12W灯泡各20个
 * 白光), and letting an item that names no product (6平方 红的5捆) borrow what the item before it said about the
 * attributes it leaves out.
 */
export function splitItems(matcher: Matcher, text: string): ItemText[] {
  const items: ItemText[] = [];
  let prefix = '';
  for (let chunk of text.split(CHUNK_SPLIT)) {
    chunk = chunk.trim();
    if (!chunk) continue;
    const colon = chunk.indexOf(':');
    if (colon >= 0) {
      const head = chunk.slice(0, colon);
      chunk = chunk.slice(colon + 1).trim();
      if (hasContent(matcher.analyze(head))) prefix = head;
      if (!chunk) continue;
    }
    for (const item of splitChunk(matcher, chunk)) {
      items.push(prefix ? reanalyze(matcher, `${prefix} ${item.text}`, item) : item);
    }
  }
  spreadTrailingEach(items);
  borrowFromPrevious(matcher, items);
  return items;
}

/** 红牛，可乐，各5箱: a bare 各 quantity goes to every item before it that has none. */
function spreadTrailingEach(items: ItemText[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.fromEach || it.analysis.mentions.length || !it.quantity) continue;
    let j = i - 1;
    while (j >= 0 && !items[j]!.quantity && items[j]!.analysis.mentions.length) {
      items[j] = { ...items[j]!, quantity: it.quantity, fromEach: true };
      j -= 1;
    }
    if (j < i - 1) {
      items.splice(i, 1);
      i -= 1;
    }
  }
}

/**
 * An item that names only specs borrows the previous item's product words and its specs of other attributes
 * (2.5平 红的10卷 蓝的10卷 → 2.5平 蓝); an item whose words fit several brands takes the brand said before it.
 * Borrowed words are kept only while the item still fits some product.
 */
function borrowFromPrevious(matcher: Matcher, items: ItemText[]): void {
  // tried on the mentions themselves (no text analysed again until a combination is kept)
  const resolved = (mentions: Mention[]) =>
    matcher.resolve(
      { text: mentions.map((m) => m.text).join(' '), mentions, quantities: [], unknown: [], qualifiers: [] },
      { quick: true },
    );
  const fits = (mentions: Mention[]) => resolved(mentions).result.kind !== 'not_found';
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    const prev = items[i - 1]!;
    const own = new Set(item.analysis.mentions.map(familyOf));
    let mentions = item.analysis.mentions;
    const borrowed: Mention[] = [];
    if (hasIdentity(item.analysis)) {
      // 公牛G07五孔 50个 单开 30个: an item that fits several products takes the brand and the other specs said
      // before it, as far as they fit (公牛 G07 for the 单开)
      if (matcher.resolve(item.analysis, { quick: true }).result.kind !== 'ambiguous') continue;
      const source = items
        .slice(0, i)
        .reverse()
        .find((x) => x.analysis.mentions.some((m) => m.kind === 'brand' || m.kind === 'spec'));
      if (!source) continue;
      for (const m of source.analysis.mentions.slice(0, 6)) {
        if (m.kind === 'barcode' || (m.kind !== 'head' && own.has(familyOf(m)))) continue;
        const tried = [m, ...mentions];
        // a product word of the item before (公牛G07) only when it narrows this item without emptying it
        const keep =
          m.kind === 'head'
            ? resolved(tried).ids.length > 0 && resolved(tried).ids.length < resolved(mentions).ids.length
            : fits(tried);
        if (keep) {
          mentions = tried;
          borrowed.unshift(m);
        }
      }
    } else {
      if (!mentions.length || item.analysis.unknown.length) continue;
      if (matcher.resolve(item.analysis, { quick: true }).result.kind === 'matched') continue;
      const candidates = prev.analysis.mentions.filter((m) => !own.has(familyOf(m)) && m.kind !== 'barcode');
      const identity = candidates.filter((m) => m.kind !== 'spec');
      if (!candidates.length || !fits([...identity, ...mentions])) continue;
      mentions = [...identity, ...mentions];
      borrowed.push(...identity);
      for (const m of candidates) {
        if (m.kind !== 'spec' || !fits([...mentions, m])) continue;
        mentions = [...mentions, m];
        borrowed.push(m);
      }
    }
    if (!borrowed.length) continue;
    const heads = borrowed.filter(
      (m) => item.analysis.mentions.every((x) => x.start >= 0) && m.kind !== 'spec',
    );
    const specs = borrowed.filter((m) => !heads.includes(m));
    const text = [...heads.map((m) => m.text), item.text, ...specs.map((m) => m.text)].join(' ');
    items[i] = reanalyze(matcher, text, item);
  }
}

/** The kind of thing a mention says: one family per attribute, one for product words, one for brands. */
export function familyOf(m: Mention): string {
  return m.kind === 'spec' ? m.family : m.kind === 'partial' ? 'head' : m.kind;
}

function reanalyze(matcher: Matcher, text: string, item: ItemText): ItemText {
  return { ...item, text, analysis: matcher.analyze(text) };
}

function splitChunk(matcher: Matcher, chunk: string): ItemText[] {
  const whole = matcher.analyze(chunk);
  const text = whole.text;
  const qs = whole.quantities;
  const make = (t: string, quantity?: QuantityToken): ItemText => ({
    text: t.trim(),
    ...(quantity && { quantity }),
    analysis: matcher.analyze(t),
    also: ALSO.test(t),
  });
  if (qs.length === 0) return hasContent(whole) ? [make(text)] : [];
  const pieces: string[] = [];
  let at = 0;
  for (const q of qs) {
    pieces.push(text.slice(at, q.start));
    at = q.end;
  }
  pieces.push(text.slice(at));
  const content = pieces.map((p) => hasContent(matcher.analyze(p)));
  const out: ItemText[] = [];
  const eachBefore = (i: number) => EACH_TAIL.test(pieces[i] ?? '');
  const used = new Set<number>();
  // 飞雕白色 两盒五孔 一盒双控: leading brand or spec words with no product word are shared by every item
  let shared = '';
  const first = matcher.analyze(pieces[0] ?? '');
  // (飞雕五孔 50个 单开 20个: not when the leading words already name one product with its own quantity)
  if (
    content[0] &&
    !first.unknown.length &&
    !hasHead(first) &&
    hasHead(matcher.analyze(pieces[1] ?? '')) &&
    matcher.resolve(first, { quick: true }).result.kind !== 'matched'
  ) {
    shared = pieces[0]!.trim();
    used.add(0);
  }
  const withShared = (t: string) => (shared ? `${shared} ${t}` : t);
  let eachGroup: ItemText[] = [];
  // a quantity takes the words before it (海螺425 100包), or after it when there are none (要10箱冰红茶)
  qs.forEach((q, i) => {
    eachGroup = [];
    if (content[i] && !used.has(i)) {
      used.add(i);
      const t = withShared(pieces[i]!.replace(EACH_TAIL, ''));
      if (eachBefore(i)) {
        eachGroup = expandEach(matcher, t, q);
        out.push(...eachGroup);
      } else out.push(make(t, q));
    } else if (content[i + 1] && !eachBefore(i)) {
      used.add(i + 1);
      const t = withShared(pieces[i + 1]!);
      out.push({ ...make(t, q), also: ALSO.test(pieces[i] ?? '') || ALSO.test(t) });
    } else
      out.push({
        ...make('', q),
        also: ALSO.test(pieces[i] ?? ''),
        ...(eachBefore(i) && { fromEach: true }),
      });
  });
  const lastIndex = pieces.length - 1;
  if (content[lastIndex] && !used.has(lastIndex) && out.length) {
    const tail = pieces[lastIndex]!;
    const a = matcher.analyze(tail);
    const last = out[out.length - 1]!;
    if (
      eachGroup.length &&
      !hasHead(a) &&
      !a.unknown.length &&
      eachGroup.every((x) => fitsWith(matcher, x, tail))
    ) {
      // 单开 双开 三开 各10个 白的: words after a 各 belong to every item it spread over
      const from = out.length - eachGroup.length;
      for (let k = from; k < out.length; k++) {
        const x = out[k]!;
        out[k] = { ...make(`${x.text} ${tail}`, x.quantity), fromEach: true };
      }
    } else if (
      hasHead(a) ||
      (a.unknown.length && !a.mentions.length) ||
      (hasIdentity(a) && !fitsWith(matcher, last, tail))
    )
      out.push(make(withShared(tail)));
    // 20的冷水管来10根 日丰: a brand or spec after the last quantity belongs to the item before it
    else
      out[out.length - 1] = {
        ...make(`${last.text} ${tail}`, last.quantity),
        also: last.also || ALSO.test(tail),
      };
  }
  return moveLeadingModifiers(matcher, out);
}

/**
 * 可口可乐 2箱 罐装 火腿肠 30g 1箱: spec or brand words at the start of an item that do not fit its product word but
 * fit the item before belong to that one.
 */
function moveLeadingModifiers(matcher: Matcher, items: ItemText[]): ItemText[] {
  const kind = (t: string) => matcher.resolve(matcher.analyze(t), { quick: true }).result.kind;
  for (let k = 1; k < items.length; k++) {
    const item = items[k]!;
    const a = item.analysis;
    const head = a.mentions.findIndex((m) => m.kind === 'head' || m.kind === 'partial');
    if (head <= 0 || a.mentions.slice(0, head).some((m) => m.kind !== 'spec' && m.kind !== 'brand')) continue;
    const cut = a.mentions[head]!.start;
    const lead = a.text.slice(0, cut).trim();
    const rest = a.text.slice(cut).trim();
    const prev = items[k - 1]!;
    if (kind(a.text) !== 'not_found' || kind(rest) === 'not_found' || !fitsWith(matcher, prev, lead))
      continue;
    items[k - 1] = {
      ...prev,
      text: `${prev.text} ${lead}`,
      analysis: matcher.analyze(`${prev.text} ${lead}`),
    };
    items[k] = { ...item, text: rest, analysis: matcher.analyze(rest) };
  }
  return items;
}

function fitsWith(matcher: Matcher, item: ItemText, tail: string): boolean {
  return (
    matcher.resolve(matcher.analyze(`${item.text} ${tail}`), { quick: true }).result.kind !== 'not_found'
  );
}

/**
 * 冰红茶 可乐 各10件 → two items; BVR 6平方 红 蓝 双色 各5盘 → three items sharing BVR 6平方; 4分 6分 1寸的直接
 * 各100个 → three sizes of one fitting. The alternatives are the largest set of mentions of one family (one
 * attribute, or product words for different products); everything else is shared by each item.
 */
function expandEach(matcher: Matcher, text: string, quantity: QuantityToken): ItemText[] {
  const single = (t: string): ItemText => ({
    text: t.trim(),
    quantity,
    analysis: matcher.analyze(t),
    also: ALSO.test(t),
    fromEach: true,
  });
  const a = matcher.analyze(text);
  const groups = new Map<string, Mention[]>();
  for (const m of a.mentions) {
    if (m.kind === 'barcode') continue;
    const key = familyOf(m);
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  let best: Mention[] | undefined;
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    if ((key === 'head' || key === 'brand') && !distinctProducts(list)) continue;
    if (!best || list.length > best.length) best = list;
  }
  const kind = (t: string) => matcher.resolve(matcher.analyze(t), { quick: true }).result.kind;
  // the alternatives: one family's values (红 蓝 双色), else words that each pick different products (单开 双开 五孔)
  for (const alternatives of [best, disjointSelectors(a.mentions)]) {
    if (!alternatives || alternatives.length < 2) continue;
    const shared = cutOut(
      a.text,
      alternatives.map((m) => [m.start, m.start + m.text.length]),
    );
    const texts = alternatives.map((m) => `${shared} ${m.text}`);
    if (texts.every((t) => kind(t) !== 'not_found')) return texts.map(single);
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
  const glued = splitGluedValues(matcher, a);
  if (!glued) return [single(text)];
  return glued.values.map((v) => single(`${glued.rest} ${v}`));
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

function cutOut(text: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of [...spans].sort((x, y) => x[0] - y[0])) {
    out += `${text.slice(at, s)} `;
    at = e;
  }
  return `${out}${text.slice(at)}`
    .replace(/的(?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * 角阀 冷热各20个: values glued into one run, each character the start of a different value of one attribute of
 * the products named (冷水 / 热水).
 */
function splitGluedValues(matcher: Matcher, a: Analysis): { rest: string; values: string[] } | undefined {
  const run = a.unknown.find((u) => u.length >= 2 && u.length <= 4);
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
