/**
 * A number's unit said another way than the catalog writes it: 1.5千瓦 for 1.5kW, 100微法 for 100μF, -35度 or 零下35度
 * for -35℃, 9.5毫 for 9.5mm, 100安 / 100a for 100Ah, 4800毫安 for 4800mAh, 5个千瓦 for 5kW, 36个方 for 36方. The
 * units a catalog uses are learned from its own values when the index is built; a message's number and unit are
 * written as the catalog spells them before the message is read, so that a unit word is never read as a product
 * word. This is the one place units are spelt. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { parseChineseDecimal, parseChineseNumber } from './numerals.js';
import { normalizeTerm } from './text-normalize.js';
import { termAt } from './word-lookups.js';

/**
 * Spellings of one unit (normalised: lower case, ℃ as °c, Ω as ω). A spelling in two groups (度: a temperature, or
 * an alcohol's strength in %) is read as whichever the catalog carries with that number.
 */
const UNIT_GROUPS: readonly (readonly string[])[] = [
  ['kw', '千瓦', 'k'],
  ['w', '瓦'],
  ['v', '伏', '伏特'],
  ['a', '安', '安培'],
  ['ah', '安时', '安', 'a'],
  ['ma', '毫安'],
  ['mah', '毫安时', '毫安', 'ma'],
  ['mm', '毫米', '毫'],
  ['ml', '毫升'],
  ['cm', '厘米', '公分'],
  ['°c', '度', '摄氏度', '℃'],
  ['%', '度', '个点', '个百分点', '百分点'],
  ['ω', '欧', '欧姆', 'ohm'],
  ['kω', 'k欧', '千欧', 'k'],
  ['μf', 'uf', '微法', 'u'],
  ['nf', '纳法'],
  ['pf', '皮法'],
  ['hz', '赫兹'],
  ['mpa', '兆帕'],
  ['kg', '公斤', '千克'],
  ['t', '吨'],
  ['p', '匹'],
  ['口', 'port'],
];

/** Every spelling the groups know, longest first (毫安时 before 毫安 and 毫). */
const ALL_SPELLINGS = [...new Set(UNIT_GROUPS.flat())].sort((a, b) => b.length - a.length);
/**
 * Units of measure (not of count) that a 个 may stand before without making a count of the number: 36个方 is 36 ㎡,
 * 5个千瓦 is 5 kW, as 4个平方 is 4平方. Longest first.
 */
const MEASURES_AFTER_GE = [
  ...new Set([
    ...ALL_SPELLINGS,
    '平方米',
    '平方',
    '平米',
    '平',
    '方',
    '立方',
    '米',
    '公斤',
    '千克',
    '斤',
    '吨',
    '升',
  ]),
]
  .filter((spelling) => /^[\u4e00-\u9fff]/.test(spelling))
  .sort((a, b) => b.length - a.length);
/** A number and the unit said after it (Latin letters or signs, or one to three Han characters). */
const SAID = /(零下|-)?(\d+(?:\.\d+)?) ?(°c|℃|[a-zμω%]+|[\u4e00-\u9fff]{1,3})/g;
/** Mains voltage said for the phase: 220 / 220V / 220伏 (and 380) before a unit, 的 or the end of a word. */
const MAINS = /(?<![\d.])(220|380)(?:v(?![a-z])|伏(?!特)|(?=的))/g;
/** A number (digits, or a numeral of one to three characters), 个, and the Han characters after it. */
const GE_BEFORE =
  /(?<![\d.零一二两三四五六七八九十百千])(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})个(?=[\u4e00-\u9fff])/g;
/** A whole number and the Han word after it inside a catalog value (800颗粒, 1层钢丝编织). */
const NUMBERED_WORD = /(?<![\d.])(\d+)(\p{Script=Han}+)/gu;
/** A number and its unit inside a catalog value. */
const IN_VALUE = /(-?\d+(?:\.\d+)?)(°c|[a-zμω%]+|[\u4e00-\u9fff])/g;

interface UnitTables {
  /** Every spelling the tables know → the catalog's spellings of the same unit. */
  spellingsOf: Map<string, string[]>;
  /** `number unit` pairs the catalog's values carry, as written there (-35°c, 1.5kw). */
  carried: Set<string>;
  /** The measure units a 个 before them is dropped from: those the catalog sells in or spells its values in. */
  measures: string[];
  /** Whether mains voltages name the phase: the catalog has 单相 and 三相 values and no 220V / 380V. */
  phaseByVoltage: boolean;
  /** A value's number and each start of the Han word after it (800颗, 800颗粒; 1层, 1层钢, …). */
  numberedWords: Set<string>;
}

const tables = new WeakMap<CatalogIndex, UnitTables>();

