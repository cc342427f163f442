import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Product } from '../catalog/product.js';
import { normalizeTerm } from '../catalog/text-normalize.js';

/** 最大的 / 小的 / 长一点的: which end of the offered sizes, by what measure; `most` for 最. */
export interface SizeEnd {
  larger: boolean;
  measure: 'size' | 'length' | 'thickness' | 'width' | 'height';
  most: boolean;
  /** 大一点的 / 比较长的: more than the one said before, not the end (among more than two, it is asked about). */
  comparative: boolean;
  /** 中号 / 中间的: the one value between the two ends (only when the candidates come in exactly three). */
  middle?: boolean;
  /** The size word as said, with its pack noun (大, 大桶, 小号): an option that carries it is picked by name. */
  word: string;
  /** 大容量的 / 密度高的: the attribute named with the word, the only one it is about. */
  attribute?: string;
}

/** The size end as a pattern caught it: 最 or 比较, the size word, 一点, the pack noun, the attribute named. */
export function sizeEndOf(
  degree: string | undefined,
  word: string,
  little: string | undefined,
  noun: string | undefined,
  attribute?: string,
): SizeEnd {
  return {
    larger: '大长粗厚高宽重'.includes(word),
    measure: '长短'.includes(word)
      ? 'length'
      : '粗细厚薄'.includes(word)
        ? 'thickness'
        : '宽窄'.includes(word)
          ? 'width'
          : '高矮'.includes(word)
            ? 'height'
            : 'size',
    most: degree === '最',
    comparative: degree === '比较' || !!little,
    ...(word === '中' && { middle: true }),
    word: `${word}${noun ?? ''}`,
    ...(attribute && { attribute }),
  };
}

/** A spec value read as one amount of one measure: 3.6米 → length 3600, 250ml → volume 250, 0.8号 → `#号` 0.8. */
interface Magnitude {
  /** length, volume, mass, or the value's own shape (`#号`, `m#`, `#a`) when its unit converts to no other. */
  dimension: string;
  amount: number;
}

const SCALES: Record<string, [string, number]> = {
  mm: ['length', 1],
  毫米: ['length', 1],
  cm: ['length', 10],
  公分: ['length', 10],
  厘米: ['length', 10],
  m: ['length', 1000],
  米: ['length', 1000],
  寸: ['length', 25.4],
  英寸: ['length', 25.4],
  ml: ['volume', 1],
  毫升: ['volume', 1],
  l: ['volume', 1000],
  升: ['volume', 1000],
  g: ['mass', 1],
  克: ['mass', 1],
  kg: ['mass', 1000],
  公斤: ['mass', 1000],
  千克: ['mass', 1000],
  斤: ['mass', 500],
};

/** One number, or a range (160-180g), with what is written around it. */
const ONE_NUMBER = /^([^\d.]*?)(\d+(?:\.\d+)?)(?:[-~～至到](\d+(?:\.\d+)?))?([^\d]*)$/;

/** A scale 1:16 / 1:24: the smaller the second number, the larger the thing (a 1:16 car is bigger than a 1:24). */
const RATIO = /^1:(\d+(?:\.\d+)?)$/;

/**
 * Counts of pieces in a fixed measure, where more pieces means each is smaller: a mesh or grit number (120目, 粒度
 * 46#: holes per inch, grains per sieve — the higher, the finer) and pieces per weight (枸杞 280粒, 鲍鱼 10头: so many
 * to the 斤 or the 50 g). `fineness` is said by 粗 / 细, `piece size` by 大 / 小; both order the other way.
 */
const FINENESS_UNIT = /^目(?:数)?$/;
const FINENESS_NAME = /目|粒度/;
const PIECE_COUNT_UNIT = /^(?:粒|头)(?:\/(?:斤|两|\d*(?:g|kg|克|公斤)))?$/;

/** `attribute` undefined: the number as it is (目数大的, said with its attribute, is the higher mesh number). */
function magnitudeOf(value: string, attribute?: string): Magnitude | undefined {
  const term = normalizeTerm(value).toLowerCase();
  const ratio = RATIO.exec(term);
  if (ratio) return Number(ratio[1]) > 0 ? { dimension: 'ratio', amount: 1 / Number(ratio[1]) } : undefined;
  const m = ONE_NUMBER.exec(term);
  if (!m) return undefined;
  const amount = m[3] === undefined ? Number(m[2]) : (Number(m[2]) + Number(m[3])) / 2;
  const unit = m[4]!;
  if (attribute !== undefined && !m[1] && amount > 0) {
    if (FINENESS_UNIT.test(unit) || (unit === '#' && FINENESS_NAME.test(attribute)))
      return { dimension: 'fineness', amount: -amount };
    if (PIECE_COUNT_UNIT.test(unit)) return { dimension: 'piece size', amount: -amount };
  }
  const scale = !m[1] ? SCALES[unit] : undefined;
  return scale
    ? { dimension: scale[0], amount: amount * scale[1] }
    : { dimension: `${m[1]}#${unit}`, amount };
}

