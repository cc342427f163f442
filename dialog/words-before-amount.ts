import type { Matcher } from '../catalog/matcher.js';
import type { QuantityToken } from '../catalog/mention-scan.js';
import { hasProductWord } from './item-text.js';
import type { ItemText } from './item-text.js';
import { ORDERING_MORE_WORDS, partAtOrderingMore } from './more-opens-item.js';

/** What the words between two amounts hold, parted: see {@link partWordsBeforeAmount}. */
export interface PartedWords {
  /** Values said of the line before (要棕色 of 老板椅一把要棕色). */
  toPrevious?: string;
  /** A line opened by 再来 with no amount of its own but the one 来个 says (再来个沙发黑的: one 个). */
  alone?: { text: string; quantity?: QuantityToken };
  /** The words of the amount after them. */
  rest: string;
}

/** 再来 and its kin anywhere in the words, and at their start. */
const SAYS_MORE = new RegExp(ORDERING_MORE_WORDS);
const STARTS_WITH_MORE = new RegExp(`^\\s*${ORDERING_MORE_WORDS}`);

/**
 * 老板椅一把要棕色 再来个三人位沙发黑的 长茶几一个: the words between two amounts, when 再来 (再加, 还要, …) parts them,
 * hold the values of the line before (要棕色, kept there only where its product comes in them), then a line of its
 * own (三人位沙发黑的, with no amount said apart), then the product of the amount after (长茶几) —
 * so no value crosses from one line to another. Undefined unless such a parting makes every part read.
 */
export function partWordsBeforeAmount(
  matcher: Matcher,
  words: string,
  previous: ItemText | undefined,
): PartedWords | undefined {
  const reads = (text: string) => readsAlone(matcher, text);
  // (only 再来 and its kin part the words: nothing else is analysed here)
  if (!SAYS_MORE.test(words)) return undefined;
  let rest = words.trim();
  if (reads(rest)) return undefined;
  let toPrevious: string | undefined;
  const more = partAtOrderingMore(matcher, rest);
  if (more && previous?.text && !hasProductWord(matcher.analyze(more[0]))) {
    if (!reads(`${previous.text} ${more[0]}`)) return undefined;
    toPrevious = more[0];
    rest = more[1];
  }
  if (!STARTS_WITH_MORE.test(rest)) return toPrevious ? { toPrevious, rest } : undefined;
  let alone: PartedWords['alone'];
  if (!reads(rest)) {
    const at = spaceBetweenProducts(matcher, rest, reads);
    if (at === undefined) return toPrevious ? { toPrevious, rest } : undefined;
    alone = withOneSaid(matcher, rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  return toPrevious || alone
    ? { ...(toPrevious && { toPrevious }), ...(alone && { alone }), rest }
    : undefined;
}

/**
 * The last space in `text` with a product word before it and a product after it (长茶几, also a value that alone
 * names one), each side read alone; undefined when there is none.
 */
export function spaceBetweenProducts(
  matcher: Matcher,
  text: string,
  reads: (text: string) => boolean = (said) => readsAlone(matcher, said),
): number | undefined {
  for (let at = text.lastIndexOf(' '); at > 0; at = text.lastIndexOf(' ', at - 1)) {
    const [left, right] = [text.slice(0, at).trim(), text.slice(at + 1).trim()];
    if (!hasProductWord(matcher.analyze(left))) continue;
    if (reads(left) && reads(right)) return at;
  }
  return undefined;
}

/** Words the catalog reads whole: none unknown, and some product fits them. */
export function readsAlone(matcher: Matcher, text: string): boolean {
  const analysis = matcher.analyze(text);
  return !analysis.unknown.length && matcher.resolve(analysis, { quick: true }).result.kind !== 'not_found';
}

/** 再来个 / 还要只: an ordering verb right before a measure word, with no numeral between. */
const ONE_SAID = /^(?:再|还)?(?:来|要|拿|买|加)([个只台把条根支块张套件辆])/;

/** The line's words, with the one an ordering verb before a measure word says (再来个 → 一个) as its amount. */
function withOneSaid(matcher: Matcher, text: string): { text: string; quantity?: QuantityToken } {
  const said = ONE_SAID.exec(text);
  const quantity = said ? matcher.analyze(`一${said[1]!}`).quantities[0] : undefined;
  return quantity ? { text: text.slice(said![0].length).trim(), quantity } : { text };
}
