import type { Matcher, Resolution } from '../catalog/matcher.js';
import type { Mention, QuantityToken } from '../catalog/mention-scan.js';
import { expandEach, spreadLikeEachBefore } from './each-items.js';
import { everyValueItems } from './every-value.js';
import { spreadEachOverTotal } from './each-after-total.js';
import { splitHalves } from './half-split.js';
import { familyOf, hasContent, hasIdentity, hasProductWord, namesOnlyBrands } from './item-text.js';
import type { ItemText } from './item-text.js';
import { partAfterBareAmount } from './bare-amount-split.js';
import { partAtOrderingMore } from './more-opens-item.js';
import { partWordsBeforeAmount } from './words-before-amount.js';
import { withoutPriceClass } from './price-class.js';
import { valueNamesItsProducts } from './value-names-product.js';
import { ALSO } from './order-phrases.js';
import { brandsDiffer } from './other-brand.js';
import { foldTotalIntoParts } from './total-into-parts.js';

// (另外6瓶 right after a quantity is a second part of it, not another item)
const CHUNK_SPLIT = /[\n,;、]+|还有|另外(?![0-9零一二两三四五六七八九十半])|以及/;
const EACH_TAIL = /各(?:自)?(?:来|要|拿)?\s*$/;
/**
 * 那就4卷吧 再来1.27的2卷 / 淡奶油改成一箱 再加6寸盒子一包: a particle right after an amount closes its clause, and a
 * verb of ordering more starts one; either way the words after the amount are the next amount's item (said before
 * it), never this amount's (said after it).
 */
const CLAUSE_END =
  /^\s*(?:(?:吧|啊|呀|哈|嘛|呢)(?=\s|[,，。!！]|$)|(?=\s*(?:再加|再来|再要|再拿|还要|还加)))/;

const hasHead = hasProductWord;

/** 再拿 / 再来 / 还要 at the start of an item: the customer orders one more thing. */
const ORDERING_MORE = /^\s*(?:再加|再来|再要|再拿|还要|还加)/;

/** Two Han characters or more closed by 的, at the end of a piece: a description (小包装的, 便宜点的). */
const DESCRIBED = /\p{Script=Han}{2}的\s*$/u;

/**
 * Splits a piece of a message into items: by line breaks and separators (an amount split 一半…一半 first becomes
 * two lines), then by quantities (said after the item, or before it: 要10箱冰红茶), spreading 各 over the alternatives before it (红 蓝 双色各5盘, 5W 9W 12W灯泡各20个
 * 白光), and letting an item that names no product (6平方 红的5捆) borrow what the item before it said about the
 * attributes it leaves out.
 */
export function splitItems(matcher: Matcher, text: string): ItemText[] {
  const items: ItemText[] = [];
  let prefix = '';
  for (let chunk of splitHalves(withoutPriceClass(text)).split(CHUNK_SPLIT)) {
    chunk = chunk.trim();
    if (!chunk) continue;
    const colon = chunk.indexOf(':');
    if (colon >= 0) {
      const head = chunk.slice(0, colon);
      chunk = chunk.slice(colon + 1).trim();
      // (店里补货: 牛油中辣 2箱, 黑毛肚10斤: a label of words the catalog cannot read says nothing of what the items are)
      if (matcher.analyze(head).mentions.length) prefix = head;
      if (!chunk) continue;
    }
    for (const part of partsAtBareAmounts(matcher, chunk))
      for (const item of splitChunk(matcher, part))
        items.push(prefix ? underHeading(matcher, prefix, item) : item);
  }
  spreadOverEachBefore(matcher, items);
  spreadEachOverTotal(matcher, items);
  spreadTrailingEach(matcher, items);
  foldTotalIntoEach(matcher, items);
  foldTotalIntoParts(matcher, items);
  borrowFromPrevious(matcher, items);
  return items;
}

