import type { CatalogIndex } from '../catalog/catalog-index.js';
import { normalizeTerm } from '../catalog/text-normalize.js';

/** A grade value as normalised text writes it: 1级 (一级 / Ⅰ级 are read so) or a级. */
const GRADE_VALUE = /^(?:(\d)|([a-z]))(级)$/;

/** How the catalog writes each rank of a grade word: ranks 1, 2, 3 … by letter (a级) or by number (1级). */
interface GradeWriting {
  letters: boolean;
  ranks: number;
}

const writings = new WeakMap<CatalogIndex, Map<string, GradeWriting>>();

/**
 * The grade words whose values the catalog writes one way only — letters from A on (A级 / B级 / C级) or numbers from
 * 1 on (一级 / 二级) — read once per catalog. A grade word written both ways, or with ranks that skip (A级 beside C
 * 级 alone), is left out: a rank said the other way could then mean either.
 */
function gradeWritings(index: CatalogIndex): Map<string, GradeWriting> {
  let known = writings.get(index);
  if (known) return known;
  const seen = new Map<string, { letters: Set<number>; numbers: Set<number> }>();
  const valuesSeen = new Set<string>();
  for (const p of index.products)
    for (const value of Object.values(p.specs)) {
      if (value.length > 4 || valuesSeen.has(value)) continue;
      valuesSeen.add(value);
      const m = GRADE_VALUE.exec(normalizeTerm(value).toLowerCase());
      if (!m) continue;
      const ranks = seen.get(m[3]!) ?? { letters: new Set<number>(), numbers: new Set<number>() };
      seen.set(m[3]!, ranks);
      if (m[1]) ranks.numbers.add(Number(m[1]));
      else ranks.letters.add(m[2]!.charCodeAt(0) - 96);
    }
  known = new Map();
  for (const [word, { letters, numbers }] of seen) {
    const ranks = letters.size ? letters : numbers;
    if (letters.size && numbers.size) continue;
    if (ranks.size < 2 || ![...ranks].every((r) => r >= 1 && r <= ranks.size)) continue;
    known.set(word, { letters: letters.size > 0, ranks: ranks.size });
  }
  writings.set(index, known);
  return known;
}

const GRADE_SAID = /(?<![\da-z.])(?:(\d)|([a-z]))(级)/gi;

/**
 * 红袖一级的 in a shop whose roses are A级 / B级 / C级, A级 in one whose boards are 一级 / 二级: a grade said by its
 * rank the other way from the catalog's is written the catalog's way (1级 → A级, B级 → 2级), whether the message
 * orders, answers or corrects. Ranks the catalog lacks, and grade words it writes both ways, stay as said.
 */
export function inCatalogGrades(index: CatalogIndex, text: string): string {
  if (!text.includes('级')) return text;
  const known = gradeWritings(index);
  if (!known.size) return text;
  return text.replace(
    GRADE_SAID,
    (said, digit: string | undefined, letter: string | undefined, word: string) => {
      const writing = known.get(word);
      if (!writing) return said;
      const rank = digit ? Number(digit) : letter!.toLowerCase().charCodeAt(0) - 96;
      if (rank < 1 || rank > writing.ranks || writing.letters === !digit) return said;
      return writing.letters ? `${String.fromCharCode(64 + rank)}${word}` : `${rank}${word}`;
    },
  );
}
