import type { SetAsideReason } from './list-types.js';
import { CHROME, DATE, LABEL, NUMBER_LABEL, PHONE, PRICE, TIME, TITLE, TOTAL } from './list-words.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Tells whether a text holds a quantity: a number (digits or Chinese) before a unit, or a number standing last. */
export function quantityPattern(units: readonly string[]): RegExp {
  const alternatives = [...new Set(units)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new RegExp(
    `(\\d+(\\.\\d+)?|[零一二两三四五六七八九十百千万半]+)\\s*(${alternatives})|\\s\\d+(\\.\\d+)?$`,
  );
}

export type LineKind = { kind: 'item'; text: string } | { kind: 'set_aside'; reason: SetAsideReason };

export interface LinePlace {
  /** The row's middle over the picture's height, 0 top to 1 bottom. */
  height: number;
  confidence: number;
}

/**
 * What a line of free text is: an order line (with prices removed) or something set aside, and why. A line that
 * has a quantity is an order line unless it is plainly about the paper (a label, title or total); one without is
 * a note. Pure.
 */
export function lineKind(raw: string, place: LinePlace, quantity: RegExp): LineKind {
  const text = raw.trim();
  const squeezed = text.replace(/\s+/g, '');
  if (CHROME.test(squeezed)) return { kind: 'set_aside', reason: 'chrome' };
  if (TOTAL.test(squeezed)) return { kind: 'set_aside', reason: 'total' };
  if (LABEL.test(squeezed) || NUMBER_LABEL.test(squeezed) || TITLE.test(squeezed))
    return { kind: 'set_aside', reason: 'form' };
  const withoutDates = text.replace(DATE, ' ').replace(TIME, ' ');
  if (PHONE.test(squeezed) && !quantity.test(text.replace(PHONE, ' ')))
    return { kind: 'set_aside', reason: 'phone' };
  if (!/[\p{Script=Han}A-Za-z]/u.test(withoutDates))
    return {
      kind: 'set_aside',
      reason: place.height < 0.1 ? 'chrome' : withoutDates === text ? 'note' : 'date',
    };
  if (withoutDates !== text && !quantity.test(withoutDates)) {
    const short = withoutDates.replace(/[\s\d:：.,，。·-]/g, '').length <= 2;
    return { kind: 'set_aside', reason: short && place.height < 0.1 ? 'chrome' : 'date' };
  }
  if (place.height < 0.06 && place.confidence < 0.6 && squeezed.length <= 4)
    return { kind: 'set_aside', reason: 'chrome' };
  const cleaned = withoutDates.replace(PRICE, ' ').replace(/\s+/g, ' ').trim();
  if (!cleaned || !quantity.test(cleaned)) return { kind: 'set_aside', reason: 'note' };
  return { kind: 'item', text: cleaned };
}
