import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up upholstery counter: foam sheets of 20 / 30 / 50 mm, sold by the sheet and the pack. */
function foamShop(): Product[] {
  const foam = (sku: string, thickness: string, pack: number) =>
    testProduct({
      sku,
      name: '高密度海绵',
      aliases: ['海绵', '海绵板'],
      specs: { 厚度: thickness },
      unit: '张',
      conversions: { 包: pack },
    });
  return [foam('F-20', '20mm', 12), foam('F-30', '30mm', 8), foam('F-50', '50mm', 5)];
}

/** A made-up sheet-metal counter: aluminium sheet of 1.0 / 1.2 / 1.5 mm. */
function sheetShop(): Product[] {
  const sheet = (sku: string, thickness: string) =>
    testProduct({ sku, name: '铝板', aliases: ['铝板', '铝皮'], specs: { 厚度: thickness }, unit: '张' });
  return [sheet('AL-10', '1.0mm'), sheet('AL-12', '1.2mm'), sheet('AL-15', '1.5mm')];
}

/**
 * N个厚 said in answer to "which thickness?" is N in the unit the family's values make sensible (3个厚 of foam sold
 * 20 / 30 / 50 mm is 30 mm; 1个厚 of sheet sold 1.0 / 1.2 mm is 1.0 mm) — never the Nth value offered.
 */
describe('A thickness said with 个 in answer to the question', () => {
  it('reads 3个厚 of a family sold in centimetres as 30 mm, not the third value offered', () => {
    const turns = talkTo(createDialogEngine({ products: foamShop() }), ['海绵拿两包', '3个厚的']);
    expect(lineQtys(turns[1])).toEqual([['F-30', 16]]);
  });

  it('reads 1个厚 of a family sold in millimetres as 1.0 mm', () => {
    const turns = talkTo(createDialogEngine({ products: sheetShop() }), ['铝板要10张', '1个厚的']);
    expect(lineQtys(turns[1])).toEqual([['AL-10', 10]]);
  });
});
