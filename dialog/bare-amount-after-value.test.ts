import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up embroidery shop: thread by its colour number, sold by the skein (支). */
function threadShop(): Product[] {
  return ['301', '302', '310', '666'].map((code) =>
    testProduct({
      sku: `THREAD-${code}`,
      name: `绣花线 ${code}`,
      brand: '金鸡',
      aliases: ['绣花线', '十字绣线'],
      specs: { 色号: code },
      unit: '支',
    }),
  );
}

/** A made-up bicycle-parts shop: spokes by length in mm and by finish, sold by the piece (根); a 100mm spoke key. */
function spokeShop(): Product[] {
  const key = testProduct({
    sku: 'KEY',
    name: '辐条扳手',
    aliases: ['扳手'],
    specs: { 规格: '100*16' },
    unit: '把',
  });
  return ['260', '262', '264']
    .flatMap((length) =>
      ['不锈钢', '镀锌'].map((finish) =>
        testProduct({
          sku: `SPOKE-${length}-${finish}`,
          name: `自行车辐条 ${finish} ${length}`,
          aliases: ['辐条', '钢丝'],
          specs: { 长度: `${length}mm`, 材质: finish },
          unit: '根',
        }),
      ),
    )
    .concat(key);
}

/** A made-up party-supply shop: latex balloons by size and colour, sold by the bag (包); a 50米 ribbon. */
function balloonShop(): Product[] {
  const ribbon = testProduct({
    sku: 'RIBBON',
    name: '气球丝带',
    aliases: ['丝带'],
    specs: { 规格: '50*5mm' },
    unit: '卷',
  });
  return ['10寸', '12寸']
    .flatMap((size) =>
      ['红色', '白色'].map((colour) =>
        testProduct({
          sku: `BALLOON-${size}-${colour}`,
          name: `乳胶气球 ${size} ${colour}`,
          aliases: ['气球'],
          specs: { 尺寸: size, 颜色: colour },
          unit: '包',
        }),
      ),
    )
    .concat(ribbon);
}

const threads = createDialogEngine({ products: threadShop() });
const spokes = createDialogEngine({ products: spokeShop() });
const balloons = createDialogEngine({ products: balloonShop() });

describe('A bare number after a value and 的 or a verb of ordering is the amount in the sale unit', () => {
  it.each([
    // a sibling of the line just ordered, by its value alone
    [
      threads,
      ['绣花线301的拿20支', '310的来50'],
      [
        ['THREAD-301', 20],
        ['THREAD-310', 50],
      ],
    ],
    [
      spokes,
      ['不锈钢辐条262的 300根', '镀锌264的来100'],
      [
        ['SPOKE-262-不锈钢', 300],
        ['SPOKE-264-镀锌', 100],
      ],
    ],
    [
      balloons,
      ['12寸红色气球 5包', '12寸白色的来50'],
      [
        ['BALLOON-12寸-红色', 5],
        ['BALLOON-12寸-白色', 50],
      ],
    ],
  ] as const)('orders that many of the product the value names (%#)', (engine, turns, lines) => {
    const said = talkTo(engine, [...turns, '确认']);
    expect(lineQtys(said[1])).toEqual(lines);
    expect(said[2]!.order?.status).toBe('confirmed');
  });

  it.each([
    // the number is a value of the catalog: the value, and the amount is asked
    [threads, '绣花线来666'],
    [spokes, '不锈钢辐条要260'],
  ] as const)('reads a number the catalog holds as its value (%#)', (engine, text) => {
    const said = talkTo(engine, [text]);
    expect(lineQtys(said[0])).toEqual([]);
    expect(said[0]!.order?.status).not.toBe('confirmed');
  });
});
