import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '个') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * A first side said alone (600的, 1200) is written as the one two-side size that starts with it only for the
 * item's own family: where the product word beside it names products none of which comes in that size, the number
 * is read against their own values (a tube's length of 600, a film's width of 400), never completed from a
 * sibling family's size.
 */
describe('A short size is read against the family named beside it', () => {
  /** A made-up lighting-parts counter: panel lights by face size, LED tubes by length. */
  const lights = createMatcher([
    product('PL-33', 'LED面板灯', ['面板灯', '平板灯'], { 规格: '300*300' }, '盏'),
    product('PL-36', 'LED面板灯', ['面板灯', '平板灯'], { 规格: '300*600' }, '盏'),
    product('PL-612', 'LED面板灯', ['面板灯', '平板灯'], { 规格: '600*1200' }, '盏'),
    product('T8-600', 'T8灯管', ['灯管', '日光灯管'], { 长度: '600' }, '根'),
    product('T8-1200', 'T8灯管', ['灯管', '日光灯管'], { 长度: '1200' }, '根'),
  ]);
  /** A made-up carton shop: cartons by outer size, bubble film by roll width. */
  const cartons = createMatcher([
    product('CT-43', '五层瓦楞纸箱', ['纸箱', '快递箱'], { 规格: '400*300' }, '个'),
    product('CT-54', '五层瓦楞纸箱', ['纸箱', '快递箱'], { 规格: '500*400' }, '个'),
    product('BF-400', '气泡膜', ['气泡袋', '泡泡膜'], { 宽度: '400' }, '卷'),
    product('BF-500', '气泡膜', ['气泡袋', '泡泡膜'], { 宽度: '500' }, '卷'),
  ]);
  /** A made-up door-and-window counter: screen frames by opening, screen mesh by roll width. */
  const windows = createMatcher([
    product('SF-912', '铝合金纱窗', ['纱窗'], { 规格: '900*1200' }, '樘'),
    product('SF-1215', '铝合金纱窗', ['纱窗'], { 规格: '1200*1500' }, '樘'),
    product('SM-900', '玻纤窗纱', ['窗纱', '纱网'], { 幅宽: '900' }, '卷'),
    product('SM-1200', '玻纤窗纱', ['窗纱', '纱网'], { 幅宽: '1200' }, '卷'),
  ]);

  it('reads the number as the value of the product named beside it (a tube, a film, a mesh)', () => {
    expect(skuOf(lights('灯管600的'))).toBe('T8-600');
    expect(skuOf(lights('日光灯管 1200的'))).toBe('T8-1200');
    expect(skuOf(cartons('气泡膜400的'))).toBe('BF-400');
    expect(skuOf(cartons('500的泡泡膜'))).toBe('BF-500');
    expect(skuOf(windows('窗纱900的'))).toBe('SM-900');
    expect(skuOf(windows('纱网1200'))).toBe('SM-1200');
  });

  it('reads a number said with no product word against the family its line goes on with', () => {
    expect(cartons.analyze('气泡膜400的 5卷 500的3卷').text).toBe('气泡膜400的 5卷 500的3卷');
    expect(lights.analyze('灯管600的 10根 1200的 20根').text).toBe('灯管600的 10根 1200的 20根');
    expect(cartons.analyze('纸箱400*300 100个 500的50个').text).toBe('纸箱400*300 100个 500*400的50个');
  });

  it('still writes the one size out for the family that holds it', () => {
    expect(skuOf(lights('面板灯600的'))).toBe('PL-612');
    expect(skuOf(cartons('纸箱500的'))).toBe('CT-54');
    expect(skuOf(windows('900的纱窗'))).toBe('SF-912');
    expect(cartons.analyze('快递箱400的').text).toBe('快递箱400*300的');
  });
});
