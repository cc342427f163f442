/**
 * 再来几箱QQ星 / 几包纸巾: 几 before a unit says that an amount is wanted without saying it. Such words are no
 * product word and no quantity: the item is read without them, and so is asked how many. Pure.
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';

/** 几 where an amount would stand: at the start of a clause or right after a verb of ordering. */
const UNSAID = /(?<=^|[\s,，。;；、]|来|要|拿|订|买|加|补|搞|整|先|也|再)几(?=\p{Script=Han})/gu;

/** The text without each 几 and the catalog unit after it, where they stand for an amount (茶几 stays). */
export function withoutUnsaidAmounts(index: CatalogIndex, text: string): string {
  if (!text.includes('几')) return text;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(UNSAID)) {
    const after = m.index + 1;
    const unit = index.unitWords.find((u) => text.startsWith(u, after));
    if (!unit || index.terms.has(text.slice(m.index, after + unit.length))) continue;
    out += `${text.slice(from, m.index)} `;
    from = after + unit.length;
  }
  return out + text.slice(from);
}
