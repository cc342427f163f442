/**
 * 各色一包 / 每个颜色各5个 / 每种口味各一箱: the customer asks for every value of one attribute of the products named,
 * by the attribute's name (颜色, 口味) or its last character (色 of 颜色, 味 of 口味), after 各 or 每个 / 每种 / 每样.
 */
import type { Matcher } from '../catalog/matcher.js';
import type { QuantityToken } from '../catalog/mention-scan.js';
import { ALSO } from './order-phrases.js';
import type { ItemText } from './item-text.js';

/** 各 / 每个 / 每一种, then the attribute's word, then what may close the phrase (的, 都, 各, 来). */
const EVERY =
  /(?:各|每)\s*一?\s*(?:个|种|样|款)?\s*(\p{Script=Han}{1,4}?)\s*的?\s*(?:都|各)?\s*(?:来|要|拿)?\s*$/u;

/** An attribute of colours (颜色, 色号), said 颜色 or 色 whatever the catalog calls it. */
const COLOUR_ATTRIBUTE = /^(?!.*(光|温)).*色/;

/**
 * The items of `text` when it ends in a phrase asking for every value of an attribute (英威墨水 各色 → one item per
 * colour the 英威墨水 come in), each with `quantity`; undefined when no such phrase ends it, the attribute word
 * names no attribute of the products the other words name, or they come in fewer than two of its values.
 */
export function everyValueItems(
  matcher: Matcher,
  text: string,
  quantity: QuantityToken | undefined,
): ItemText[] | undefined {
  const phrase = EVERY.exec(text);
  if (!phrase) return undefined;
  const rest = text.slice(0, phrase.index).trim();
  if (!rest) return undefined;
  const said = phrase[1]!;
  const ids = matcher.resolve(matcher.analyze(rest), { quick: true }).ids;
  if (ids.length < 2) return undefined;
  const products = ids.map((id) => matcher.index.products[id]!);
  const named = (attribute: string) =>
    attribute === said ||
    attribute.endsWith(said) ||
    (COLOUR_ATTRIBUTE.test(attribute) && (said === '色' || said === '颜色'));
  for (const attribute of matcher.index.attributeOrder) {
    if (!named(attribute)) continue;
    const values = [...new Set(products.map((p) => p.specs[attribute]))];
    if (values.length < 2 || values.some((v) => v === undefined)) continue;
    const texts = values.map((value) => `${rest} ${value}`);
    const kinds = texts.map((t) => matcher.resolve(matcher.analyze(t), { quick: true }).result.kind);
    if (kinds.some((kind) => kind === 'not_found')) continue;
    return texts.map((t, k) => ({
      text: t,
      ...(quantity && { quantity }),
      analysis: matcher.analyze(t),
      also: ALSO.test(t),
      fromEach: true,
      eachValue: values[k]!,
    }));
  }
  return undefined;
}