/** The unit tables of a catalog, built once (from `prepareAnalysis`, when the index is built). */
export function unitSpellingsOf(index: CatalogIndex): UnitTables {
  let built = tables.get(index);
  if (built) return built;
  const carried = new Set<string>();
  const numberedWords = new Set<string>();
  const units = new Set<string>();
  const seen = new Set<string>();
  for (const product of index.products)
    for (const raw of Object.values(product.specs)) {
      const value = normalizeTerm(raw);
      if (seen.has(value)) continue;
      seen.add(value);
      for (const [, number, unit] of value.matchAll(IN_VALUE)) {
        carried.add(`${Number(number)}${unit}`);
        units.add(unit!);
      }
      for (const [, number, word] of value.matchAll(NUMBERED_WORD))
        for (let end = 1; end <= Math.min(word!.length, 4); end++)
          numberedWords.add(`${Number(number)}${word!.slice(0, end)}`);
    }
  const spellingsOf = new Map<string, string[]>();
  for (const group of UNIT_GROUPS) {
    const own = group.filter((spelling) => units.has(spelling));
    if (!own.length) continue;
    for (const spelling of group) {
      if (own.includes(spelling)) continue;
      spellingsOf.set(spelling, [...(spellingsOf.get(spelling) ?? []), ...own]);
    }
  }
  const measures = MEASURES_AFTER_GE.filter(
    (spelling) => spellingsOf.has(spelling) || units.has(spelling) || index.unitWords.includes(spelling),
  );
  // 延米 / 米长 of a worktop sold by the 米: another name a product gives its unit of measure is a measure too
  // (6个延米 is six metres)
  const measureNames = new Set(measures);
  for (const product of index.products) {
    if (!MEASURES_AFTER_GE.includes(normalizeTerm(product.unit))) continue;
    for (const alias of product.unitAliases) {
      const name = normalizeTerm(alias);
      if (/^\p{Script=Han}+$/u.test(name) && !name.startsWith('个')) measureNames.add(name);
    }
  }
  if (measureNames.size > measures.length)
    measures.splice(0, measures.length, ...[...measureNames].sort((a, b) => b.length - a.length));
  const phaseByVoltage = seen.has('单相') && seen.has('三相') && !carried.has('220v') && !carried.has('380v');
  built = { spellingsOf, carried, measures, phaseByVoltage, numberedWords };
  tables.set(index, built);
  return built;
}

/**
 * 1.5千瓦 → 1.5kw, 零下35度 / -35度 → -35°c, 9.5毫 → 9.5mm: a number with a unit the catalog writes another way is
 * written the catalog's way, when the catalog carries that number in that unit (or, for a unit of one spelling in
 * the catalog, at all); a spelling two units share (度) is read as the one the catalog carries with that number,
 * and left as said when it carries both or neither.
 */
export function spellUnitsAsCatalog(index: CatalogIndex, text: string): string {
  const { spellingsOf, carried, measures, phaseByVoltage, numberedWords } = unitSpellingsOf(index);
  if (HAS_NUMERAL.test(text)) {
    if (carried.size) text = spellNumeralsBeforeUnits(text, spellingsOf, carried);
    if (numberedWords.size) text = spellNumeralsInValues(index, text, numberedWords);
  }
  if (numberedWords.size && HAS_THOUSANDS.test(text))
    text = spellThousandsInValues(index, text, numberedWords);
  if (text.includes('个') && measures.length) text = dropGeBeforeMeasures(index, text, measures);
  if (text.includes('个') && numberedWords.size) text = dropGeBeforeValueWords(index, text, numberedWords);
  if (text.includes('个') && carried.size) text = dropGeBeforeLetters(text, carried);
  if (!/\d/.test(text)) return text;
  // 220的 / 220V is single-phase and 380的 three-phase, the way the electrical trades say it (inverters, meters,
  // pumps, welders), where the catalog tells products apart by phase and carries no such voltage
  if (phaseByVoltage)
    text = text.replace(MAINS, (_said: string, volts: string) => (volts === '220' ? '单相' : '三相'));
  if (!spellingsOf.size) return text;
  const said = text;
  return text.replace(
    SAID,
    (whole: string, minus: string | undefined, number: string, tail: string, at: number) => {
      // the longest spelling the groups know (毫升 before 毫), then only if the catalog writes its unit otherwise
      const spelling = ALL_SPELLINGS.find((candidate) => tail.startsWith(candidate));
      if (!spelling || !spellingsOf.has(spelling)) return whole;
      // a Latin spelling must end where the letters end (5k is no start of 5kg)
      if (/[a-z]$/.test(spelling) && /^[a-z]/.test(tail.slice(spelling.length))) return whole;
      const sign = minus ? '-' : '';
      // 2公斤半 is 2.5 kg, read as a measure later: its unit stays as said
      if (tail[spelling.length] === '半') return whole;
      const units = spellingsOf.get(spelling)!;
      const fitting = units.filter((unit) => carried.has(`${sign}${Number(number)}${unit}`));
      // a unit said in two or more characters (毫安, 千瓦) that the catalog writes one way only is that unit also for
      // a number the catalog lacks (then asked about as a size it has not), never a word of its own — unless the
      // catalog sells by it (公斤)
      const only =
        !fitting.length && units.length === 1 && spelling.length >= 2 && !index.unitWords.includes(spelling)
          ? units
          : fitting;
      if (only.length !== 1) return whole;
      // (0度10箱: an amount right after stays apart from the unit written in letters, never read as 0°c10; a
      // second value glued on, 12伏38安, stays glued: 12v38ah)
      const rest = tail.slice(spelling.length);
      const apart = !rest && amountFollows(said.slice(at + whole.length));
      return `${sign}${number}${only[0]}${apart ? ' ' : ''}${rest}`;
    },
  );
}

