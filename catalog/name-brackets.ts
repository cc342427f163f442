/**
 * A product name written as one name and another in brackets (氢氧化钠(片碱), 脆皮蛋筒(空筒)): the chemical or formal
 * name and the trade's everyday one, each said alone. Pure.
 */
import { normalizeTerm } from './text-normalize.js';
import { scanSpecs } from './spec-values.js';

/** A name, then a bracketed word of two or more characters with a Han character, and nothing after it. */
const NAME_AND_BRACKETED =
  /^\s*([^()（）]{2,}?)\s*[(（]\s*([^()（）]*\p{Script=Han}[^()（）]*?)\s*[)）]\s*$/u;

/**
 * The two words of a name written `A(B)`, normalised, each two characters or more and not a size (50个/盒 is no
 * product word); empty for any other name, and where A is the name or an alias of a product (`names`, normalised:
 * 好丽友派(临期特价) beside 好丽友派 is a kind of that product, said by its bracket, not a second name).
 */
export function bracketedNameWords(name: string, names: ReadonlySet<string>): string[] {
  const found = NAME_AND_BRACKETED.exec(name);
  if (!found || names.has(normalizeTerm(found[1]!))) return [];
  return [found[1]!, found[2]!]
    .map(normalizeTerm)
    .filter((word) => word.length >= 2 && !scanSpecs(word).some((token) => token.end > token.start));
}
