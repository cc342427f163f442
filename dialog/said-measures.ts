import type { CatalogIndex } from '../catalog/catalog-index.js';

/** A weight or volume said with its unit, in grams or millilitres. */
interface Measure {
  dimension: 'mass' | 'volume';
  amount: number;
}

// a number of its own (not the end of A4 or 4*16), its unit, and no more letters
const MEASURE_RE = /(?<![0-9.a-z*×/-])(\d+(?:\.\d+)?) ?(公斤|千克|kg|斤|克|g|毫升|ml|升|l)(?![a-z])/gu;

const SCALE: Record<string, [Measure['dimension'], number]> = {
  公斤: ['mass', 1000],
  千克: ['mass', 1000],
  kg: ['mass', 1000],
  斤: ['mass', 500],
  克: ['mass', 1],
  g: ['mass', 1],
  毫升: ['volume', 1],
  ml: ['volume', 1],
  升: ['volume', 1000],
  l: ['volume', 1000],
};

function measuresIn(text: string): Measure[] {
  const found: Measure[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(MEASURE_RE)) {
    const [dimension, scale] = SCALE[match[2]!]!;
    found.push({ dimension, amount: Number(match[1]) * scale });
  }
  return found;
}

const productMeasures = new WeakMap<CatalogIndex, Map<number, Measure[]>>();

function measuresOf(index: CatalogIndex, id: number): Measure[] {
  let known = productMeasures.get(index);
  if (!known) productMeasures.set(index, (known = new Map()));
  let measures = known.get(id);
  if (!measures) {
    const p = index.products[id]!;
    known.set(id, (measures = [p.name, ...Object.values(p.specs)].flatMap(measuresIn)));
  }
  return measures;
}

/** 'fits' when the product has the measure, 'conflicts' when it has only other measures of its dimension. */
function against(index: CatalogIndex, id: number, said: Measure): 'fits' | 'conflicts' | 'silent' {
  const own = measuresOf(index, id).filter((m) => m.dimension === said.dimension);
  if (!own.length) return 'silent';
  return own.some((m) => Math.abs(m.amount - said.amount) < 1e-6) ? 'fits' : 'conflicts';
}

/**
 * 25公斤桶装的 to "95%酒精 25公斤 / 95%酒精 吨桶装 (吨桶 800公斤)": a weight or volume said in an answer keeps no
 * candidate that comes only in another size of it. `narrowed` is what the answer's other words kept of `ids`; when
 * they kept only such candidates, or told nothing, the candidates that have the size said are kept instead, and
 * when none has it `ids` stay as they are (the question is asked again, never answered with another pack).
 */
export function narrowByMeasures(
  index: CatalogIndex,
  ids: number[],
  narrowed: number[],
  text: string,
): number[] {
  const said = measuresIn(text);
  if (!said.length || ids.length < 2) return narrowed;
  const conflicts = (id: number) => said.some((m) => against(index, id, m) === 'conflicts');
  const kept = narrowed.filter((id) => !conflicts(id));
  if (kept.length && kept.length < ids.length) return kept;
  const fitting = ids.filter((id) => said.every((m) => against(index, id, m) === 'fits'));
  if (fitting.length && fitting.length < ids.length) return fitting;
  return kept.length ? kept : ids;
}
