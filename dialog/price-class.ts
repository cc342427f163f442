/**
 * 五毛钱的辣条 / 一块钱的老冰棍 / 两块钱的矿泉水: the price a product sells for, said with 钱 or 元 and closed by 的
 * before its name, names which product it is (the price class the trade knows it by) — it is no amount of it and
 * no word of its name. Pure.
 */

/** A number, 块钱 / 毛钱 / 元 / 块 and 的, followed by a Han character (the name it qualifies). */
const PRICE_CLASS =
  /(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十半]+)\s*(?:块钱|毛钱|元钱|块|毛|元)(?:[零一二两三四五六七八九]?(?:毛钱?)?)?\s*的(?=\s*\p{Script=Han})/gu;

/** The text with each price class said before a name blanked out (positions kept), or as it was. */
export function withoutPriceClass(text: string): string {
  return text.replace(PRICE_CLASS, (said) => (/钱|元/.test(said) ? ' '.repeat(said.length) : said));
}
