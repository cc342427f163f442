/**
 * A one-character value glued to the product word before it (岷归片) where the word's products write that value only
 * as an ending (切片). (当归片统的, the character read as the value it starts, is codeValueIds' in leftover-words.ts.)
 * Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import type { Mention } from './analysis-types.js';
import { normalizeTerm } from './text-normalize.js';

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
    if (sharesAny(spec.ids, word.ids, index.products.length)) continue;
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

/**
 * Whether the lists share an id: the first list's ids marked in a byte per product (a set of a colour's thousands
 * of products, made for each lone character read, was a few per cent of a message's garbage).
 */
function sharesAny(ids: readonly number[], others: readonly number[], size: number): boolean {
  if (shareMarks.length < size) shareMarks = new Uint8Array(size);
  const marks = shareMarks;
  for (let k = 0; k < ids.length; k++) marks[ids[k]!] = 1;
  let shared = false;
  for (let k = 0; k < others.length && !shared; k++) shared = marks[others[k]!] === 1;
  for (let k = 0; k < ids.length; k++) marks[ids[k]!] = 0;
  return shared;
}

/** One mark per product, kept between calls and cleared after each (see unionOfIds). */
let shareMarks = new Uint8Array(0);
