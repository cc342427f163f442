import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>) =>
  testProduct({ sku, name, aliases, specs, unit: '张', stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A size said in round metres or centimetres, naming the one exact size that rounds to it', () => {
  /** A made-up sign-maker's counter: aluminium composite panel in 4×8 and 4×9 feet. */
  const panels = createMatcher([
    product('ACP-8', '铝塑板', ['铝塑板'], { 规格: '1220*2440', 厚度: '3mm' }),
    product('ACP-9', '铝塑板', ['铝塑板'], { 规格: '1220*2745', 厚度: '3mm' }),
  ]);
  /** A made-up glazier's counter: float glass sheets in the mill's sizes. */
  const glass = createMatcher([
    product('GL-1', '浮法玻璃', ['玻璃'], { 规格: '1830*2440', 厚度: '5mm' }),
    product('GL-2', '浮法玻璃', ['玻璃'], { 规格: '2134*3300', 厚度: '5mm' }),
  ]);
  /** A made-up joinery counter: thin plywood in 3×6 and 4×8 feet. */
  const plywood = createMatcher([
    product('PW-36', '三合板', ['夹板'], { 规格: '915*1830' }),
    product('PW-48', '三合板', ['夹板'], { 规格: '1220*2440' }),
  ]);

  it('names the size whose every side rounds to the side said', () => {
    expect(skuOf(panels('铝塑板 1米2*2米4的 3张'))).toBe('ACP-8');
    expect(skuOf(panels('铝塑板1.22*2.745'))).toBe('ACP-9');
    expect(skuOf(panels('1.2米*2.7米的铝塑板'))).toBe('ACP-9');
    expect(skuOf(glass('玻璃 1米8*2米4 5厘'))).toBe('GL-1');
    expect(skuOf(glass('玻璃2.1*3.3的'))).toBe('GL-2');
    expect(skuOf(plywood('三合板0.9*1.8的 20张'))).toBe('PW-36');
  });

  it('names none when two sizes round to it', () => {
    const boards = createMatcher([
      product('BD-1220', '密度板', ['密度板'], { 规格: '1220*2440' }),
      product('BD-1190', '密度板', ['密度板'], { 规格: '1190*2440' }),
    ]);
    expect(skuOf(boards('密度板 1米2*2米4'))).not.toBe('BD-1220');
    expect(skuOf(boards('密度板 1米2*2米4'))).not.toBe('BD-1190');
  });
});