const GROUPS = /[*×x]/;
const GROUP = /^\d+(?:\.\d+)?/;

/**
 * Sizes of several groups written alike (2050*860 beside 2050*800, 750*1500 beside 1200*2400), each at least as large
 * as another in every group: each size as the sum of its groups, which keeps that order. Undefined when the values
 * are not such sizes, or when two of them cross (400*800 beside 500*600: which is larger is said by no one measure).
 */
function sizesInOrder(values: string[]): Magnitude[] | undefined {
  const split = values.map((v) => normalizeTerm(v).toLowerCase().split(GROUPS));
  const count = split[0]!.length;
  if (count < 2 || split.some((groups) => groups.length !== count)) return undefined;
  const numbers = split.map((groups) => groups.map((g) => GROUP.exec(g)?.[0]));
  if (numbers.some((groups) => groups.some((n) => n === undefined))) return undefined;
  const shape = (groups: string[], numbersOf: (string | undefined)[]) =>
    groups.map((g, k) => g.slice(numbersOf[k]!.length)).join('*');
  const written = shape(split[0]!, numbers[0]!);
  if (split.some((groups, i) => shape(groups, numbers[i]!) !== written)) return undefined;
  const sizes = numbers.map((groups) => groups.map(Number));
  const within = (a: number[], b: number[]) => a.every((n, k) => n <= b[k]!);
  for (const a of sizes) for (const b of sizes) if (!within(a, b) && !within(b, a)) return undefined;
  return sizes.map((groups) => ({
    dimension: `groups ${written}`,
    amount: groups.reduce((x, y) => x + y, 0),
  }));
}

/** Attribute names that say which measure a size word is about. */
const LENGTH_NAME = /长/;
const NOT_LENGTH_NAME = /径|宽|厚|高|粗|截面/;
// (克重, a sheet's weight per area: the heavier cloth or paper is the thicker)
const THICKNESS_NAME = /厚|粗|径|截面|平方|线号|线径|号数|克重/;

/** An attribute whose name says which measure it is (厚度, 长度, 幅宽, 外径), not a generic 规格 / 尺寸. */
const MEASURE_NAME = /长|宽|幅|厚|高|粗|径|截面|深/;

/**
 * 窄的 / 长的 among 0.53米*10米 and 1.06米*15.6米 under a generic name: one size is the lesser in every group, so it
 * is the narrower, the shorter and the smaller at once. Only where no attribute is named for the measure (厚的 of
 * 厚度 3cm beside 2cm, never of 规格 300*600).
 */
function fitsAsGroups(attribute: string, dimension: string): boolean {
  return dimension.startsWith('groups ') && !MEASURE_NAME.test(attribute);
}

function fitsMeasure(attribute: string, dimension: string, measure: SizeEnd['measure']): boolean {
  // (粗 / 细 of a grit, 大 / 小 of a berry counted per weight: each only by its own word)
  if (dimension === 'fineness') return measure === 'thickness';
  if (dimension === 'piece size') return measure === 'size';
  // (大 / 小 of a slab, a board or a mattress is never its thickness)
  if (measure === 'size') return !/厚/.test(attribute);
  if (measure === 'width') return /宽|幅/.test(attribute);
  if (measure === 'height') return /高/.test(attribute);
  if (measure === 'length')
    return !NOT_LENGTH_NAME.test(attribute) && (LENGTH_NAME.test(attribute) || dimension === 'length');
  return THICKNESS_NAME.test(attribute) || /平方|mm²/.test(dimension);
}

/**
 * 大的 / 最小号 / 长一点的 / 大桶的 said of candidates: the ones at that end of the one measure they differ by (the
 * largest capacity, the shortest length). Every candidate must carry that attribute as one amount of one measure
 * (250ml beside 1L, 3.6米 beside 5.4米). Undefined — the question stays as it is — when the candidates differ by no
 * such measure or by more than one the word could mean, or when the word itself (大号, 加厚) is what some of the
 * candidates are called: then the word names them and is read as a name.
 */
