import type { Matcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import type { ItemText } from './item-text.js';
import { SIZE_END_NOUN, SIZE_END_WORDS } from './order-phrases.js';
import { bareName, candidatesAtEnd, sizeEndOf } from './size-order.js';
import type { SizeEnd } from './size-order.js';
import { idOf, type TurnWorld } from './turn-world.js';

/**
 * A verb of ordering right after a pack size word (背胶大桶来两桶, 机油小瓶要10瓶): the word ends there (旺仔小罐的来10箱,
 * with 的, is read as a size glued to its word is).
 */
const ORDERING_AFTER = '[要来拿买]';

/** Where a size word starts: the start, after a non-Han character, or after a verb of ordering (要大桶的). */
const SIZE_END_BEFORE = '(?<=^|[^\\p{Script=Han}]|[要来拿买搞整选])';

const SIZE_END_SAID = new RegExp(
  `${SIZE_END_BEFORE}(最|比较)?([${SIZE_END_WORDS}])(一点|点|些)?(?:(${SIZE_END_NOUN})?的|(${SIZE_END_NOUN})(?=$|[^\\p{Script=Han}]|[要来拿买]))`,
  'u',
);

/**
 * 花菇大的10斤 / 光面菇中的两件半 / 冬菇最小的: the size word glued to the product word before it, with 的 — never after a
 * word that makes it another (特大的, 加大的, 很大的, 多大的, 其中的).
 */
const SIZE_END_GLUED = new RegExp(
  `(?<=\\p{Script=Han})(?<![特加超很太多不其较])(最|比较)?([${SIZE_END_WORDS}])(一点|点|些)?(${SIZE_END_NOUN})?的`,
  'u',
);

/**
 * 泰迪熊大号的: 大号 / 小码 said right after a product word — 号 and 码 make it a size word wherever it stands; 特大号 /
 * 加大号 / 超小码 name a size of their own, beyond the ends.
 */
const SIZE_GRADE_SAID = new RegExp(
  `(?<![特加超])(最)?([${SIZE_END_WORDS}])([号码])(?:的|(?=$|[^\\p{Script=Han}]))`,
  'u',
);

/**
 * 冰肌水大瓶2瓶 / 小猪料小包1吨 / 背胶大桶来两桶: 大 / 小 and a pack noun right after a product word, where a quantity, a
 * space, a verb of ordering or the end follows — the pack is the size word wherever it stands (never 大包装 or 小桶面, where a word goes on; 大号 /
 * 小码 are read as SIZE_GRADE_SAID reads them, and 加大号 names a size of its own).
 */
const SIZE_PACK_SAID = new RegExp(
  `(?<=\\p{Script=Han})(?<![特加超])(最)?([大小])(?![号码])(${SIZE_END_NOUN})(?:的(?=$|[^\\p{Script=Han}])|(?=$|[^\\p{Script=Han}]|${ORDERING_AFTER}))`,
  'u',
);

/**
 * A measure right before a word of length or thickness: 十公分厚的 / 100厚的 / 2米长的 say the size itself (the
 * thickness is 10 cm), not the end of the sizes (厚的: the thickest one). Digits may stand alone (100厚); Chinese
 * numerals need their unit (两大桶 is two big pails, and 大 / 小 are never measured this way).
 */
const MEASURE_BEFORE =
  /(?:\d+(?:\.\d+)?\s*(?:公分|厘米|毫米|cm|mm|厘|米|m|寸|分|丝)?|[零一二两三四五六七八九十百千半]+\s*(?:公分|厘米|毫米|厘|米|寸|分|丝))$/iu;
const MEASURED_WORDS = /^[长短粗细厚薄]$/u;

function afterMeasure(text: string, at: number, word: string): boolean {
  return MEASURED_WORDS.test(word) && MEASURE_BEFORE.test(text.slice(0, at));
}

/**
 * 小的 / 最大的 / 长一点的 / 大桶的 said in an item, as the end of the sizes it means; a pack noun may stand without
 * 的 where the item goes on with no other word (长城的 小桶, 大桶要6桶, 冰肌水大瓶2瓶).
 */
export function sizeEndSaid(text: string): SizeEnd | undefined {
  const m = SIZE_END_SAID.exec(text);
  if (m && !afterMeasure(text, m.index, m[2]!)) return sizeEndOf(m[1], m[2]!, m[3], m[4] ?? m[5]);
  const glued = SIZE_END_GLUED.exec(text);
  if (glued && !afterMeasure(text, glued.index, glued[2]!))
    return sizeEndOf(glued[1], glued[2]!, glued[3], glued[4]);
  const grade = SIZE_GRADE_SAID.exec(text) ?? SIZE_PACK_SAID.exec(text);
  return grade ? sizeEndOf(grade[1], grade[2]!, undefined, grade[3]) : undefined;
}

const SIZE_END_WITH_NOUN = new RegExp(
  `${SIZE_END_BEFORE}((?:最|比较)?[${SIZE_END_WORDS}])(?:一点|点|些)?(${SIZE_END_NOUN})的`,
  'u',
);

const SIZE_PACK_GLUED = new RegExp(
  `(?<=\\p{Script=Han})(?<![特加超])((?:最)?[大小])(?![号码])(${SIZE_END_NOUN})(?:的(?=$|[^\\p{Script=Han}])|(?=$|[^\\p{Script=Han}]|${ORDERING_AFTER}))`,
  'u',
);

const PACKAGE_NOUN = /^(?:包|盒|袋)$/;

/**
 * 大瓶的淡奶油 / 冰肌水大瓶 when the catalog has no 大瓶: the item with its size word said without the pack noun (大的 淡奶油), so
 * that it is read as the end of the sizes its candidates come in; undefined when it says no such word.
 */
export function withoutPackNoun(matcher: Matcher, item: ItemText): ItemText | undefined {
  // (大包 / 小盒 / 大袋 keep their noun: the package they name is what they measure, see candidatesAtEnd)
  const said = (word: string, noun: string) => `${word}${PACKAGE_NOUN.test(noun) ? noun : ''}的`;
  const text = item.text
    .replace(SIZE_END_WITH_NOUN, (_, word: string, noun: string) => `${said(word, noun)} `)
    .replace(SIZE_PACK_GLUED, (_, word: string, noun: string) => ` ${said(word, noun)} `);
  if (text === item.text) return undefined;
  // (the size word itself is read by its end, never looked up: 大 may be part of a value such as 大号)
  const rest = item.text.replace(SIZE_END_WITH_NOUN, ' ').replace(SIZE_PACK_GLUED, ' ');
  return { ...item, text, analysis: matcher.analyze(rest) };
}

/**
 * 光面菇 大的 / 光面菇中的 when a value elsewhere in the catalog holds the word (大朵, 中号) and took it, so nothing was
 * found: the item without its size word, so that its candidates are found and the word read as their end; undefined
 * when it says no size word.
 */
export function withoutSizeWord(matcher: Matcher, item: ItemText): ItemText | undefined {
  const said = SIZE_END_SAID.exec(item.text) ?? SIZE_END_GLUED.exec(item.text);
  if (!said) return undefined;
  const rest = `${item.text.slice(0, said.index)} ${item.text.slice(said.index + said[0].length)}`;
  return { ...item, analysis: matcher.analyze(rest) };
}

const SIZE_WORD_ALONE = new RegExp(`^(?:最|比较)?[${SIZE_END_WORDS}]${SIZE_END_NOUN}?$`);

/**
 * 琵琶腿 小的5件 大的3件 / 小猪料 大包5包 小包4包: 大 (or 小包) said with a quantity and no product word is the product at that end of the sizes of
 * the family of `sku` (the product just ordered); undefined when the words are no size end or no one product is.
 */
export function siblingAtEnd(world: TurnWorld, sku: string, words: string): Product | undefined {
  const end = SIZE_WORD_ALONE.test(words) ? sizeEndSaid(`${words}的`) : undefined;
  const id = idOf(world, sku);
  if (!end || id === undefined) return undefined;
  const m = world.matcher;
  const own = m.index.products[id]!;
  // (names that carry the size, 淡奶油 1L beside 淡奶油 250ml, are one product's sizes; brand and category are
  // compared first, so the names are stripped only within the family, not across a 50k-SKU catalog)
  const name = bareName(own);
  // (泰迪熊 30cm beside 兔子 30cm under one name: the other sizes of the same thing differ only in amounts)
  const siblings = m.index.products.flatMap((p, k) =>
    p.brand === own.brand &&
    p.category === own.category &&
    bareName(p) === name &&
    differsOnlyInAmounts(own, p)
      ? [k]
      : [],
  );
  return productAtEnd(world, siblings, end);
}

const DIGIT = /\d/;

/** Every value in which the two products differ is an amount (30cm beside 60cm; never 泰迪熊 beside 兔子). */
function differsOnlyInAmounts(own: Product, other: Product): boolean {
  const attributes = new Set([...Object.keys(own.specs), ...Object.keys(other.specs)]);
  for (const a of attributes) {
    const [x, y] = [own.specs[a], other.specs[a]];
    if (x !== y && !(x && y && DIGIT.test(x) && DIGIT.test(y))) return false;
  }
  return true;
}

/** The one product at that end of the one measure the candidates differ by. */
export function productAtEnd(world: TurnWorld, ids: number[], end: SizeEnd): Product | undefined {
  const at = candidatesAtEnd(world.matcher.index, ids, end);
  return at?.ids.length === 1 ? world.matcher.index.products[at.ids[0]!] : undefined;
}
