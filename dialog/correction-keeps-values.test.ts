import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tool counter: one bit in two metals and three widths, sold by the piece or the box; a tap beside it. */
function bitShop(): Product[] {
  const bit = (sku: string, metal: string, width: string, aliases: string[]) =>
    testProduct({
      sku,
      name: `${metal}扁头凿 ${width}`,
      category: '凿子',
      aliases: ['凿子', '扁凿', ...aliases],
      specs: { 宽度: width, 材质: metal === '碳钢' ? '碳钢T8' : '钨钢YG8' },
      unit: '支',
      conversions: { 盒: 10 },
    });
  return [
    bit('ZZ-T-6', '碳钢', '6mm', ['碳钢凿子']),
    bit('ZZ-T-9.5', '碳钢', '9.5mm', ['碳钢凿子']),
    bit('ZZ-T-12', '碳钢', '12mm', ['碳钢凿子']),
    bit('ZZ-W-6', '钨钢', '6mm', ['钨钢凿子', '硬质凿子']),
    bit('ZZ-W-9.5', '钨钢', '9.5mm', ['钨钢凿子', '硬质凿子']),
    bit('ZZ-W-11', '钨钢', '11mm', ['钨钢凿子', '硬质凿子']),
    testProduct({ sku: 'TAP-8', name: '手用丝攻 M8', aliases: ['丝攻'], specs: { 规格: 'M8' }, unit: '支' }),
  ];
}

const engine = createDialogEngine({ products: bitShop() });

describe('a correction of one value of a line', () => {
  it.each([
    ['不对 凿子要钨钢的'],
    ['凿子搞错了 是钨钢的'],
    ['扁凿不对 要钨钢'],
    ['不对 凿子是钨钢的'],
    ['说错了 凿子要钨钢的'],
  ])('keeps the width and the quantity of the line (%s)', (correction) => {
    const turns = talkTo(engine, ['9.5凿子 碳钢 2盒 M8丝攻 3支', correction, '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['ZZ-T-9.5', 20],
      ['TAP-8', 3],
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['ZZ-W-9.5', 20],
      ['TAP-8', 3],
    ]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
