import { describe, expect, it } from '@jest/globals';
import { scanSpecs, specKeysOf } from './spec-values.js';
import { normalizeText } from './text-normalize.js';

/** True when the message spelling meets a catalog value on some key, for every requirement. */
function meets(message: string, catalogValue: string): boolean {
  const keys = new Set(specKeysOf(normalizeText(catalogValue)));
  const tokens = scanSpecs(normalizeText(message));
  return tokens.length > 0 && tokens.every((t) => t.reqs.every((req) => req.some((k) => keys.has(k))));
}

describe('spec spellings', () => {
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
    expect(meets('4分', 'DN20')).toBe(false);
    expect(meets('dn20', 'DN20')).toBe(true);
    expect(meets('dn20', '20mm')).toBe(true);
    expect(meets('4分', '20*1/2')).toBe(true);
    expect(meets('4分', '20')).toBe(true);
    expect(meets('de25', '25mm')).toBe(true);
    expect(meets('6分', 'Φ25')).toBe(true);
  });

  it('reads volumes and weights with their units', () => {
    expect(meets('5升', '5L')).toBe(true);
    expect(meets('18l', '18L')).toBe(true);
    expect(meets('50公斤', '50kg')).toBe(true);
    expect(meets('550', '550ml*24')).toBe(true);
    expect(meets('6厘', '6mm')).toBe(true);
  });
});
