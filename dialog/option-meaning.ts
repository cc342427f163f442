import type { CatalogIndex } from '../catalog/catalog-index.js';
import { normalizeTerm } from '../catalog/text-normalize.js';

/** The words of not having (不带 / 不含 / 无 / 没有 / 不配) at the start of an answer or an option's value. */
const NOT_HAVING = /^(?:不带|不含|不要|不用|不配|不加|不需要|没有|没|无|免|非|不)/;
/** The words of having (带 / 含 / 有 / 配 / 加), with a 要 before them. */
const HAVING = /^要?(?:带|含|有|配|加)/;
/** Words around an answer that say nothing about which option (那就 / 要 / 的 / 吧). */
const AROUND = /[的吧呢啊呀嘛哈\s，,。!！~～]/g;
const LEADING = /^(?:那就|就|那|是|来|拿|要)+(?=.)/;
const DIGIT = /\d/;

/** What an answer or a value says: whether it says having, not having or neither, and the words it says it of. */
interface Stance {
  polarity: 'has' | 'lacks' | 'plain';
  core: string;
}

function stanceOf(words: string): Stance {
  const lacks = NOT_HAVING.exec(words);
  if (lacks && lacks[0].length < words.length)
    return { polarity: 'lacks', core: words.slice(lacks[0].length) };
  const has = HAVING.exec(words);
  if (has && has[0].length < words.length) return { polarity: 'has', core: words.slice(has[0].length) };
  return { polarity: 'plain', core: words };
}

/** `short`'s characters appear in `long` in the same order (左开 in 左内开). */
function inOrder(long: string, short: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/**
 * An answer fits an option's value by meaning: said with having or not having, the value says the same (带锁 fits
 * 含锁 and 有锁, 不带锁 fits 不含锁 and 无锁) of words holding the answer's in order; said plainly, the value holds the
 * answer's characters in order (左开 in 左内开), the answer of two or more characters and no digits (a number is
 * matched as a number elsewhere, never by its digits).
 */
function fits(answer: Stance, value: string): boolean {
  const option = stanceOf(value);
  if (answer.polarity === 'plain') {
    if (answer.core.length < 2 || DIGIT.test(answer.core)) return false;
    return option.polarity !== 'lacks' && inOrder(value, answer.core);
  }
  const same = answer.polarity === option.polarity;
  // 带锁的 to a plain value 锁芯: having is what a plain value says
  const plainHas = answer.polarity === 'has' && option.polarity === 'plain';
  if (!same && !plainHas) return false;
  return !!answer.core && !DIGIT.test(answer.core) && inOrder(option.core, answer.core);
}

/** An option picked: the value of one attribute. */
export interface Choice {
  attribute: string;
  value: string;
}

/** The words say having or not having something (带锁 / 不带锁 / 无扶手), not only a name. */
export function saysHaving(words: string): boolean {
  return stanceOf(words).polarity !== 'plain';
}

/** The answer's own words: 那就要带锁的吧 → 带锁, 不带锁的 → 不带锁. */
export function answerWords(text: string): string {
  return normalizeTerm(text.replace(AROUND, '')).replace(LEADING, '');
}

/**
 * The one option an answer in the customer's own words picks among candidates: over the attributes whose values
 * tell the candidates apart, the one value the answer fits by meaning (左开 → 左内开 beside 右内开, 带锁的 → 含锁
 * beside 不含锁, 不带锁的 → 不含锁). Undefined when no value fits or when two or more do (左开 beside 左内开 and
 * 左外开): the question is then asked again, never settled on one of two.
 */
export function optionByMeaning(index: CatalogIndex, ids: number[], words: string): Choice | undefined {
  if (ids.length < 2 || !words || words.length > 10) return undefined;
  const answer = stanceOf(words);
  // (words no value can fit, by what `fits` asks of the answer alone, read none of the candidates' values)
  if (!answer.core || DIGIT.test(answer.core) || (answer.polarity === 'plain' && answer.core.length < 2))
    return undefined;
  let picked: Choice | undefined;
  for (const { attribute, values } of optionValues(index, ids)) {
    for (const value of values) {
      if (!value || !fits(answer, normalizeTerm(value))) continue;
      if (picked) return undefined;
      picked = { attribute, value };
    }
  }
  return picked;
}

interface OptionValues {
  attribute: string;
  values: string[];
}

const knownOptions = new WeakMap<CatalogIndex, WeakMap<number[], OptionValues[]>>();

/**
 * The attributes whose values (a missing one counted as '') differ among the candidates, each with its values in
 * the candidates' order; worked out once per list (every item of a turn is tried against the same open questions,
 * with their thousands of candidates; id lists are never changed in place).
 */
function optionValues(index: CatalogIndex, ids: number[]): OptionValues[] {
  let byList = knownOptions.get(index);
  if (!byList) knownOptions.set(index, (byList = new WeakMap()));
  const known = byList.get(ids);
  if (known) return known;
  const products = ids.map((id) => index.products[id]!);
  const options: OptionValues[] = [];
  for (const attribute of new Set(products.flatMap((p) => Object.keys(p.specs)))) {
    const values = new Set(products.map((p) => p.specs[attribute] ?? ''));
    if (values.size >= 2) options.push({ attribute, values: [...values] });
  }
  byList.set(ids, options);
  return options;
}
