/**
 * A product name that starts with its size (21寸彩色尤克里里, 38寸入门民谣吉他, 18寸铝膜气球): customers say the words
 * after the size on their own (彩色尤克里里) and give the size apart, as a value. Pure.
 */
import { scanSpecs } from './spec-values.js';
import { normalizeTerm } from './text-normalize.js';

/** The words of `name` after the size it starts with, when they are two or more Han characters; else undefined. */
export function nameAfterLeadingSize(name: string): string | undefined {
  const text = normalizeTerm(name);
  const first = scanSpecs(text)[0];
  if (!first || first.start !== 0 || !/\d/.test(text.slice(0, first.end))) return undefined;
  const rest = text.slice(first.end).replace(/^的/, '');
  return /^\p{Script=Han}{2,}$/u.test(rest) ? rest : undefined;
}
