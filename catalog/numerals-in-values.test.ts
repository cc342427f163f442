import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';
import { spellUnitsAsCatalog } from './unit-spellings.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '个') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A Chinese numeral before the word a value writes after its number', () => {
  /** A made-up storage counter: shelving by tiers. */
  const shelves = createMatcher([
    product('SH-4', '角钢货架', ['货架'], { 层数: '4层' }, '组'),
    product('SH-5', '角钢货架', ['货架'], { 层数: '5层' }, '组'),
  ]);
  /** A made-up fireworks counter: strings of firecrackers by the number of bangs. */
  const fireworks = createMatcher([
    product('FC-500', '红鞭炮', ['鞭炮', '炮仗'], { 规格: '500响' }, '盘'),
    product('FC-1000', '红鞭炮', ['鞭炮', '炮仗'], { 规格: '1000响' }, '盘'),
    product('FC-2000', '红鞭炮', ['鞭炮', '炮仗'], { 规格: '2000响' }, '盘'),
  ]);
  /** A made-up tool counter: socket sets by the number of pieces (件 is also a unit of count). */
  const sockets = createMatcher([
    product('SK-32', '套筒扳手套装', ['套筒套装'], { 规格: '32件套' }, '套'),
    product('SK-46', '套筒扳手套装', ['套筒套装'], { 规格: '46件套' }, '套'),
  ]);

  it('writes the numeral in digits where a value carries that number before the word', () => {
    expect(skuOf(shelves('五层的货架'))).toBe('SH-5');
    expect(skuOf(fireworks('一千响的鞭炮'))).toBe('FC-1000');
    expect(skuOf(fireworks('鞭炮 两千响'))).toBe('FC-2000');
    expect(skuOf(sockets('四十六件套的套筒套装'))).toBe('SK-46');
  });

  it('leaves a quantity in a unit of count as said, also where a value starts with that unit', () => {
    expect(spellUnitsAsCatalog(sockets.index, '套筒套装两件')).toBe('套筒套装两件');
    expect(spellUnitsAsCatalog(fireworks.index, '一千响的鞭炮两盘')).toBe('1000响的鞭炮两盘');
    expect(spellUnitsAsCatalog(shelves.index, '货架三层')).toBe('货架三层');
  });

  it('leaves a numeral that starts a catalog word as said (五孔, a word of the socket that holds 5孔)', () => {
    const sockets = createMatcher([
      product('SK-5', '五孔插座', ['插座', '五孔'], { 孔数: '5孔' }),
      product('SK-3', '三孔插座', ['插座', '三孔'], { 孔数: '3孔' }),
    ]);
    expect(spellUnitsAsCatalog(sockets.index, '两盒五孔 一盒三孔')).toBe('两盒五孔 一盒三孔');
  });
});
