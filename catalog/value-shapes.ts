/**
 * Values read by their shape: a catalog value made of digit groups (205/55R16, 40*40*2.0, 12R22.5, M12*120) is
 * found again when a customer writes its groups with other separators or none, or only some of them. The shapes
 * are learned from the catalog's own values when the index is built; a message is rewritten into the catalog's
 * spelling before it is read. Pure; only one value ever answers a run of groups (two that fit leave it as said).
 */

import type { CatalogIndex } from './catalog-index.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals.js';
import { normalizeTerm } from './text-normalize.js';

/** One catalog value of two or more digit groups. */
export interface ValueShape {
  /** The value from its first digit to its last, as the catalog spells it (normalised): 205/55r16, m12*120. */
  core: string;
  /** Its groups as numbers: 205, 55, 16. */
  numbers: number[];
  /** Where each group ends in its digits run together (205 55 16 → 3, 5, 7). */
  cuts: Set<number>;
}

/** The shape tables of one catalog. */
export interface ShapeTables {
  /** Digits run together → the values with those digits. */
  byDigits: Map<string, ValueShape[]>;
  /** Groups as numbers joined by `|` → the values with those groups in that order. */
  byNumbers: Map<string, ValueShape[]>;
  /** A group's number → the values of three or more groups that hold it. */
  byGroup: Map<number, ValueShape[]>;
  /** Digits run together, fewer than MIN_COMPOUND_DIGITS, of values of whole-number groups (637 → 6*37). */
  byShortDigits: Map<string, ValueShape[]>;
  /** Every number a value of the catalog is or holds as a group: a run that is one stays as said. */
  numbers: Set<number>;
  /** A value's core → the products with a value of that core, ascending. */
  coreIds: Map<string, number[]>;
}

const DIGIT_GROUP = /\d+(?:\.\d+)?/g;
/** Digit groups joined by spaces, slashes, dashes, times signs or 乘 (205 55 16, 40乘40乘2, 40x40x2), or one run. */
const SAID_GROUPS = /(?<![\d.])\d+(?:\.\d+)?(?:(?:\s+|[/\\*×-]|x(?=\d)|乘)\d+(?:\.\d+)?)*(?![\d.])/g;
/** A sign between groups (not a space): groups so joined are also compared as numbers. */
const GROUP_SIGN = /[/\\*×x乘-]/;
/** How many digits the text holds. */
function digitCount(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) count += 1;
  }
  return count;
}
/** Two numbers said apart, the rest of the value left out: 16寸的205, 205 16寸. */
const SAID_PAIR = /(?<![\d.])(\d+(?:\.\d+)?)(寸的|寸 |的| )(\d+(?:\.\d+)?)(寸)?(?![\d.])/g;
/** Fewer digits than this in all, said with spaces or as one run, could as well be a count or a plain number. */
const MIN_COMPOUND_DIGITS = 5;
/** A shorter run is read as a value's groups (637 → 6*37) only by joined-groups.ts, with more care. */
const MIN_SHORT_DIGITS = 3;
/** Fewer digits than this in a pair of numbers could be a size and a count. */
const MIN_PAIR_DIGITS = 4;
const tables = new WeakMap<CatalogIndex, ShapeTables>();

function add(map: Map<string, ValueShape[]>, key: string, shape: ValueShape): void {
  const list = map.get(key);
  if (list) list.push(shape);
  else map.set(key, [shape]);
}

/** The shape tables of a catalog, built once (from `prepareAnalysis`, when the index is built). */
export function valueShapesOf(index: CatalogIndex): ShapeTables {
  let built = tables.get(index);
  if (built) return built;
  built = {
    byDigits: new Map(),
    byNumbers: new Map(),
    byGroup: new Map(),
    byShortDigits: new Map(),
    numbers: new Set(),
    coreIds: new Map(),
  };
  const seen = new Set<string>();
  index.products.forEach((product, id) => {
    for (const raw of Object.values(product.specs)) {
      const value = normalizeTerm(raw);
      const groups = value.match(DIGIT_GROUP) ?? [];
      for (const group of groups) built.numbers.add(Number(group));
      if (groups.length < 2) continue;
      // from the first digit to the last: letters around the groups (the m of m12*120) the customer says or not
      const last = groups[groups.length - 1]!;
      const core = value.slice(value.search(/\d/), value.lastIndexOf(last) + last.length);
      const holders = built.coreIds.get(core);
      if (!holders) built.coreIds.set(core, [id]);
      else if (holders[holders.length - 1] !== id) holders.push(id);
      if (seen.has(core)) continue;
      seen.add(core);
      const cuts = new Set<number>();
      let digits = '';
      for (const group of groups) cuts.add((digits += group.replace('.', '')).length);
      const shape: ValueShape = { core, numbers: groups.map(Number), cuts };
      add(built.byNumbers, shape.numbers.join('|'), shape);
      if (digits.length >= MIN_COMPOUND_DIGITS) add(built.byDigits, digits, shape);
      else if (digits.length >= MIN_SHORT_DIGITS && groups.every((group) => /^\d+$/.test(group)))
        add(built.byShortDigits, digits, shape);
      if (groups.length >= 3)
        for (const number of new Set(shape.numbers)) {
          const list = built.byGroup.get(number);
          if (list) list.push(shape);
          else built.byGroup.set(number, [shape]);
        }
    }
  });
  tables.set(index, built);
  return built;
}

