/**
 * Text normalisation for chat orders: full-width to half-width, one spelling for multiplication signs and
 * cross-section units, no emoji or control characters, lower-case Latin letters. Pure.
 */

import { parseChineseDecimal, parseChineseNumber } from './numerals.js';

/* eslint-disable no-control-regex, no-misleading-character-class -- stripping these characters is the point */
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/g;
/* eslint-enable no-control-regex, no-misleading-character-class */
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1f1e6}-\u{1f1ff}]/gu;
/** A character outside printable ASCII, newlines and the CJK ideographs (only those may change under NFKC or be pictographs). */
const NOT_PLAIN = /[^ -~\n\u4e00-\u9fff]/;
/** A character every spelling of square millimetres holds. */
const MM_SQUARED_CHARS = /[²^毫㎟]/;
/** A character the punctuation and blank rewrites replace. */
const PUNCTUATION_OR_BLANK = /[。！？!?；;，：\u3000\t\u00a0]/;
/** A multiplication sign (x, ×, ✕, ✖, ╳, *). */
const TIMES_SIGNS = /[x×✕✖╳*]/;
/** A diameter sign (φ, ø, Φ, Ø, ∅). */
const DIAMETER_SIGNS = /[φøΦØ∅]/;
/** A letter of a tyre size's construction (r / z, either case). */
const TYRE_LETTERS = /[rzRZ]/;

/**
 * Longest text the engine reads, after normalisation (about 40 order lines). A longer message is not read in
 * part: the engine asks for it in several messages (see readMessage).
 */
export const MAX_TEXT_LENGTH = 600;

/**
 * Normalises one chat message. Keeps newlines (they separate order lines); every other run of white space
 * becomes one space. `2.5mm²` → `2.5平方`, `800×800` / `800x800` / `800X800` → `800*800`, `１．５` → `1.5`.
 */
export function normalizeText(raw: string): string {
  return normalizeUncut(raw).slice(0, MAX_TEXT_LENGTH);
}

/** normalizeText's text, and whether it had to cut the message (or leave part of it unread) to give it. */
export function readMessage(raw: string): { text: string; tooLong: boolean } {
  const full = normalizeUncut(raw);
  return {
    text: full.slice(0, MAX_TEXT_LENGTH),
    tooLong: raw.length > MAX_TEXT_LENGTH * 2 || full.length > MAX_TEXT_LENGTH,
  };
}

