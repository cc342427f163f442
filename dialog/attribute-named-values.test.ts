import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tackle shop: rods by length (in 米, also a unit of amounts). */
const tackle = createDialogEngine({
  products: ['3.6米', '4.5米', '5.4米'].map((length) =>
    testProduct({
      sku: `ROD-${length}`,
      name: `碳素台钓竿 ${length}`,
      aliases: ['台钓竿'],
      specs: { 长度: length },
      unit: '根',
    }),
  ),
});

/** A made-up bakery supply shop: flour by the bag in two weights (in 公斤, also a unit of amounts). */
const bakery = createDialogEngine({
  products: ['1kg', '5kg'].map((weight) =>
    testProduct({
      sku: `FLOUR-${weight}`,
      name: `高筋面粉 ${weight}`,
      aliases: ['面粉'],
      specs: { 重量: weight },
      unit: '袋',
    }),
  ),
});

/** A made-up aquarium shop: tanks by length in 公分 and glass thickness in mm. */
const aquarium = createDialogEngine({
  products: [
    ['60公分', '5mm'],
    ['60公分', '8mm'],
    ['90公分', '8mm'],
  ].map(([length, glass]) =>
    testProduct({
      sku: `TANK-${length}-${glass}`,
      name: `超白鱼缸 ${length} ${glass}`,
      aliases: ['鱼缸'],
      specs: { 长度: length!, 玻璃厚度: glass! },
      unit: '个',
    }),
  ),
});

describe('An attribute named with its value sets that attribute', () => {
  it.each([
    [tackle, ['台钓竿 3根', '长度 4.5米'], [['ROD-4.5米', 3]]],
    [tackle, ['台钓竿 3根', '长度是5.4米'], [['ROD-5.4米', 3]]],
    [bakery, ['面粉 2袋', '重量 5公斤'], [['FLOUR-5kg', 2]]],
    [aquarium, ['鱼缸 2个', '长度 90公分'], [['TANK-90公分-8mm', 2]]],
  ] as const)('%#: as an answer, never a quantity', (engine, turns, lines) => {
    const said = talkTo(engine, [...turns, '确认']);
    expect(lineQtys(said[1])).toEqual(lines);
    expect(said[2]!.order?.status).toBe('confirmed');
  });

  it.each([
    [tackle, '台钓竿 长度 4.5米 3根', [['ROD-4.5米', 3]]],
    [bakery, '面粉 重量5公斤 2袋', [['FLOUR-5kg', 2]]],
    [aquarium, '鱼缸 长度60公分 玻璃厚度8mm 2个', [['TANK-60公分-8mm', 2]]],
  ] as const)('%#: with the item it follows', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });
});