/** 08A 10A单排链条各一条，接头各5个: a 各 of one product after a 各 over values spreads over them too. */
/** The chunk cut after each bare number that is the amount of the item before it (bare-amount-split.ts). */
function partsAtBareAmounts(matcher: Matcher, chunk: string): string[] {
  const parts: string[] = [];
  let rest = chunk;
  for (let cut = partAfterBareAmount(matcher, rest); cut; cut = partAfterBareAmount(matcher, rest)) {
    parts.push(cut[0]);
    rest = cut[1];
  }
  return [...parts, rest];
}

function spreadOverEachBefore(matcher: Matcher, items: ItemText[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (!item.fromEach || item.eachValue) continue;
    let from = i;
    while (from > 0 && items[from - 1]!.eachValue && items[from - 1]!.quantity === items[i - 1]!.quantity)
      from -= 1;
    const spread = spreadLikeEachBefore(matcher, item, items.slice(from, i));
    if (!spread) continue;
    items.splice(i, 1, ...spread);
    i += spread.length - 1;
  }
}

/**
 * 罐头两箱 三文鱼的 鸡肉的各一箱: a product with a quantity, followed by values that 各 spreads over in the same unit and
 * adding up to it, said the total of those lines, not one more line; the values take the product's words.
 */
function foldTotalIntoEach(matcher: Matcher, items: ItemText[]): void {
  for (let i = 0; i + 2 < items.length; i++) {
    const total = items[i]!;
    if (total.fromEach || !total.quantity?.unit || total.quantity.plus || !hasHead(total.analysis)) continue;
    let end = i + 1;
    // (番茄 of 速食汤 番茄 narrows the product said; a word naming products outside it names another product)
    const within = new Set(matcher.resolve(total.analysis, { quick: true }).ids);
    const narrows = (item: ItemText) =>
      matcher.resolve(item.analysis, { quick: true }).ids.every((id) => within.has(id));
    while (end < items.length && items[end]!.fromEach && narrows(items[end]!)) end += 1;
    const parts = items.slice(i + 1, end);
    if (parts.length < 2) continue;
    const unit = total.quantity.unit;
    if (!parts.every((part) => part.quantity?.unit === unit && !part.quantity.plus)) continue;
    const sum = parts.reduce((acc, part) => acc + part.quantity!.value, 0);
    if (sum !== total.quantity.value) continue;
    const folded = parts.map((part) => reanalyze(matcher, `${total.text} ${part.text}`, part));
    if (folded.some((item) => matcher.resolve(item.analysis, { quick: true }).result.kind === 'not_found'))
      continue;
    items.splice(i, parts.length + 1, ...folded);
  }
}

/**
 * 红牛，可乐，各5箱: a bare 各 quantity goes to every item before it that has none; so does the 各 quantity of one
 * product said alone (甜玉米种子还有西瓜种子各要3袋: 各 over one product counts the products said before it too).
 */
