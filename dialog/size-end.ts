import type { OpenQuestion } from './conversation-state.js';
import type { SizeEnd } from './message-intents.js';

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
