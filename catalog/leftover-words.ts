/**
 * What the analysis makes of the text no catalog word, quantity or spec took: chat phrases and attribute names drop
 * out; parts of catalog words, lone characters, near-sounding words and one-character modifiers become mentions;
 * the rest is unknown, and unknown words said of a product word are qualifiers (a brand or kind not sold). Pure.
 */
import type { CatalogIndex } from './catalog-index.js';
import type { Mention } from './analysis-types.js';
import {
  MATERIAL_CHARS,
  endingIds,
  insideAWord,
  kindedHeads,
  nearWord,
  packedIds,
  productWords,
  standsAlone,
  valueCharIds,
} from './loose-words.js';
import { STOP_CHARS, STOP_SPLIT } from './stop-words.js';
import { isHan } from './text-normalize.js';
import { mentionOf, partialIds, phraseSplitter } from './word-lookups.js';
import { shortNameMentions } from './short-names.js';
import { attributeNameAsProduct } from './attribute-name-as-product.js';

const STOP_EDGES = new RegExp(`^[${[...STOP_CHARS].join('')}]+|[${[...STOP_CHARS].join('')}]+$`, 'g');

/** Verbs of ordering that are no stop characters (整两包, 搞鱼料): glued to a product word they name no kind. */
const ORDER_VERB_CHARS = '搞整弄补配进备囤';
/** 小水桶 / 大水壶: a size word before a product word says which end of its sizes, never a kind not sold. */
const SIZE_WORD_CHARS = '大小高矮长短粗细';

/** Characters said after a word only to round it off (管子, 盒儿): they join no word. */
const COLLOQUIAL_ENDINGS = '子儿';

/**
 * The product word that ends right before `at`, and the partial mention it makes with the character there, where
 * the two lie inside a catalog word and name products the product word alone does not (刹车 + 线 → 后刹车线).
 */
function pieceAfterHead(
  index: CatalogIndex,
  mentions: Mention[],
  piece: string,
  at: number,
): { head: Mention; partial: Mention } | undefined {
  const head = mentions.find((m) => m.kind === 'head' && m.start + m.text.length === at);
  if (!head || head.text.length < 2) return undefined;
  const text = `${head.text}${piece}`;
  if (!insideAWord(index, text)) return undefined;
  const ids = partialIds(index, text);
  const own = new Set(head.ids);
  if (!ids.length || ids.some((id) => own.has(id))) return undefined;
  return { head, partial: { kind: 'partial', text, start: head.start, ids } };
}

