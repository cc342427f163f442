/**
 * 口袋布 白的 where the pocket cloth comes in 漂白 and 黑色 and only other goods in 白色: a colour said plainly (白,
 * 白色) that no product named has spelt so is that colour's shade they do have (漂白, 本白, 深蓝) — a shade word
 * before the same character, never another colour that holds it (粉红 is no 红). Pure.
 */
import type { CatalogIndex } from './catalog-index.js';
import { normalizeTerm } from './text-normalize.js';

const PLAIN_COLOUR = /^(\p{Script=Han})色?$/u;

/** Words that make a shade of a colour, said before its character: 漂白, 本白, 纯黑, 正红, 深蓝, 浅灰 … */
const SHADES = '漂本纯正大深浅亮暗淡乳奶雪';

/**
 * Of `ids` (the products named, sorted), those with a value that is a shade of the colour `said` names plainly;
 * empty when the word is no plain colour or none of them has such a value.
 */
export function valueCharacterWithin(index: CatalogIndex, ids: number[], said: string): number[] {
  const character = PLAIN_COLOUR.exec(said)?.[1];
  if (!character) return [];
  const shade = new RegExp(`^[${SHADES}]${character}色?$`, 'u');
  return ids.filter((id) =>
    Object.values(index.products[id]!.specs).some((value) => shade.test(normalizeTerm(value))),
  );
}
