/**
 * Spec spellings → canonical keys, so that `2.5` / `2.5平` / `2.5平方` / `2.5mm²` / `2.5方`, `800*800` / `80*80`
 * (centimetres), `425` / `42.5` / `P.O42.5` (but not `42.5R`), `M8*60`, `4分` / `DN15` / `20mm` and `9瓦` / `9W`
 * meet on the same keys. Works on normalised text (see text-normalize.ts). Pure, no catalog knowledge.
 *
 * A message spec is a list of requirements; each requirement is a list of alternative keys, and a product
 * satisfies it when one of its own keys (from its spec values, name and aliases) is among them.
 */

import { parseChineseNumber } from './numerals.js';
import { normalizeTerm } from './text-normalize.js';
import { canonicalUnit } from './units.js';
import { nearInchKey } from './inch-sizes.js';

export interface SpecToken {
  start: number;
  end: number;
  raw: string;
  /** Every requirement must be met; a requirement is met by any one of its keys. */
  reqs: string[][];
  /** True for a lone number (`25的`): weaker than a number with a unit. */
  bare: boolean;
}

const num = (s: string): string => String(Number(s));

/** Pipe sizes in 分 / 寸 (inch eighths / inches) → nominal bore DN, plastic pipe outer diameter, inch. */
const PIPE_SIZES: Record<string, [number, number, string]> = {
  '2分': [6, 12, '1/4'],
  '3分': [10, 16, '3/8'],
  '4分': [15, 20, '1/2'],
  '6分': [20, 25, '3/4'],
  '1寸': [25, 32, '1'],
  '1寸2': [32, 40, '1-1/4'],
  '1寸半': [40, 50, '1-1/2'],
  '2寸': [50, 63, '2'],
  '2寸半': [65, 75, '2-1/2'],
  '3寸': [80, 90, '3'],
  '4寸': [100, 110, '4'],
};
const INCH_TO_PIPE = new Map(Object.values(PIPE_SIZES).map((v) => [v[2], v]));

/**
 * The keys of a pipe size said in 分 / 寸: its bore, its inch and `pipe:` the outside diameter of the plastic water
 * pipe it names (4分 is a 20 mm PPR pipe). The catalog index gives each product's millimetre sizes their `pipe:`
 * key by what the product is (a 16 mm conduit is the 4分 one: see {@link pipeKeyOf}).
 */
function pipeKeys(size: [number, number, string]): string[] {
  return [`dn:${size[0]}`, `pipe:${size[1]}`, `in:${size[2]}`, `bare:${size[1]}`];
}

/** Electrical conduit sizes in mm → the water-pipe outside diameter of the same 分 / 寸 (16 mm is 4分, as 20 is). */
const CONDUIT_AS_PIPE: Record<number, number> = { 16: 20, 20: 25, 25: 32, 32: 40, 40: 50, 50: 63 };
const PIPE_OUTSIDE = new Set(Object.values(PIPE_SIZES).map((v) => v[1]));

/**
 * The `pipe:` key of a product's millimetre size `mm:N` (see pipeKeys): the size itself for a water pipe or
 * fitting, the 分 / 寸 size the electrical trade gives it for a conduit; undefined for sizes no 分 names.
 */
export function pipeKeyOf(key: string, conduit: boolean): string | undefined {
  if (!key.startsWith('mm:')) return undefined;
  const mm = Number(key.slice(3));
  const od = conduit ? CONDUIT_AS_PIPE[mm] : PIPE_OUTSIDE.has(mm) ? mm : undefined;
  return od === undefined ? undefined : `pipe:${od}`;
}

const GRADE = /^(?:\d{2}\.5|[3-6]25)$/;
function gradeOf(n: string): string | undefined {
  if (!GRADE.test(n)) return undefined;
  return n.includes('.') ? num(n) : `${n.slice(0, 2)}.5`;
}

/** Length units a side of a size may be said in, and their millimetres. */
// (米 before a character other than 的 may begin a word: 600*600米黄 is a colour)
const SIDE_UNIT = String.raw`米(?![^\s的*乘\d,，、。；;])|m(?![a-z²])|公分|厘米|cm|毫米|mm`;
const SIDE_MILLIMETRES: Record<string, number> = {
  米: 1000,
  m: 1000,
  公分: 10,
  厘米: 10,
  cm: 10,
  毫米: 1,
  mm: 1,
};

type Rule = { re: RegExp; make: (m: RegExpExecArray) => { reqs: string[][]; bare?: boolean } | undefined };

