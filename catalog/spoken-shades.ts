/**
 * Hair-dye shade numbers said in words, the way a salon orders them: the level, then each digit of the tone (7/0 is
 * 七零, 6/1 六一, 7/43 七四三, 10/0 十零), or with 杠 between (七杠零). Only shade values of the shape level/tone
 * or level-tone are read so; the lexicon adds the words to hair dyes alone (HAIR_DYE_FAMILIES), where no other
 * number is said that way. Pure.
 */

/** The words of an attribute's values, as the lexicon reads a catalog's (trade-lexicon.ts CatalogWords fits). */
interface ValueWords {
  spec: ReadonlyMap<string, readonly number[]>;
}

/** A shade said in words, for the products whose value it is. */
export interface SpokenShade {
  word: string;
  attr: string;
  ids: readonly number[];
}

/** Families of a hair dye: a product whose name, alias or category holds one of these. */
export const HAIR_DYE_FAMILIES: readonly string[] = ['染发', '染膏', '彩染', '发色'];

const SHADE = /^(\d{1,2})[/-](\d{1,2})$/;
const SHADE_ATTRIBUTE = /色号|色度|颜色|色/;
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEVELS = ['', ...DIGITS.slice(1), '十', '十一', '十二'];

/** The words of every shade value in `terms` (before the family is checked): 七零 and 七杠零 for 7/0. */
export function spokenShades(terms: ReadonlyMap<string, ValueWords>): SpokenShade[] {
  const out: SpokenShade[] = [];
  for (const [term, info] of terms) {
    if (term.length > 5 || !info.spec.size) continue;
    const shade = SHADE.exec(term);
    if (!shade) continue;
    const level = LEVELS[Number(shade[1])];
    if (!level) continue;
    const tone = [...shade[2]!].map((digit) => DIGITS[Number(digit)]!).join('');
    for (const [attr, ids] of info.spec) {
      if (!SHADE_ATTRIBUTE.test(attr)) continue;
      out.push({ word: `${level}${tone}`, attr, ids }, { word: `${level}杠${tone}`, attr, ids });
    }
  }
  return out;
}