/** The one core among `shapes`, if they all spell one value. */
export function oneCore(shapes: readonly ValueShape[]): string | undefined {
  const core = shapes[0]?.core;
  return core !== undefined && shapes.every((shape) => shape.core === core) ? core : undefined;
}

/** The one value the groups fit in order (by their numbers, or by their digits where they split), if one does. */
function valueOfGroups(shapes: ShapeTables, groups: string[], separated: boolean): string | undefined {
  if (groups.length >= 2 && separated) {
    const byNumbers = oneCore(shapes.byNumbers.get(groups.map(Number).join('|')) ?? []);
    if (byNumbers) return byNumbers;
  }
  const cuts: number[] = [];
  let digits = '';
  for (const group of groups) cuts.push((digits += group.replace('.', '')).length);
  // (byDigits holds only runs of MIN_COMPOUND_DIGITS or more: a shorter run, the most said, is looked up in nothing)
  if (digits.length < MIN_COMPOUND_DIGITS) return undefined;
  const fitting = (shapes.byDigits.get(digits) ?? []).filter((shape) =>
    cuts.every((cut) => shape.cuts.has(cut)),
  );
  return fitting.length === 1 ? fitting[0]!.core : undefined;
}

/**
 * Groups said in full: 205 55 16 / 2055516 / 205-55-16 → 205/55r16, 40乘40乘2 / 40x40x2 → 40*40*2.0. Groups that
 * split, in order, into exactly the groups of one catalog value are that value, written as the catalog spells it
 * from its first digit to its last (m12 120 → m12*120); groups joined by a sign (not a space) are compared as
 * numbers (2 = 2.0). Groups said before or after them (浩悦4 215 60 16) stay as said; so do groups two values fit,
 * and groups that cut a value's group in two.
 */
function spellFullGroups(shapes: ShapeTables, text: string): string {
  return text.replace(SAID_GROUPS, (said: string) => {
    // (the most said: a number or a few, under MIN_COMPOUND_DIGITS digits in all and with no sign between them —
    // no value's groups, as valueOfGroups reads them, whichever of them are taken)
    if (!GROUP_SIGN.test(said) && digitCount(said) < MIN_COMPOUND_DIGITS) return said;
    const groups = [...said.matchAll(DIGIT_GROUP)];
    for (let length = groups.length; length >= 1; length--)
      for (let first = 0; first + length <= groups.length; first++) {
        const taken = groups.slice(first, first + length);
        const start = taken[0]!.index;
        const last = taken[taken.length - 1]!;
        const end = last.index + last[0].length;
        const separated = /[/\\*×x乘-]/.test(said.slice(start, end));
        const value = valueOfGroups(
          shapes,
          taken.map((group) => group[0]),
          separated,
        );
        if (value) return said.slice(0, start) + value + said.slice(end);
      }
    return said;
  });
}

/**
 * Two of a value's groups said apart, the rest left to the shop: 16寸的205 / 205 16寸 → 205/55r16 when exactly one
 * catalog value of three or more groups holds both numbers (as two of its groups); left as said otherwise.
 */
function spellPartialGroups(shapes: ShapeTables, text: string, unitWords: readonly string[]): string {
  if (!shapes.byGroup.size) return text;
  return text.replace(
    SAID_PAIR,
    (said: string, first: string, joint: string, second: string, inch, at: number) => {
      if ((first + second).replace('.', '').length < MIN_PAIR_DIGITS) return said;
      // 205 4条: a number with a unit after it is a count
      const rest = text.slice(at + said.length);
      if (!inch && unitWords.some((unit) => rest.startsWith(unit))) return said;
      // one of the two said in 寸 (16寸的205, 205 16寸), or the two parted by 的 (16的205); a bare space parts counts
      const inchOnce = joint.startsWith('寸') !== Boolean(inch);
      if (!inchOnce && !(joint === '的' && !inch)) return said;
      const [a, b] = [Number(first), Number(second)];
      if (a === b) return said;
      const holding = (shapes.byGroup.get(a) ?? []).filter((shape) => shape.numbers.includes(b));
      const core = oneCore(holding);
      return core ? core : said;
    },
  );
}