/** Reads the leftover runs of Han text into mentions (pushed onto `mentions`) and unknown words. */
export function readLeftovers(
  index: CatalogIndex,
  text: string,
  leftovers: { start: number; text: string }[],
  mentions: Mention[],
): { unknown: string[]; qualifiers: string[] } {
  const unknown: string[] = [];
  const qualifiers: string[] = [];
  const startsAt = new Set(mentions.map((m) => m.start));
  const endsAt = new Set(
    mentions.filter((m) => m.kind === 'head' || m.kind === 'brand').map((m) => m.start + m.text.length),
  );
  // LED吸顶灯: a word the catalog lacks right after part of a catalog word is a product word of its own
  const partialEnds = new Set(
    mentions.filter((m) => m.kind === 'partial').map((m) => m.start + m.text.length),
  );
  const headStarts = new Set(mentions.filter((m) => m.kind === 'head').map((m) => m.start));
  for (const left of leftovers) {
    // chat phrases, and attribute names (外径25的 / 容量500ml的: they say which attribute a value is of, and name
    // no product), split what is left
    // (65的接口: an attribute name said last, of no product named, where it ends a product's own word)
    const named = attributeNameAsProduct(index, text, left.text, left.start, mentions);
    if (named) mentions.push(named.mention);
    let pieces = (named ? left.text.slice(0, named.at) : left.text).split(phraseSplitter(index));
    // 拖把池的: part of a catalog word may hold a stop character (把); try the run whole before splitting at them
    pieces = pieces.flatMap((s) => {
      const whole = s.replace(STOP_EDGES, '');
      if (whole.length >= 3 && partialIds(index, whole).length) return [withoutVerbAfter(index, whole)];
      // 单控 of 一开单控开关: a part of a catalog word may begin or end with one (单, 开)
      const part = whole && whole !== s ? wordPartWithStops(index, s) : undefined;
      if (part) return [part];
      // 封杯膜通用的: part of a catalog word that ends in a stop character (通用 of 通用款), glued to a word before it,
      // is that part — never 封杯膜通 and a 用 dropped
      const glued = gluedPartEndingInStop(index, s);
      if (glued) return glued.flatMap((x) => (x === glued[1] ? [x] : x.split(STOP_SPLIT)));
      const split = s.split(STOP_SPLIT);
      // 可口可乐: a name whose other characters are stop characters is one word, never lone characters to drop
      const name = loneCharsName(s, split);
      return name ? [name] : split;
    });
    for (const piece of pieces) {
      // 罐的: sold by the can; 热的 / 黄的: the value with that character (热水, 米黄); 水 10箱: the products
      // whose word ends in it (a question will say which) — a character standing alone only
      const alone = left.start + left.text.indexOf(piece);
      const lone =
        piece.length === 1 &&
        [...left.text].every((ch) => ch === piece || STOP_CHARS.has(ch)) &&
        !STOP_CHARS.has(piece);
      // 664红的 / 201A黄的 / 椰汁枕的 / 当归片统的 / 保温杯男款: a value's character glued to the code or product word
      // before it is its value, when the code or word names products that have such a value
      const ofCode =
        lone && !standsAlone(text, alone) ? codeValueIds(index, text, alone, mentions) : undefined;
      if (lone && (ofCode || standsAlone(text, alone))) {
        const packed = !ofCode && text[alone + 1] === '的' ? packedIds(index, piece) : [];
        let ending = packed.length || ofCode ? [] : endingIds(index, piece);
        const valued = packed.length ? undefined : (ofCode ?? valueCharIds(index, piece));
        // 红的 where 品红 is the colour of some cartridges and also ends the names of some inks: the value, which
        // names every product the names do and the cartridges too
        if (ending.length && valued && coversAll(valued.ids, ending)) ending = [];
        if (packed.length)
          mentions.push({
            kind: 'spec',
            text: piece,
            start: alone,
            ids: packed,
            bare: false,
            family: 'attr:$unit',
          });
        else if (ending.length) mentions.push({ kind: 'head', text: piece, start: alone, ids: ending });
        else if (valued && !ending.length)
          mentions.push({
            kind: 'spec',
            text: piece,
            start: alone,
            ids: valued.ids,
            bare: false,
            family: `attr:${valued.attr}`,
            lone: true,
          });
        continue;
      }
      // 刹车线 where the shop has 刹车蹄 / 刹车片 and a 后刹车线: a character right after a product word, the two a piece
      // of another catalog word, are that piece — never the product word alone with the character dropped
      const joined =
        piece.length === 1 && !STOP_CHARS.has(piece) && !COLLOQUIAL_ENDINGS.includes(piece) && isHan(piece)
          ? pieceAfterHead(index, mentions, piece, alone)
          : undefined;
      if (joined) {
        mentions.splice(mentions.indexOf(joined.head), 1, joined.partial);
        continue;
      }
      // 铜弯头: one character said of the product word right after it narrows to the products it fits; a
      // material none of them is made of names what is not sold
      if (piece.length === 1 && !STOP_CHARS.has(piece) && isHan(piece)) {
        const head = mentions.find((m) => m.kind === 'head' && m.start === alone + 1);
        if (head && head.ids.length <= 2000) {
          const fits = head.ids.filter((id) => productWords(index, id).includes(piece));
          if (fits.length && fits.length < head.ids.length)
            mentions.push({
              kind: 'spec',
              text: piece,
              start: alone,
              ids: fits,
              bare: false,
              family: 'attr:$modifier',
              lone: true,
            });
          // 鳗鱼料 beside 草鱼料 / 鲫鱼料: a character the catalog lacks where its own words name a kind of the
          // product word names a kind the shop does not hold
          else if (
            !fits.length &&
            (MATERIAL_CHARS.includes(piece) ||
              (kindedHeads(index).has(head.text) &&
                !ORDER_VERB_CHARS.includes(piece) &&
                !SIZE_WORD_CHARS.includes(piece)))
          ) {
            unknown.push(piece);
            qualifiers.push(piece);
          }
          continue;
        }
      }
      if (piece.length < 2) continue;
      const at = left.start + left.text.indexOf(piece);
      const packed = /装$/.test(piece) ? packedIds(index, piece) : [];
      if (packed.length) {
        mentions.push({
          kind: 'spec',
          text: piece,
          start: at,
          ids: packed,
          bare: false,
          family: 'attr:$unit',
        });
        continue;
      }
      const ending = endingIds(index, piece);
      if (ending.length) {
        mentions.push({ kind: 'head', text: piece, start: at, ids: ending });
        continue;
      }
      const ids = partialIds(index, piece);
      // 地里要打药了: a part of a catalog word (打药 of 打药桶) with 了 right after it is a verb of chat
      if (ids.length && text[at + piece.length] === '了') continue;
      const near = ids.length ? undefined : nearWord(index, piece);
      // 男拖 / 冬被: a value's first character and the product word's (short-names.ts)
      const short = ids.length || near ? undefined : shortNameMentions(index, piece, at, mentions);
      if (ids.length) mentions.push({ kind: 'partial', text: piece, start: at, ids });
      else if (near) mentions.push(mentionOf(index, near, at));
      else if (short) mentions.push(...short);
      else {
        unknown.push(piece);
        // 飞利浦灯泡 / 伟星的PPR管: a word the catalog lacks, said of the product word, names what is not sold
        const next = text[at + piece.length] === '的' ? at + piece.length + 1 : at + piece.length;
        // (螺蛳粉的酸笋: a short word the catalog lacks right after a product word and its 的 is the thing said
        // of it — the word that ends a description names what is wanted)
        const ofProduct = text[at - 1] === '的' && endsAt.has(at - 1) && piece.length <= 3;
        if (
          startsAt.has(at + piece.length) ||
          headStarts.has(next) ||
          endsAt.has(at) ||
          partialEnds.has(at) ||
          ofProduct
        )
          qualifiers.push(piece);
      }
    }
  }
  return { unknown, qualifiers };
}

