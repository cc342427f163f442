import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 宠物用品 wholesaler: leashes by 宽度 in mm, dog beds and cages by 长度 in mm, cat litter by the 包 in
 * cases of 6, pet food by 重量.
 */
function petShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const width of ['10mm', '15mm', '20mm', '25mm'])
    add({
      sku: `LEASH-${width}`,
      name: '尼龙牵引绳',
      brand: '派可为',
      aliases: ['牵引绳', '狗绳'],
      specs: { 宽度: width, 长度: '1.2米' },
      unit: '条',
    });
  for (const length of ['500mm', '600mm', '800mm'])
    add({
      sku: `BED-${length}`,
      name: '四季狗窝',
      aliases: ['狗窝', '宠物窝'],
      specs: { 长度: length },
      unit: '个',
    });
  for (const length of ['600mm', '760mm', '910mm'])
    add({
      sku: `CAGE-${length}`,
      name: '加粗狗笼',
      aliases: ['狗笼', '宠物笼'],
      specs: { 笼长: length },
      unit: '个',
    });
  for (const weight of ['1.5kg', '10kg'])
    add({
      sku: `FOOD-${weight}`,
      name: '成犬粮',
      brand: '比瑞吉',
      aliases: ['狗粮'],
      specs: { 重量: weight },
      unit: '袋',
    });
  return list;
}

function engineOf(products: Product[]) {
  return createDialogEngine({ products, matcher: createMatcher(products) });
}

describe('Sizes said the way the trade says them', () => {
  it('reads a lone number no product has as centimetres of a millimetre size (60的 = 600mm, 1.5的 = 15mm)', () => {
    const shop = petShop();
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 60的 3个'])[0])).toEqual([['BED-600mm', 3]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗绳 1.5的 10条'])[0])).toEqual([['LEASH-15mm', 10]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗笼 笼长91的 2个'])[0])).toEqual([['CAGE-910mm', 2]]);
  });

  it('keeps a lone number that a product has as it is (狗粮 10的 is the 10kg bag, 狗绳 20的 the 20mm one)', () => {
    const shop = petShop();
    expect(lineQtys(talkTo(engineOf(shop), ['狗粮 10的 5袋'])[0])).toEqual([['FOOD-10kg', 5]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗绳 20的 10条'])[0])).toEqual([['LEASH-20mm', 10]]);
  });

  it('still says what there is when neither the number nor ten times it is a size (狗窝 70的)', () => {
    const turn = talkTo(engineOf(petShop()), ['狗窝 70的 3个'])[0]!;
    expect(turn.order?.lines ?? []).toEqual([]);
    expect(turn.replies.join('')).toMatch(/500mm/);
  });

  it('reads a Chinese numeral by the name of an attribute as its value (五百长度 / 长度八百 / 宽度是二十五的)', () => {
    const shop = petShop();
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 五百长度 两个'])[0])).toEqual([['BED-500mm', 2]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 长度八百 两个'])[0])).toEqual([['BED-800mm', 2]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗绳 宽度是二十五的 十条'])[0])).toEqual([['LEASH-25mm', 10]]);
    // with the centimetre reading: 长度六十 is the 600 mm bed
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 长度六十 三个'])[0])).toEqual([['BED-600mm', 3]]);
  });

  it('leaves a numeral with a unit after an attribute name a quantity (狗窝 长度800 两个 / 宽度十五 三条)', () => {
    const shop = petShop();
    expect(lineQtys(talkTo(engineOf(shop), ['狗窝 长度800 两个'])[0])).toEqual([['BED-800mm', 2]]);
    expect(lineQtys(talkTo(engineOf(shop), ['狗绳 宽度十五 三条'])[0])).toEqual([['LEASH-15mm', 3]]);
  });
});
