/**
 * The shape of the trade lexicon's data (trade-lexicon-groups.ts and the files of more trades it gathers): a group
 * of words that name one thing, the kinds of attribute a value group may name, and the helpers that write a
 * trade's groups a line each.
 */

/** Kinds of attribute a value group may name; an attribute of a catalog is of a kind when its name says so. */
export type AttributeKind =
  'colour' | 'light' | 'material' | 'switch' | 'seal' | 'concentration' | 'garment-size' | 'any';

/**
 * How an attribute name tells its kind (颜色 is a colour, 光色 / 色温 a light colour, 材质 a material, 浓度 / 含量 a
 * concentration, 尺码 a garment size).
 */
export const ATTRIBUTE_KIND_NAMES: Record<AttributeKind, RegExp> = {
  colour: /^(?!.*(光|温)).*色/,
  light: /光|色温/,
  material: /材|料/,
  switch: /开关|控制|联|位|开数|类型|型号|规格|款式/,
  seal: /密封|防尘|盖/,
  concentration: /浓度|含量|双氧/,
  'garment-size': /码|号型/,
  any: /./,
};

/**
 * One set of words that mean the same thing in a trade.
 * - `names`: `product` for words naming a product (a name, alias or category), otherwise the kind of attribute
 *   whose values they are;
 * - `words`: true synonyms, each may stand for every other;
 * - `loose`: words customers use for this thing that also name other things (软管 is also a conduit): added where
 *   one of `words` is a catalog word, never read as a sign of the family themselves;
 * - `family`: when given, the group applies only to products whose name, aliases or category hold one of these;
 * - `forms`: what a catalog may write after a word of the group to name the product's form (a drug's 片, 粉,
 *   注射液): the word with a form names the product as the word alone does (对乙酰氨基酚片 is 扑热息痛).
 */
export interface TradeWordGroup {
  trade: string;
  names: 'product' | AttributeKind;
  words: readonly string[];
  loose?: readonly string[];
  family?: readonly string[];
  forms?: readonly string[];
}

type Options = Pick<TradeWordGroup, 'family' | 'forms'>;

/** Groups of one trade, a line each: `编织管 进水软管 | 软管` (words after `|` are loose). */
function groups(
  trade: string,
  names: TradeWordGroup['names'],
  lines: string,
  options: Options,
): TradeWordGroup[] {
  return lines
    .trim()
    .split('\n')
    .map((line) => {
      const [words = '', loose = ''] = line.split('|');
      return {
        trade,
        names,
        words: words.trim().split(/\s+/),
        ...(loose.trim() && { loose: loose.trim().split(/\s+/) }),
        ...options,
      };
    });
}

export function products(trade: string, lines: string, options: Options = {}): TradeWordGroup[] {
  return groups(trade, 'product', lines, options);
}

export function values(
  trade: string,
  kind: AttributeKind,
  lines: string,
  options: Options = {},
): TradeWordGroup[] {
  return groups(trade, kind, lines, options);
}
