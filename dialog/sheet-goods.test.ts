import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up board counter: plywood in three sheet sizes and foam boards. */
function boardShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [size, code] of [
    ['1220*2440', 'STD'],
    ['915*1830', 'SMALL'],
    ['1830*2440', 'WIDE'],
  ] as const)
    add({
      sku: `PLY-${code}`,
      name: '杨木胶合板',
      aliases: ['胶合板'],
      specs: { 厚度: '12mm', 尺寸: size },
      unit: '张',
    });
  for (const mm of ['20', '30'])
    add({ sku: `XPS-${mm}`, name: '挤塑板', specs: { 厚度: `${mm}mm` }, unit: '张' });
  add({ sku: 'EPS-50', name: '聚苯板', specs: { 厚度: '50mm' }, unit: '张' });
  return list;
}

/** The same boards beside a cable whose 规格 is spelled 3*6 (a cross-section). */
function mixedShop(): Product[] {
  const cables = ['3*6', '3*4'].map((size) =>
    testProduct({ sku: `YJV-${size}`, name: '电力电缆', specs: { 规格: size }, unit: '米' }),
  );
  return [...boardShop(), ...cables];
}

const engines = [boardShop(), mixedShop()].map((products) =>
  createDialogEngine({ products, maxQtyPerLine: 10000 }),
);
const first = (text: string, shop = 0) => lineQtys(talkTo(engines[shop]!, [text], { name: '王老板' })[0]);

describe('Sheet goods in the trade words', () => {
  it('reads 4*8 / 4x8 / 四八 as a 1220*2440 sheet and 3*6 as a 915*1830 one', () => {
    expect(first('胶合板 4*8的 10张')).toEqual([['PLY-STD', 10]]);
    expect(first('胶合板 4x8 10张')).toEqual([['PLY-STD', 10]]);
    expect(first('胶合板四八的 12张')).toEqual([['PLY-STD', 12]]);
    expect(first('胶合板 3*6的 5张')).toEqual([['PLY-SMALL', 5]]);
  });

  it('leaves 3*6 as it is said where the catalog spells a value so (a cable)', () => {
    expect(first('电力电缆 3*6 100米', 1)).toEqual([['YJV-3*6', 100]]);
    expect(first('胶合板 4*8的 10张', 1)).toEqual([['PLY-STD', 10]]);
  });

  it('reads XPS as 挤塑板 and EPS as 聚苯板', () => {
    expect(first('XPS 3公分 4张')).toEqual([['XPS-30', 4]]);
    expect(first('xps板 20mm 6张')).toEqual([['XPS-20', 6]]);
    expect(first('EPS 5公分 8张')).toEqual([['EPS-50', 8]]);
  });
});
