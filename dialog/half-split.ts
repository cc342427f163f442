import { CHINESE_NUMERAL_CHARS, parseNumber } from '../catalog/numerals.js';

const AMOUNT = String.raw`(\d+(?:\.\d+)?|[${CHINESE_NUMERAL_CHARS}]+)(\p{Script=Han}{1,2}?)`;
// 干辣椒 20斤 一半二荆条 一半朝天椒 / 一半二荆条 另一半朝天椒
const HALF_BEFORE = new RegExp(
  String.raw`^(.*?)${AMOUNT}[\s,]*一半(?:是|要)?([^\s,]+?)[\s,]+(?:另|另外)?一半(?:是|要)?([^\s,]+?)(?:的)?$`,
  'u',
);
// 干辣椒 20斤 二荆条一半 朝天椒一半
const HALF_AFTER = new RegExp(
  String.raw`^(.*?)${AMOUNT}[\s,]*([^\s,]+?)(?:的)?一半[\s,]+([^\s,]+?)(?:的)?一半$`,
  'u',
);

/**
 * 干辣椒 20斤 一半二荆条 一半朝天椒: one amount split in halves between two kinds, as two items of half the amount
 * each (干辣椒 二荆条 10斤 / 干辣椒 朝天椒 10斤), on lines of their own. The text unchanged when no such split is
 * said, or when half the amount is no whole number (3箱 一半…一半: the engine then asks).
 */
export function splitHalves(text: string): string {
  if (!text.includes('一半')) return text;
  const m = HALF_BEFORE.exec(text) ?? HALF_AFTER.exec(text);
  if (!m) return text;
  const [, head, amount, unit, first, second] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const value = parseNumber(amount);
  if (value === undefined || !unit || !Number.isInteger(value / 2) || value <= 0) return text;
  const half = `${value / 2}${unit}`;
  return [first, second].map((kind) => `${head.trim()} ${kind} ${half}`.trim()).join('\n');
}