/** 三个二十 / 3个15: one number said three times over (a fertiliser's N-P-K). */
const SAID_THRICE = new RegExp(String.raw`(?:三|3)个(\d+|[${CHINESE_NUMERAL_CHARS}]+)`, 'g');

/**
 * 三个二十 / 3个20 → 20-20-20, 三个十五 → 15-15-15: a number said three times over is the one catalog value of
 * three equal groups of it, as the catalog spells it; left as said when no value or several fit.
 */
function spellRepeatedGroups(shapes: ShapeTables, text: string): string {
  if (!text.includes('个')) return text;
  return text.replace(SAID_THRICE, (said: string, group: string) => {
    const number = /\d/.test(group) ? Number(group) : parseChineseNumber(group);
    if (number === undefined) return said;
    return oneCore(shapes.byNumbers.get(`${number}|${number}|${number}`) ?? []) ?? said;
  });
}

const DIGIT_WORDS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Each number below a hundred as it is said on its own (五, 十五, 三十, 二十五) → the number. */
const SPOKEN_NUMBERS: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 100 }, (_, number): [string, number] => {
    const [tens, ones] = [Math.floor(number / 10), number % 10];
    if (tens === 0) return [DIGIT_WORDS[ones]!, number];
    const ten = `${tens === 1 ? '' : DIGIT_WORDS[tens]}十`;
    return [ones ? ten + DIGIT_WORDS[ones]! : ten, number];
  }),
);
/** A run of numerals with no unit or 个 after it (a unit after it makes it a count). */
const SPOKEN_GROUP_RUN =
  /(?<![零一二三四五六七八九十百千万两点\d])[零一二三四五六七八九十]{3,8}(?![零一二三四五六七八九十百千万点个\d])/g;
/** Two numbers in a row before 十 (三四十, thirty or forty): a rough count, not groups. */
const ROUGHLY = /(?:一二|二三|三四|四五|五六|六七|七八|八九)十/;

/** Every way of cutting `run` into two or more numbers each said as on its own, as `|`-joined keys. */
function spokenSplits(run: string, from = 0): string[] {
  const keys: string[] = [];
  for (let end = from + 1; end <= run.length && end - from <= 3; end++) {
    const number = SPOKEN_NUMBERS.get(run.slice(from, end));
    if (number === undefined) continue;
    if (end === run.length) {
      if (from > 0) keys.push(String(number));
      continue;
    }
    for (const rest of spokenSplits(run, end)) keys.push(`${number}|${rest}`);
  }
  return keys;
}

/**
 * 二十五十 → 20w-50, 五三十 → 5w-30: a value of several number groups said as spoken numbers one after another is
 * the one catalog value whose groups are those numbers, over every way the run cuts into numbers; a run that is
 * itself one number as said (二十五), that no value or more than one fits, or that a unit follows, stays as said.
 */
function spellSpokenGroups(shapes: ShapeTables, text: string, unitWords: readonly string[]): string {
  return text.replace(SPOKEN_GROUP_RUN, (said: string, at: number) => {
    if (SPOKEN_NUMBERS.has(said) || ROUGHLY.test(said)) return said;
    const rest = text.slice(at + said.length, at + said.length + 4);
    if (unitWords.some((unit) => rest.startsWith(unit))) return said;
    const fitting = spokenSplits(said).flatMap((key) => shapes.byNumbers.get(key) ?? []);
    return oneCore(fitting) ?? said;
  });
}

/** A message's digit groups written as the one catalog value their shape fits (see the readings above). */
export function spellValueShapes(index: CatalogIndex, text: string): string {
  const shapes = valueShapesOf(index);
  if (!shapes.byNumbers.size) return text;
  const repeated = spellSpokenGroups(shapes, spellRepeatedGroups(shapes, text), index.unitWords);
  if (!/\d/.test(repeated)) return repeated;
  return spellPartialGroups(shapes, spellFullGroups(shapes, repeated), index.unitWords);
}

/**
 * The digit groups of a lettered model code as the trade says them without its letters (8-02 of PC8-02, 10-03 of
 * PL10-03): a word of the catalog for the code's products, so that two codes said in a row (8-02 10-03 各两包) are
 * two values, and one said of a kind (直通 8-02) is that kind's code. Undefined for other values.
 */
export function codeDigitsOf(value: string): string | undefined {
  const match = /^[a-z]+(\d+(?:\.\d+)?(?:[-/]\d+(?:\.\d+)?)+)$/.exec(value);
  return match?.[1];
}