/** Digits and then a word no unit spelling starts: an amount in the sale unit (10箱), not a value (38安). */
function amountFollows(after: string): boolean {
  const digits = /^\d+(?:\.\d+)?\s*/.exec(after);
  if (!digits) return false;
  const word = after.slice(digits[0].length);
  return !!word && !ALL_SPELLINGS.some((spelling) => word.startsWith(spelling));
}

const HAS_NUMERAL = /[一二两三四五六七八九十]/;
/** A Chinese numeral (两, 十五, 三点二五) and the Han characters after it. */
const NUMERAL_SAID =
  /(?<![零一二两三四五六七八九十百千万点\d.])([一二两三四五六七八九十]{1,3}(?:点[零一二三四五六七八九]{1,3})?)(?=[\u4e00-\u9fff])/g;

/**
 * 两吨 → 2吨 (then 2t), 六十三口 → 63口: a Chinese numeral before a unit spelling is written in digits when the
 * catalog carries that number in the unit (or in that spelling) as a value (地磅 十吨的 = 10T even where 河沙 is sold
 * by the 吨; 河沙 五吨 and 小米 两公斤 stay quantities, no value being 5t or 2kg).
 */
function spellNumeralsBeforeUnits(
  text: string,
  spellingsOf: ReadonlyMap<string, string[]>,
  carried: ReadonlySet<string>,
): string {
  return text.replace(NUMERAL_SAID, (said: string, numeral: string, at: number) => {
    const tail = text.slice(at + said.length, at + said.length + 3);
    const spelling = ALL_SPELLINGS.find((candidate) => tail.startsWith(candidate));
    if (!spelling || !/^[\u4e00-\u9fff]/.test(spelling)) return said;
    const number = parseChineseDecimal(numeral);
    if (number === undefined || number <= 0) return said;
    // (六十三口 where the catalog writes 63口 itself: its own spelling too)
    const units = [spelling, ...(spellingsOf.get(spelling) ?? [])];
    return units.some((unit) => carried.has(`${number}${unit}`)) ? String(number) : said;
  });
}

/** A Chinese numeral of hundreds, thousands or ten thousands too (八百, 一千二, 两万) and the Han character after it. */
const NUMERAL_BEFORE_HAN =
  /(?<![零一二两三四五六七八九十百千万点\d.])([一二两三四五六七八九十百千万零]{1,5})(?=[\u4e00-\u9fff])/g;
const HAS_THOUSANDS = /[千万]/;
/** 5千 / 2万 / 1.5万, or 万 alone (万响 is ten thousand of them), and the Han character after it. */
const THOUSANDS_BEFORE_HAN =
  /(?<![零一二两三四五六七八九十百千万点\d.])(\d+(?:\.\d+)?)?([千万])(?=[\u4e00-\u9fff])/g;

/**
 * 八百颗粒 → 800颗粒, 一层管 → 1层管: a Chinese numeral before the word that follows that number in a value of the
 * catalog (800颗粒, 1层钢丝编织) is written in digits, as the value is — unless all it shares with the value is a
 * unit word (两盒, 两颗 stay quantities) or a unit spelling read above, or a catalog word starts at the numeral.
 */
function spellNumeralsInValues(
  index: CatalogIndex,
  text: string,
  numberedWords: ReadonlySet<string>,
): string {
  return text.replace(NUMERAL_BEFORE_HAN, (said: string, numeral: string, at: number) => {
    const after = at + said.length;
    if (ALL_SPELLINGS.some((spelling) => text.startsWith(spelling, after))) return said;
    // 五孔 where the catalog has that word (a socket's own name): the word is read as it is
    if ((termAt(index, text, at)?.length ?? 0) > numeral.length) return said;
    const number = parseChineseNumber(numeral);
    if (number === undefined || number <= 0 || !Number.isInteger(number)) return said;
    return writtenAsValue(index, text, after, number, numberedWords) ? String(number) : said;
  });
}

