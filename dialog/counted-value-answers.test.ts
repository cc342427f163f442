import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters where a size is answered with a counting word after the number, as the trade says 8个厚: a
 * sheet-metal yard's aluminium sheet by 厚度 (sold by the 张), a braided-cord stall's cord by 直径 (by the 卷), and a
 * board counter whose foam boards differ by kind and by thickness (泡沫板 2公分 / 3公分, 挤塑板 5公分).
 */
function countedShops(): Product[] {
  return [
    ...['1mm', '3mm', '5mm'].map((size) =>
      testProduct({ sku: `ALU-${size}`, name: '铝板', specs: { 厚度: size }, unit: '张' }),
    ),
    ...['4mm', '6mm', '8mm'].map((size) =>
      testProduct({
        sku: `CORD-${size}`,
        name: '涤纶编织绳',
        aliases: ['编织绳'],
        specs: { 直径: size },
        unit: '卷',
      }),
    ),
    ...['2公分', '3公分'].map((size) =>
      testProduct({
        sku: `EPS-${size}`,
        name: 'EPS泡沫板',
        aliases: ['泡沫板', '保温板'],
        specs: { 厚度: size },
        unit: '张',
      }),
    ),
    testProduct({
      sku: 'XPS-5',
      name: 'XPS挤塑板',
      aliases: ['挤塑板', '保温板'],
      specs: { 厚度: '5公分' },
      unit: '张',
    }),
  ];
}

const engine = createDialogEngine({ products: countedShops() });

describe('a number with a counting word answering a size question', () => {
  it('reads 6个的 to the diameters 4mm / 6mm / 8mm as 6mm, not a count', () => {
    const turns = talkTo(engine, ['编织绳 2卷', '6个的', '确认']);
    expect(lineQtys(turns[1])).toEqual([['CORD-6mm', 2]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('reads the size a number leads over the option in that place while the options were not numbered', () => {
    const turns = talkTo(engine, ['铝板 10张', '3个的']);
    expect(lineQtys(turns[1])).toEqual([['ALU-3mm', 10]]);
  });

  it('reads 两个的 in Chinese numerals the same way', () => {
    const turns = talkTo(engine, ['泡沫板 20张', '两个的']);
    expect(lineQtys(turns[1])).toEqual([['EPS-2公分', 20]]);
  });

  it('reads 5的 to a question which kind when only one kind comes in that size', () => {
    const turns = talkTo(engine, ['保温板 20张', '5的']);
    expect(lineQtys(turns[1])).toEqual([['XPS-5', 20]]);
  });

  it('keeps a number to numbered options the place of an option', () => {
    const turns = talkTo(engine, ['铝板 10张', '嗯', '3']);
    expect(lineQtys(turns[2])).toEqual([['ALU-5mm', 10]]);
  });

  it('takes nothing from a number that leads no value', () => {
    const turns = talkTo(engine, ['编织绳 2卷', '7个的']);
    expect(lineQtys(turns[1])).toEqual([]);
  });
});
