/**
 * 口袋布 白的 where the pocket cloth comes in 漂白 and 黑色 and only other goods in 白色: a colour said plainly (白,
 * 白色) that no product named has spelt so is that colour's shade they do have (漂白, 本白, 深蓝) — a shade word
 * before the same character, never another colour that holds it (粉红 is no 红). Pure.
 */

const PLAIN_COLOUR = /^(\p{Script=Han})色?$/u;
const HAN = /^\p{Script=Han}$/u;

/** Words that make a shade of a colour, said before its character: 漂白, 本白, 纯黑, 正红, 深蓝, 浅灰 … */
const SHADES = '漂本纯正大深浅亮暗淡乳奶雪';

/** The products with a value that is a shade of each colour character (白 → those with 漂白 or 本白色 …). */
export type ShadeHolders = Map<string, Set<number>>;

/**
 * Built once per catalog from the products carrying each normalised spec value: a value is a shade of colour `c`
 * when it is a shade word and then `c` or `c色`.
 */
export function shadeHoldersOf(holdersByValue: Map<string, number[]>): ShadeHolders {
  const shades: ShadeHolders = new Map();
  for (const [value, holders] of holdersByValue) {
    if (!SHADES.includes(value[0] ?? '-')) continue;
    const rest = Array.from(value.slice(1));
    const character =
      rest.length === 1 ? rest[0] : rest.length === 2 && rest[1] === '色' ? rest[0] : undefined;
    if (character === undefined || !HAN.test(character)) continue;
    const ids = shades.get(character) ?? new Set<number>();
    for (const id of holders) ids.add(id);
    shades.set(character, ids);
  }
  return shades;
}

/**
 * Of `ids` (the products named, sorted), those with a value that is a shade of the colour `said` names plainly;
 * empty when the word is no plain colour or none of them has such a value.
 */
export function valueCharacterWithin(shades: ShadeHolders, ids: number[], said: string): number[] {
  const character = PLAIN_COLOUR.exec(said)?.[1];
  const holders = character === undefined ? undefined : shades.get(character);
  if (!holders) return [];
  return ids.filter((id) => holders.has(id));
}