/**
 * Whether `number` before the word at `after` is written as a value of the catalog is: the longest start of
 * that word a value carries after the number, unless a unit a product is sold in starts there as long or longer.
 */
function writtenAsValue(
  index: CatalogIndex,
  text: string,
  after: number,
  number: number,
  numberedWords: ReadonlySet<string>,
): boolean {
  let shared = 0;
  for (let end = 1; end <= 4 && /\p{Script=Han}/u.test(text[after + end - 1] ?? ''); end++)
    if (numberedWords.has(`${number}${text.slice(after, after + end)}`)) shared = end;
  if (!shared) return false;
  const unit = index.unitWords.find((word) => text.startsWith(word, after));
  return !(unit && unit.length >= shared);
}

/**
 * 5千目 → 5000目, 2万次 → 20000次, 万次 → 10000次: digits with 千 or 万 (or 万 alone, the way a trade says 万响)
 * before the word that follows that number in a value of the catalog, written as the value is — never where the
 * word is a unit the product is counted in (1万个 stays an amount) or a catalog word starts at the 千 (千斤顶).
 */
function spellThousandsInValues(
  index: CatalogIndex,
  text: string,
  numberedWords: ReadonlySet<string>,
): string {
  return text.replace(
    THOUSANDS_BEFORE_HAN,
    (said: string, digits: string | undefined, power: string, at: number) => {
      if (!digits && power !== '万') return said;
      const after = at + said.length;
      if ((termAt(index, text, at + (digits?.length ?? 0))?.length ?? 0) > 1) return said;
      const number = (digits ? Number(digits) : 1) * (power === '万' ? 10000 : 1000);
      if (!Number.isInteger(number)) return said;
      return writtenAsValue(index, text, after, number, numberedWords) ? String(number) : said;
    },
  );
}

/**
 * 4个小时 → 4小时, 12个小时的 → 12小时的: a 个 between a number and the word of two characters or more that follows
 * that number in a value of the catalog (4小时) is no count — unless a unit a product is sold in starts at the word.
 */
function dropGeBeforeValueWords(
  index: CatalogIndex,
  text: string,
  numberedWords: ReadonlySet<string>,
): string {
  return text.replace(GE_BEFORE, (said: string, number: string, at: number) => {
    const after = at + said.length;
    const value = /\d/.test(number) ? Number(number) : parseChineseNumber(number);
    if (value === undefined || value <= 0) return said;
    const word = text.slice(after, after + 2);
    if (word.length < 2 || !numberedWords.has(`${value}${word}`)) return said;
    if (index.unitWords.some((unit) => text.startsWith(unit, after))) return said;
    return String(value);
  });
}

/** A number, 个, then Latin letters and what follows them (16个g的, 2个t). */
const GE_BEFORE_LETTERS = /(?<![\d.])(\d+(?:\.\d+)?)个([a-z]+)(?![a-z])/g;

/**
 * 16个g → 16g, 2个t → 2t: a 个 between a number and Latin letters is no count where the catalog carries that
 * number in that unit (the way 8个G of memory is said).
 */
function dropGeBeforeLetters(text: string, carried: Set<string>): string {
  return text.replace(GE_BEFORE_LETTERS, (said: string, number: string, letters: string) =>
    carried.has(`${Number(number)}${letters}`) ? `${number}${letters}` : said,
  );
}

/**
 * 36个方 → 36方, 5个千瓦 / 五个千瓦 → 5千瓦: a 个 between a number and a unit of measure the catalog uses is no count,
 * unless a catalog word starts at the unit (3个方管, 2个米黄的).
 */
function dropGeBeforeMeasures(index: CatalogIndex, text: string, measures: readonly string[]): string {
  return text.replace(GE_BEFORE, (said: string, number: string, at: number) => {
    const unitAt = at + said.length;
    const unit = measures.find((spelling) => text.startsWith(spelling, unitAt));
    if (!unit) return said;
    if ((termAt(index, text, unitAt)?.length ?? 0) > unit.length) return said;
    // 2个吨桶 is two IBC drums: the unit must end the word (36个方 找平器, 5个千瓦的)
    const next = text[unitAt + unit.length] ?? '';
    if (/[\u4e00-\u9fff]/.test(next) && next !== '的') return said;
    // (三个千瓦: a numeral is written in digits, as the unit after it will be)
    return /\d/.test(number) ? number : String(parseChineseNumber(number) ?? number);
  });
}
