import type { Matcher } from '../catalog/matcher.js';
import type { Analysis, QuantityToken } from '../catalog/mention-scan.js';
import { ALSO } from './order-phrases.js';

/** One requested item of a message: the words that name it and the quantity said with it. */
export interface ItemText {
  text: string;
  qty?: QuantityToken;
  analysis: Analysis;
  /** 也 / 一样: leans on the product talked about just before. */
  also: boolean;
  /** A bare 各5箱: the quantity of each item before it that has none. */
  each?: boolean;
}

const CHUNK_SPLIT = /[\n,;、]+|还有|另外|以及/;

function hasContent(a: Analysis): boolean {
  return a.mentions.length > 0 || a.unknown.length > 0;
}

function hasHead(a: Analysis): boolean {
  return a.mentions.some((m) => m.kind === 'head' || m.kind === 'partial' || m.kind === 'barcode');
}

function hasIdentity(a: Analysis): boolean {
  return a.mentions.some(
    (m) => m.kind === 'head' || m.kind === 'brand' || m.kind === 'barcode' || m.kind === 'partial',
  );
}

/**
 * Splits a message into items: by line breaks and separators, then by quantities (said after the item, or before
 * it: 要10箱冰红茶), expanding 各 over alternatives (红 蓝 双色各5盘), and letting an item that names no product
 * (6平方 红的5捆) borrow the product words of the item before it in the same message.
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
      const withPrefix = prefix ? reanalyze(matcher, `${prefix} ${item.text}`, item) : item;
      items.push(withPrefix);
    }
  }
  // 红牛，可乐，各5箱: the quantity goes to every item before it that has none
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.each || !it.qty) continue;
    let j = i - 1;
    while (j >= 0 && !items[j]!.qty && items[j]!.analysis.mentions.length) {
      items[j] = { ...items[j]!, qty: it.qty };
      j -= 1;
    }
    if (j < i - 1) {
      items.splice(i, 1);
      i -= 1;
    }
  }
  // borrow the product words of the previous item when an item names none, and its specs that still fit
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    const prev = items[i - 1]!;
    if (hasIdentity(item.analysis)) {
      // 飞雕白色的 五孔100个、单开30个: an item that fits several brands takes the brand said before it
      if (matcher.resolve(item.analysis, { quick: true }).result.kind !== 'ambiguous') continue;
      const withBrand = items
        .slice(0, i)
        .reverse()
        .find((x) => x.analysis.mentions.some((m) => m.kind === 'brand'));
      const brands = (withBrand?.analysis.mentions ?? [])
        .filter((m) => m.kind === 'brand')
        .map((m) => m.text);
      if (!brands.length || item.analysis.mentions.some((m) => m.kind === 'brand')) continue;
      const tryText = `${brands.join(' ')} ${item.text}`;
      if (matcher.resolve(matcher.analyze(tryText), { quick: true }).result.kind !== 'not_found') {
        items[i] = reanalyze(matcher, tryText, item);
      }
      continue;
    }
    if (!item.analysis.mentions.length || item.analysis.unknown.length) continue;
    const words = prev.analysis.mentions
      .filter((m) => m.kind === 'head' || m.kind === 'brand' || m.kind === 'partial')
      .map((m) => m.text);
    if (!words.length) continue;
    // only when the item alone does not name one product, and the borrowed words still fit
    if (matcher.resolve(item.analysis, { quick: true }).result.kind === 'matched') continue;
    let text = `${words.join(' ')} ${item.text}`;
    if (matcher.resolve(matcher.analyze(text), { quick: true }).result.kind === 'not_found') continue;
    for (const m of prev.analysis.mentions) {
      if (m.kind !== 'spec') continue;
      const tryText = `${text} ${m.text}`;
      if (matcher.resolve(matcher.analyze(tryText), { quick: true }).result.kind !== 'not_found')
        text = tryText;
    }
    items[i] = reanalyze(matcher, text, item);
  }
  return items;
}

function reanalyze(matcher: Matcher, text: string, item: ItemText): ItemText {
  return { ...item, text, analysis: matcher.analyze(text) };
}

function splitChunk(matcher: Matcher, chunk: string): ItemText[] {
  const whole = matcher.analyze(chunk);
  const text = whole.text;
  const qs = whole.quantities;
  const make = (t: string, qty?: QuantityToken): ItemText => ({
    text: t.trim(),
    ...(qty && { qty }),
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
  const eachBefore = (i: number) => /各(?:自)?(?:来|要|拿)?\s*$/.test(pieces[i] ?? '');
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
  // a quantity takes the words before it (海螺425 100包), or after it when there are none (要10箱冰红茶)
  qs.forEach((q, i) => {
    if (content[i] && !used.has(i)) {
      used.add(i);
      const t = withShared(pieces[i]!.replace(/各(?:自)?(?:来|要|拿)?\s*$/, ''));
      if (eachBefore(i)) out.push(...expandEach(matcher, t, q));
      else out.push(make(t, q));
    } else if (content[i + 1]) {
      used.add(i + 1);
      const t = withShared(pieces[i + 1]!);
      out.push({ ...make(t, q), also: ALSO.test(pieces[i] ?? '') || ALSO.test(t) });
    } else
      out.push({ ...make('', q), also: ALSO.test(pieces[i] ?? ''), ...(eachBefore(i) && { each: true }) });
  });
  const lastIndex = pieces.length - 1;
  if (content[lastIndex] && !used.has(lastIndex) && out.length) {
    const tail = pieces[lastIndex]!;
    const a = matcher.analyze(tail);
    const last = out[out.length - 1]!;
    if (hasIdentity(a) || (a.unknown.length && !a.mentions.length)) out.push(make(withShared(tail)));
    else
      out[out.length - 1] = { ...make(`${last.text} ${tail}`, last.qty), also: last.also || ALSO.test(tail) };
  }
  return out;
}

/** 冰红茶 可乐 各10件 → two items; BVR 6平方 红 蓝 双色 各5盘 → three items sharing BVR 6平方. */
function expandEach(matcher: Matcher, text: string, qty: QuantityToken): ItemText[] {
  const parts = text
    .split(/[\s和跟与及]+|的(?=.)/)
    .map((p) => p.replace(/的$/, '').trim())
    .filter(Boolean);
  const parts2 = parts.flatMap((p) => {
    const a = matcher.analyze(p);
    const count = new Map<string, number>();
    for (const m of a.mentions)
      if (m.kind === 'spec' && m.attr) count.set(m.attr, (count.get(m.attr) ?? 0) + 1);
    return [...count.values()].some((n) => n >= 2) ? a.mentions.map((m) => m.text) : [p];
  });
  parts.splice(0, parts.length, ...parts2);
  const analysed = parts.map((p) => ({ p, a: matcher.analyze(p) }));
  const identity = analysed.filter((x) => hasIdentity(x.a) && x.a.mentions.every((m) => m.kind !== 'spec'));
  const single = (t: string): ItemText => ({ text: t, qty, analysis: matcher.analyze(t), also: false });
  // 飞雕五孔 单开 各20个: parts that each name something, together naming nothing, are separate items
  const quick = (a: Analysis) => matcher.resolve(a, { quick: true }).result.kind;
  if (
    analysed.length >= 2 &&
    analysed.every((x) => hasIdentity(x.a) && quick(x.a) !== 'not_found') &&
    quick(matcher.analyze(text)) === 'not_found'
  )
    return analysed.map((x) => single(x.p));
  if (identity.length >= 2) {
    const shared = analysed.filter((x) => !identity.includes(x)).map((x) => x.p);
    return identity.map((x) => single([x.p, ...shared].join(' ')));
  }
  const attrOf = (a: Analysis) => {
    if (a.mentions.length !== 1) return undefined;
    const m = a.mentions[0]!;
    return m.kind === 'spec' ? (m.attr ?? 'spec') : undefined;
  };
  const groups = new Map<string, string[]>();
  for (const x of analysed) {
    const attr = attrOf(x.a);
    if (!attr) continue;
    const list = groups.get(attr) ?? [];
    list.push(x.p);
    groups.set(attr, list);
  }
  const alternatives = [...groups.values()].find((g) => g.length >= 2);
  if (!alternatives) return [single(text)];
  const shared = parts.filter((p) => !alternatives.includes(p));
  return alternatives.map((alt) => single([...shared, alt].join(' ')));
}
