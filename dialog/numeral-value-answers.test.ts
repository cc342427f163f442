import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up screen-printing supplier: polyester mesh by mesh count (目数) 200目, 300目 and 420目, by the metre. */
function meshShop(): Product[] {
  return ['200', '300', '420'].map((count) =>
    testProduct({
      sku: `WS-${count}`,
      name: '丝印网纱',
      aliases: ['网纱'],
      specs: { 目数: `${count}目` },
      unit: '米',
    }),
  );
}

/** A made-up household-goods wholesaler: one vacuum cup in 350ml, 500ml and 1000ml (容量). */
function cupShop(): Product[] {
  return ['350', '500', '1000'].map((ml) =>
    testProduct({
      sku: `BWB-${ml}`,
      name: '不锈钢保温杯',
      aliases: ['保温杯'],
      specs: { 容量: `${ml}ml` },
      unit: '个',
    }),
  );
}

/** A made-up generator dealer: petrol generators rated 3000W, 5000W and 8000W (功率). */
function generatorShop(): Product[] {
  return ['3000', '5000', '8000'].map((watts) =>
    testProduct({
      sku: `FDJ-${watts}`,
      name: '汽油发电机',
      aliases: ['发电机'],
      specs: { 功率: `${watts}W` },
      unit: '台',
    }),
  );
}

describe('a number in Chinese numerals answering which value', () => {
  it.each([
    [meshShop(), '网纱 50米', '三百', 'WS-300', 50],
    [meshShop(), '网纱 50米', '四百二', 'WS-420', 50],
    [cupShop(), '保温杯 100个', '五百', 'BWB-500', 100],
    [cupShop(), '保温杯 100个', '一千', 'BWB-1000', 100],
    [generatorShop(), '发电机 2台', '五千', 'FDJ-5000', 2],
  ])('is the value of that number, never a count (%#)', (products, order, answer, sku, qty) => {
    const engine = createDialogEngine({ products });
    const turns = talkTo(engine, [order as string, answer as string, '确认']);
    expect(lineQtys(turns[1])).toEqual([[sku, qty]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('still takes a small numeral as the option of that place', () => {
    const engine = createDialogEngine({ products: cupShop() });
    const turns = talkTo(engine, ['保温杯 100个', '二']);
    expect(lineQtys(turns[1])).toEqual([['BWB-500', 100]]);
  });

  it('picks nothing for a number no value has', () => {
    const engine = createDialogEngine({ products: generatorShop() });
    const turns = talkTo(engine, ['发电机 2台', '六千', '确认']);
    expect(lineQtys(turns[1])).toEqual([]);
    expect(turns[2]!.order?.status).not.toBe('confirmed');
  });
});
