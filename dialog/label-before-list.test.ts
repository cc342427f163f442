import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up spice counter: Sichuan pepper by origin and grade, dried chillies by variety. */
function spiceShop(): Product[] {
  return [
    testProduct({ sku: 'HJ-TJ', name: '花椒', specs: { 产地: '汉源', 等级: '特级' }, unit: '斤' }),
    testProduct({ sku: 'HJ-1', name: '花椒', specs: { 产地: '茂县', 等级: '一级' }, unit: '斤' }),
    testProduct({ sku: 'LJ-EJT', name: '干辣椒', specs: { 品种: '二荆条' }, unit: '斤' }),
    testProduct({ sku: 'LJ-CT', name: '干辣椒', specs: { 品种: '朝天椒' }, unit: '斤' }),
  ];
}

/** A made-up paint counter: one brand's emulsion in two tin sizes, rollers. */
function paintShop(): Product[] {
  const paint = (sku: string, size: string) =>
    testProduct({ sku, name: '乳胶漆', brand: '立邦', specs: { 规格: size, 颜色: '白色' }, unit: '桶' });
  return [
    paint('LP-5', '5L'),
    paint('LP-18', '18L'),
    testProduct({ sku: 'RG', name: '滚筒', specs: { 尺寸: '9寸' }, unit: '个' }),
  ];
}

/**
 * A label before a colon (食堂补货：, 老王家装修那单：) whose words the catalog cannot read says nothing of what the items
 * after it are: it is not joined to them, so an item of values only (汉源特级 5斤, 18L的 3桶) is read on its own,
 * never refused as the label's "没有".
 */
describe('A label before a list', () => {
  it('reads every item after 食堂补货： (spices)', () => {
    const [turn] = talkTo(createDialogEngine({ products: spiceShop() }), [
      '食堂补货：汉源特级 5斤，二荆条10斤',
    ]);
    expect(lineQtys(turn)).toEqual([
      ['HJ-TJ', 5],
      ['LJ-EJT', 10],
    ]);
  });

  it('reads every item after 老王家装修那单： (paint)', () => {
    const [turn] = talkTo(createDialogEngine({ products: paintShop() }), [
      '老王家装修那单：18L的 3桶，滚筒4个',
    ]);
    expect(lineQtys(turn)).toEqual([
      ['LP-18', 3],
      ['RG', 4],
    ]);
  });
});
