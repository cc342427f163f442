/**
 * Reading confusions of an OCR on order lines, and how to undo them: width and spacing (２ 箱), a spec and a
 * quantity run together (550ml20件, 4*305盒), look-alike characters (P.042.5 for P.O42.5, l for 1, S for 5, B for 8,
 * × for *). `tidyLine` is always safe; `lineVariants` are guesses, to be kept only when the catalog agrees. Pure.
 */

/** Width, spacing and multiplication signs, the same for every reader. */
export function tidyLine(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/(\d)\s*[×xX✕]\s*(\d)/g, '$1*$2')
      .replace(/(\d)\s+(?=\d*\s*[\p{Script=Han}])/gu, '$1')
      .replace(/(\d(?:\.\d+)?(?:ml|mL|ML|L|l|kg|KG|Kg|g|mm|cm|m|A|W|V))(?=\d)/g, '$1 ')
      // A clothing size and a quantity run together: 手套XL6打 is XL, 6打 (not 6 of something called XL6).
      .replace(/(?<=[\p{Script=Han}\s]|^)(X{0,3}L|[SM]|[2-4]XL)(?=\d{1,3}\s*[\p{Script=Han}])/gu, '$1 ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const LOOK_ALIKE: [RegExp, string][] = [
  [/([A-Za-z])\.0(?=\d)/g, '$1.O'],
  [/([A-Za-z])0(?=\d)/g, '$1O'],
  [/(?<=\d)[Oo](?=\d)/g, '0'],
  [/(?<=\d)[lI丨|](?=\d)|(?<=\d)[lI丨|]\b|\b[lI丨|](?=\d)/g, '1'],
  [/(?<=\d)S|S(?=\d)/g, '5'],
  [/(?<=\d)B|B(?=\d)/g, '8'],
  [/(?<=\d)Z|Z(?=\d)/g, '2'],
  [/[lI丨|](?=\d)/g, '1'],
  // A stray letter between a quantity and its unit: 1J顶 for 1顶.
  [/(?<=\d)[A-Za-z](?=[\p{Script=Han}])/gu, ''],
  // The square of mm² read as a 2: 2.5mm 2黄绿 for 2.5mm²黄绿.
  [/(?<=\d)\s?mm\s?2(?!\d)/g, 'mm²'],
  // A unit letter lost: 25m for 25mm.
  [/(?<=\d)m(?![mlL²])/g, 'mm'],
  // A size letter and a quantity run together: 手套M40双 (M and 40).
  [/(?<=[\p{Script=Han}\s])([A-Za-z]{1,3})(?=\d)/gu, '$1 '],
];

/** Splits a run of digits that ends a line in a unit: 305盒 → 30 5盒, 42550公斤 → 425 50公斤. */
function splits(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\d+(?:\*\d+)*)(?=\s*[\p{Script=Han}A-Za-z])/gu)) {
    const run = m[1]!;
    const at = m.index;
    const digitsEnd = run.length;
    const lastStar = run.lastIndexOf('*');
    for (let cut = Math.max(lastStar + 2, 1); cut < digitsEnd; cut += 1) {
      if (run[cut] === '0') continue;
      out.push(`${text.slice(0, at + cut)} ${text.slice(at + cut)}`);
    }
  }
  return out;
}

const DIGIT: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三 → 3, 十五 → 15, 六十 → 60, 一百二十 → 120; null for what is no such number. */
export function chineseNumber(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGIT) {
      if (digit !== null) return null;
      digit = DIGIT[ch]!;
    } else if (ch === '十' || ch === '百') {
      total += (digit ?? 1) * (ch === '十' ? 10 : 100);
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** A quantity in Chinese numerals before a unit written in digits: 三桶 → 3桶 (some readings match only so). */
function digitQuantities(text: string): string {
  return text.replace(
    /[零一二两三四五六七八九十百]{1,4}(?=[桶包袋箱个只根卷捆盘支盒套片块条张吨米])/gu,
    (m) => {
      const n = chineseNumber(m);
      return n === null || n === 0 ? m : String(n);
    },
  );
}

/**
 * Guesses at what a line that matches nothing meant: each look-alike undone, each digit run split, a quantity in
 * Chinese numerals written in digits, a delivery note's generic name (its first word) left out.
 */
export function lineVariants(text: string): string[] {
  const bases = new Set([text, digitQuantities(text)]);
  for (const base of [...bases])
    for (const [pattern, replacement] of LOOK_ALIKE) {
      const v = base.replace(pattern, replacement);
      if (v !== base) bases.add(v);
    }
  const variants = new Set(bases);
  for (const base of bases) for (const v of splits(base)) variants.add(v);
  for (const v of [...variants]) {
    const words = v.split(' ');
    if (words.length >= 3 && /^\p{Script=Han}+$/u.test(words[0]!)) variants.add(words.slice(1).join(' '));
  }
  variants.delete(text);
  return [...variants];
}