function spreadTrailingEach(matcher: Matcher, items: ItemText[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.fromEach || !it.quantity) continue;
    if (it.analysis.mentions.length) {
      spreadLoneEach(matcher, items, i);
      continue;
    }
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
 * The 各 item at `at` names one product of its own and shares its quantity with no other item: the items right
 * before it with no quantity, each naming other products, take its quantity.
 */
function spreadLoneEach(matcher: Matcher, items: ItemText[], at: number): void {
  const item = items[at]!;
  const next = items[at + 1];
  if (item.eachValue !== undefined || !hasHead(item.analysis)) return;
  if (next?.fromEach && next.quantity === item.quantity) return;
  const own = new Set(matcher.resolve(item.analysis, { quick: true }).ids);
  const apart = (before: ItemText) => {
    if (before.quantity || before.fromEach || !hasHead(before.analysis)) return false;
    const ids = matcher.resolve(before.analysis, { quick: true }).ids;
    return ids.length > 0 && ids.every((id) => !own.has(id));
  };
  for (let j = at - 1; j >= 0 && apart(items[j]!); j--)
    items[j] = { ...items[j]!, quantity: item.quantity, fromEach: true };
}

/**
 * An item that names only specs borrows the previous item's product words and its specs of other attributes
 * (2.5平 红的10卷 蓝的10卷 → 2.5平 蓝); an item whose words fit several brands takes the brand said before it.
 * Borrowed words are kept only while the item still fits some product.
 */
function borrowFromPrevious(matcher: Matcher, items: ItemText[]): void {
  // tried on the mentions themselves (no text analysed again until a combination is kept); each list of mentions
  // is resolved once (a list is asked whether it fits and then how many it leaves)
  const resolutions = new Map<Mention[], Resolution>();
  const resolved = (mentions: Mention[]): Resolution => {
    let resolution = resolutions.get(mentions);
    if (!resolution) {
      resolution = matcher.resolve(
        {
          text: mentions.map((m) => m.text).join(' '),
          mentions,
          quantities: [],
          unknown: [],
          qualifiers: [],
        },
        { quick: true },
      );
      resolutions.set(mentions, resolution);
    }
    return resolution;
  };
  const fits = (mentions: Mention[]) => resolved(mentions).result.kind !== 'not_found';
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    // (白的4桶 黑的2桶 蓝的2桶: 黑的 matched alone, so 蓝的 borrows from the item that named the product)
    const own = new Set(item.analysis.mentions.map(familyOf));
    // (8866 24寸 黑的10个 金的5个 蓝的5个: with no product word, 蓝的 goes on from the item that said more than the
    // values of its own kind — the list's head — not from 金的 before it)
    const before = items.slice(0, i).reverse();
    const prev =
      before.find((x) => hasIdentity(x.analysis)) ??
      before.find((x) => x.analysis.mentions.some((m) => !own.has(familyOf(m)))) ??
      items[i - 1]!;
    let mentions = item.analysis.mentions;
    const borrowed: Mention[] = [];
    if (hasIdentity(item.analysis)) {
      // 公牛G07五孔 50个 单开 30个: an item that fits several products takes the brand and the other specs said
      // before it, as far as they fit (公牛 G07 for the 单开)
      // (LED吸顶灯 with 吸顶灯 unknown names something else: it borrows nothing)
      if (item.analysis.unknown.length) continue;
      if (matcher.resolve(item.analysis, { quick: true }).result.kind !== 'ambiguous') continue;
      if (namesOnlyBrands(matcher.index, item.analysis)) {
        // 215/60R16 米其林4条 玲珑4条: words said before the first brand head a list of brands and are shared by
        // them; 花王拉拉裤L 2箱 帮宝适 3箱 — a brand alone takes nothing of a product named after its brand
        const heading = leadingWords(matcher, prev.analysis.mentions);
        if (
          heading.length &&
          matcher.resolve(prev.analysis, { quick: true }).result.kind !== 'not_found' &&
          fits([...heading, ...mentions])
        ) {
          items[i] = reanalyze(matcher, [...heading.map((m) => m.text), item.text].join(' '), item);
        }
        continue;
      }
      const source = items
        .slice(0, i)
        .reverse()
        .find((x) => x.analysis.mentions.some((m) => m.kind === 'brand' || m.kind === 'spec'));
      // (大龙骨 38的 300根 小龙骨 龙牌 500根: specs of an item the catalog did not place are no context to lend)
      if (!source || matcher.resolve(source.analysis, { quick: true }).result.kind === 'not_found') continue;
      // (夏凉被 150的 200的各30条: one alternative of a 各 never takes another's own value)
      const alternative = item.fromEach && source.fromEach ? source.eachValue : undefined;
      // (明月1.56绿膜 10副 万新1.56 20副: what is said of one brand's item is not said of another's — only words
      // heading the list before the first brand are shared)
      const lendable = brandsDiffer(matcher.index, item.analysis.mentions, source.analysis.mentions)
        ? leadingWords(matcher, source.analysis.mentions)
        : source.analysis.mentions;
      for (const m of lendable.slice(0, 6)) {
        if (m.kind === 'barcode' || (m.kind !== 'head' && own.has(familyOf(m)))) continue;
        if (alternative !== undefined && m.text === alternative) continue;
        const tried = [m, ...mentions];
        // a product word of the item before (公牛G07) only when it narrows this item without emptying it
        const keep =
          m.kind === 'head'
            ? fits(tried) && resolved(tried).ids.length < resolved(mentions).ids.length
            : fits(tried);
        if (keep) {
          mentions = tried;
          borrowed.unshift(m);
        }
      }
    } else {
      if (!mentions.length || item.analysis.unknown.length) continue;
      const candidates = prev.analysis.mentions.filter((m) => !own.has(familyOf(m)) && m.kind !== 'barcode');
      const identity = candidates.filter((m) => m.kind !== 'spec');
      if (!candidates.length) continue;
      // a lone value of a kind the head also said (黑的 in the head, then 蓝的): a sibling in the head's list of values
      const siblingValue =
        mentions.length === 1 &&
        prev.analysis.mentions.some((m) => m.kind === 'spec' && own.has(familyOf(m)));
      if (!fits([...identity, ...mentions])) {
        // (T100 500ml 黑的10个 红的5个, T100 not in 红: the same, with the model named by a code of the product)
        if (siblingValue && identity.length && resolved(mentions).result.kind === 'matched')
          items[i] = reanalyze(matcher, [...candidates.map((m) => m.text), item.text].join(' '), item);
        continue;
      }
      // 电焊网1.6的2寸 1米2的20卷 1米5的20卷: values said after an item go on with its product where that product
      // comes in them, even where they alone name another's (护栏网 1.5米); alone they count only where it does not
      if (!identity.length && matcher.resolve(item.analysis, { quick: true }).result.kind === 'matched') {
        // a lone value under a head of values (8866 24寸) that the one product it names alone lacks is asked about with
        // them (没有蓝的 8866 24寸), never read as another model that has it
        const lacked = candidates.filter((m) => m.kind === 'spec' && !fits([...mentions, m]));
        // (代森锰锌1公斤的 3箱 百菌清2箱: a value that is its products' name opens a line of its own)
        if (siblingValue && lacked.length && !valueNamesItsProducts(matcher.index, mentions[0]!))
          items[i] = reanalyze(matcher, [...lacked.map((m) => m.text), item.text].join(' '), item);
        continue;
      }
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

/** The words before the first brand of an item (215/60R16 of 215/60R16 米其林), none when a brand leads. */
function leadingWords(matcher: Matcher, mentions: Mention[]): Mention[] {
  const first = mentions.findIndex((m) => namesOnlyBrands(matcher.index, { ...EMPTY, mentions: [m] }));
  return first > 0 ? mentions.slice(0, first).filter((m) => m.kind !== 'barcode') : [];
}

const EMPTY = { text: '', mentions: [], quantities: [], unknown: [], qualifiers: [] };

/** 和1.8米的各: the joining word, a number and its unit, closed by 的, right before 各; the unit captured. */
const JOINED_VALUE =
  /^\s*[和跟与及、]\s*(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十]+)(\p{Script=Han}|[a-z]+)的\s*各/u;

/**
 * 光纤跳线 3米 5米各10根: amounts said back to back right before a 各 quantity in another unit are the values it
 * spreads over (3米的 5米的), not quantities. The chunk with them so marked, or undefined when there are none.
 */
function valuesBeforeEach(matcher: Matcher, chunk: string): string | undefined {
  if (!chunk.includes('各')) return undefined;
  const { text, quantities } = matcher.analyze(chunk);
  // 荷兰网1.5米和1.8米的各20卷: an amount joined by 和 to a value of its own unit closed by 的 is a value too
  for (let e = 1; e < quantities.length; e++) {
    const [value, each] = [quantities[e - 1]!, quantities[e]!];
    const joined = JOINED_VALUE.exec(text.slice(value.end, each.start));
    if (joined && value.unit !== each.unit && !value.plus && value.raw.endsWith(joined[1]!))
      return `${text.slice(0, value.end)}的${text.slice(value.end)}`;
  }
  for (let e = 2; e < quantities.length; e++) {
    const each = quantities[e]!;
    if (!EACH_TAIL.test(text.slice(quantities[e - 1]!.end, each.start))) continue;
    let from = e - 1;
    const differs = (q: QuantityToken) => q.unit !== undefined && q.unit !== each.unit && !q.plus;
    while (
      from > 0 &&
      differs(quantities[from - 1]!) &&
      !text.slice(quantities[from - 1]!.end, quantities[from]!.start).trim()
    )
      from -= 1;
    const run = quantities.slice(from, e);
    if (run.length < 2 || !run.every(differs)) continue;
    let marked = text;
    for (const q of [...run].reverse()) marked = `${marked.slice(0, q.end)}的${marked.slice(q.end)}`;
    return marked;
  }
  return undefined;
}

/**
 * An item under a heading (正泰空开: 1P 10个 2P 5个 / 食堂明天的菜: 大白菜200斤 土豆中的4袋): the heading's words
 * join the item where they say what it is. An item that names a product of its own which the heading's words
 * would only empty (菜 + 土豆 fits nothing, 土豆 alone does) keeps its own words: a heading is not part of it.
 */
function underHeading(matcher: Matcher, heading: string, item: ItemText): ItemText {
  const joined = reanalyze(matcher, `${heading} ${item.text}`, item);
  if (!hasIdentity(item.analysis)) return joined;
  const fits = (a: ItemText['analysis']) => matcher.resolve(a, { quick: true }).result.kind !== 'not_found';
  return fits(joined.analysis) || !fits(item.analysis) ? joined : item;
}

function reanalyze(matcher: Matcher, text: string, item: ItemText): ItemText {
  return { ...item, text, analysis: matcher.analyze(text) };
}

function splitChunk(matcher: Matcher, chunk: string): ItemText[] {
  const valued = valuesBeforeEach(matcher, chunk);
  const whole = matcher.analyze(valued ?? chunk);
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
  // (小包装的2箱: words closed by 的 right before a quantity describe what it counts, even when the catalog knows
  // none of them — the item is asked about, never dropped for the words after the quantity)
  const content = pieces.map(
    (p, i) => hasContent(matcher.analyze(p)) || (i < qs.length && DESCRIBED.test(p)),
  );
  const out: ItemText[] = [];
  const eachBefore = (i: number) => EACH_TAIL.test(pieces[i] ?? '');
  const used = new Set<number>();
  // 飞雕白色 两盒五孔 一盒双控: leading brand or spec words with no product word are shared by every item
  let shared = '';
  const first = matcher.analyze(pieces[0] ?? '');
  // (飞雕五孔 50个 单开 20个: not when the leading words already name one product with its own quantity; 远东2.5
  // 红 蓝 各10卷 红牛两箱: not when they end in 各, nor when the items come before their quantities)
  if (
    content[0] &&
    !eachBefore(0) &&
    content[pieces.length - 1] &&
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
  const quantityFirst = new Set<ItemText>();
  // a quantity takes the words before it (海螺425 100包), or after it when there are none (要10箱冰红茶)
  qs.forEach((q, i) => {
    eachGroup = [];
    if (content[i] && !used.has(i)) {
      used.add(i);
      const t = withShared(pieces[i]!.replace(EACH_TAIL, '').replace(CLAUSE_END, ''));
      // (英威墨水 各色一箱: every value of the attribute named is an item)
      const everyValue = everyValueItems(matcher, t, q);
      if (everyValue) {
        eachGroup = everyValue;
        out.push(...everyValue);
      } else if (eachBefore(i)) {
        eachGroup = expandEach(matcher, t, q);
        out.push(...eachGroup);
      } else {
        // (老板椅一把要棕色 再来个沙发黑的 长茶几一个: values of the line before, a line of its own, then this one)
        const before = out.at(-1);
        const parted =
          i > 0 && before?.quantity === qs[i - 1] ? partWordsBeforeAmount(matcher, t, before) : undefined;
        if (parted?.toPrevious)
          out[out.length - 1] = {
            ...before!,
            ...make(`${before!.text} ${parted.toPrevious}`, before!.quantity),
          };
        if (parted?.alone) out.push(make(parted.alone.text, parted.alone.quantity));
        out.push(make(parted?.rest ?? t, q));
      }
    } else if (content[i + 1] && !eachBefore(i) && !(i + 1 < qs.length && CLAUSE_END.test(pieces[i + 1]!))) {
      // 来10把10寸活动扳手 管钳14寸的拿5把: words after a quantity that also run up to the next quantity hold two
      // items when a space parts two product words; the second keeps its words for the next quantity
      const parted =
        i + 1 < qs.length
          ? (partAtOrderingMore(matcher, pieces[i + 1]!) ?? partAtSpace(matcher, pieces[i + 1]!))
          : undefined;
      if (parted) {
        pieces[i + 1] = parted[1];
        out.push({ ...make(withShared(parted[0]), q), also: ALSO.test(pieces[i] ?? '') });
        quantityFirst.add(out.at(-1)!);
        return;
      }
      used.add(i + 1);
      const t = withShared(pieces[i + 1]!);
      out.push({ ...make(t, q), also: ALSO.test(pieces[i] ?? '') || ALSO.test(t) });
      quantityFirst.add(out.at(-1)!);
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
  return moveLeadingModifiers(matcher, out, quantityFirst);
}

/** `text` parted at its last space where both sides name a product word; undefined when no space does. */
function partAtSpace(matcher: Matcher, text: string): [string, string] | undefined {
  const trimmed = text.trim();
  for (let at = trimmed.lastIndexOf(' '); at > 0; at = trimmed.lastIndexOf(' ', at - 1)) {
    const left = trimmed.slice(0, at).trim();
    const right = trimmed.slice(at + 1).trim();
    // (the right side first: it is the shorter at the first spaces tried, and mostly names no product)
    if (hasHead(matcher.analyze(right)) && hasHead(matcher.analyze(left))) return [left, right];
  }
  return undefined;
}

/**
 * 可口可乐 2箱 罐装 火腿肠 30g 1箱: spec or brand words at the start of an item that do not fit its product word but
 * fit the item before belong to that one — never those of an item said after its own quantity (二十提清风卷纸
 * 十五提清风抽纸小包的: the amount parts the two, and 清风 opens the second).
 */
function moveLeadingModifiers(
  matcher: Matcher,
  items: ItemText[],
  quantityFirst: ReadonlySet<ItemText>,
): ItemText[] {
  const kind = (t: string) => matcher.resolve(matcher.analyze(t), { quick: true }).result.kind;
  for (let k = 1; k < items.length; k++) {
    const item = items[k]!;
    const prev = items[k - 1]!;
    // (那就8提 再拿维达3层小包的12提: words after 再拿 open an item of their own, and a bare amount is no item to
    // lend words to — it answers what was asked)
    if (quantityFirst.has(item) || !prev.text || ORDERING_MORE.test(item.text)) continue;
    const a = item.analysis;
    const head = a.mentions.findIndex((m) => m.kind === 'head' || m.kind === 'partial');
    if (head <= 0 || a.mentions.slice(0, head).some((m) => m.kind !== 'spec' && m.kind !== 'brand')) continue;
    const cut = a.mentions[head]!.start;
    const lead = a.text.slice(0, cut).trim();
    const rest = a.text.slice(cut).trim();
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
