/**
 * Order numbers as people type them in a transfer's remark (FORMAT.md §6): `LD-20261201-0007`,
 * `LD20261201-0007`, `ld 20261201 0007`, `20261201-0007`, `1201-7`, full-width, with 单号/订单/货款 around them;
 * and a bare sequence such as `7号单`, which names an order only through the payer (see the order book).
 */

/** One spelling found in a remark. */
export type OrderReference =
  | { kind: 'dated'; text: string; year: string | null; monthDay: string; sequence: number }
  | { kind: 'sequence'; text: string; sequence: number }
  | { kind: 'literal'; text: string; compact: string };

/** Full-width folded, lower case, every dash a plain `-`. */
export function normaliseRemark(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—―−ー]/g, '-');
}

/** Letters and digits only: how order numbers of an unknown shape are compared. */
export function compactText(text: string): string {
  return normaliseRemark(text).replace(/[^0-9a-z]/g, '');
}

// A number is not a sequence when a unit, a time or a decimal follows it (`20261201 3000元`, `20261203 09:48`).
const notSequenceAfter = String.raw`(?![0-9]|\s*[元块万笔月日年天个件:]|\.\d)`;
const fullDate = new RegExp(
  String.raw`(?<![0-9a-z])(?:([a-z]{1,4})\s*[-_#:]?\s*)?(20\d{2})(\d{2})(\d{2})(\s*[-_/.#]\s*|\s+)?(\d{1,6})` +
    notSequenceAfter,
  'g',
);
const monthDay = new RegExp(String.raw`(?<![0-9])(\d{2})(\d{2})\s*[-_]\s*(\d{1,4})` + notSequenceAfter, 'g');
const bareSequence = [/(?<![\d-])(\d{1,4})\s*号\s*订?单/g, /第\s*(\d{1,4})\s*号?\s*订?单/g];

const validMonthDay = (month: string, day: string) =>
  Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;

const mask = (text: string, start: number, length: number) =>
  text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);

/**
 * Every order spelling in one remark, each read on its own. `prefixes` are the letter prefixes of the shop's
 * order numbers (`ld`): a dated number behind other letters (`ht-20261201-0007`, a customer's contract) is not
 * one of ours. `literals` are compacted order numbers of a shape the dated reading does not cover.
 */
export function findOrderReferences(
  remark: string,
  prefixes: ReadonlySet<string>,
  literals: readonly string[] = [],
): OrderReference[] {
  let text = normaliseRemark(remark);
  const found: OrderReference[] = [];
  for (const match of text.matchAll(fullDate)) {
    const [whole, prefix, year, month, day, separator, sequence] = match;
    if (prefix !== undefined && !prefixes.has(prefix)) continue;
    if (prefix === undefined && separator === undefined) continue;
    if (!validMonthDay(month!, day!)) continue;
    found.push({
      kind: 'dated',
      text: whole.trim(),
      year: year!,
      monthDay: month! + day!,
      sequence: Number(sequence),
    });
    text = mask(text, match.index, whole.length);
  }
  for (const match of text.matchAll(monthDay)) {
    const [whole, month, day, sequence] = match;
    if (!validMonthDay(month!, day!)) continue;
    found.push({
      kind: 'dated',
      text: whole,
      year: null,
      monthDay: month! + day!,
      sequence: Number(sequence),
    });
    text = mask(text, match.index, whole.length);
  }
  for (const pattern of bareSequence) {
    for (const match of text.matchAll(pattern)) {
      found.push({ kind: 'sequence', text: match[0], sequence: Number(match[1]) });
      text = mask(text, match.index, match[0].length);
    }
  }
  if (literals.length) {
    const compact = text.replace(/[^0-9a-z]/g, '');
    for (const literal of literals)
      if (compact.includes(literal)) found.push({ kind: 'literal', text: literal, compact: literal });
  }
  return found;
}
