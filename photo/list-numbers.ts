import { LIST_NUMBER } from './list-words.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HAN_DIGITS = '一二三四五六七八九';

function hanNumber(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (s: string | undefined) => (s ? HAN_DIGITS.indexOf(s) + 1 : 0);
  return (text.includes('十') ? Math.max(1, digit(tens)) * 10 : 0) + digit(ones);
}

interface Numbered {
  number: number;
  rest: string;
  /** The number could also be the start of a decimal (2.4平方 is item 2 of 4平方, or 2.4平方). */
  ambiguous: boolean;
}

function numberOf(text: string): Numbered | null {
  const m = LIST_NUMBER.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (!rest.trim()) return null;
  if (m[1]) return { number: Number(m[1]), rest, ambiguous: false };
  if (m[2]) {
    const separator = m[0].trim().slice(m[2].length);
    const ambiguous = /^[.,，。]$/.test(separator) && /^\d/.test(rest);
    return { number: Number(m[2]), rest, ambiguous };
  }
  if (m[3]) return { number: CIRCLED.indexOf(m[3]) + 1, rest, ambiguous: false };
  return { number: hanNumber(m[4]!), rest, ambiguous: false };
}

/**
 * Removes the list numbers of a list (1. 2、 (3) ③ 一、). A number that cannot be read otherwise (1、 ③ 2.海螺)
 * is removed when the sure numbers go up. A number that could start a decimal (`2.4平方红线`) is removed only in
 * a list numbered that way on at least two other sure lines, and only when it is the number of its place (then it
 * is item 2 of 4平方红线); otherwise it stays (`1.5平方 2.5平方` are sizes, not numbers). Pure.
 */
export function stripListNumbers(texts: readonly string[]): string[] {
  const numbered = texts.map(numberOf);
  const sure = numbered.filter((n): n is Numbered => !!n && !n.ambiguous);
  const rising = sure.every((n, i) => i === 0 || n.number > sure[i - 1]!.number);
  if (!rising) return [...texts];
  const first = sure[0];
  const offset = first ? first.number - numbered.indexOf(first) : 0;
  return texts.map((text, i) => {
    const n = numbered[i];
    if (!n) return text;
    if (!n.ambiguous) return n.rest;
    return sure.length >= 2 && n.number === offset + i ? n.rest : text;
  });
}
