/**
 * Reading confusions of an OCR on order lines, and how to undo them: width and spacing (２ 箱), a spec and a
 * quantity run together (550ml20件, 4*305盒), look-alike characters (P.042.5 for P.O42.5, l for 1, S for 5, B for 8,
 * × for *). `tidyLine` is always safe; `lineVariants` are guesses, to be kept only when the catalog agrees. Pure.
 */

/** Width, spacing and multiplication signs, the same for every reader. */
export function tidyLine(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/(\d)\s*[×xX✕]\s*(\d)/g, '$1*$2')
    .replace(/(\d)\s+(?=\d*\s*[\p{Script=Han}])/gu, '$1')
    .replace(/(\d(?:\.\d+)?(?:ml|mL|ML|L|l|kg|KG|Kg|g|mm|cm|m|A|W|V))(?=\d)/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOOK_ALIKE: [RegExp, string][] = [
  [/([A-Za-z])\.0(?=\d)/g, '$1.O'],
  [/([A-Za-z])0(?=\d)/g, '$1O'],
  [/(?<=\d)[Oo](?=\d)/g, '0'],
  [/(?<=\d)[lI丨|](?=\d)|(?<=\d)[lI丨|]\b|\b[lI丨|](?=\d)/g, '1'],
  [/(?<=\d)S|S(?=\d)/g, '5'],
  [/(?<=\d)B|B(?=\d)/g, '8'],
  [/(?<=\d)Z|Z(?=\d)/g, '2'],
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

/** Guesses at what a line that matches nothing meant: each look-alike undone, each digit run split. */
export function lineVariants(text: string): string[] {
  const variants = new Set<string>();
  for (const [pattern, replacement] of LOOK_ALIKE) {
    const v = text.replace(pattern, replacement);
    if (v !== text) variants.add(v);
  }
  for (const base of [text, ...variants]) for (const v of splits(base)) variants.add(v);
  variants.delete(text);
  return [...variants];
}