const N = String.raw`\d+(?:\.\d+)?`;
const UNIT_KEYS: [RegExp, (n: number) => string[]][] = [
  [/^(?:平方|平|方)$/, (n) => [`sq:${n}`]],
  [/^(?:mm|毫米|厘|厚)$/, (n) => [`mm:${n}`, `side:${n}`, `part:${n}`]],
  [/^(?:cm|厘米|公分)$/, (n) => [`mm:${n * 10}`, `cm:${n}`, `side:${n * 10}`, `part:${n * 10}`]],
  [/^(?:kg|公斤|千克)$/, (n) => [`kg:${n}`]],
  [/^斤$/, (n) => [`kg:${n / 2}`]],
  // 1丝 is 0.01 mm: the thickness of film, sheet and foil in the trades
  [/^丝$/, (n) => [`mm:${n / 100}`]],
  [/^(?:g|克)$/, (n) => [`g:${n}`, `kg:${n / 1000}`]],
  [/^(?:ml|毫升)$/, (n) => [`ml:${n}`, `l:${n / 1000}`]],
  [/^(?:l|升)$/, (n) => [`l:${n}`, `ml:${Math.round(n * 1000)}`]],
  // 400W said of a camera is 400万 pixels: the watts and the resolution are both read, the catalog settles which
  [/^(?:w|瓦)$/, (n) => [`w:${n}`, `wan:${n}`]],
  [/^(?:kw|千瓦)$/, (n) => [`w:${Math.round(n * 1000)}`, `kw:${n}`]],
  [/^(?:a|安)$/, (n) => [`a:${n}`]],
  [/^p$/, (n) => [`p:${n}`]],
  [/^(?:v|伏)$/, (n) => [`v:${n}`]],
  [/^孔$/, (n) => [`hole:${n}`]],
  [/^芯$/, (n) => [`core:${n}`]],
  [/^(?:米|m)$/, (n) => [`mm:${Math.round(n * 1000)}`, `metre:${n}`, `side:${Math.round(n * 1000)}`]],
];
/** Unit words a number carries as a spec (2.5平方, 20mm, 9瓦, 5米), as a regular-expression alternation. */
export const SPEC_UNIT = String.raw`平方|平|方|mm|毫米|厘米|厘|厚|公分|cm|kg|公斤|千克|斤|丝(?![杆锥攻扣网线巾袜带绸印钉])|ml|毫升|g|克|l|升|kw|千瓦|w|瓦|a|安|p|v|伏|孔|芯|米`;

/** Conductor cross-sections in mm² that wire and cable are made in. */
const CABLE_SECTIONS = new Set([
  0.5, 0.75, 1, 1.5, 2.5, 4, 6, 10, 16, 25, 35, 50, 70, 95, 120, 150, 185, 240,
]);

/** Screw gauges (#4 … #14) → the shank in mm the trade writes (ST3.5 is a #6). */
const SCREW_GAUGES: Record<number, number> = { 4: 2.9, 6: 3.5, 7: 3.9, 8: 4.2, 10: 4.8, 12: 5.5, 14: 6.3 };

const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6' };
const cnDigit = (c: string) => CN_DIGIT[c] ?? c;

/** One end of a reducer: a pipe size in 分 / 寸, a DN bore or a diameter in mm. */
const PIPE_END = String.raw`[1-4一二两三四]寸(?:半|[2-5]|[二三四五](?!通))?|[2346二三四六]分|dn\d{2,3}|\d{2,3}(?:mm)?`;

/** The sizes one end of a reducer may be written in: DN, plastic pipe diameter. */
function reducerEnd(end: string): { dn: number; mm: number } | undefined {
  const pipe = /^([1-4一二两三四])寸(半|[2-5二三四五])?$|^([2346二三四六])分$/.exec(end);
  if (pipe) {
    const key = pipe[3]
      ? `${cnDigit(pipe[3])}分`
      : `${cnDigit(pipe[1]!)}寸${pipe[2] ? (pipe[2] === '半' ? '半' : cnDigit(pipe[2])) : ''}`;
    const size = PIPE_SIZES[key];
    return size ? { dn: size[0], mm: size[1] } : undefined;
  }
  const dn = /^dn(\d+)$/.exec(end);
  if (dn) {
    const size = Object.values(PIPE_SIZES).find((v) => v[0] === Number(dn[1]));
    return size ? { dn: size[0], mm: size[1] } : { dn: Number(dn[1]), mm: Number(dn[1]) };
  }
  const mm = Number(end.replace('mm', ''));
  const size = Object.values(PIPE_SIZES).find((v) => v[1] === mm);
  return { dn: size ? size[0] : mm, mm };
}

/** Ampere ratings breakers come in, for C16 / D32 (a curve letter before the rating). */
const BREAKER_AMPS = new Set([6, 10, 13, 16, 20, 25, 32, 40, 50, 63, 80, 100, 125]);

/** The units a pack said by its content (1000套装) may be the outside of. */
const PACK_OUTERS = ['箱', '件', '盒', '包', '提', '袋', '桶', '捆', '条'];

