import { describe, expect, it } from '@jest/globals';
import { pipeKeyOf, scanSpecs, specKeysOf } from './spec-values.js';
import { normalizeText } from './text-normalize.js';

/**
 * True when the message spelling meets a catalog value on some key, for every requirement; the value's keys
 * include the `pipe:` key the catalog index gives a water pipe's (or a `conduit`'s) size.
 */
function meets(message: string, catalogValue: string, conduit = false): boolean {
  const own = specKeysOf(normalizeText(catalogValue));
  const keys = new Set([...own, ...own.flatMap((k) => pipeKeyOf(k, conduit) ?? [])]);
  const tokens = scanSpecs(normalizeText(message));
  return tokens.length > 0 && tokens.every((t) => t.reqs.every((req) => req.some((k) => keys.has(k))));
}

/** The same, against a product whose attributes hold several values (C型 and 16A). */
function meetsAll(message: string, values: string[]): boolean {
  const keys = new Set(values.flatMap((v) => specKeysOf(normalizeText(v))));
  const tokens = scanSpecs(normalizeText(message));
  return tokens.length > 0 && tokens.every((t) => t.reqs.every((req) => req.some((k) => keys.has(k))));
}

describe('spec spellings', () => {
  it('drops a list number starting a line (1. / 2、 / (3)) but keeps a decimal there', () => {
    expect(normalizeText('1. 机滤 10个\n2、空滤 5个\n(3) 胶布')).toBe('机滤 10个\n空滤 5个\n胶布');
    expect(normalizeText('1.5平方线 10卷')).toBe('1.5平方线 10卷');
  });

  it('reads a whole 2寸 to 4寸 as a pipe size and as a tool or disc size at 25 mm an inch', () => {
    expect(meets('4寸', '100mm')).toBe(true);
    expect(meets('4寸', 'DN100')).toBe(true);
    expect(meets('4寸', '125mm')).toBe(false);
    expect(meets('1寸', '25mm')).toBe(false);
  });

  it('reads a tyre size written with spaces (195/65 R15, 195 65 r15) as the one size', () => {
    expect(normalizeText('米其林 195/65 R15 四条')).toBe('米其林 195/65r15 四条');
    expect(meets('195 65 r15', '195/65R15')).toBe(true);
    expect(meets('195/65 R15', '205/55R16')).toBe(false);
  });

  it('reads 2.5 / 2.5平 / 2.5平方 / 2.5mm² / 2.5方 as the same cross-section', () => {
    for (const s of ['2.5平', '2.5平方', '2.5mm²', '2.5方', '2.5', '2.5mm2'])
      expect(meets(s, '2.5平方')).toBe(true);
    expect(meets('2.5平方', '2.5mm²')).toBe(true);
    expect(meets('2.5平方', '25平方')).toBe(false);
  });

  it('reads 800*800, 800x800, 800×800 and 80x80 (centimetres) as one tile size', () => {
    for (const s of ['800*800', '800x800', '800×800', '80x80', '80*80'])
      expect(meets(s, '800*800')).toBe(true);
    expect(meets('600*600', '800*800')).toBe(false);
  });

  it('reads 425, 425#, 42.5, P.O42.5 and PO 42.5 as one cement grade but keeps 42.5R apart', () => {
    for (const s of ['425', '425#', '42.5', 'P.O42.5', 'PO 42.5', 'p.o 42.5'])
      expect(meets(s, '42.5')).toBe(true);
    expect(meets('42.5', '42.5R')).toBe(false);
    expect(meets('425', '42.5R')).toBe(false);
    expect(meets('42.5R', '42.5')).toBe(false);
    expect(meets('42.5R', '42.5R')).toBe(true);
  });

  it('reads M8*60 and M8x60 as diameter and length, whether the catalog splits them or not', () => {
    expect(meets('M8*60', 'M8*60')).toBe(true);
    expect(meets('m8x60', 'M8*60')).toBe(true);
    const split = new Set([...specKeysOf('m8'), ...specKeysOf('60mm')]);
    const reqs = scanSpecs(normalizeText('M8x60'))[0]!.reqs;
    expect(reqs.every((r) => r.some((k) => split.has(k)))).toBe(true);
    expect(meets('M8*80', 'M8*60')).toBe(false);
  });

  it('reads poles, amperes and watts in either script', () => {
    expect(meets('1P', '1P')).toBe(true);
    expect(meets('2p', '1P')).toBe(false);
    expect(meets('16A', '16A')).toBe(true);
    expect(meets('16安', '16A')).toBe(true);
    expect(meets('9瓦', '9W')).toBe(true);
    expect(meets('9w', '9W')).toBe(true);
    expect(meets('9瓦', '12W')).toBe(false);
  });

  it('maps 4分 / 6分 / 1寸 / 1寸2 to DN bores and plastic pipe diameters', () => {
    expect(meets('4分', 'DN15')).toBe(true);
    expect(meets('4分', '20mm')).toBe(true);
    expect(meets('6分', 'DN20')).toBe(true);
    expect(meets('6分', '25mm')).toBe(true);
    expect(meets('1寸', 'DN25')).toBe(true);
    expect(meets('1寸', '32mm')).toBe(true);
    expect(meets('1寸2', 'DN32')).toBe(true);
    expect(meets('寸半', 'DN40')).toBe(true);
    expect(meets('寸二', 'DN32')).toBe(true);
    expect(meets('1.2寸', 'DN32')).toBe(true);
    expect(meets('1.2寸', '1.2寸')).toBe(true);
    expect(meets('1.2寸', '1.5寸')).toBe(false);
    expect(meets('4分', 'DN20')).toBe(false);
    expect(meets('dn20', 'DN20')).toBe(true);
    expect(meets('dn20', '20mm')).toBe(true);
    expect(meets('4分', '20*1/2')).toBe(true);
    expect(meets('4分', '20')).toBe(true);
    expect(meets('de25', '25mm')).toBe(true);
    expect(meets('6分', 'Φ25')).toBe(true);
  });

  it('reads 4分 / 6分 of an electrical conduit as 16 / 20 mm, not as water pipe', () => {
    expect(meets('4分', '16mm', true)).toBe(true);
    expect(meets('4分', '20mm', true)).toBe(false);
    expect(meets('6分', '20mm', true)).toBe(true);
    expect(meets('dn20', '20mm', true)).toBe(true);
  });

  it('reads volumes and weights with their units', () => {
    expect(meets('5升', '5L')).toBe(true);
    expect(meets('18l', '18L')).toBe(true);
    expect(meets('50公斤', '50kg')).toBe(true);
    expect(meets('550', '550ml*24')).toBe(true);
    expect(meets('6厘', '6mm')).toBe(true);
  });

  it('reads reducers by both ends in either order (6分变4分, 32转25) and keeps plain numbers to diameters', () => {
    expect(meets('6分变4分', '25*20')).toBe(true);
    expect(meets('4分转6分', '25*20')).toBe(true);
    expect(meets('1寸变6分', '32*25')).toBe(true);
    expect(meets('32转25', '32*25')).toBe(true);
    expect(meets('32转25', '25*20')).toBe(false);
  });

  it('reads breaker shorthand: C16 (curve and rating), 2P32, C型, 1P+N / DPN apart from 1P', () => {
    expect(meetsAll('C16', ['C型', '16A'])).toBe(true);
    expect(meetsAll('D32', ['C型', '32A'])).toBe(false);
    expect(meetsAll('2P32', ['2P', '32A'])).toBe(true);
    expect(meets('1P+N', '1P+N')).toBe(true);
    expect(meets('DPN', '1P+N')).toBe(true);
    expect(meets('1P', '1P+N')).toBe(false);
  });

  it('reads cable cores with the cross-section (三芯2.5 is 3×2.5)', () => {
    expect(meets('三芯2.5', '3×2.5')).toBe(true);
    expect(meets('2芯1.5', '3×2.5')).toBe(false);
  });

  it('reads tool sizes in inches as a nominal 25 mm an inch, and keeps pipe inches to bores', () => {
    expect(meets('10寸', '250mm')).toBe(true);
    expect(meets('8寸', '250mm')).toBe(false);
    expect(meets('14寸', '14寸')).toBe(true);
    expect(meets('1寸', '250mm')).toBe(false);
  });

  it('reads a square named by one side (15公分 for 15*15cm) and 1斤 as half a kilogram only', () => {
    expect(meets('15公分', '15*15cm')).toBe(true);
    expect(meets('10公分', '15*15cm')).toBe(false);
    expect(meets('1斤', '0.5kg')).toBe(true);
    expect(meets('1斤', '1kg')).toBe(false);
  });

  it('reads a thickness in 丝 as hundredths of a millimetre, and never the 丝 of 丝杆 or 螺丝', () => {
    expect(meets('1丝', '0.01mm')).toBe(true);
    expect(meets('8丝', '0.08mm')).toBe(true);
    expect(meets('0.8丝', '0.008mm')).toBe(true);
    expect(meets('1丝', '1mm')).toBe(false);
    expect(meets('1丝', '1')).toBe(false);
    expect(scanSpecs(normalizeText('10丝杆')).map((t) => t.raw)).toEqual(['10']);
  });

  it('reads network cable categories the trade writes both ways (cat6 = 六类, cat5e = 超五类)', () => {
    expect(meets('cat6', '六类')).toBe(true);
    expect(meets('CAT 6', '六类')).toBe(true);
    expect(meets('cat6', '超六类')).toBe(false);
    expect(meets('cat5e', '超五类')).toBe(true);
    expect(meets('cat5', '超五类')).toBe(false);
    expect(meets('六类', '六类')).toBe(true);
  });

  it('reads 400W both as watts and as a camera resolution of 400万, and 400万 only as the resolution', () => {
    expect(meets('400W', '400万')).toBe(true);
    expect(meets('400w', '400W')).toBe(true);
    expect(meets('400万', '400W')).toBe(false);
    expect(meets('200W', '400万')).toBe(false);
  });
});
