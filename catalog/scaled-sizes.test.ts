import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '个') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/** A made-up lighting-parts counter: panel lights by face size, LED tubes by length. */
const lights = createMatcher([
  product('PL-33', 'LED面板灯', ['面板灯', '平板灯'], { 规格: '300*300' }, '盏'),
  product('PL-36', 'LED面板灯', ['面板灯', '平板灯'], { 规格: '300*600' }, '盏'),
  product('PL-612', 'LED面板灯', ['面板灯', '平板灯'], { 规格: '600*1200' }, '盏'),
  product('T8-600', 'T8灯管', ['灯管'], { 长度: '600' }, '根'),
]);
/** A made-up carton shop: cartons by outer size (two of them 400 long), bubble film by roll width. */
const cartons = createMatcher([
  product('CT-43', '五层瓦楞纸箱', ['纸箱', '快递箱'], { 规格: '400*300' }, '个'),
  product('CT-425', '五层瓦楞纸箱', ['纸箱', '快递箱'], { 规格: '400*250' }, '个'),
  product('CT-54', '五层瓦楞纸箱', ['纸箱', '快递箱'], { 规格: '500*400' }, '个'),
  product('CT-63', '五层瓦楞纸箱', ['纸箱', '快递箱'], { 规格: '600*350' }, '个'),
  product('BF-400', '气泡膜', ['泡泡膜'], { 宽度: '400' }, '卷'),
]);
/** A made-up steel-tube counter: square and rectangular tubes by section, one 2-digit side among them. */
const tubes = createMatcher([
  product('RT-1005', '镀锌矩形管', ['矩形管', '方管'], { 规格: '100*50' }, '根'),
  product('RT-1008', '镀锌矩形管', ['矩形管', '方管'], { 规格: '100*80' }, '根'),
  product('RT-1575', '镀锌矩形管', ['矩形管', '方管'], { 规格: '150*75' }, '根'),
  product('RT-2010', '镀锌矩形管', ['矩形管', '方管'], { 规格: '200*100' }, '根'),
  product('RT-1206', '镀锌矩形管', ['矩形管', '方管'], { 规格: '120*60' }, '根'),
]);
/** A made-up cable-tray counter: trays by width*height, one of the widths in two heights. */
const trays = createMatcher([
  product('TR-1575', '槽式桥架', ['桥架'], { 规格: '150*75' }, '米'),
  product('TR-15100', '槽式桥架', ['桥架'], { 规格: '150*100' }, '米'),
  product('TR-200', '槽式桥架', ['桥架'], { 规格: '200*100' }, '米'),
]);

describe('A two-side size said in words or scaled by one power of ten', () => {
  it('reads the sides said in Chinese numerals as the size (三百乘六百, 五百乘四百, 二百乘一百)', () => {
    expect(skuOf(lights('三百乘六百的面板灯'))).toBe('PL-36');
    expect(skuOf(cartons('五百乘四百纸箱 100个'))).toBe('CT-54');
    expect(skuOf(tubes('方管 二百乘一百'))).toBe('RT-2010');
  });

  it('reads sides said in hundreds (三乘六, 二乘一, 四乘三) as the one size both scale to', () => {
    expect(skuOf(lights('三乘六的面板灯'))).toBe('PL-36');
    expect(skuOf(lights('平板灯 六乘十二'))).toBe('PL-612');
    expect(skuOf(cartons('四乘三的纸箱'))).toBe('CT-43');
    expect(skuOf(tubes('二乘一的方管'))).toBe('RT-2010');
    expect(skuOf(tubes('矩形管 2*1的'))).toBe('RT-2010');
  });

  it('leaves sides that scale to no size of the family named, or to two sizes, as said', () => {
    expect(lights.analyze('三乘六的灯管').text).toBe('三乘六的灯管');
    expect(cartons.analyze('泡泡膜四乘三').text).toBe('泡泡膜四乘三');
  });
});

describe('A first side said alone names the one size that leads with it, whatever the second side', () => {
  it('reads 150 as 150*75 where that is the one size leading with it', () => {
    expect(skuOf(tubes('方管150的 20根'))).toBe('RT-1575');
    expect(skuOf(tubes('方管120的'))).toBe('RT-1206');
    expect(skuOf(cartons('纸箱600的'))).toBe('CT-63');
  });

  it('asks where two sizes lead with it (100*50 and 100*80; 400*300 and 400*250)', () => {
    expect(tubes('矩形管100的').kind).toBe('ambiguous');
    expect(cartons('纸箱400的').kind).toBe('ambiguous');
    // 150*75 and 150*100: the 150 said alone is asked about, never the one of three-digit sides
    expect(trays('桥架150的').kind).toBe('ambiguous');
    expect(trays.analyze('桥架一百五十的').text).toBe('桥架150的');
  });
});
