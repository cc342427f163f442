import type { CatalogIndex } from '../catalog/catalog-index.js';
import { normalizeTerm } from '../catalog/text-normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import type { ItemText } from './item-text.js';
import { answerWords, optionByMeaning, saysHaving } from './option-meaning.js';
import type { Choice } from './option-meaning.js';
import { candidateSet, candidatesOf, refine, settleIfOne } from './product-questions.js';
import type { WhichProduct } from './product-questions.js';
import { saidOf } from './product-placement.js';
import type { TurnWorld } from './turn-world.js';

/** Words around an answer's value that say nothing about which option (the 的 of 白的, the 拿 of 拿30). */
const FILLER = /[的要来拿吧那就呢啊呀嘛哈是\s，,。!！~～]/g;
const DIGIT = /[0-9.]/;

/**
 * 白的 to "要哪个色号？雅士白 / 黑金花", 一米七 to "要哪个长度？1.7米 / 2.1米", 袋装的拿30 to "大白兔奶糖散装 / 大白兔奶糖":
 * an answer the catalog words did not settle, whose words (read as the message is: numbers written in digits, a
 * measure in no unit the candidates are sold in kept as a value) are a part of exactly one candidate's own text
 * (its name, aliases and spec values), picks that candidate. A quantity in a unit the candidates are sold in, or a
 * bare number after the answer's value (拿30), is the amount. Undefined when no open product question, or when the
 * words are part of none or of several candidates' text (the question is then asked again as before). Only one
 * open question may fit; a number inside the words never matches a part of another number (7 is no part of 1.7米).
 */
export function answerByOptionPart(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
): Action[] | undefined {
  const index = world.matcher.index;
  const questions = state.questions.filter((q): q is WhichProduct => q.kind === 'which_product' && !q.parked);
  if (!questions.length) return undefined;
  let picked: { q: WhichProduct; ids: number[]; amount?: number; chosen?: Choice } | undefined;
  for (const q of questions) {
    const ids = candidatesOf(world, q);
    if (ids.length < 2) continue;
    const pool = candidateSet(ids);
    const sold = item.quantity && ids.every((id) => index.units[id]!.has(item.quantity!.unit ?? ''));
    let text = item.analysis.text;
    if (sold) text = text.replace(item.quantity!.raw, ' ');
    let amount: number | undefined;
    // 袋装的拿30: a bare number said after the value, that no candidate holds, is the amount in the sale unit
    const tail = /[拿要来]\s*(\d+)\s*$/.exec(text);
    if (tail && !sold) {
      text = text.slice(0, tail.index);
      amount = Number(tail[1]);
    }
    // 带锁的 / 不带锁的 to 含锁 / 不含锁: words of having said of an option's value answer, also when the word they
    // are said of (锁) is another product's
    const meant = optionByMeaning(index, ids, answerWords(text));
    const stance = meant && saysHaving(answerWords(text));
    // a product word or brand of another product is a new item, never an answer here
    if (!stance && item.analysis.mentions.some((m) => m.kind !== 'spec' && !m.ids.some((id) => pool.has(id))))
      continue;
    const word = normalizeTerm(text.replace(FILLER, ''));
    // a bare number is a count, never a part of a value
    if (!word || word.length > 8 || /^[\d.]+$/.test(word)) continue;
    const hits = ids.filter((id) => ownWordsOf(index, id).some((w) => holdsPart(w, word)));
    // 左开 to 左内开 / 右内开, 带锁的 to 含锁 / 不含锁: no option holds the words as said, or several do; the one
    // option they fit by meaning answers
    const chosen = hits.length === 1 && !stance ? undefined : meant;
    if (hits.length !== 1 && !chosen) continue;
    if (picked) return undefined;
    picked = {
      q,
      ids: chosen ? ids : hits,
      ...(chosen && { chosen }),
      ...(amount !== undefined && { amount }),
    };
  }
  if (!picked) return undefined;
  const { q, amount, chosen } = picked;
  const id = picked.ids[0]!;
  const unit = index.products[id]!.unit;
  const quantity =
    item.quantity && !item.quantity.invalid && index.units[id]!.has(item.quantity.unit ?? '')
      ? saidOf(item.quantity)
      : amount !== undefined
        ? { value: amount, unit, text: `${amount}${unit}` }
        : q.request.quantity;
  const next: WhichProduct = { ...q, request: { ...q.request, ...(quantity && { quantity }) } };
  if (chosen) return refine(world, state, q, { ...next, chosen: [...q.chosen, chosen] });
  return settleIfOne(world, state, next, [id])?.map((a) => (a.kind === 'close' ? { ...a, question: q } : a));
}

/**
 * 带遥控的 / 没有扶手的 to an open product question, words the catalog reads as nothing: whether they fit one option
 * of it by meaning, so that the message is read as an answer rather than as chat.
 */
export function answersByMeaning(world: TurnWorld, state: ConversationState, text: string): boolean {
  const words = answerWords(text);
  return state.questions.some(
    (q) =>
      q.kind === 'which_product' &&
      !q.parked &&
      !!optionByMeaning(world.matcher.index, candidatesOf(world, q), words),
  );
}

/** `word` is a part of `text`, never cutting a number in two. */
function holdsPart(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    const cutsBefore = before !== undefined && DIGIT.test(before) && DIGIT.test(word[0]!);
    const cutsAfter = after !== undefined && DIGIT.test(after) && DIGIT.test(word[word.length - 1]!);
    if (!cutsBefore && !cutsAfter) return true;
  }
  return false;
}

const ownWords = new WeakMap<CatalogIndex, (string[] | undefined)[]>();

/**
 * A product's own text (its name, aliases and spec values), each normalised: read once per product, not once per
 * candidate of every answer tried against an open question.
 */
function ownWordsOf(index: CatalogIndex, id: number): string[] {
  let byProduct = ownWords.get(index);
  if (!byProduct) ownWords.set(index, (byProduct = new Array<string[] | undefined>(index.products.length)));
  let words = byProduct[id];
  if (!words) {
    const p = index.products[id]!;
    words = [p.name, ...p.aliases, ...Object.values(p.specs)].map(normalizeTerm);
    byProduct[id] = words;
  }
  return words;
}
