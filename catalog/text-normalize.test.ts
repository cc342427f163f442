import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_TEXT_LENGTH, normalizeText, readMessage } from './text-normalize.js';

describe('normalizeText', () => {
  it('leaves printable ASCII, line breaks and CJK ideographs as NFKC leaves them, with no pictograph among them', () => {
    // (normalisation skips NFKC and the pictograph scan on such text)
    const plain = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constant(0x0a),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
    );
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 30 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(text.normalize('NFKC')).toBe(text);
        expect(/[\p{Extended_Pictographic}\p{Emoji_Modifier}]/u.test(text)).toBe(false);
      }),
    );
  });

  it('still rewrites each spelling it knows when several stand in one text', () => {
    expect(normalizeText('二点五平方 三层 Ⅱ型 3个厚 14英寸 三分之一 4个平方 φ20 195 65 R15')).toBe(
      '2.5平方 3层 2型 3厚 14寸 1/3 4平方 20mm 195/65r15',
    );
  });

  it('turns full-width digits and punctuation into half-width', () => {
    expect(normalizeText('１．５平方 红色线 ８卷')).toBe('1.5平方 红色线 8卷');
    expect(normalizeText('公牛的：五孔２０个')).toBe('公牛的:五孔20个');
  });

  it('spells every multiplication sign between numbers as *', () => {
    for (const s of ['800*800', '800x800', '800X800', '800×800', '800 x 800', '800＊800']) {
      expect(normalizeText(s)).toBe('800*800');
    }
    expect(normalizeText('M8x60')).toBe('m8*60');
  });

  it('writes square millimetres as 平方', () => {
    expect(normalizeText('2.5mm²')).toBe('2.5平方');
    expect(normalizeText('4MM2红色')).toBe('4平方红色');
  });

  it('drops emoji and control characters but keeps line breaks', () => {
    expect(normalizeText('确认 👍\u0000\u200b')).toBe('确认');
    expect(normalizeText('早上好😊\r\n农夫山泉 10件')).toBe('早上好\n农夫山泉 10件');
  });

  it('drops list numbers that start every line, with a dot or only a space', () => {
    expect(normalizeText('1. 机滤 10个\n2、空滤 5个')).toBe('机滤 10个\n空滤 5个');
    expect(normalizeText('1、4分球阀 3个\n2、6分球阀 2个')).toBe('4分球阀 3个\n6分球阀 2个');
    expect(normalizeText('1.5平方 10卷')).toBe('1.5平方 10卷');
    expect(normalizeText('1 锡纸 2箱\n2 保鲜膜30cm 1箱\n3 抽纸 2箱')).toBe(
      '锡纸 2箱\n保鲜膜30cm 1箱\n抽纸 2箱',
    );
    // counts that are not 1, 2, 3 … in order are quantities
    expect(normalizeText('5 箱水泥\n3 箱瓷砖')).toBe('5 箱水泥\n3 箱瓷砖');
    expect(normalizeText('2 水泥\n1 瓷砖')).toBe('2 水泥\n1 瓷砖');
  });

  it('cuts very long messages, and says which ones it would cut', () => {
    expect(normalizeText('水'.repeat(20000)).length).toBe(MAX_TEXT_LENGTH);
    const isTooLong = (raw: string) => readMessage(raw).tooLong;
    expect(isTooLong('水'.repeat(20000))).toBe(true);
    expect(isTooLong('水'.repeat(MAX_TEXT_LENGTH))).toBe(false);
    expect(isTooLong(`${'水'.repeat(MAX_TEXT_LENGTH)}  `)).toBe(false);
    expect(isTooLong(`${'水'.repeat(MAX_TEXT_LENGTH)}泥`)).toBe(true);
    // emoji are dropped, but a flood of them hides the words after it: too long all the same
    expect(isTooLong(`${'😀'.repeat(MAX_TEXT_LENGTH * 2)}水泥10袋`)).toBe(true);
  });
});
