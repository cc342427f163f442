import type { CatalogIndex } from '../catalog/catalog-index.js';
import { parseChineseNumber } from '../catalog/numerals.js';
import { normalizeTerm } from '../catalog/text-normalize.js';
import type { Choice } from './option-meaning.js';

/** Words around a numbered answer that say nothing about which value (那就 / 要 / 的 / 吧). */
const BEFORE = /^(?:那就|就|那|要|选|是|拿|来)+/;
const AFTER = /(?:的|吧|呢|啊|呀|那个|这个)+$/;
/** A number with up to three characters of words before or after it: 1号, 一号色, 色号01, 3#. */
const NUMBER_WITH_WORD =
  /^(\p{Script=Han}{0,3}?)(\d+|[零一二两三四五六七八九十百千]+)(#|\p{Script=Han}{0,3})$/u;
/** A value's leading whole number (01 正红 → 1, 2号 → 2); never the whole part of a decimal (1.0mm). */
const LEADING = /^0*(\d+)(?![\d.])(.*)$/;

/**
 * 一号 / 1号色 / 色号01 to a question among candidates whose values of one attribute are numbered (料号 0号 / 1号 /
 * 2号, 色号 01 正红 / 02 豆沙): a number said with a word of that attribute — characters of its name (号, 色号, 号色)
 * or what its values write after their number (号, #) — names the value whose leading number it is, of whichever
 * attribute that is, offered or not. A number in Chinese numerals above ten said alone (一千五, 五百) names the value
 * it leads the same way. Undefined when the words say no number with such a word (a bare 2, 第二个), or when no
 * value or values of two attributes answer: the number is then read as before (an option's place, a count).
 */
export function numberedValue(index: CatalogIndex, ids: number[], bare: string): Choice | undefined {
  if (ids.length < 2 || bare.length > 10) return undefined;
  const said = NUMBER_WITH_WORD.exec(bare.replace(BEFORE, '').replace(AFTER, ''));
  if (!said) return undefined;
  const word = said[1]! + said[3]!;
  if (said[1]!.startsWith('第')) return undefined;
  const number = /\d/.test(said[2]!) ? Number(said[2]) : parseChineseNumber(said[2]!);
  if (number === undefined) return undefined;
  // 一千五 / 五百 alone among 800# / 1500# or 350ml / 500ml: a number in Chinese numerals too large to be an
  // option's place names the value it leads, as its digits would (a bare 1500 is read by the spec keys)
  if (!word && (/\d/.test(said[2]!) || number <= 10)) return undefined;
  let picked: Choice | undefined;
  for (const [attribute, values] of numberedAttributes(index, ids)) {
    const name = normalizeTerm(attribute);
    for (const [value, lead, rest] of values) {
      if (lead !== number) continue;
      if (word && ![...word].every((ch) => name.includes(ch)) && !rest.startsWith(word)) continue;
      if (picked && picked.value !== value) return undefined;
      picked = { attribute, value };
    }
  }
  return picked;
}

/** The attributes whose values differ among the candidates and all begin with a whole number, each value read. */
function numberedAttributes(index: CatalogIndex, ids: number[]): Map<string, [string, number, string][]> {
  const found = new Map<string, [string, number, string][]>();
  const products = ids.map((id) => index.products[id]!);
  for (const attribute of new Set(products.flatMap((p) => Object.keys(p.specs)))) {
    const values = new Set(products.map((p) => p.specs[attribute] ?? ''));
    if (values.size < 2) continue;
    const read: [string, number, string][] = [];
    for (const value of values) {
      const m = LEADING.exec(normalizeTerm(value));
      if (!m) break;
      read.push([value, Number(m[1]), m[2]!.trim()]);
    }
    if (read.length === values.size) found.set(attribute, read);
  }
  return found;
}
