/**
 * Model names said the trade's short way, written out as the catalog spells them before a message is read: a
 * value made of a family word, a number and suffix words (`iPhone 15 Pro Max`, `华为 Mate60`) is said from its
 * number on, with the suffix words cut to their first letters (`15pm`, `15promax`, `15 pro max`, `15p`, `mate60`),
 * and the number alone names the model that has no suffix (`15的高清膜` is the iPhone 15 where an iPhone 15 Pro is
 * sold too). Learned from the catalog's own values; pure. Only a reading one value alone fits is written out.
 */

import type { CatalogIndex } from './catalog-index.js';
import { normalizeTerm, normalizeText } from './text-normalize.js';

/** A value split into its words: Latin words, numbers and Han runs (`华为 Mate60` → 华为 / mate / 60). */
interface ModelValue {
  /** The value as the catalog's words spell it (normalised), what a shorthand is written out as. */
  spelled: string;
  tokens: string[];
  /** Where the first number stands among the tokens. */
  numberAt: number;
}

const TOKEN = /[a-z]+|\d+(?:\.\d+)?|\p{Script=Han}+/gu;
const NUMBER = /^\d/;
const LATIN = /^[a-z]/;

const modelValues = new WeakMap<CatalogIndex, Map<string, ModelValue[]>>();

/**
 * The catalog's model values by their number: values with a family word (a Latin word of three or more letters
 * or a Han word of two or more) before a number, as phone and device models are named.
 */
export function modelValuesOf(index: CatalogIndex): Map<string, ModelValue[]> {
  let byNumber = modelValues.get(index);
  if (byNumber) return byNumber;
  byNumber = new Map();
  const seen = new Set<string>();
  for (const product of index.products)
    for (const value of Object.values(product.specs)) {
      const spelled = normalizeTerm(value);
      if (seen.has(spelled)) continue;
      seen.add(spelled);
      // (split as written: the words of `Pro Max` are two, which the spelled `promax` no longer shows)
      const tokens = normalizeText(value).match(TOKEN) ?? [];
      const numberAt = tokens.findIndex((t) => NUMBER.test(t));
      if (numberAt < 1 || tokens.slice(numberAt + 1).some((t) => NUMBER.test(t))) continue;
      const family = tokens.slice(0, numberAt);
      if (!family.some((t) => (LATIN.test(t) ? t.length >= 3 : t.length >= 2))) continue;
      const entry: ModelValue = { spelled, tokens, numberAt };
      const list = byNumber.get(tokens[numberAt]!) ?? [];
      list.push(entry);
      byNumber.set(tokens[numberAt]!, list);
    }
  modelValues.set(index, byNumber);
  return byNumber;
}

/**
 * How far `text` from `at` says `tokens` in order (spaces between them allowed, suffix words from `abbreviateFrom`
 * on cut to a first part), or -1; the end must not run on into a Latin letter or a digit.
 */
function saidUpTo(text: string, at: number, tokens: string[], abbreviateFrom: number): number {
  const step = (i: number, k: number): number => {
    if (k === tokens.length) return /[a-z0-9]/.test(text[i] ?? '') ? -1 : i;
    if (k > 0 && text[i] === ' ') i += 1;
    const token = tokens[k]!;
    if (k < abbreviateFrom || !LATIN.test(token)) {
      if (!text.startsWith(token, i)) return -1;
      return step(i + token.length, k + 1);
    }
    for (let length = token.length; length >= 1; length--) {
      if (!text.startsWith(token.slice(0, length), i)) continue;
      const end = step(i + length, k + 1);
      if (end >= 0) return end;
    }
    return -1;
  };
  return step(at, 0);
}

/** Whether a number said alone at `[start, end)` is a model's number, not a quantity or a size (15的, 15高清膜). */
function standsAlone(index: CatalogIndex, text: string, end: number): boolean {
  const rest = text.slice(end).trimStart();
  if (!rest || /^[0-9a-z.*×x%]/.test(rest)) return false;
  if (rest.startsWith('的')) return true;
  return !index.unitWords.some((unit) => rest.startsWith(unit));
}

/** Whether `longer` is `shorter` with suffix words after its number (iPhone 15 Pro of iPhone 15). */
function extendsModel(longer: ModelValue, shorter: ModelValue): boolean {
  return (
    longer.tokens.length > shorter.tokens.length &&
    shorter.tokens.every((token, i) => longer.tokens[i] === token)
  );
}

/**
 * `15pm` / `15 pro max` → `iphone15promax`, `mate60` → `华为mate60`, and `15` → `iphone15` where `iphone15pro` is
 * sold too: a model said from its number on, written out as the catalog spells it when exactly one model value
 * fits; otherwise the text is left as said.
 */
export function spellModelNames(index: CatalogIndex, text: string): string {
  if (!/\d/.test(text)) return text;
  const byNumber = modelValuesOf(index);
  if (byNumber.size === 0) return text;
  let out = '';
  let copied = 0;
  for (const found of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const numberStart = found.index;
    if (/[0-9.]/.test(text[numberStart - 1] ?? '')) continue;
    const models = byNumber.get(found[0]);
    if (!models) continue;
    let best: { start: number; end: number; spelled: string }[] = [];
    for (const model of models) {
      // said from the number on, or from family words right before it (mate60, tab s9, ipad air5)
      const starts: [number, number][] = [[numberStart, model.numberAt]];
      let at = numberStart;
      for (let from = model.numberAt - 1; from >= 0; from--) {
        const word = model.tokens[from]!;
        if (text[at - 1] === ' ') at -= 1;
        if (!text.slice(0, at).endsWith(word)) break;
        at -= word.length;
        starts.push([at, from]);
      }
      for (const [start, from] of starts) {
        const tokens = model.tokens.slice(from);
        const end = saidUpTo(text, start, tokens, model.numberAt + 1 - from);
        if (end < 0) continue;
        // the number alone is the model without suffix words only where a model with them shares its number
        if (
          tokens.length === 1 &&
          !(
            standsAlone(index, text, end) &&
            models.some((other) => other !== model && extendsModel(other, model))
          )
        )
          continue;
        // (a value the catalog has as said, 10枚 beside 盒装10枚: that value, never the model it ends)
        if (from === model.numberAt && index.terms.get(text.slice(start, end).replace(/ /g, ''))?.spec.size)
          continue;
        // (the family words said right before, 24w白光6500k: nothing to write out)
        const family = model.tokens.slice(0, from).join('');
        if (from > 0 && text.slice(0, start).replace(/ /g, '').endsWith(family)) continue;
        const candidate = { start, end, spelled: model.spelled };
        if (!best.length || end - start > best[0]!.end - best[0]!.start) best = [candidate];
        else if (end - start === best[0]!.end - best[0]!.start) best.push(candidate);
      }
    }
    if (best.length !== 1 || best[0]!.start < copied) continue;
    const { start, end, spelled } = best[0]!;
    // (said as spelled already, 华为mate60: nothing to write out)
    if (text.slice(start, end) === spelled) continue;
    out += `${text.slice(copied, start)}${spelled}`;
    copied = end;
  }
  return copied ? out + text.slice(copied) : text;
}
