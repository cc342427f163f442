import type { Analysis } from '../catalog/analysis-types.js';
import { SIZE_END_WORDS } from './order-phrases.js';
import { sizeEndSaid } from './size-end.js';
import { candidatesAtEnd, sizeEndOf } from './size-order.js';
import type { TurnWorld } from './turn-world.js';
import type { SizeEnd } from './size-order.js';

/** What may stand before the word: the start, a space or mark, 的, or a verb of ordering (要大抓夹, 的小花盆). */
const BEFORE = /[^\p{Script=Han}]|[的要来拿买选]/u;

const WORD = new RegExp(`(最)?([${SIZE_END_WORDS}])([号码])?`, 'gu');

/**
 * 大抓夹 / 小红凳 / 爪夹大号黑色: a size word said as a word of its own right before a catalog word (a product word or a
 * value), with no 的 — the size end it says, or undefined. The word stands as its own only where the text before it
 * allows a word to start (the start, a mark, 的, a verb, or the end of a catalog word) and no catalog word or unknown
 * word takes its character (大豆, 长城, 高压, 加大号). 中 only as 中号 / 中码.
 */
export function sizeWordBesideName(analysis: Analysis): SizeEnd | undefined {
  const { text, mentions } = analysis;
  if (!mentions.length) return undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const [said, most, word, grade] = m as unknown as [
      string,
      string | undefined,
      string,
      string | undefined,
    ];
    if (word === '中' && !grade) continue;
    const from = m.index;
    const to = from + said.length;
    const inside = (at: number) => mentions.some((x) => at >= x.start && at < x.start + x.text.length);
    if (inside(from) || inside(to - 1)) continue;
    const unknownAt = (w: string) => {
      const at = text.indexOf(w);
      return at >= 0 && at <= from && from < at + w.length;
    };
    if (analysis.unknown.some(unknownAt)) continue;
    // (大红 / 大白 are a colour's own words: 大红色的桶 is a red pail of any size)
    if (word === '大' && !grade && /[红白]/.test(text[to] ?? '')) continue;
    const before = text[from - 1];
    const startsHere =
      before === undefined ||
      (BEFORE.test(before) && !/[加特超]/.test(before)) ||
      mentions.some((x) => x.kind !== 'spec' && x.start + x.text.length === from);
    // (a value right after: 小红凳 / 大号黑色; a product word: 大抓夹)
    const nameFollows = mentions.some((x) => x.start === to && (x.kind !== 'spec' || !x.bare));
    if (startsHere && nameFollows) return sizeEndOf(most, word, undefined, grade);
  }
  return undefined;
}

/** The size end an item says: with 的 or a pack noun (size-end.ts), or as a word right beside a catalog word. */
export function sizeEndOfItem(text: string, analysis: Analysis): SizeEnd | undefined {
  return sizeEndSaid(text) ?? sizeWordBesideName(analysis);
}

/**
 * The candidates at the end a size word says, when they are several of one value (高的 of stools in two colours):
 * that value as a choice already made, so that only the rest is asked; undefined when the word leaves all of them
 * or values written apart.
 */
export function sizeTaken(
  world: TurnWorld,
  ids: number[],
  end: SizeEnd,
): { ids: number[]; choice: { attribute: string; value: string } } | undefined {
  const index = world.matcher.index;
  const at = candidatesAtEnd(index, ids, end);
  if (!at || at.ids.length < 2 || at.ids.length >= ids.length) return undefined;
  if (at.ids.some((id) => index.products[id]!.specs[at.attribute] !== at.value)) return undefined;
  return { ids: at.ids, choice: { attribute: at.attribute, value: at.value } };
}
