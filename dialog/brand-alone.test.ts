import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up fishing-tackle counter: one brand's rods by 系列 and 长度, the brand part of every name. */
function tackleShop(): Product[] {
  const rod = (sku: string, series: string, length: string) =>
    testProduct({
      sku,
      name: `光威 碳素鱼竿 ${series} ${length}`,
      brand: '光威',
      category: '鱼竿',
      aliases: ['鱼竿'],
      specs: { 系列: series.slice(0, 2), 长度: length },
      unit: '根',
    });
  return [
    rod('ROD-36', '36主竿', '3.6米'),
    rod('ROD-45', '45主竿', '4.5米'),
    rod('ROD-45S', '45副竿', '4.5米'),
  ];
}

/** A made-up pet-food counter: cat food by kind and bag size, brands kept apart from the names. */
function petFoodShop(): Product[] {
  const food = (sku: string, brand: string, kind: string, size: string) =>
    testProduct({
      sku,
      name: `${kind} ${size}`,
      brand,
      category: kind,
      aliases: [kind.slice(2)],
      specs: { 规格: size },
      unit: '包',
      conversions: { 箱: 4 },
    });
  return [
    food('MFD-KIT-2', '麦富迪', '幼猫猫粮', '2kg'),
    food('MFD-ADU-2', '麦富迪', '成猫猫粮', '2kg'),
    food('RC-KIT-2', '皇家', '幼猫猫粮', '2kg'),
    food('RC-KIT-10', '皇家', '幼猫猫粮', '10kg'),
    food('RC-ADU-2', '皇家', '成猫猫粮', '2kg'),
  ];
}

/** A made-up battery counter: two brands of car batteries by 型号. */
function batteryShop(): Product[] {
  const battery = (sku: string, brand: string, model: string) =>
    testProduct({
      sku,
      name: `${brand} 蓄电池 ${model}`,
      brand,
      category: '蓄电池',
      aliases: ['电瓶'],
      specs: { 型号: model },
      unit: '个',
    });
  return [
    battery('FF-60', '风帆', '6-QW-60'),
    battery('FF-80', '风帆', '6-QW-80'),
    battery('LT-60', '骆驼', '6-QW-60'),
    battery('LT-80', '骆驼', '6-QW-80'),
  ];
}

describe('A brand said alone', () => {
  it('takes neither the kind nor the size of the product named before it: it is asked which', () => {
    const engine = createDialogEngine({ products: petFoodShop() });
    const [turn, confirmed] = talkTo(engine, ['麦富迪幼猫粮2kg 5包 皇家 3包', '确认']);
    expect(lineQtys(turn)).toEqual([['MFD-KIT-2', 5]]);
    expect(turn!.replies.join('\n')).toMatch(/皇家（3包）要哪一种/);
    expect(confirmed!.order?.status).not.toBe('confirmed');
    // said in a message of its own after the line
    const [, later, again] = talkTo(engine, ['麦富迪幼猫猫粮 2箱', '皇家 1箱', '确认']);
    expect(lineQtys(later)).toEqual([['MFD-KIT-2', 8]]);
    expect(later!.replies.join('\n')).toMatch(/皇家（1箱）要哪一种/);
    expect(again!.order?.status).not.toBe('confirmed');
  });

  it('is never the line just ordered when the brand is part of every name', () => {
    const engine = createDialogEngine({ products: tackleShop() });
    const [turn] = talkTo(engine, ['鱼竿 36的 30根 光威 50根']);
    expect(lineQtys(turn)).toEqual([['ROD-36', 30]]);
    expect(turn!.replies.join('\n')).toMatch(/（50根）要哪一种/);
    const [, later, confirmed] = talkTo(engine, ['鱼竿 36的 30根', '光威 50根', '确认']);
    expect(lineQtys(later)).toEqual([['ROD-36', 30]]);
    expect(confirmed!.order?.status).not.toBe('confirmed');
  });

  it('shares a size said before the first brand, as the heading of a list of brands', () => {
    const engine = createDialogEngine({ products: batteryShop() });
    const [turn] = talkTo(engine, ['6-QW-60 风帆2个 骆驼2个']);
    expect(lineQtys(turn)).toEqual([
      ['FF-60', 2],
      ['LT-60', 2],
    ]);
    const [other] = talkTo(engine, ['80的电瓶 风帆3个 骆驼5个']);
    expect(lineQtys(other)).toEqual([
      ['FF-80', 3],
      ['LT-80', 5],
    ]);
  });
});
