import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up lighting counter: ceiling lamps by 功率 and 控制 in two brands, and one bulb. */
function lampShop(): Product[] {
  const lamp = (sku: string, brand: string, power: string, control: string) =>
    testProduct({
      sku,
      name: `${brand} LED吸顶灯 ${power} ${control}`,
      brand,
      category: '吸顶灯',
      aliases: ['吸顶灯'],
      specs: { 功率: power, 控制: control },
      unit: '个',
    });
  return [
    lamp('OP-24-R', '欧普', '24W', '遥控'),
    lamp('OP-24', '欧普', '24W', '开关'),
    lamp('OP-36-R', '欧普', '36W', '遥控'),
    lamp('NVC-24-R', '雷士', '24W', '遥控'),
    lamp('NVC-24', '雷士', '24W', '开关'),
    testProduct({
      sku: 'BULB-9',
      name: '雷士 LED球泡 9W',
      brand: '雷士',
      category: '球泡',
      aliases: ['灯泡'],
      specs: { 功率: '9W' },
      unit: '个',
    }),
  ];
}

describe('What the customer says they do not want', () => {
  it('leaves the products that have it out of the question, beside the rest of the answer', () => {
    const engine = createDialogEngine({ products: lampShop() });
    const [, answered, confirmed] = talkTo(engine, ['吸顶灯 24W 10个', '欧普的 不要遥控', '确认']);
    expect(lineQtys(answered)).toEqual([['OP-24', 10]]);
    expect(answered!.replies.join('\n')).not.toMatch(/不要了|去掉/);
    expect(confirmed!.order?.status).toBe('confirmed');
    // said alone first, the brand after
    const [, narrowed, settled] = talkTo(engine, ['吸顶灯 24W 10个', '不用遥控的', '欧普']);
    expect(lineQtys(narrowed)).toEqual([]);
    expect(narrowed!.replies.join('\n')).not.toMatch(/遥控/);
    expect(lineQtys(settled)).toEqual([['OP-24', 10]]);
  });

  it('narrows a new item said with it', () => {
    const engine = createDialogEngine({ products: lampShop() });
    const [turn] = talkTo(engine, ['24W吸顶灯 不带遥控的 雷士 6个']);
    expect(lineQtys(turn)).toEqual([['NVC-24', 6]]);
  });

  it('removes a line it names', () => {
    const engine = createDialogEngine({ products: lampShop() });
    const [, removed] = talkTo(engine, ['灯泡 9W 20个 欧普吸顶灯 24W 遥控的 5个', '不要灯泡']);
    expect(lineQtys(removed)).toEqual([['OP-24-R', 5]]);
  });
});
