import type { Analysis } from '../catalog/analysis-types.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { normalizeTerm } from '../catalog/text-normalize.js';

/**
 * 192的要黑色 to "拉手（100个）要哪一种？160孔距 黑 / 160孔距 金": an answer naming a value of an attribute that every
 * candidate has the same value of (孔距 160), a value none of them has, is about another line, not this question.
 */
export function namesAnotherValue(index: CatalogIndex, ids: number[], analysis: Analysis): boolean {
  // (an answer without a value word is never about another line: the candidates' values are not compared then)
  if (!ids.length || !analysis.mentions.some((x) => x.kind === 'spec')) return false;
  const known = candidateValues(index, ids);
  const shared = known.shared;
  if (!shared.length) return false;
  const candidates = (known.candidates ??= new Set(ids));
  return analysis.mentions.some(
    (x) =>
      x.kind === 'spec' &&
      !x.ids.some((id) => candidates.has(id)) &&
      x.ids.slice(0, 50).some((id) =>
        shared.some((attribute) => {
          const value = index.products[id]!.specs[attribute];
          return value !== undefined && normalizeTerm(value).includes(x.text);
        }),
      ),
  );
}

interface CandidateValues {
  /** The attributes every candidate has the same value of. */
  shared: string[];
  /** The candidates as a set, made when first needed. */
  candidates?: Set<number>;
}

const knownValues = new WeakMap<CatalogIndex, WeakMap<number[], CandidateValues>>();

/**
 * The candidates' shared attributes, worked out once per list: every item of a turn is tried as an answer to the
 * same open questions, each with its list of (up to thousands of) candidates. Id lists are never changed in place.
 */
function candidateValues(index: CatalogIndex, ids: number[]): CandidateValues {
  let byList = knownValues.get(index);
  if (!byList) knownValues.set(index, (byList = new WeakMap()));
  let known = byList.get(ids);
  if (!known) {
    const first = index.products[ids[0]!]!;
    const shared = Object.keys(first.specs).filter((attribute) =>
      ids.every((id) => index.products[id]!.specs[attribute] === first.specs[attribute]),
    );
    byList.set(ids, (known = { shared }));
  }
  return known;
}

/**
 * 160的要金色 192的要黑色 / 丁腈的要M码 乳胶的要L码: an answer in parts, one per line asked about, each part naming
 * what tells its line apart and then the value it wants. The parts, or undefined when the answer is one part.
 */
export function answerParts(text: string): string[] | undefined {
  const parts = text.split(/[\s,，;；、]+/).filter((part) => /\S/.test(part));
  if (parts.length < 2 || !parts.every((part) => /.的?要./.test(part))) return undefined;
  return parts;
}