export function candidatesAtEnd(
  index: CatalogIndex,
  ids: number[],
  end: SizeEnd,
): { attribute: string; value: string; ids: number[] } | undefined {
  if (ids.length < 2) return undefined;
  const products = ids.map((id) => index.products[id]!);
  // (大号 as a value: the word names those options; an alias 大劲酒 does not make 大的 a name)
  const carriers = end.attribute
    ? []
    : ids.filter((id) => Object.values(index.products[id]!.specs).some((v) => v.includes(end.word)));
  if (carriers.length > 0 && carriers.length < ids.length) return carrying(index, carriers, end.word);
  let attributes = new Set(products.flatMap((p) => Object.keys(p.specs)));
  if (end.attribute) {
    const named = end.attribute;
    attributes = new Set([...attributes].filter((a) => normalizeTerm(a).includes(named)));
  }
  const measures: { attribute: string; amounts: number[] }[] = [];
  const asGroups: typeof measures = [];
  for (const attribute of attributes) {
    const values = products.map((p) => p.specs[attribute]);
    if (values.some((v) => v === undefined) || new Set(values).size < 2) continue;
    // (目数大的: a count named with its attribute is read as the number it is)
    const amounts =
      sizesInOrder(values as string[]) ??
      values.map((v) => magnitudeOf(v!, end.attribute ? undefined : attribute));
    const dimension = amounts[0]?.dimension;
    if (!dimension || amounts.some((a) => a?.dimension !== dimension)) continue;
    const named = end.attribute || fitsMeasure(attribute, dimension, end.measure);
    if (!named && !fitsAsGroups(attribute, dimension)) continue;
    (named ? measures : asGroups).push({ attribute, amounts: amounts.map((a) => a!.amount) });
  }
  if (measures.length === 0) measures.push(...asGroups);
  // 抽纸大包的 among 3层/4层 × 100抽/130抽: a size word naming the package measures the pieces inside it, never each
  // piece — where exactly one of the measures counts pieces
  if (measures.length > 1 && PACKAGE_WORD.test(end.word)) {
    const counts = measures.filter(({ attribute }) => countsPieces(products, attribute));
    if (counts.length === 1) measures.splice(0, measures.length, ...counts);
  }
  // 长一点的 among five lengths is more than one of them, not the longest
  if (end.comparative && !end.most && measures.some(({ amounts }) => new Set(amounts).size > 2))
    return undefined;
  // several measures the word could mean are one when they go together (规格 250ml beside 容量 250ml)
  const ends = measures.map(({ amounts }) => {
    const target = end.middle ? middleOf(amounts) : end.larger ? Math.max(...amounts) : Math.min(...amounts);
    return ids.filter((_, k) => amounts[k] === target);
  });
  const at = ends[0];
  if (!at?.length || ends.some((e) => e.join() !== at.join())) return undefined;
  const attribute = measures[0]!.attribute;
  return { attribute, value: index.products[at[0]!]!.specs[attribute]!, ids: at };
}

/** 大包 / 小盒 / 大袋: a size word that names the package the pieces come in. */
const PACKAGE_WORD = /^[大小](?:包|盒|袋)$/;

/** A count of pieces: 130抽, 200张, 80片, 100支 — the number and a counting word, nothing else. */
const PIECE_COUNT = /^\d+(?:抽|片|张|粒|颗|支|只|个|根|条|袋|块|贴|枚|本|卷|双|对|套)$/;

function countsPieces(products: Product[], attribute: string): boolean {
  return products.every((p) => PIECE_COUNT.test(normalizeTerm(p.specs[attribute] ?? '')));
}

/** 中号 among 30cm / 45cm / 60cm: the one amount between the two ends, when there are exactly three. */
function middleOf(amounts: number[]): number {
  const distinct = [...new Set(amounts)].sort((a, b) => a - b);
  return distinct.length === 3 ? distinct[1]! : NaN;
}

/** 大的 to 大号 L / 中号 M, 大度 / 正度: the options whose one value carries the word, when they share it. */
function carrying(
  index: CatalogIndex,
  ids: number[],
  word: string,
): { attribute: string; value: string; ids: number[] } | undefined {
  const first = index.products[ids[0]!]!;
  const attribute = Object.keys(first.specs).find((a) => first.specs[a]!.includes(word));
  if (!attribute) return undefined;
  const value = first.specs[attribute]!;
  return ids.every((id) => index.products[id]!.specs[attribute] === value)
    ? { attribute, value, ids }
    : undefined;
}

/** A product's name without its own spec values (碳素台钓竿 4.5米 → 碳素台钓竿): what stays when a spec changes. */
export function bareName(p: Product): string {
  let name = p.name;
  for (const value of Object.values(p.specs)) if (value) name = name.replace(value, ' ');
  return name.replace(/\s+/g, ' ').trim();
}
