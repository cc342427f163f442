import type { Analysis } from '../catalog/analysis-types.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { isHan, normalizeTerm } from '../catalog/text-normalize.js';

/** Words of ordering and filler around an item: never part of an option's name. */
const FILLER = /^[的要来拿买吧呢啊也再还就]|[的要来拿买吧呢啊]$/;

/**
 * 普通衣架 / 衣架普通的 / 常规纸杯: a plain word said right beside a product word, that no catalog word took (普通 and
 * 常规 name no product alone), and that only some of the candidates hold in their name, aliases or values: those
 * candidates — one settles the item, two are asked between. `ids` come back as they are when no such word is said,
 * or when the word is in all or none of them.
 */
export function narrowByWordBesideName(index: CatalogIndex, ids: number[], analysis: Analysis): number[] {
  if (ids.length < 2 || ids.length > 50) return ids;
  const { text, mentions } = analysis;
  const heads = mentions.filter((m) => m.kind === 'head');
  if (!heads.length) return ids;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const m of mentions) for (let i = m.start; i < m.start + m.text.length; i++) covered[i] = true;
  for (const q of analysis.quantities) for (let i = q.start; i < q.end; i++) covered[i] = true;
  const loose = (i: number) => i >= 0 && i < text.length && !covered[i] && isHan(text[i]!);
  for (const head of heads) {
    const words: string[] = [];
    let from = head.start;
    while (loose(from - 1)) from--;
    if (from < head.start) words.push(...endings(text.slice(from, head.start)));
    let after = head.start + head.text.length;
    // (衣架 普通的: a space between)
    while (text[after] === ' ' && loose(after + 1)) after++;
    let to = after;
    while (loose(to)) to++;
    if (to > after) words.push(...beginnings(text.slice(after, to)));
    for (const word of words) {
      const hits = ids.filter((id) => holds(index, id, word));
      if (hits.length && hits.length < ids.length) return hits;
    }
  }
  return ids;
}

/** The words of two characters or more that end a run, longest first, with no filler at their edges. */
function endings(run: string): string[] {
  const out: string[] = [];
  for (let start = Math.max(0, run.length - 4); start <= run.length - 2; start++) out.push(run.slice(start));
  return out.filter((word) => !FILLER.test(word));
}

/** The words of two characters or more that begin a run (普通的 → 普通), longest first. */
function beginnings(run: string): string[] {
  const out: string[] = [];
  for (let end = Math.min(run.length, 4); end >= 2; end--) out.push(run.slice(0, end));
  return out.filter((word) => !FILLER.test(word));
}

function holds(index: CatalogIndex, id: number, word: string): boolean {
  const product = index.products[id]!;
  return [product.name, ...product.aliases, ...Object.values(product.specs)].some((piece) =>
    normalizeTerm(piece).includes(word),
  );
}
