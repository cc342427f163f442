import type { Product } from '../catalog/product.js';
import type { OpenQuestion } from './conversation-state.js';
import type { SizeEnd } from './message-intents.js';
import { SIZE_END_NOUN } from './order-phrases.js';
import { idOf, type TurnWorld } from './turn-world.js';

const LENGTH_UNITS = /(?:米|m|cm|mm|公分|厘米|寸)$/i;
const THICKNESS = /径|截面|粗|平方|线径/;
const THICKNESS_UNITS = /(?:mm²|平方|分|寸|mm)$/i;

/**
 * The number of the option at one end of the sizes a product question last offered (最大的那种 → the largest), or
 * undefined when the options are no sizes of one kind, the measure does not fit them (长的 to a question of 位数),
 * or the end is not plain (大的 among more than two options without 最).
 */
export function optionAtEnd(question: OpenQuestion | undefined, end: SizeEnd): number | undefined {
  if (question?.kind !== 'which_product' || !question.offered) return undefined;
  const { attribute, values } = question.offered;
  if (attribute.startsWith('$') || values.length < 2) return undefined;
  if (values.length > 2 && !end.most) return undefined;
  const shapes = new Set(values.map((v) => v.replace(/\d+(?:\.\d+)?/g, '#')));
  if (shapes.size !== 1) return undefined;
  const sample = values[0]!;
  if (end.measure === 'length' && !(LENGTH_UNITS.test(sample) || /长/.test(attribute))) return undefined;
  if (end.measure === 'thickness' && !(THICKNESS_UNITS.test(sample) || THICKNESS.test(attribute)))
    return undefined;
  const numbers = values.map((v) => Number(/\d+(?:\.\d+)?/.exec(v)?.[0]));
  if (numbers.some((n) => !Number.isFinite(n))) return undefined;
  const target = end.larger ? Math.max(...numbers) : Math.min(...numbers);
  const at = numbers.indexOf(target);
  return numbers.lastIndexOf(target) === at ? at + 1 : undefined;
}

const SIZE_END_SAID = new RegExp(
  `(?:^|[^\\p{Script=Han}])(最|比较)?([大小长短粗细])(?:一点|点|些)?${SIZE_END_NOUN}?的`,
  'u',
);

/** 小的 / 最大的 / 长一点的 / 大桶的 said in an item, as the end of the sizes it means. */
export function sizeEndSaid(text: string): SizeEnd | undefined {
  const m = SIZE_END_SAID.exec(text);
  if (!m) return undefined;
  const word = m[2]!;
  return {
    larger: '大长粗'.includes(word),
    measure: '大小'.includes(word) ? 'size' : '长短'.includes(word) ? 'length' : 'thickness',
    most: m[1] === '最',
  };
}

/**
 * 琵琶腿 小的5件 大的3件: 大 said with a quantity and no product word is the product at that end of the sizes of
 * the family of `sku` (the product just ordered); undefined when the words are no size end or no one product is.
 */
export function siblingAtEnd(world: TurnWorld, sku: string, words: string): Product | undefined {
  const end = /^(?:最|比较)?[大小长短粗细]$/.test(words) ? sizeEndSaid(`${words}的`) : undefined;
  const id = idOf(world, sku);
  if (!end || id === undefined) return undefined;
  const m = world.matcher;
  const own = m.index.products[id]!;
  const siblings = m.index.products.flatMap((p, k) =>
    m.index.family[k] === m.index.family[id] && p.name === own.name && p.brand === own.brand ? [k] : [],
  );
  return productAtEnd(world, siblings, end);
}

/** The one product at that end of the first attribute the candidates differ by (two sizes, or 最 of more). */
export function productAtEnd(world: TurnWorld, ids: number[], end: SizeEnd): Product | undefined {
  const m = world.matcher;
  const [first] = m.distinctions(ids);
  if (!first) return undefined;
  const question: OpenQuestion = {
    kind: 'which_product',
    request: { text: '' },
    answers: [],
    chosen: [],
    asked: 0,
    offered: { attribute: first.attr, values: first.values },
  };
  const number = optionAtEnd(question, end);
  if (number === undefined) return undefined;
  const value = first.values[number - 1];
  const fits = ids.filter((id) => m.index.products[id]!.specs[first.attr] === value);
  return fits.length === 1 ? m.index.products[fits[0]!] : undefined;
}
