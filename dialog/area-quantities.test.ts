import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up roofing counter: membranes sold by the 卷 of 10 or 20 平方, and sand sold by the 方 (cubic metre). */
function roofShop(): Product[] {
  return [
    testProduct({
      sku: 'MEM-10',
      name: '改性沥青卷材',
      aliases: ['卷材'],
      specs: { 厚度: '3mm' },
      unit: '卷',
      conversions: { 平方: 0.1 },
    }),
    testProduct({
      sku: 'MEM-20',
      name: '自粘卷材',
      specs: { 厚度: '1.5mm' },
      unit: '卷',
      conversions: { 平米: 0.05 },
    }),
    testProduct({ sku: 'SAND', name: '河沙', unit: '吨', conversions: { 方: 1.5 } }),
  ];
}

const engine = createDialogEngine({ products: roofShop(), maxQtyPerLine: 10000 });
const first = (text: string) => talkTo(engine, [text], { name: '王老板' })[0];

describe('Areas of goods sold by the roll', () => {
  it('reads 300平 / 300方 / 300㎡ as whole rolls when the area divides exactly', () => {
    expect(lineQtys(first('改性沥青卷材 3mm 300平'))).toEqual([['MEM-10', 30]]);
    expect(lineQtys(first('改性沥青卷材 3mm 300方'))).toEqual([['MEM-10', 30]]);
    expect(lineQtys(first('改性沥青卷材 300㎡'))).toEqual([['MEM-10', 30]]);
    expect(lineQtys(first('自粘卷材 1.5mm 400方'))).toEqual([['MEM-20', 20]]);
  });

  it('asks for the rolls, never rounds, when the area is not a whole number of them', () => {
    const turn = first('改性沥青卷材 3mm 305平');
    expect(lineQtys(turn)).toEqual([]);
    expect(turn!.replies.join('')).toContain('多少卷');
  });

  it('keeps 方 a cubic metre for a product whose conversions say so', () => {
    expect(lineQtys(first('河沙 2方'))).toEqual([['SAND', 3]]);
  });
});
