import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up conveyor-parts shop: conveyor chain by chain number (链号) 08B, 12B and 16B, sold by the metre. */
function conveyorShop(): Product[] {
  return ['08B', '12B', '16B'].map((number) =>
    testProduct({
      sku: `SSL-${number}`,
      name: '输送链',
      aliases: ['输送链条'],
      specs: { 链号: number },
      unit: '米',
    }),
  );
}

/**
 * A made-up farm-machinery parts counter: sprockets by pitch (节距) 10A and 12A and tooth count, and a PPR water pipe
 * of 20 mm (which 4分 names in plumbing).
 */
function farmShop(): Product[] {
  const sprocket = (pitch: string, teeth: string) =>
    testProduct({
      sku: `LL-${pitch}-${teeth}`,
      name: '链轮',
      aliases: ['链轮盘'],
      specs: { 节距: pitch, 齿数: `${teeth}齿` },
      unit: '个',
    });
  return [
    sprocket('10A', '15'),
    sprocket('10A', '17'),
    sprocket('12A', '15'),
    testProduct({ sku: 'PPR-20', name: 'PPR水管', aliases: ['水管'], specs: { 外径: '20mm' }, unit: '米' }),
    testProduct({ sku: 'PPR-25', name: 'PPR水管', aliases: ['水管'], specs: { 外径: '25mm' }, unit: '米' }),
  ];
}

/** A made-up roller-shutter door supplier: the shutter motor's chain in 08B-1 and 10A-1 (规格; its name says 链). */
function shutterShop(): Product[] {
  return ['08B-1', '10A-1'].map((spec) =>
    testProduct({
      sku: `JLM-${spec}`,
      name: '卷帘门链条',
      aliases: ['卷帘门链'],
      specs: { 规格: spec },
      unit: '米',
    }),
  );
}

describe('a chain pitch said in 分 / 寸', () => {
  it.each([
    [conveyorShop(), '6分输送链 20米', 'SSL-12B', 20],
    [conveyorShop(), '输送链1寸的 20米', 'SSL-16B', 20],
    [conveyorShop(), '4分的输送链条 20米', 'SSL-08B', 20],
    [farmShop(), '5分链轮 15齿 2个', 'LL-10A-15', 2],
    [farmShop(), '6分链轮盘 2个', 'LL-12A-15', 2],
    [shutterShop(), '4分卷帘门链条 10米', 'JLM-08B-1', 10],
    [shutterShop(), '卷帘门链 5分的 10米', 'JLM-10A-1', 10],
  ])('is the chain number of that many sixteenths of an inch (%#)', (products, message, sku, qty) => {
    const engine = createDialogEngine({ products });
    const turns = talkTo(engine, [message as string, '确认']);
    expect(lineQtys(turns[0])).toEqual([[sku, qty]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('answers the question about the chain', () => {
    const engine = createDialogEngine({ products: conveyorShop() });
    const turns = talkTo(engine, ['输送链 20米', '6分的', '确认']);
    expect(lineQtys(turns[1])).toEqual([['SSL-12B', 20]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('leaves a water pipe in 分 to the pipe sizes', () => {
    const engine = createDialogEngine({ products: farmShop() });
    expect(lineQtys(talkTo(engine, ['4分水管 10米'])[0])).toEqual([['PPR-20', 10]]);
  });

  it('says the shop has no chain of a pitch it does not hold', () => {
    const engine = createDialogEngine({ products: conveyorShop() });
    const turns = talkTo(engine, ['5分输送链 20米', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});
