/**
 * 当归片统的 / 花生米陈的 / 棉纱精的: one character glued to the product word before it, with 的 after, is the value
 * of that word's products that starts with the character (统货, 陈货, 精梳), when exactly one value of theirs does.
 * Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import type { Mention } from './analysis-types.js';
import { valueCharIds } from './loose-words.js';
import { normalizeTerm } from './text-normalize.js';

/**
 * The value reading of the character at `at` when a product word ends right before it, 的 follows, and exactly one
 * value of the word's products (of two or three Han characters) starts with it: the attribute and every product of
 * the catalog with that value. Undefined otherwise (two such values, none, or no product word before).
 */
export function wordValueIds(
  index: CatalogIndex,
  text: string,
  at: number,
  mentions: Mention[],
): { attr: string; ids: number[] } | undefined {
  if (text[at + 1] !== '的') return undefined;
  const word = mentions.find((m) => m.kind === 'head' && m.start + m.text.length === at);
  if (!word || word.ids.length > 2000) return undefined;
  const character = text[at]!;
  let found: { attr: string; value: string } | undefined;
  for (const id of word.ids) {
    for (const [attr, raw] of Object.entries(index.products[id]!.specs)) {
      const value = normalizeTerm(raw);
      if (!value.startsWith(character) || value.length < 2 || value.length > 3) continue;
      if (!/^\p{Script=Han}+$/u.test(value)) continue;
      if (found && (found.attr !== attr || found.value !== value)) return undefined;
      found = { attr, value };
    }
  }
  if (!found) return undefined;
  const { attr, value } = found;
  // every product holding a value with the character, narrowed to those whose value is this one
  const holding = valueCharIds(index, character)?.ids ?? [];
  const ids = holding.filter((id) => {
    const raw = index.products[id]!.specs[attr];
    return raw !== undefined && normalizeTerm(raw) === value;
  });
  return ids.length ? { attr, ids } : undefined;
}

/**
 * 当归片 said 岷归片, 香菇片 where the mushrooms are 切片 and only 银耳 is written 片: a one-character value glued to
 * the product word before it, when none of the word's products has it, also names those of them whose value of the
 * same attribute ends in it (切片, 切条) — so that a spelling the catalog keeps for another product is no "没有".
 * Changes `mentions` in place.
 */
export function widenValueEndings(index: CatalogIndex, mentions: Mention[]): void {
  for (const [k, spec] of mentions.entries()) {
    if (spec.kind !== 'spec' || spec.text.length !== 1 || !spec.family.startsWith('attr:')) continue;
    if (!/^\p{Script=Han}$/u.test(spec.text)) continue;
    const word = mentions.find((m) => m.kind === 'head' && m.start + m.text.length === spec.start);
    if (!word || word.ids.length > 2000) continue;
    const named = new Set(spec.ids);
    if (word.ids.some((id) => named.has(id))) continue;
    const attr = spec.family.slice('attr:'.length);
    const ending = word.ids.filter((id) => {
      const raw = index.products[id]!.specs[attr];
      return raw !== undefined && normalizeTerm(raw).endsWith(spec.text);
    });
    if (!ending.length) continue;
    const ids = [...new Set([...spec.ids, ...ending])].sort((a, b) => a - b);
    mentions[k] = { ...spec, ids, ...(spec.strong && { strong: ids }) };
  }
}
