import type { Matcher } from '../catalog/matcher.js';
import type { Mention } from '../catalog/mention-scan.js';
import { familyOf } from './item-text.js';

const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(\D+)$/;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * 3302牛津布 20 24 26寸 (before a 各): bare numbers said one after another, apart only by spaces, right before a
 * number with its unit share that unit — 20寸 24寸 26寸 — as far back as each number with the unit is a value some
 * product has and reads as the same kind of value as the last one (so a model number before them, 3302, stays
 * itself). Returns the text with the unit written after each such number, or undefined when none is.
 */
export function withUnitSaidOnce(matcher: Matcher, text: string): string | undefined {
  const a = matcher.analyze(text);
  const specs = a.mentions.filter((m): m is Extract<Mention, { kind: 'spec' }> => m.kind === 'spec');
  const spans: [number, number, string][] = [];
  for (let last = 1; last < specs.length; last++) {
    const closing = specs[last]!;
    const said = NUMBER_WITH_UNIT.exec(closing.text);
    if (closing.bare || !said) continue;
    const unit = said[2]!;
    for (let k = last - 1; k >= 0; k--) {
      const number = specs[k]!;
      const next = specs[k + 1]!;
      const between = a.text.slice(number.start + number.text.length, next.start);
      if (!number.bare || !BARE_NUMBER.test(number.text) || between.trim() || !between) break;
      const valued = matcher.analyze(`${number.text}${unit}`).mentions;
      const reads =
        valued.length === 1 &&
        valued[0]!.kind === 'spec' &&
        familyOf(valued[0]!) === familyOf(closing) &&
        valued[0]!.ids.length > 0;
      if (!reads) break;
      spans.push([number.start, number.start + number.text.length, `${number.text}${unit}`]);
    }
  }
  if (!spans.length) return undefined;
  let out = a.text;
  for (const [start, end, value] of spans.sort((x, y) => y[0] - x[0]))
    out = `${out.slice(0, start)}${value}${out.slice(end)}`;
  return out;
}
