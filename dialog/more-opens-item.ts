import type { Matcher } from '../catalog/matcher.js';
import { hasContent } from './item-text.js';

/** The words that order one more item: 再来 / 再加 / 再要 / 再拿 / 还要 / 还加 (a regular-expression group). */
export const ORDERING_MORE_WORDS = '(?:再加|再来|再要|再拿|还要|还加)';

/** Words that open one more item, after a space. */
const ORDERING_MORE = new RegExp(`\\s${ORDERING_MORE_WORDS}`);

/**
 * 要5打五指袜 再来浪莎男中筒黑色5打: words said between two amounts, with 再来 (再加, 还要, …) after a space in the
 * middle, are two items — the words before it go with the amount before them, the words from it on with the
 * amount after them — also when the words before are none the catalog reads (五指袜, which the shop does not sell:
 * it gets its own answer, never glued to the next item). Returns the two parts, or undefined when there is no such
 * word, the words before it say nothing, or those after it name nothing the catalog has.
 */
export function partAtOrderingMore(matcher: Matcher, text: string): [string, string] | undefined {
  const trimmed = text.trim();
  const found = ORDERING_MORE.exec(trimmed);
  if (!found) return undefined;
  const left = trimmed.slice(0, found.index).trim();
  const right = trimmed.slice(found.index).trim();
  // (再来点那个滇红 2斤 names nothing the catalog has after 再来: the amount stays one to ask about)
  if (!left || !hasContent(matcher.analyze(left)) || !matcher.analyze(right).mentions.length)
    return undefined;
  return [left, right];
}
