import type { Matcher } from '../catalog/matcher.js';
import { termAt } from '../catalog/word-lookups.js';
import type { ItemText } from './item-text.js';

const DIGITS = '零一二三四五六七八九';

/** 1–99 the way a name writes them: 八, 十八, 二十, 五十六. */
function chineseOf(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 99) return undefined;
  if (value < 10) return DIGITS[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}十${ones ? DIGITS[ones] : ''}`;
}

/**
 * 18子砍骨刀 for 十八子: a number written in digits right before Han characters, where the number in Chinese starts a
 * catalog brand or product word of more characters than the numeral, is that word. Returns the item with such
 * numbers written so, or undefined when there is none.
 */
export function withNumeralWords(matcher: Matcher, item: ItemText): ItemText | undefined {
  const text = item.text.replace(
    /(?<![\d.a-z*])(\d{1,2})(?=\p{Script=Han})/gu,
    (digits, _group, at: number) => {
      const chinese = chineseOf(Number(digits));
      if (!chinese) return digits;
      const spelled = chinese + item.text.slice(at + digits.length);
      const word = termAt(matcher.index, spelled, 0);
      const info = word === undefined ? undefined : matcher.index.terms.get(word);
      const names = !!info && (info.head.length > 0 || info.brand.length > 0);
      return names && word!.length > chinese.length ? chinese : digits;
    },
  );
  if (text === item.text) return undefined;
  return { ...item, text, analysis: matcher.analyze(text) };
}
