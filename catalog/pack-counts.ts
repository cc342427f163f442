/**
 * A pack size said as a count: `伊利纯牛奶24盒 100箱` is a hundred of the case that holds 24 盒, `24盒一箱那种` the
 * product whose 箱 holds 24 盒. A number and a unit right before an amount in another unit, or before 一 / 每 and
 * that unit, are what one of that unit holds — written as the pack the catalog reads (`24盒一箱装`) — where
 * some product's outer unit holds exactly that many of the inner one (its `per:` key, from its conversions or its
 * pack-size values, made when the index is built). Pure; tried only on text with a digit before a Han character.
 */

import type { CatalogIndex } from './catalog-index.js';
import { intersectSorted, termProducts } from './catalog-index.js';
import { quantityAt, wordEndingAt } from './quantity-scan.js';
import { canonicalUnit } from './units.js';

/** A count in digits, its unit, then 一 / 每 and the outer unit (or nothing), then a space or not. */
const COUNT_AND_UNIT = /(?<![\d.*×x/-])(\d{1,4})(\p{Script=Han})(?:([一每1])(\p{Script=Han}))?( ?)/gu;
const DIGIT_BEFORE_HAN = /\d\p{Script=Han}/u;
/** A verb of ordering, then maybe a space, between a count and its amount (100米来3盘, 30斤 要2箱). */
const ORDERING_VERB = /^[来要拿] ?/;
/** The units a case said by its count (240双的) may be. */
const OUTERS = ['箱', '件', '盒', '包', '提', '袋', '桶', '捆', '条'];

/** True when some product's `outer` holds exactly `count` of its `inner` (both as said). */
function holds(index: CatalogIndex, outer: string, inner: string, count: number): boolean {
  return index.keys.has(`per:${canonicalUnit(outer)}:${canonicalUnit(inner)}:${count}`);
}

/**
 * Whether `word` (said at `at`) is a value of products named by the catalog word right before it that the pack
 * `key` does not hold (德青源30枚: the 30-egg box, where only a case of goose eggs holds 30枚).
 */
function namesOthers(index: CatalogIndex, text: string, at: number, word: string, key: string): boolean {
  const info = index.terms.get(word);
  if (!info?.spec.size) return false;
  const before = wordEndingAt(index, text, at - (/ *$/.exec(text.slice(0, at))?.[0].length ?? 0));
  if (!before) return false;
  const packs = new Set(index.keys.get(key) ?? []);
  return intersectSorted(termProducts(before), termProducts(info)).some((id) => !packs.has(id));
}

/**
 * `24盒 100箱` → `24盒一箱装 100箱`, `24盒一箱那种` → `24盒一箱装那种`: the count before an amount of the outer unit (a
 * verb of ordering between them or not: `100米来3盘`), or before 一 / 每 and it, is the pack it holds. Left as said where no product's outer unit holds that many (a second
 * amount of something else), where 的 / 装 already says it (`12瓶一箱的`), or where the count is one.
 */
export function spellPackCounts(index: CatalogIndex, text: string): string {
  if (!DIGIT_BEFORE_HAN.test(text)) return text;
  return text.replace(
    COUNT_AND_UNIT,
    (
      said: string,
      digits: string,
      inner: string,
      one: string | undefined,
      outer: string | undefined,
      space: string,
      at: number,
    ) => {
      const count = Number(digits);
      if (count < 2 || !index.unitWords.includes(inner)) return said;
      const next = at + said.length;
      if (one !== undefined) {
        if (/^[的装]/.test(text.slice(next - space.length)) || !holds(index, outer!, inner, count))
          return said;
        return `${digits}${inner}${one}${outer}装${space}`;
      }
      if (text[next] === '装') return said;
      // 240双的: a count that is no catalog word, with 的, of the pack some case holds that many of
      if (text[next] === '的' && !space)
        return !index.terms.has(`${digits}${inner}`) &&
          OUTERS.some((outer) => holds(index, outer, inner, count))
          ? `${digits}${inner}装`
          : said;
      // (100米来3盘: a verb of ordering may stand between the count and the amount)
      const verb = ORDERING_VERB.exec(text.slice(next))?.[0] ?? '';
      const amount = quantityAt(index, text, next + verb.length);
      if (!amount?.unit || amount.unit === canonicalUnit(inner) || !holds(index, amount.unit, inner, count))
        return said;
      // 德青源30枚 来2箱: a value the catalog writes whole is that value where it names other products than the pack
      if (
        namesOthers(
          index,
          text,
          at,
          `${digits}${inner}`,
          `per:${canonicalUnit(amount.unit)}:${canonicalUnit(inner)}:${count}`,
        )
      )
        return said;
      if (verb && !space) space = ' ';
      const pack = `${digits}${inner}一${amount.unit}装`;
      // 40包 两箱: the count may be the amount said twice, of a product whose case holds 20 — either pack then
      const restated = amount.plus ? 0 : count / amount.value;
      if (
        Number.isInteger(restated) &&
        restated >= 2 &&
        restated !== count &&
        holds(index, amount.unit, inner, restated)
      )
        return `${restated}${inner}一${amount.unit}装或${pack}${space}`;
      return `${pack}${space}`;
    },
  );
}
