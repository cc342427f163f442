import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up building-materials counter: coatings by type in Roman numerals, boards by grade, foam by thickness. */
function gradeShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  add({ sku: 'COAT-2', name: '聚合物防水涂料', aliases: ['防水涂料'], specs: { 类型: 'Ⅱ型' }, unit: '组' });
  add({ sku: 'COAT-1', name: '聚合物防水涂料', aliases: ['防水涂料'], specs: { 类型: 'Ⅰ型' }, unit: '组' });
  add({ sku: 'PASTE-2', name: '瓷砖粘结剂', aliases: ['粘结剂'], specs: { 类型: 'II型' }, unit: '袋' });
  add({ sku: 'PASTE-1', name: '瓷砖粘结剂', aliases: ['粘结剂'], specs: { 类型: 'I型' }, unit: '袋' });
  add({ sku: 'BOARD-1', name: '细木工板', aliases: ['木工板'], specs: { 等级: '一级' }, unit: '张' });
  add({ sku: 'BOARD-3', name: '细木工板', aliases: ['木工板'], specs: { 等级: '三级' }, unit: '张' });
  for (const mm of ['20', '30', '50'])
    add({ sku: `FOAM-${mm}`, name: '挤塑板', aliases: ['保温板'], specs: { 厚度: `${mm}mm` }, unit: '张' });
  for (const mm of ['3', '4'])
    add({
      sku: `ROLL-${mm}`,
      name: 'SBS防水卷材',
      aliases: ['卷材'],
      specs: { 厚度: `${mm}mm` },
      unit: '卷',
    });
  return list;
}

const engine = createDialogEngine({ products: gradeShop(), maxQtyPerLine: 10000 });
const first = (text: string) => lineQtys(talkTo(engine, [text], { name: '王老板' })[0]);

describe('Type and grade numerals', () => {
  it('reads a type said in Chinese or Arabic numerals as the Roman one the catalog writes', () => {
    expect(first('防水涂料二型 10组')).toEqual([['COAT-2', 10]]);
    expect(first('防水涂料2型 10组')).toEqual([['COAT-2', 10]]);
    expect(first('防水涂料Ⅰ型 3组')).toEqual([['COAT-1', 3]]);
    expect(first('粘结剂二型 5袋')).toEqual([['PASTE-2', 5]]);
    expect(first('粘结剂Ⅱ型 5袋')).toEqual([['PASTE-2', 5]]);
  });

  it('reads a grade in Roman numerals as the Chinese one the catalog writes', () => {
    expect(first('木工板Ⅲ级 8张')).toEqual([['BOARD-3', 8]]);
    expect(first('木工板1级 8张')).toEqual([['BOARD-1', 8]]);
  });
});

describe('Trade thickness words', () => {
  it('reads 公分 as centimetres', () => {
    expect(first('挤塑板 3公分 5张')).toEqual([['FOAM-30', 5]]);
    expect(first('挤塑板五公分的 6张')).toEqual([['FOAM-50', 6]]);
  });

  it('reads 3个厚 and 3厘 as millimetres of thickness', () => {
    expect(first('卷材 3个厚的 20卷')).toEqual([['ROLL-3', 20]]);
    expect(first('卷材 4个厚 20卷')).toEqual([['ROLL-4', 20]]);
    expect(first('卷材 4厘 20卷')).toEqual([['ROLL-4', 20]]);
  });
});
