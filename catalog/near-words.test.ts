import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';
import { nearCatalogWords, soundsNear } from './near-words.js';

/** Made-up shops of three trades, each with its own words, none of them an eval set's trade. */
const herbs = createMatcher(
  ['茯苓', '陈皮', '黄芪', '党参', '枸杞', '当归', '龙眼肉', '山楂'].map((name, k) =>
    testProduct({ sku: `H${k}`, name, category: '中药材', unit: '斤' }),
  ),
);
const bakery = createMatcher([
  testProduct({ sku: 'B1', name: '吉利丁片', category: '凝固剂', unit: '盒' }),
  testProduct({ sku: 'B2', name: '裱花袋', category: '工具', unit: '包' }),
  testProduct({ sku: 'B3', name: '酵母', brand: '安琪', category: '发酵剂', unit: '包' }),
  testProduct({ sku: 'B4', name: '高筋面粉', category: '面粉', unit: '袋' }),
  testProduct({ sku: 'B5', name: '低筋面粉', category: '面粉', unit: '袋' }),
  testProduct({ sku: 'B6', name: '淡奶油', category: '奶油', unit: '盒' }),
]);
const aquarium = createMatcher([
  testProduct({ sku: 'A1', name: '过滤棉', category: '过滤', unit: '片' }),
  testProduct({ sku: 'A2', name: '加热棒', category: '温控', specs: { 功率: '100W' }, unit: '个' }),
  testProduct({ sku: 'A3', name: '加热棒', category: '温控', specs: { 功率: '200W' }, unit: '个' }),
  testProduct({ sku: 'A4', name: '增氧泵', category: '增氧', unit: '台' }),
  testProduct({ sku: 'A5', name: '硝化细菌', category: '水质', unit: '瓶' }),
  testProduct({ sku: 'A6', name: '水草泥', category: '造景', unit: '袋' }),
]);

const near = (m: ReturnType<typeof createMatcher>, said: string) =>
  nearCatalogWords(m.index, said).map((n) => `${n.word}:${n.by}`);

describe('Catalog words near a word the catalog lacks', () => {
  it('reads a syllable southern speech blurs as the catalog word it is near', () => {
    expect(near(herbs, '胡苓')).toEqual(['茯苓:sound']); // h / f
    expect(near(herbs, '神皮')).toEqual(['陈皮:sound']); // sh / ch
    expect(near(herbs, '容眼肉')).toEqual(['龙眼肉:sound']); // r / l
    expect(near(bakery, '淡乃油')).toEqual(['淡奶油:sound']); // n / l and the same syllable
    expect(near(aquarium, '过滤曼')).toEqual(['过滤棉:sound']); // a final one letter short
    expect(near(aquarium, '增氧帮')).toEqual([]); // 帮 is a word of chat
  });

  it('reads a word one character off by shape: its generic end, or a character put in', () => {
    expect(near(bakery, '吉利丁粉')).toEqual(['吉利丁片:shape']);
    expect(near(aquarium, '硝化细苗')).toEqual(['硝化细菌:shape']);
    expect(near(aquarium, '过滤白棉')).toEqual(['过滤棉:shape']);
    expect(near(bakery, '裱花胶袋')).toEqual(['裱花袋:shape']);
  });

  it('never takes another first character by shape alone, nor a word of two or three by shape', () => {
    expect(near(aquarium, '冷热棒')).toEqual([]);
    expect(near(aquarium, '加热管')).toEqual([]);
    expect(near(bakery, '酵母粉')).toEqual([]);
    expect(near(aquarium, '冷热')).toEqual([]);
    expect(near(herbs, '白芪')).toEqual([]);
    expect(near(herbs, '汤归')).toEqual(['当归:sound']); // d / t
    expect(near(herbs, '顶归')).toEqual([]); // a final one letter off is too far in a word of two
  });

  it('never reads a character of chat or a numeral as the one said wrong', () => {
    expect(near(herbs, '要苓')).toEqual([]);
    expect(near(herbs, '陈的')).toEqual([]);
    expect(near(bakery, '两母')).toEqual([]);
    expect(near(aquarium, '过滤的棉')).toEqual([]);
  });

  it('leaves a word that half the catalog shares, which tells nothing apart', () => {
    expect(near(herbs, '中药才')).toEqual([]);
    expect(near(herbs, '中药材')).toEqual([]);
  });

  it('pairs syllables by their initials and finals', () => {
    expect(soundsNear('sheng', 'cheng')).toBe(true);
    expect(soundsNear('shuo', 'su')).toBe(true);
    expect(soundsNear('fu', 'hu')).toBe(true);
    expect(soundsNear('nai', 'lai')).toBe(true);
    expect(soundsNear('bang', 'ban')).toBe(true);
    expect(soundsNear('hong', 'huang')).toBe(false);
    expect(soundsNear('leng', 'jia')).toBe(false);
    expect(soundsNear('sheng', 'shan')).toBe(false);
    expect(soundsNear('bang', 'beng')).toBe(false);
    expect(soundsNear('jing', 'qing')).toBe(true);
    expect(soundsNear('dang', 'tang')).toBe(true);
    expect(soundsNear('dang', 'gang')).toBe(false);
  });
});
