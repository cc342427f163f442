import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Product } from '../catalog/product.js';
import { isHan } from '../catalog/text-normalize.js';
import { pinyinOfChar } from '../catalog/typo-correct.js';

/**
 * Whether the words an offer was made instead of (`said`, the words the catalog did not take) are a near spelling
 * of the offered product's name: every character of them found in the name (or an alias) in the order said, each
 * the same character or one that sounds the same (新枝二连 in 新城疫、传染性支气管炎二联活疫苗, 笨娜娜 in 笨NANA), and at
 * least one of them the same character. Such an offer rests on the words said, so a confirmation takes it; an
 * offer that rests on a brand and a number beside words the name lacks (威娜 6度 自然色 → 威娜双氧奶 6%) does not.
 * Pure.
 */
export function spelledNearName(index: CatalogIndex, said: string, product: Product): boolean {
  const chars = [...said.replace(/[\s的]+/g, '')];
  if (chars.length < MIN_CHARACTERS || !chars.every(isHan)) return false;
  const names = [product.name, ...product.aliases, `${product.brand ?? ''}${product.name}`];
  return names.some((name) => inOrder(index, chars, name));
}

const MIN_CHARACTERS = 2;

function inOrder(index: CatalogIndex, chars: string[], name: string): boolean {
  let at = 0;
  let same = 0;
  for (const ch of chars) {
    const sound = pinyinOfChar(index, ch);
    let found = false;
    for (let k = at; k < name.length && !found; k++) {
      const there = name[k]!;
      if (there === ch) {
        same += 1;
        at = k + 1;
        found = true;
      } else if (isHan(there) && pinyinOfChar(index, there) === sound) {
        at = k + 1;
        found = true;
      } else if (/[a-z]/i.test(there) && name.slice(k, k + sound.length).toLowerCase() === sound) {
        // (a name's Latin letters spell the sound: 娜娜 in NANA)
        at = k + sound.length;
        found = true;
      }
    }
    if (!found) return false;
  }
  return same > 0;
}