const RULES: Rule[] = [
  {
    // network cable categories: cat6 / cat5e / cat6a and 六类 / 超五类 / 超六类 / 七类 (the 超 is read before 五)
    re: /cat ?(5e|6a|[5-7])(?![0-9a-z])|([五六七])类/y,
    make: (m) => {
      if (m[1]) return { reqs: [[`cat:${m[1]}`]] };
      const digit = { 五: '5', 六: '6', 七: '7' }[m[2]!]!;
      const enhanced = m.input[m.index - 1] === '超';
      return { reqs: [[`cat:${digit}${enhanced ? (digit === '5' ? 'e' : 'a') : ''}`]] };
    },
  },
  {
    // camera resolution: 400万 (pixels), which the trade also writes 400W
    re: /(\d+)万(?:像素)?/y,
    make: (m) => ({ reqs: [[`wan:${Number(m[1])}`]] }),
  },
  {
    // reducers named by both ends: 6分变4分, 1寸转6分, 32转25, dn25*dn20 (either order)
    re: new RegExp(String.raw`(${PIPE_END}) ?(?:变|转|[*x×-]) ?(${PIPE_END})`, 'y'),
    make: (m) => {
      if (!/[分寸n变转]/.test(m[0])) return undefined;
      const a = reducerEnd(m[1]!);
      const b = reducerEnd(m[2]!);
      if (!a || !b || a.mm === b.mm) return undefined;
      // plain numbers are diameters (32转25); 分 / 寸 / DN are bores too (a catalog's DN25*DN20)
      const alts = [`dim:${a.mm}*${b.mm}`, `dim:${b.mm}*${a.mm}`];
      if (/[分寸n]/.test(m[0])) alts.push(`dndim:${a.dn}*${b.dn}`, `dndim:${b.dn}*${a.dn}`);
      return { reqs: [alts] };
    },
  },
  {
    // breakers: C16 / D32 (curve and rating), C型 / D型, 2P32 (poles and rating), 1P+N / DPN
    re: /([bcd])(\d{1,3})a?(?![0-9a-z])|([bcd])(?:型|曲线|(?=的))|(\d)p(\d{1,3})a?(?![0-9a-z])|(\d)p ?\+ ?n|(dpn)/y,
    make: (m) => {
      if (m[1] && m[2]) {
        if (!BREAKER_AMPS.has(Number(m[2]))) return undefined;
        return { reqs: [[`a:${Number(m[2])}`], [`curve:${m[1]}`]] };
      }
      // (or the type a catalog writes as the letter alone: a V-belt's B型)
      if (m[3]) return { reqs: [[`curve:${m[3]}`, `letter:${m[3]}`]] };
      if (m[4] && m[5]) return { reqs: [[`p:${m[4]}`], [`a:${Number(m[5])}`, `bare:${Number(m[5])}`]] };
      if (m[6]) return { reqs: [[`pn:${m[6]}`]] };
      return { reqs: [[`pn:1`]] };
    },
  },
  {
    // power cable written the catalog's way: 3*16+1*10 (three phase cores of 16 mm², one of 10), 4*25+1*16
    re: new RegExp(String.raw`([2-5])\*(${N})\+([12])\*(${N})`, 'y'),
    make: (m) => {
      const [phases, section, others, smaller] = [m[1]!, num(m[2]!), m[3]!, num(m[4]!)];
      return {
        reqs: [
          [`cable:${phases}*${section}+${others}*${smaller}`],
          [`cores:${phases}+${others}`],
          [`sq:${section}`],
          [`dim:${phases}*${section}`],
          [`dim:${others}*${smaller}`],
        ],
      };
    },
  },
  {
    // cores said the trade's way: 3+1 (three phases and a smaller neutral), 3+2, 4+1, with or without 芯
    re: /([2-5])\+([12])(?![\d.*])(?:芯)?/y,
    make: (m) => ({ reqs: [[`cores:${m[1]}+${m[2]}`]] }),
  },
  {
    // cable cores and cross-section: 3芯2.5, 三芯4平方 (a catalog's 3×2.5, or 3芯 with 2.5平方)
    re: /([1-5一二两三四五])芯 ?(\d+(?:\.\d+)?)(?:平方|平|方)?/y,
    make: (m) => {
      const cores = cnDigit(m[1]!);
      const section = num(m[2]!);
      return {
        reqs: [
          [`core:${cores}`, `dim:${cores}*${section}`],
          [`sq:${section}`, `dim:${cores}*${section}`],
        ],
      };
    },
  },
  {
    // tool and hinge sizes in inches: 6寸, 10寸 扳手 (a nominal 25 mm an inch), 14寸 管钳; a pan, pot or tray said
    // in 寸 is also its true inch to the whole centimetre the trade labels it with (14寸炒锅 is the 36 cm one);
    // a catalog's 6.0寸 is the same 6寸, and 五寸半 / 6寸半 the 5.5寸 / 6.5寸 a catalog writes with a point
    re: /(\d{1,2}(?=(?:\.0)?寸)|[五六七八九十]|十[一二三四五六七八九])(?:\.0)?寸(?:(半)(?![斤打箱盒包件袋])|(?![半2-5二三四五]))/y,
    make: (m) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : (parseChineseNumber(m[1]!) ?? 0);
      if (n < 5) return undefined;
      if (m[2]) return { reqs: [[`inch:${n + 0.5}`, nearInchKey(n + 0.5)]] };
      const centimetres = Math.round(n * 2.54);
      return {
        reqs: [[`inch:${n}`, `mm:${n * 25}`, `mm:${centimetres * 10}`, `cm:${centimetres}`, nearInchKey(n)]],
      };
    },
  },
  {
    // lengths in the market 尺 (a third of a metre): 一尺的公仔, 2尺, 二尺二 (2.2尺); read against the family's lengths
    // in unit-readings.ts (not 尺寸 / 尺码, the words for size)
    re: /(\d|[一二两三四五])尺(半|[一二三四五六七八九]|\d(?![\d.]))?(?![寸码子])/y,
    make: (m) => {
      const d = (c: string) => (/\d/.test(c) ? Number(c) : (parseChineseNumber(c) ?? 0));
      const chi = d(m[1]!) + (m[2] ? (m[2] === '半' ? 0.5 : d(m[2]) / 10) : 0);
      return chi ? { reqs: [[`chi:${chi}`]] } : undefined;
    },
  },
  {
    // 1.5寸 / 2.5寸 of webbing or a blade: a half inch said with a decimal point; of a pipe, hose or valve the
    // 1寸半 / 2寸半 it also is (2.5寸水带 is the DN65 one)
    re: /(\d{1,2}\.5)寸/y,
    make: (m) => {
      const pipe = PIPE_SIZES[`${Math.floor(Number(m[1]))}寸半`];
      return {
        // (its bore and inch only: the outside diameter of a plastic pipe would reach a 50 mm strap)
        reqs: [
          [
            `inch:${num(m[1]!)}`,
            nearInchKey(Number(m[1])),
            ...(pipe ? [`dn:${pipe[0]}`, `in:${pipe[2]}`] : []),
          ],
        ],
      };
    },
  },
  {
    // 寸半 / 寸二 with no numeral before them are the trade's 1寸半 / 1寸2 (钢丝管寸半的, 寸二的水带); 1.2寸 / 1.3寸 the
    // 1寸2 / 1寸3 written with a decimal point (a pipe's 1¼ inch is said 1寸2, never 1.25寸)
    re: /寸(半|2(?![\d.])|二)|(\d)\.([2-4])寸/y,
    make: (m) => {
      const key = m[1] ? (m[1] === '半' ? '1寸半' : '1寸2') : `${m[2]}寸${m[3]}`;
      const size = PIPE_SIZES[key];
      if (!size) return undefined;
      const inches = m[1] === '半' ? 1.5 : undefined;
      return {
        reqs: [
          [
            ...pipeKeys(size),
            ...(m[2] ? [`inch:${m[2]}.${m[3]}`] : []),
            ...(inches ? [nearInchKey(inches)] : []),
          ],
        ],
      };
    },
  },
  {
    // pipe sizes: 4分, 6分, 1寸, 1寸2, 1寸半, 2寸
    // (1寸三通 is a 1寸 tee: a numeral starting a fitting's name is no tenth)
    // (4寸2.5厘 / 4寸3厘 of a hinge: a digit before a decimal point or a unit is no tenth but the next size)
    // (a 分 is also an eighth of an inch outside pipe work: a 4分 chain has a 12.7 mm pitch, a 5分 one 15.875)
    // (2分半 is 5/16 inch: a hydraulic hose's DN8)
    re: /([1-4一二两三四])寸(半|[2-5](?![\d.]|厘|毫|mm|cm|个|片)|[二三四五](?![通]))?|([2-6二三四五六])分(半)?(?![钟钱之])/y,
    make: (m) => {
      const d = (c: string) => ({ 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6' })[c] ?? c;
      if (m[4]) {
        const sixteenths = Number(d(m[3]!)) * 2 + 1;
        return { reqs: [[`in:${sixteenths}/16`, `mm:${Math.round(sixteenths * 1587.5) / 1000}`]] };
      }
      const key = m[3] ? `${d(m[3])}分` : `${d(m[1]!)}寸${m[2] ? (m[2] === '半' ? '半' : d(m[2])) : ''}`;
      const eighths = m[3]
        ? [`mm:${Math.round(Number(d(m[3])) * 3175) / 1000}`, `in:${inchOfEighths(Number(d(m[3])))}`]
        : [];
      const size = PIPE_SIZES[key];
      if (!size) return eighths.length ? { reqs: [eighths] } : undefined;
      if (eighths.length) return { reqs: [[...pipeKeys(size), ...eighths]] };
      // a whole 2寸 to 4寸 is also a tool or disc size at a nominal 25 mm an inch (4寸切割片 is 100 mm)
      const whole = !m[3] && !m[2] ? Number(d(m[1]!)) : 0;
      const near = whole ? [nearInchKey(whole)] : m[2] === '半' ? [nearInchKey(Number(d(m[1]!)) + 0.5)] : [];
      return {
        reqs: [
          whole >= 2
            ? [...pipeKeys(size), `inch:${whole}`, `mm:${whole * 25}`, ...near]
            : [...pipeKeys(size), ...near],
        ],
      };
    },
  },
  {
    // DN bores; de (outside diameter of plastic pipe)
    re: /(dn|de) ?(\d+)/y,
    make: (m) => {
      const n = Number(m[2]);
      return { reqs: [m[1] === 'de' ? [`mm:${n}`, `bare:${n}`] : [`dn:${n}`, `mm:${n}`, `bare:${n}`]] };
    },
  },
  {
    // bolts: M8, M8*60, M8*60mm
    re: new RegExp(String.raw`m(${N})(?:\*(${N})(?:mm)?)?`, 'y'),
    make: (m) => {
      const reqs = [[`m:${num(m[1]!)}`]];
      if (m[2]) reqs.push([`mm:${num(m[2])}`, `bare:${num(m[2])}`]);
      return { reqs };
    },
  },
  {
    // cement grades: P.O42.5, PO 42.5, P.C32.5, 42.5R
    re: /p\.? ?[ocsfp]\.? ?(\d{2}\.5|[3-6]25)(r)?/y,
    make: (m) => ({ reqs: [[`grade:${gradeOf(m[1]!)}${m[2] ?? ''}`]] }),
  },
  {
    // inch fractions 1/2, 3/4, 9/16 (optionally after a size: 20*1/2)
    re: new RegExp(String.raw`(?:(${N})\*)?(\d{1,2})\/(\d{1,2})(?:寸|"|in)?`, 'y'),
    make: (m) => {
      if (!isInchFraction(m[2]!, m[3]!)) return undefined;
      const inch = `${m[2]}/${m[3]}`;
      const pipe = INCH_TO_PIPE.get(inch);
      const reqs = [pipe ? pipeKeys(pipe) : [`in:${inch}`]];
      if (m[1]) reqs.unshift([`mm:${num(m[1])}`, `bare:${num(m[1])}`, `num:${num(m[1])}`]);
      return { reqs };
    },
  },
  {
    // self-tapping and drywall screws by gauge and inch length: 6*1寸 is 3.5*25, 8*2寸 is 4.2*50
    re: /(\d{1,2})#? ?\* ?(\d(?:\.\d+)?)寸/y,
    make: (m) => {
      const gauge = SCREW_GAUGES[Number(m[1])];
      if (!gauge) return undefined;
      return { reqs: [[`dim:${gauge}*${Math.round(Number(m[2]) * 25)}`]] };
    },
  },
  {
    // a size with a side in metres or centimetres, or said with 乘: 2.1米*90, 1.8米*2米, 60公分*80公分, 1.5乘2 (each
    // side in its own unit; one said without a unit is read as said, and in other units when that meets nothing:
    // see unit-readings.ts); 5米*10 is five metres ten times
    re: new RegExp(
      String.raw`(${N})(${SIDE_UNIT})?(\*|乘)(${N})(${SIDE_UNIT})?(?:(\*|乘)(${N})(${SIDE_UNIT})?)?`,
      'y',
    ),
    make: (m) => {
      const sides = [[m[1]!, m[2]], [m[4]!, m[5]], ...(m[7] ? [[m[7], m[8]]] : [])] as [
        string,
        string | undefined,
      ][];
      const named = sides.some(([, unit]) => unit !== undefined && !/^(?:cm|mm)$/.test(unit));
      if (!named && m[3] !== '乘' && m[6] !== '乘') return undefined;
      if (m[2] && m[3] === '*' && !m[5] && !m[1]!.includes('.') && !m[7]) return undefined;
      const mm = sides.map(
        ([n, unit]) => Math.round(Number(n) * (unit ? SIDE_MILLIMETRES[unit]! : 1) * 1000) / 1000,
      );
      const alts = [`dim:${mm.join('*')}`];
      if (mm.length === 2 && mm[0] === mm[1]) alts.push(`side:${mm[0]}`);
      return { reqs: [alts] };
    },
  },
  {
    // dimensions: 800*800, 80*80 (cm), 2*1.5, 550ml*24, 10*10cm, 300*600*10
    re: new RegExp(
      String.raw`(${N})(mm|cm|ml|l|g|kg)?\*(${N})(mm|cm|袋|瓶|支|包|罐|听|片)?(?:\*(${N}))?(mm|cm)?`,
      'y',
    ),
    make: (m) => {
      const parts = [m[1]!, m[3]!, m[5]].filter((p): p is string => p !== undefined).map(num);
      const unitFirst = m[2];
      const unit = m[6] ?? (m[4] === 'mm' || m[4] === 'cm' ? m[4] : undefined);
      const alts = new Set<string>();
      if (unitFirst && /^(ml|l|g|kg)$/.test(unitFirst)) {
        // a pack: 550ml*24
        alts.add(`pack:${parts.join('*')}`);
        for (const k of unitKeys(Number(parts[0]), unitFirst)) alts.add(k);
        return { reqs: [[...alts]] };
      }
      const scale = unit === 'cm' ? 10 : 1;
      alts.add(`dim:${parts.map((p) => Number(p) * scale).join('*')}`);
      // a square one side names (15公分的地漏 is the 15*15cm one)
      if (parts.length === 2 && parts[0] === parts[1]) alts.add(`side:${Number(parts[0]) * scale}`);
      if (unit === 'cm') alts.add(`dim:${parts.join('*')}`);
      if (!unit && parts.every((p) => /^\d+$/.test(p) && Number(p) >= 10 && Number(p) <= 200)) {
        alts.add(`dim:${parts.map((p) => Number(p) * 10).join('*')}`);
      }
      // 4*3*3 / 4*3*2.5 of a hinge: length and width in 寸, thickness in mm — the size and the thickness
      const [length, width, thick] = parts.map(Number) as [number, number, number | undefined];
      if (
        !unit &&
        thick !== undefined &&
        Number.isInteger(length) &&
        length >= 2 &&
        length <= 8 &&
        width < length &&
        thick <= 5
      ) {
        const all = [...alts];
        return {
          reqs: [
            [...all, `inch:${length}`],
            [...all, `mm:${thick}`],
          ],
        };
      }
      return { reqs: [[...alts]] };
    },
  },
  {
    // a number with a spec unit: 2.5平方, 20mm, 5L, 9W, 16A, 1P, 50kg, 6厘
    // (a Latin unit must not start a word: 5w, not the 5 of 5watt; 平方 is a unit before BV too)
    re: new RegExp(String.raw`(${N}) ?((?:${SPEC_UNIT})(?<=[^a-z])|(?:${SPEC_UNIT})(?![a-z]))`, 'y'),
    make: (m) => {
      // 1.8 A01: a Latin letter after a space with digits after it begins a code (a pattern, a model), no unit
      if (m[0].includes(' ') && /^[a-z]/.test(m[2]!) && /\d/.test(m.input[m.index + m[0].length] ?? ''))
        return undefined;
      const keys = unitKeys(Number(m[1]), m[2]!);
      // 1斤 is 0.5 kg and 1丝 0.01 mm: their number alone says nothing
      const bare = m[2] === '斤' || m[2] === '丝' ? [] : [`bare:${num(m[1]!)}`];
      return keys.length ? { reqs: [[...keys, ...bare]] } : undefined;
    },
  },
  {
    // a pack count: 12瓶一箱的 / 24罐每箱的 / 10包1提装 (the product whose 箱 holds 12 of its 瓶); 20包一箱装或40包一箱装
    // either of two
    re: /(\d{1,4}|[一二两三四五六七八九十]{1,3})(\p{Script=Han})(?:一|每|1)(\p{Script=Han})(?:装或(\d{1,4})\2(?:一|每|1)\3)?(?=的|装)/uy,
    make: (m) => {
      const count = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
      if (!count || count < 2) return undefined;
      const per = (n: number) => `per:${canonicalUnit(m[3]!)}:${canonicalUnit(m[2]!)}:${n}`;
      return { reqs: [[per(count), ...(m[4] ? [per(Number(m[4]))] : [])]] };
    },
  },
  {
    // a pack said by what it holds: 1000套装 / 24瓶装的 (the product whose 箱, 件, 盒 … holds 1000 of its 套)
    re: /(\d{1,5})(\p{Script=Han})装(?![车货修好])/uy,
    make: (m) => {
      const count = Number(m[1]);
      const inner = canonicalUnit(m[2]!);
      if (count < 2 || /[斤克升米吨方]/.test(inner)) return undefined;
      // (or the number is a value of its own, 瓶装 the kind: 雪花500瓶装 is the 500 ml bottle)
      return { reqs: [[...PACK_OUTERS.map((outer) => `per:${outer}:${inner}:${count}`), `num:${count}`]] };
    },
  },
  {
    // a lone number: 25的, 425, 42.5R, 800
    re: new RegExp(String.raw`(${N})(r)?(#|号|级)?`, 'y'),
    make: (m) => {
      const n = m[1]!;
      const grade = gradeOf(n);
      if (m[2]) return grade ? { reqs: [[`grade:${grade}r`]] } : undefined;
      // 5号 / 8#: a size by its number (纸箱 5号), never the 5 of 5层 or 5kg
      if (m[3] === '号' || m[3] === '#')
        return { reqs: [[`no:${num(n)}`, `bare:${num(n)}`, ...(grade ? [`grade:${grade}`] : [])]] };
      // 065 / 02: a number written with a leading zero is a model code, said as the catalog writes it; it fits a
      // value of that code or of the lone number, never a number inside another value (the 65 of 45-65kg)
      if (/^0\d+$/.test(n)) return { reqs: [[`code:${n}`, `bare:${num(n)}`]], bare: true };
      const alts = [`num:${num(n)}`];
      if (grade) alts.push(`grade:${grade}`);
      return { reqs: [alts], bare: true };
    },
  },
];

function unitKeys(n: number, unit: string): string[] {
  for (const [re, keys] of UNIT_KEYS)
    if (re.test(unit)) return keys(n).map((k) => k.replace(/:(.*)$/, (_, v) => `:${num(String(v))}`));
  return [];
}

const scanned = new Map<string, SpecToken[]>();

/**
 * Finds spec tokens in normalised text; number runs glued to letters on the left (`bv2.5`) still count. Pure and
 * memoised (the tokens are shared: do not change them).
 */
export function scanSpecs(text: string): SpecToken[] {
  const hit = scanned.get(text);
  if (hit) return hit;
  const tokens = scanSpecsUncached(text);
  if (scanned.size >= 5000) scanned.delete(scanned.keys().next().value!);
  scanned.set(text, tokens);
  return tokens;
}

/** The characters other than digits a spec token may start with (see the rules). */
const TOKEN_STARTS = new Set([...'bcmdp一二两三四五六七八九十寸'].map((c) => c.charCodeAt(0)));
const DOT_CODE = 46;
/** 0 to 9 (false for NaN: no character). */
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
/** a to z (false for NaN: no character). */
const isLatinCode = (code: number): boolean => code >= 97 && code <= 122;

type Made = { reqs: string[][]; bare?: boolean } | undefined;
/** What each rule made of a match, by the rule, the match's groups and the characters either side of it. */
const madeByMatch = new Map<string, Made>();

/**
 * What rule `r` makes of the match `m` in `text`, remembered: a rule's reading depends on the match's groups and, for
 * two rules, on the character before or after it — nothing else. The same reading is then the same object for every
 * text that says the value, so the requirement lists' own tables (idsForRequirements, the family keys of a mention)
 * are built once per value said instead of once per text scanned (the readings are shared: never changed).
 */
function madeBy(r: number, m: RegExpExecArray, text: string): Made {
  // (each part led by its length, a group that took no part by -: no two matches share a key)
  const before = text[m.index - 1] ?? '';
  const after = text[m.index + m[0].length] ?? '';
  let key = `${r}:${before.length}${before}${after.length}${after}`;
  for (let g = 0; g < m.length; g++) {
    const group = m[g];
    key += group === undefined ? '-' : `${group.length}:${group}`;
  }
  if (madeByMatch.has(key)) return madeByMatch.get(key);
  const made = RULES[r]!.make(m);
  if (madeByMatch.size >= 5000) madeByMatch.delete(madeByMatch.keys().next().value!);
  madeByMatch.set(key, made);
  return made;
}

function scanSpecsUncached(text: string): SpecToken[] {
  const out: SpecToken[] = [];
  let i = 0;
  while (i < text.length) {
    // (by character codes: this runs for every position of every text scanned)
    const code = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : NaN;
    const startable = isDigitCode(code)
      ? !(isDigitCode(prev) || prev === DOT_CODE)
      : TOKEN_STARTS.has(code) && !(isDigitCode(prev) || isLatinCode(prev));
    if (!startable) {
      i += 1;
      continue;
    }
    let hit: SpecToken | undefined;
    for (let r = 0; r < RULES.length; r++) {
      const rule = RULES[r]!;
      rule.re.lastIndex = i;
      const m = rule.re.exec(text);
      if (!m || m[0].length === 0) continue;
      const end = i + m[0].length;
      // a token must not stop inside a number or a Latin word
      const next = text[end] ?? '';
      if ((/[0-9.]$/.test(m[0]) && /[0-9]/.test(next)) || (/[a-z]$/.test(m[0]) && /[a-z]/.test(next)))
        continue;
      const made = madeBy(r, m, text);
      if (!made) continue;
      hit = { start: i, end, raw: m[0], reqs: made.reqs, bare: made.bare ?? false };
      break;
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i += 1;
  }
  return out;
}

/** N eighths of an inch as the trade writes the fraction: 4 → 1/2, 5 → 5/8, 6 → 3/4. */
function inchOfEighths(eighths: number): string {
  let [n, d] = [eighths, 8];
  while (n % 2 === 0 && d > 1) [n, d] = [n / 2, d / 2];
  return d === 1 ? String(n) : `${n}/${d}`;
}

/** An inch fraction: 1/2, 3/8, 9/16 (a numerator below a denominator that is a power of two up to 64). */
const INCH_FRACTION = /(?<![\d.])(\d{1,2})\/(\d{1,2})(?![\d.])/g;
function isInchFraction(numerator: string, denominator: string): boolean {
  const [n, d] = [Number(numerator), Number(denominator)];
  return n > 0 && n < d && d <= 64 && (d & (d - 1)) === 0;
}
/** A fraction and the thread count joined to it by a dash: the 18 of 9/16-18, the 13 of 1/2-13. */
const FRACTION_THREADS = /(?<![\d.])(\d{1,2})\/(\d{1,2})-(\d{1,3})(?![\d.])/g;

/** Where the thread counts after inch fractions start in a catalog string. */
function threadCountStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const m of text.matchAll(FRACTION_THREADS))
    if (isInchFraction(m[1]!, m[2]!)) starts.add(m.index + m[0].length - m[3]!.length);
  return starts;
}

