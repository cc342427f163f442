import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up party-supplies counter: latex balloons in 玫红, 天蓝, 金黄 and 白色, sold by the bag. The names do not
 * carry the colour (as a code-named cartridge's does not), so only the value can be read.
 */
function balloonShop(): Product[] {
  const balloon = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: '乳胶气球',
      aliases: ['气球'],
      specs: { 颜色: colour, 尺寸: '12寸' },
      unit: '包',
    });
  return [
    balloon('QQ-MH', '玫红'),
    balloon('QQ-TL', '天蓝'),
    balloon('QQ-JH', '金黄'),
    balloon('QQ-BS', '白色'),
  ];
}

/** A made-up umbrella wholesaler: one folding umbrella in 藏青, 酒红, 墨绿 and 黑色. */
function umbrellaShop(): Product[] {
  const umbrella = (sku: string, colour: string) =>
    testProduct({ sku, name: '三折晴雨伞', aliases: ['雨伞', '伞'], specs: { 颜色: colour }, unit: '把' });
  return [
    umbrella('YS-ZQ', '藏青'),
    umbrella('YS-JH', '酒红'),
    umbrella('YS-MM', '墨绿'),
    umbrella('YS-HS', '黑色'),
  ];
}

/** A made-up slipper stall: one slipper in 浅灰, 深灰 and 酒红 — two greys. */
function slipperShop(): Product[] {
  const slipper = (sku: string, colour: string) =>
    testProduct({ sku, name: '棉拖鞋', aliases: ['拖鞋'], specs: { 颜色: colour }, unit: '双' });
  return [slipper('TX-QH', '浅灰'), slipper('TX-SH', '深灰'), slipper('TX-JH', '酒红')];
}

describe('a colour said by its base character', () => {
  const balloons = createDialogEngine({ products: balloonShop() });
  const umbrellas = createDialogEngine({ products: umbrellaShop() });
  const slippers = createDialogEngine({ products: slipperShop() });

  it.each([
    ['气球 红的 5包', 'QQ-MH'],
    ['气球要蓝色的 5包', 'QQ-TL'],
    ['黄的气球来5包', 'QQ-JH'],
    ['12寸气球 红的 5包', 'QQ-MH'],
  ])('is the one value of the catalog that holds it (%s)', (message, sku) => {
    expect(lineQtys(talkTo(balloons, [message])[0])).toEqual([[sku, 5]]);
  });

  it.each([
    ['雨伞 绿的 20把', 'YS-MM'],
    ['青色的伞20把', 'YS-ZQ'],
    ['红的雨伞 20把', 'YS-JH'],
  ])('holds in another trade (%s)', (message, sku) => {
    expect(lineQtys(talkTo(umbrellas, [message])[0])).toEqual([[sku, 20]]);
  });

  it('answers the question about the colour', () => {
    const turns = talkTo(umbrellas, ['雨伞来20把', '绿的', '确认']);
    expect(lineQtys(turns[1])).toEqual([['YS-MM', 20]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('asks when two values hold the character, and never picks one of them', () => {
    const turns = talkTo(slippers, ['拖鞋 灰的 10双', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[0]!.replies.join('\n')).toMatch(/浅灰[\s\S]*深灰/);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('reads the one value in the trade where a base character is single', () => {
    expect(lineQtys(talkTo(slippers, ['红的拖鞋 10双'])[0])).toEqual([['TX-JH', 10]]);
  });
});

describe('a colour glued to the model number before it', () => {
  /** A made-up marker-pen wholesaler: one model (668) in 黑色, 大红 and 湖蓝; the names carry the model only. */
  const markerProducts: Product[] = [
    ...[
      ['MK-668-HS', '黑色'],
      ['MK-668-DH', '大红'],
      ['MK-668-HL', '湖蓝'],
    ].map(([sku, colour]) =>
      testProduct({
        sku: sku!,
        name: '白板笔 668',
        aliases: ['白板笔', '668'],
        specs: { 型号: '668', 颜色: colour! },
        unit: '支',
        conversions: { 盒: 10 },
      }),
    ),
    // refills whose names end in their colour, as an ink's name ends in 品红 where a cartridge's does not
    ...[
      ['BCY-DH', '大红'],
      ['BCY-HL', '湖蓝'],
    ].map(([sku, colour]) =>
      testProduct({
        sku: sku!,
        name: `白板笔补充液 ${colour!}`,
        aliases: ['补充液'],
        specs: { 颜色: colour! },
        unit: '瓶',
      }),
    ),
  ];
  const markers = createDialogEngine({ products: markerProducts });

  it.each([
    ['668红的 3盒', 'MK-668-DH'],
    ['668 蓝的 3盒', 'MK-668-HL'],
    ['668蓝的 3盒', 'MK-668-HL'],
    ['白板笔668黑的 3盒', 'MK-668-HS'],
    ['补充液 蓝的 6瓶', 'BCY-HL'],
  ])('is that model in that colour (%s)', (message, sku) => {
    const qty = sku.startsWith('BCY') ? 6 : 30;
    expect(lineQtys(talkTo(markers, [message])[0])).toEqual([[sku, qty]]);
  });
});