/** 牛仔裤配一手: a verb of ordering after part of a catalog word is no character of it. */
function withoutVerbAfter(index: CatalogIndex, run: string): string {
  const head = run.slice(0, -1);
  return ORDER_VERB_CHARS.includes(run[run.length - 1]!) && insideAWord(index, head) ? head : run;
}

/**
 * 可口可乐 (口 and 乐 between stop characters): two or more lone characters parted by single stop characters are
 * one name, taken from the stop character before the first to the last; undefined otherwise.
 */
function loneCharsName(run: string, split: string[]): string | undefined {
  if (split.some((p) => p.length > 1) || split.filter((p) => p.length === 1 && isHan(p)).length < 2)
    return undefined;
  const at: number[] = [];
  for (let i = 0; i < run.length; i++) if (!STOP_CHARS.has(run[i]!) && isHan(run[i]!)) at.push(i);
  if (at.some((i, k) => k > 0 && i - at[k - 1]! !== 2)) return undefined;
  return run.slice(Math.max(0, at[0]! - 1), at[at.length - 1]! + 1);
}

/**
 * The longest stretch of `run` that lies inside a catalog word, its ends trimmed of stop characters only as far as
 * needed (要单控 → 单控 of 一开单控开关), or undefined.
 */
function wordPartWithStops(index: CatalogIndex, run: string): string | undefined {
  for (let from = 0; from === 0 || STOP_CHARS.has(run[from - 1]!); from++)
    for (let to = run.length; to - from >= 2 && (to === run.length || STOP_CHARS.has(run[to]!)); to--) {
      const piece = run.slice(from, to);
      if ([...piece].every((ch) => STOP_CHARS.has(ch))) continue;
      if (insideAWord(index, piece)) return piece;
    }
  return undefined;
}

/**
 * The run cut around a part of a catalog word (two to four characters) that ends in a stop character and follows
 * at least two characters that are no stop characters: [before, part, after]; undefined when there is none.
 */
function gluedPartEndingInStop(index: CatalogIndex, run: string): [string, string, string] | undefined {
  for (let end = 3; end < run.length; end++) {
    if (!STOP_CHARS.has(run[end]!) || STOP_CHARS.has(run[end - 1]!)) continue;
    for (let length = 4; length >= 2; length--) {
      const from = end + 1 - length;
      if (from < 2) continue;
      const before = run.slice(0, from);
      if ([...before.slice(-2)].some((ch) => STOP_CHARS.has(ch))) continue;
      const piece = run.slice(from, end + 1);
      if (insideAWord(index, piece) && partialIds(index, piece).length)
        return [before, piece, run.slice(end + 1)];
    }
  }
  return undefined;
}

/** True when every id of `part` is in `whole` (both sorted ascending). */
function coversAll(whole: number[], part: number[]): boolean {
  let k = 0;
  for (const id of part) {
    while (k < whole.length && whole[k]! < id) k++;
    if (whole[k] !== id) return false;
  }
  return true;
}

/**
 * The value reading of the character at `at` when a model code or number right before it (a mention ending there)
 * names products some of which have a value holding it, and 的 follows: undefined otherwise. So is a product word
 * right before it (椰汁枕的 beside 利乐砖 / 利乐枕, 豆腐老的 beside 老豆腐 / 嫩豆腐).
 */
function codeValueIds(
  index: CatalogIndex,
  text: string,
  at: number,
  mentions: Mention[],
): { attr: string; ids: number[] } | undefined {
  const coded = /[a-z0-9]/.test(text[at - 1] ?? '');
  // (保温杯男款: a product word's value said as its style, 款, as well)
  if (text[at + 1] !== '的' && (coded || text[at + 1] !== '款')) return undefined;
  const code = mentions.find(
    (m) => m.start + m.text.length === at && (coded ? m.kind !== 'partial' : m.kind === 'head'),
  );
  if (!code) return undefined;
  const valued = valueCharIds(index, text[at]!);
  if (!valued) return undefined;
  const codeIds = new Set(code.ids);
  return valued.ids.some((id) => codeIds.has(id)) ? valued : undefined;
}
