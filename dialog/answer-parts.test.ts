import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 床上用品 wholesaler: duvet covers by 尺寸 (1.5米 / 1.8米) and 颜色, pillows by 材质 (乳胶 / 羽绒) and
 * 规格 (标准 / 加大).
 */
function beddingShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const size of ['1.5米', '1.8米'])
    for (const colour of ['蓝色', '灰色', '米白'])
      add({
        sku: `COVER-${size}-${colour}`,
        name: '纯棉被套',
        aliases: ['被套'],
        specs: { 尺寸: size, 颜色: colour },
        unit: '套',
      });
  for (const material of ['乳胶', '羽绒'])
    for (const grade of ['标准', '加大'])
      add({
        sku: `PILLOW-${material}-${grade}`,
        name: `${material}枕`,
        aliases: ['枕头'],
        specs: { 材质: material, 规格: grade },
        unit: '个',
      });
  return list;
}

const bedding = createDialogEngine({ products: beddingShop(), maxQtyPerLine: 10000 });
const last = (turns: string[]) => lineQtys(talkTo(bedding, turns).at(-1));

describe('An answer in parts, one per line asked about', () => {
  it('gives each line the value said after what tells it apart', () => {
    const covers = '被套 1.5米的10套 1.8米的6套';
    expect(last([covers, '1.5米的要蓝色 1.8米的要灰色'])).toEqual([
      ['COVER-1.5米-蓝色', 10],
      ['COVER-1.8米-灰色', 6],
    ]);
    expect(last(['乳胶枕 10个 羽绒枕 6个', '乳胶的要加大，羽绒的要标准'])).toEqual([
      ['PILLOW-乳胶-加大', 10],
      ['PILLOW-羽绒-标准', 6],
    ]);
  });

  it('never gives a line the value said for another line', () => {
    // 1.8米的要灰色 answers the 1.8米 cover only; the 1.5米 one stays asked about
    expect(last(['被套 1.5米的10套 1.8米的6套', '1.8米的要灰色'])).toEqual([['COVER-1.8米-灰色', 6]]);
  });
});
