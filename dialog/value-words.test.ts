import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up paper merchant: coated paper by 克重 and a size named and measured (大度 889*1194), sold by the 令. */
function paper(): Product[] {
  const list: Product[] = [];
  for (const weight of ['128g', '157g'])
    for (const size of ['大度 889*1194', '正度 787*1092'])
      list.push(
        testProduct({
          sku: `CB-${weight}-${size.slice(0, 2)}`,
          name: '铜版纸',
          specs: { 克重: weight, 尺寸: size },
          unit: '令',
        }),
      );
  return list;
}

/** A made-up bedding wholesaler: quilt covers by a size named and measured (双人 200*230), sold by the 套. */
function bedding(): Product[] {
  return ['单人 150*200', '双人 200*230', '加大 220*240'].map((size) =>
    testProduct({
      sku: `QC-${size.slice(0, 2)}`,
      name: '纯棉被套',
      aliases: ['被套'],
      specs: { 规格: size },
      unit: '套',
    }),
  );
}

/** A made-up board yard: gypsum board by a grade named and measured (普通 9.5mm, 防水 12mm), sold by the 张. */
function boards(): Product[] {
  return ['普通 9.5mm', '防水 9.5mm', '防火 12mm'].map((grade) =>
    testProduct({ sku: `GB-${grade.slice(0, 2)}`, name: '石膏板', specs: { 类型: grade }, unit: '张' }),
  );
}

const first = (products: Product[], message: string) =>
  lineQtys(talkTo(createDialogEngine({ products, matcher: createMatcher(products) }), [message])[0]);

describe('A value of several words is said by one of its words', () => {
  it('reads 大度 / 正度 as the paper size that value names', () => {
    expect(first(paper(), '157铜版纸大度 20令')).toEqual([['CB-157g-大度', 20]]);
    expect(first(paper(), '铜版纸 128克 正度的 10令')).toEqual([['CB-128g-正度', 10]]);
  });

  it('reads 双人 / 加大 as the quilt cover size', () => {
    expect(first(bedding(), '双人被套 10套')).toEqual([['QC-双人', 10]]);
    expect(first(bedding(), '被套 加大的 5套')).toEqual([['QC-加大', 5]]);
  });

  it('reads 防水 / 防火 as the board grade', () => {
    expect(first(boards(), '防水石膏板 30张')).toEqual([['GB-防水', 30]]);
    expect(first(boards(), '石膏板 防火的 20张')).toEqual([['GB-防火', 20]]);
  });
});
