import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>) =>
  testProduct({ sku, name, aliases, specs, unit: '个', stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('Sizes said in 寸 for lengths a rounding trade writes in mm or cm', () => {
  /** A made-up abrasives counter: cutting discs at 105 and 355 mm, a grinding disc at a nominal 100 mm. */
  const discs = createMatcher([
    product('CUT-105', '树脂切割片 105mm', ['切割片'], { 尺寸: '105mm' }),
    product('CUT-355', '树脂切割片 355mm', ['切割片'], { 尺寸: '355mm' }),
    product('GRIND-100', '角磨片 100mm', ['磨光片'], { 尺寸: '100mm' }),
  ]);
  /** A made-up trims counter: webbing by width in cm. */
  const webbing = createMatcher([
    product('W25', '织带 2.5cm', ['织带'], { 宽度: '2.5cm' }),
    product('W38', '织带 3.8cm', ['织带'], { 宽度: '3.8cm' }),
    product('W50', '织带 5cm', ['织带'], { 宽度: '5cm' }),
  ]);

  it('reads a disc size in 寸 as the length of the disc named that lies within a few per cent of it', () => {
    expect(skuOf(discs('4寸切割片'))).toBe('CUT-105');
    expect(skuOf(discs('切割片 四寸的'))).toBe('CUT-105');
    expect(skuOf(discs('切割片 14寸'))).toBe('CUT-355');
  });

  it('keeps the size a product is written in when it fits: the 100 mm grinding disc is the 4寸 one', () => {
    expect(skuOf(discs('4寸磨光片'))).toBe('GRIND-100');
  });

  it('reads whole and half inches of webbing, written 1寸, 1.5寸 or 2寸', () => {
    expect(skuOf(webbing('1寸的织带'))).toBe('W25');
    expect(skuOf(webbing('1.5寸织带'))).toBe('W38');
    expect(skuOf(webbing('2寸织带'))).toBe('W50');
  });

  it('never reads a pipe size so: 1寸 of a PPR pipe is no 25 mm pipe', () => {
    const pipes = createMatcher([
      product('PPR-20', 'PPR管 20', ['PPR管'], { 外径: '20' }),
      product('PPR-25', 'PPR管 25', ['PPR管'], { 外径: '25' }),
    ]);
    expect(skuOf(pipes('1寸PPR管'))).not.toBe('PPR-25');
  });
});
