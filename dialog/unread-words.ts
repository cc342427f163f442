/**
 * Words the engine does not read, said beside words the catalog knows (三六的墙砖, 康师傅桶面, 4800毫安的, 想铺800的米黄
 * 抛光砖). "没有" is a claim about the catalog; the engine cannot make it about words it did not read, so such an
 * item is asked about among the products its known words fit. What still names a thing not sold is a word said of
 * the product word the way a brand or kind is (达瓦的海竿, 飞利浦灯泡, 华为交换机): right before it, with no numeral in
 * it or before it, while no brand of the shop is said. Pure.
 */
import type { Analysis } from '../catalog/analysis-types.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { lexiconKin } from '../catalog/lexicon-kin.js';
import { productWords } from '../catalog/loose-words.js';
import { STOP_CHARS } from '../catalog/stop-words.js';
import type { ProductRequest } from './conversation-state.js';
import type { TurnWorld } from './turn-world.js';

/** A digit or Chinese numeral: a word holding one is a value said another way (三六, 800米), never a brand. */
const NUMERAL = /[\d一二三四五六七八九十两百千万半]/;
/** Right after a number (4800毫安, 5个千瓦): a unit or a value's tail. */
const AFTER_NUMBER = /[\d一二三四五六七八九十两百千万半]个?$/;
const HAN = /\p{Script=Han}/u;

export interface BesideUnread {
  /** The products the known words fit. */
  pool: number[];
  /** Those whose own words hold every character of the unread words (桶面: the 桶装 noodles), else `pool`. */
  closest: number[];
  /** The item's text without the unread words, to ask about `pool` with. */
  text: string;
}

/**
 * The products an item's known words fit when its unread words `what` (space-separated) may be no brand or kind
 * the shop lacks; undefined when nothing in the catalog is close or a word reads as such a brand or kind.
 */
export function productsBesideUnread(
  world: TurnWorld,
  request: ProductRequest,
  what: string,
): BesideUnread | undefined {
  const m = world.matcher;
  const words = what.split(/\s+/).filter((w) => HAN.test(w) || NUMERAL.test(w));
  if (!words.length) return undefined;
  const a = m.analyze(request.text);
  const named = a.mentions.filter((x) => x.kind === 'head' || x.kind === 'brand');
  // (21700 4800毫安的: a unit not read after a number is a value of the products the other values fit)
  const known = named.length
    ? named
    : words.every((w) => valueShaped(a.text, w))
      ? a.mentions.filter((x) => x.kind === 'spec')
      : [];
  if (!known.length) return undefined;
  // (康师傅桶面: with a brand of the shop said, the word beside it is no other brand)
  const brandSaid = known.some((x) => x.kind === 'brand');
  const beforeProductWord =
    !brandSaid && words.some((w) => !valueShaped(a.text, w) && saidOfProductWord(a, w));
  let text = a.text;
  for (const w of words) text = text.replace(w, ' ');
  const rest = m.analyze(text);
  const unit = request.quantity?.unit;
  const options = { quick: true, ...(unit && { unit }) };
  let r = m.resolve(rest, options);
  // (想铺800的米黄抛光砖 where the 800 is read as no tile's: the products of the words named)
  if (r.result.kind === 'not_found')
    r = m.resolve({ ...rest, mentions: known, unknown: [], qualifiers: [] }, options);
  if (r.result.kind === 'not_found' || !r.ids.length) return undefined;
  const pool = r.ids;
  // (达瓦的海竿 where the shop's 海竿 are 光威's: a word before the product word of products the shop sells by brand
  // may be a brand it lacks, and 帝王蟹 beside the shop's 大闸蟹 of two sizes a kind it lacks — "没有"; 双丝的尾灯泡
  // where the one 尾灯泡 has no brand: a kind said the trade's way of the one product the words fit, offered)
  if (beforeProductWord && (pool.length > 1 || m.index.products[pool[0]!]!.brand)) {
    // (小孩的渔夫帽 beside 儿童渔夫帽: a word whose synonym in the trade's lexicon is in names the words fit is no kind
    // the shop lacks — those products are asked about)
    const kin = productsNamingKin(m.index, pool, words);
    return kin.length ? { pool, closest: kin, text: text.replace(/\s+/g, ' ').trim() } : undefined;
  }
  const chars = [...words.join('')].filter((ch) => HAN.test(ch) && !STOP_CHARS.has(ch) && !NUMERAL.test(ch));
  const holding = chars.length
    ? pool.filter((id) => {
        const own = productWords(m.index, id);
        return chars.every((ch) => own.includes(ch));
      })
    : [];
  // (九阳破壁机 where 九阳 sells rice cookers and kettles: a word in the product word's place after the brand that
  // shares no character with anything the brand's products are called is a kind the shop does not sell)
  if (brandSaid && !holding.length && words.some((w) => kindAfterBrand(a, w, m.index, pool)))
    return undefined;
  return { pool, closest: holding.length ? holding : pool, text: text.replace(/\s+/g, ' ').trim() };
}

/** Of `pool`, the products whose name holds a lexicon synonym of one of `words` (儿童 of 小孩). */
function productsNamingKin(index: CatalogIndex, pool: number[], words: string[]): number[] {
  const kin = words.flatMap((w) => lexiconKin(w)).filter((w) => w.length >= 2);
  if (!kin.length) return [];
  return pool.filter((id) => {
    const name = index.products[id]!.name;
    return kin.some((w) => name.includes(w));
  });
}

function valueShaped(text: string, word: string): boolean {
  if (NUMERAL.test(word)) return true;
  const at = text.indexOf(word);
  return at > 0 && AFTER_NUMBER.test(text.slice(0, at));
}

/**
 * 九阳破壁机: the word stands where a product word would, right after a brand said (or its 的), no product word is
 * said, and no character of it is in the words of the products the brand's item fits.
 */
function kindAfterBrand(a: Analysis, word: string, index: CatalogIndex, pool: number[]): boolean {
  if (valueShaped(a.text, word) || a.mentions.some((x) => x.kind === 'head')) return false;
  const at = a.text.indexOf(word);
  if (at < 0) return false;
  const end = a.text[at - 1] === '的' ? at - 1 : at;
  if (!a.mentions.some((x) => x.kind === 'brand' && x.start + x.text.length === end)) return false;
  const chars = [...word].filter((ch) => HAN.test(ch) && !STOP_CHARS.has(ch));
  return !pool.some((id) => {
    const own = productWords(index, id);
    return chars.some((ch) => own.includes(ch));
  });
}

/** 达瓦的海竿 / 飞利浦灯泡: the word stands right before the product word, as a brand or kind does. */
function saidOfProductWord(a: Analysis, word: string): boolean {
  const at = a.text.indexOf(word);
  if (at < 0) return true;
  let next = at + word.length;
  if (a.text[next] === '的') next++;
  return a.mentions.some((x) => x.kind === 'head' && x.start === next);
}
