import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up carpet stall: one rug in two sizes (1.6米 / 2米) and two patterns (A01 / A02). */
function rugShop(): Product[] {
  const rug = (size: string, pattern: string) =>
    testProduct({
      sku: `DT-${size}-${pattern}`,
      name: '客厅地毯',
      aliases: ['地毯'],
      specs: { 尺寸: `${size}米`, 花色: pattern },
      unit: '张',
    });
  return [rug('1.6', 'A01'), rug('1.6', 'A02'), rug('2', 'A01'), rug('2', 'A02')];
}

/** A made-up table-linen wholesaler: a tablecloth 1.4 or 1.8 metres wide in prints W03 and W07. */
function tableclothShop(): Product[] {
  const cloth = (width: string, print: string) =>
    testProduct({
      sku: `ZB-${width}-${print}`,
      name: '棉麻桌布',
      aliases: ['桌布'],
      specs: { 宽度: `${width}米`, 花型: print },
      unit: '条',
    });
  return [cloth('1.4', 'W03'), cloth('1.4', 'W07'), cloth('1.8', 'W03'), cloth('1.8', 'W07')];
}

/** A made-up bead counter: crystal beads of 6 or 8 mm in colour codes G05 and G12, sold by the bag. */
function beadShop(): Product[] {
  const bead = (size: string, colour: string) =>
    testProduct({
      sku: `SJZ-${size}-${colour}`,
      name: '水晶珠',
      aliases: ['水晶珠子'],
      specs: { 直径: `${size}mm`, 色号: colour },
      unit: '包',
    });
  return [bead('6', 'G05'), bead('6', 'G12'), bead('8', 'G05'), bead('8', 'G12')];
}

describe('a code of letters and digits said after a number and a space', () => {
  it.each([
    [rugShop(), '地毯1.6 A01 5张', 'DT-1.6-A01', 5],
    [rugShop(), '地毯 1.6 A02 5张', 'DT-1.6-A02', 5],
    [tableclothShop(), '桌布1.4 W07 20条', 'ZB-1.4-W07', 20],
    [beadShop(), '水晶珠 8 G05 10包', 'SJZ-8-G05', 10],
  ])('is the code, never the number in a unit (%#)', (products, message, sku, qty) => {
    const engine = createDialogEngine({ products });
    const turns = talkTo(engine, [message as string, '确认']);
    expect(lineQtys(turns[0])).toEqual([[sku, qty]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('keeps two codes after one number apart', () => {
    const engine = createDialogEngine({ products: rugShop() });
    expect(lineQtys(talkTo(engine, ['地毯1.6 A01 5张 A02 3张'])[0])).toEqual([
      ['DT-1.6-A01', 5],
      ['DT-1.6-A02', 3],
    ]);
  });
});
