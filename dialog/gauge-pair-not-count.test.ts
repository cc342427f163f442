import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 12#*12# / 12乘12的: two wire gauges joined by a times sign are one value, never a gauge and "×12" pieces — the
 * amount is the one said in a unit (3卷, 1000米), or asked.
 */
function gauged(sku: string, name: string, gauge: string, length: string, metres: number): Product {
  return testProduct({
    sku,
    name,
    aliases: [name],
    specs: { 规格: gauge, 长度: length },
    unit: '卷',
    conversions: { 米: 1 / metres },
  });
}

/** A made-up fencing counter: chain-link and barbed wire by gauge pair and roll length. */
function fencingShop(): Product[] {
  return [
    gauged('GH-10', '勾花网', '10#*10#', '20米', 20),
    gauged('GH-12', '勾花网', '12#*12#', '20米', 20),
    gauged('CS-12-200', '刺绳', '12#*12#', '200米', 200),
    gauged('CS-12-500', '刺绳', '12#*12#', '500米', 500),
    gauged('CS-14-500', '刺绳', '14#*14#', '500米', 500),
  ];
}

describe('a gauge pair joined by a times sign', () => {
  const engine = createDialogEngine({ products: fencingShop() });

  it.each([
    ['勾花网 12#*12# 3卷', [['GH-12', 3]]],
    ['勾花网10乘10的 来5卷', [['GH-10', 5]]],
    ['刺绳 14#*14# 2卷', [['CS-14-500', 2]]],
  ] as const)('is one value, the amount said apart (%s)', (message, lines) => {
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('never confirms the second gauge as a count', () => {
    const turns = talkTo(engine, ['刺绳要1000米 12乘12的', '500米一卷的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['CS-12-500', 2]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
