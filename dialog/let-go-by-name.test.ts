import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up lighting counter: one brand's ceiling lamps by 功率 and 控制, and one bulb. */
function lampShop(): Product[] {
  const lamp = (sku: string, power: string, control: string) =>
    testProduct({
      sku,
      name: `欧普 LED吸顶灯 ${power} ${control}`,
      brand: '欧普',
      category: '吸顶灯',
      aliases: ['吸顶灯'],
      specs: { 功率: power, 控制: control },
      unit: '个',
    });
  return [
    lamp('OP-24-R', '24W', '遥控'),
    lamp('OP-24', '24W', '开关'),
    lamp('OP-36-R', '36W', '遥控'),
    testProduct({ sku: 'BULB-9', name: '雷士 LED球泡 9W', brand: '雷士', aliases: ['灯泡'], unit: '个' }),
  ];
}

describe('A product let go by name while it is asked about', () => {
  it('drops the question whose request said those words, and the rest can be confirmed', () => {
    const engine = createDialogEngine({ products: lampShop() });
    const [asked, letGo] = talkTo(engine, ['欧普吸顶灯 5个 灯泡 20个', '吸顶灯没有的话就算了 确认']);
    expect(asked!.replies.join('\n')).toMatch(/要哪一种/);
    expect(letGo!.order?.status).toBe('confirmed');
    expect(lineQtys(letGo)).toEqual([['BULB-9', 20]]);
    const [, said, confirmed] = talkTo(engine, [
      '欧普吸顶灯 5个 灯泡 20个',
      '欧普的要是没货就不要了',
      '确认',
    ]);
    expect(said!.replies.join('\n')).toMatch(/不要了/);
    expect(confirmed!.order?.status).toBe('confirmed');
    expect(lineQtys(confirmed)).toEqual([['BULB-9', 20]]);
  });
});