/**
 * The keys a catalog string carries (a spec value, or a name or alias with sizes in it): every alternative of
 * every spec token in it, plus `num:` for each number and `bare:` for a value that is a lone number.
 */
export function specKeysOf(text: string): string[] {
  const keys = new Set<string>();
  // the thread count after an inch fraction (the 18 of JIC 9/16-18) is no size of the value
  const threadCounts = text.includes('/') ? threadCountStarts(text) : undefined;
  for (const t of scanSpecs(text)) {
    if (threadCounts?.has(t.start)) continue;
    // a catalog's DN15 is a bore, never a 15 mm outside diameter
    // (and a catalog's 400W is watts, never a resolution)
    const own = /^dn/.test(t.raw)
      ? t.reqs.map((r) => r.filter((k) => k.startsWith('dn:')))
      : /[w瓦]$/.test(t.raw)
        ? t.reqs.map((r) => r.filter((k) => !k.startsWith('wan:')))
        : t.reqs;
    // (a value with a unit carries no bare: key: 16mm must not answer 16平方 or 16A through its number alone)
    for (const req of own) for (const k of req) if (!k.startsWith('bare:')) keys.add(k);
    // 6*100 (a screwdriver's shaft and length): one side said in mm (100mm) fits it
    for (const k of own.flat())
      if (k.startsWith('dim:')) for (const part of k.slice(4).split('*')) keys.add(`part:${num(part)}`);
    // 5*16 of a cable is five cores of 16 mm²: the 16平方 a customer says of it
    for (const k of own.flat()) {
      const cores = /^dim:([2-5])\*(\d+(?:\.\d+)?)$/.exec(k);
      if (cores && CABLE_SECTIONS.has(Number(cores[2]))) keys.add(`sq:${num(cores[2]!)}`);
    }
    // 20*1/2 leads with 20: a size said once (4分) fits it before 25*1/2, where it only comes second
    // (a cable's 3*16+1*10 has no leading size: its phase section is no more its size than its cores)
    if (own.length > 1 && !own[0]![0]!.startsWith('cable:')) {
      for (const k of own[0]!) keys.add(`lead:${k}`);
      for (const req of own.slice(1)) for (const k of req) keys.add(`tail:${k}`);
    }
    // 42.5R is its own grade: a plain 42.5 must not reach it
    if (own.some((r) => r.some((k) => /^grade:.*r$/.test(k)))) continue;
    // a catalog's 4寸 hinge or 10寸 wrench is the 100 / 250 a customer says (a nominal 25 mm an inch)
    if (/寸/.test(t.raw))
      for (const k of own.flat()) if (k.startsWith('inch:')) keys.add(`num:${Number(k.slice(5)) * 25}`);
    if (/[分寸]/.test(t.raw) && own.some((r) => r.some((k) => k.startsWith('dn:')))) continue;
    // the numbers of an inch fraction are no numbers of the value: 16的 is M16, never the 9/16 thread
    const numbers = t.raw.includes('/') ? t.raw.replace(INCH_FRACTION, '') : t.raw;
    for (const n of numbers.match(/\d+(?:\.\d+)?/g) ?? []) keys.add(`num:${num(n)}`);
    // a catalog's 1.8m is the 1.8米 / 180公分 a customer says (in a message, 4m may be the 4M of 4MB)
    if (t.bare && text[t.end] === 'm' && !/[a-z²]/.test(text[t.end + 1] ?? ''))
      for (const k of unitKeys(Number(t.raw), 'm')) keys.add(k);
    // 16K of glass wool or rock wool: a density in kg/m³, which the trade also says as 16公斤 (unit-readings.ts)
    if (t.bare && text === `${t.raw}k`) keys.add(`density:${num(t.raw)}`);
    if (t.bare && t.raw === text) {
      for (const n of t.raw.match(/\d+(?:\.\d+)?/g) ?? []) keys.add(`bare:${num(n)}`);
    }
  }
  return [...keys];
}

const valueKeys = new Map<string, readonly string[]>();

/**
 * specKeysOf of a catalog value as written (normalised first), remembered: the same few thousand values are read
 * again for every question and not-found reply. The memory is dropped past 50,000 values.
 */
export function valueKeysOf(value: string): readonly string[] {
  let keys = valueKeys.get(value);
  if (!keys) {
    if (valueKeys.size >= 50000) valueKeys.clear();
    keys = specKeysOf(normalizeTerm(value));
    valueKeys.set(value, keys);
  }
  return keys;
}