function normalizeUncut(raw: string): string {
  // normalisation never reads more than twice the limit, however long the message
  let s = raw.length > MAX_TEXT_LENGTH * 2 ? raw.slice(0, MAX_TEXT_LENGTH * 2) : raw;
  // (each rewrite below that needs a character or word is tried only when the text holds it: the engine
  // normalises every piece of a message it reads, most of them plain Han, Latin and digits)
  if (MM_SQUARED_CHARS.test(s)) s = s.replace(/mm²|mm\^2|平方毫米|㎟/gi, '平方');
  // ASCII and the CJK ideographs are their own NFKC form and hold no pictograph
  if (NOT_PLAIN.test(s)) s = s.normalize('NFKC').replace(CONTROL, ' ').replace(PICTOGRAPHIC, ' ');
  // (printable ASCII, line breaks and CJK ideographs hold no control character)
  s = s.toLowerCase();
  if (s.includes('mm2')) s = s.replace(/(\d)\s*mm2(?![\d])/g, '$1平方');
  if (PUNCTUATION_OR_BLANK.test(s)) {
    s = s
      .replace(/[。！？!?；;]/g, ',')
      .replace(/[，]/g, ',')
      .replace(/：/g, ':');
    s = s.replace(/[\u3000\t\u00a0]/g, ' ');
  }
  // multiplication signs between numbers (also after an M size: m8x60)
  if (TIMES_SIGNS.test(s)) s = s.replace(/(\d)\s*[x×✕✖╳*]\s*(?=\d)/g, '$1*');
  // 195/65 R15 / 195 65 r15: a tyre size written with spaces is the one size
  if (TYRE_LETTERS.test(s))
    s = s.replace(/(?<![\d.])(\d{3}) ?[/ ] ?(\d{2}) ?([rz]) ?(\d{2})(?!\d)/gi, '$1/$2$3$4');
  // Φ20 / ø20: a diameter in millimetres
  if (DIAMETER_SIGNS.test(s)) s = s.replace(/[φøΦØ∅] ?(\d+(?:\.\d+)?)(?!\d|\.|mm)/g, '$1mm');
  // 14英寸 / 14inch are the 14寸 the trade says
  if (s.includes('英寸') || s.includes('inch'))
    s = s.replace(/(\d)\s*(?:英寸|inch(?:es)?(?![a-z]))/g, '$1寸');
  // 二分之一 / 三分之一 are the fractions 1/2 / 1/3 a catalog writes (份数盆 1/2)
  if (s.includes('分之'))
    s = s.replace(
      /(?<![零一二两三四五六七八九十百\d])([二三四五六七八九])分之([一二三四五六七八])/g,
      (all, whole: string, part: string) => {
        const [over, under] = [parseChineseNumber(part), parseChineseNumber(whole)];
        return over !== undefined && under !== undefined && over < under ? `${over}/${under}` : all;
      },
    );
  // 4个平方 is 4平方; 二点五 / 一点五 are 2.5 / 1.5 (a decimal said in words)
  if (s.includes('个平')) s = s.replace(/(\d+(?:\.\d+)?)个平(方?)/g, '$1平$2');
  if (s.includes('点'))
    s = s.replace(
      /([零一二两三四五六七八九十]{1,3})点([零一二三四五六七八九]{1,2})(?![零一二三四五六七八九十百千万])/g,
      (all, whole: string, part: string) => {
        const value = parseChineseDecimal(`${whole}点${part}`);
        return value === undefined ? all : String(value);
      },
    );
  // 三层 / 五号: a count of layers or a size number said in words
  if (s.includes('层') || s.includes('号'))
    s = s.replace(
      /(?<![零一二两三四五六七八九十百千万\d])([一二两三四五六七八九十]{1,2})(?=[层号])/g,
      (all, n: string) => String(parseChineseNumber(n) ?? all),
    );
  // Ⅱ型 / II型 / 二型 / 2型 and 三级 / Ⅲ级 name one type or grade: the trade writes them all, so each becomes digits
  // (NFKC has already turned Ⅱ into ii; 型号 is a model number, 同一型号 no type)
  if (s.includes('型') || s.includes('级')) {
    s = s.replace(/(?<![a-z])(iii|ii|iv|i|v)(?=型(?!号)|级)/g, (roman: string) =>
      String({ i: 1, ii: 2, iii: 3, iv: 4, v: 5 }[roman]),
    );
    // 80一级 / 65二级: a grade glued to the size before it is its own word (80 1级), not a digit of the size
    s = s.replace(/(\d)([一二三四五])(?=级)/g, '$1 $2');
    s = s.replace(
      /(?<![零一二两三四五六七八九十百千万\d同统唯单])([一二三四五])(?=型(?!号)|级)/g,
      (all, n: string) => String(parseChineseNumber(n) ?? all),
    );
  }
  // 3个厚 is 3 mm of thickness, as 3厚 is
  if (s.includes('个厚')) s = s.replace(/(\d+(?:\.\d+)?)个厚/g, '$1厚');
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  // 1. 机滤 10个 / 2、空滤 / (3): a list number starting a line is no size
  // (1、4分球阀: after 、 or ) a digit is the item's own; after a dot it may be a decimal, 1.5平方)
  s = s.replace(/(^|\n)[ ]*(?:\d{1,2}(?:\.(?![\d])|[、)])|\(\d{1,2}\))[ ]*/g, '$1');
  if (s.includes('  ')) s = s.replace(/[ ]+/g, ' ');
  if (s.includes('\n')) s = s.replace(/ *\n */g, '\n');
  return unnumbered(s.trim());
}

/**
 * 1 锡纸 2箱 / 2 保鲜膜 1箱: lines numbered 1, 2, 3 … and a space are a list, when every line is; the numbers go (a
 * lone line or a count out of order keeps its number, which may be a quantity).
 */
function unnumbered(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const numbered = lines.every(
    (line, k) => line.startsWith(`${k + 1} `) && isHan(line[`${k + 1} `.length] ?? ''),
  );
  return numbered ? lines.map((line) => line.replace(/^\d+ /, '')).join('\n') : text;
}

/** A CJK ideograph (one pattern for every call: a pattern written in the function is a new object at each call). */
const HAN = /\p{Script=Han}/u;

/** True for a CJK ideograph. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** True for an ASCII letter or digit (after normalisation). */
export function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

const termCache = new Map<string, string>();

/** Normalises a catalog string (name, alias, value) the same way as chat text, without spaces. Memoised. */
export function normalizeTerm(raw: string): string {
  const hit = termCache.get(raw);
  if (hit !== undefined) return hit;
  const t = normalizeText(raw).replace(/\s+/g, '');
  if (termCache.size > 200000) termCache.clear();
  termCache.set(raw, t);
  return t;
}
