import type { Matcher } from '../catalog/matcher.js';
import type { Mention } from '../catalog/mention-scan.js';
import { familyOf } from './item-text.js';

type SpecMention = Extract<Mention, { kind: 'spec' }>;

const DIGITS_WITH_ENDING = /^(\d{2,6})(\D{1,2})$/;
const HAN = /^\p{Script=Han}$/u;

/**
 * 擦炮123号 / 收纳箱大中小号 (before a 各): single digits or characters said glued together with the ending of a
 * value written once after the last of them (1号 2号 3号, 大号 中号 小号). Each character with that ending must read
 * whole as a value of the same attribute, the values naming products apart, and the run said whole must be no value
 * any product has (123号 of a shop that sells a 123号 stays itself). Returns the text with the values written out
 * apart, or undefined when no run so reads.
 */
export function withEndingSaidOnce(matcher: Matcher, text: string): string | undefined {
  const a = matcher.analyze(text);
  const spans: [number, number, string][] = [];
  for (const mention of a.mentions) {
    if (mention.kind !== 'spec') continue;
    const end = mention.start + mention.text.length;
    const digits = DIGITS_WITH_ENDING.exec(mention.text);
    if (digits && !mention.ids.length) {
      const values = valuesOf(matcher, [...digits[1]!], digits[2]!);
      if (values) spans.push([mention.start, end, values.join(' ')]);
      continue;
    }
    const glued = gluedBefore(matcher, a.text, mention);
    if (glued) spans.push([glued.start, end, glued.values.join(' ')]);
  }
  if (!spans.length) return undefined;
  let out = a.text;
  for (const [start, end, values] of spans.sort((x, y) => y[0] - x[0]))
    out = `${out.slice(0, start)} ${values} ${out.slice(end)}`;
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * 大中 before 小号: the characters right before a value of one character and its ending (小 + 号), back as far as
 * each with the same ending reads as a value of the same attribute; undefined unless one character or more does.
 */
function gluedBefore(
  matcher: Matcher,
  text: string,
  mention: SpecMention,
): { start: number; values: string[] } | undefined {
  const said = [...mention.text];
  if (said.length < 2 || said.length > 3 || !HAN.test(said[0]!)) return undefined;
  const ending = said.slice(1).join('');
  const family = familyOf(mention);
  const seen = new Set(mention.ids);
  const characters: string[] = [];
  for (let at = mention.start - 1; at >= 0 && HAN.test(text[at]!); at--) {
    const value = valueRead(matcher, `${text[at]!}${ending}`);
    if (!value || familyOf(value) !== family || value.ids.some((id) => seen.has(id))) break;
    for (const id of value.ids) seen.add(id);
    characters.unshift(text[at]!);
  }
  if (!characters.length) return undefined;
  return {
    start: mention.start - characters.length,
    values: [...characters, said[0]!].map((character) => `${character}${ending}`),
  };
}

/** Each character with the ending, when every one reads as a value of one attribute naming products apart. */
function valuesOf(matcher: Matcher, characters: string[], ending: string): string[] | undefined {
  const values = characters.map((character) => valueRead(matcher, `${character}${ending}`));
  if (values.some((value) => !value)) return undefined;
  const family = familyOf(values[0]!);
  const seen = new Set<number>();
  for (const value of values) {
    if (familyOf(value!) !== family || value!.ids.some((id) => seen.has(id))) return undefined;
    for (const id of value!.ids) seen.add(id);
  }
  return values.map((value) => value!.text);
}

/** The value `word` reads as whole, alone, with products that have it; undefined otherwise. */
function valueRead(matcher: Matcher, word: string): SpecMention | undefined {
  const a = matcher.analyze(word);
  const only = a.mentions.length === 1 && !a.unknown.length ? a.mentions[0]! : undefined;
  return only?.kind === 'spec' && only.text === word && only.ids.length ? only : undefined;
}
