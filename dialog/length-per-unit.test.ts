import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 500米一卷的 / 100米一盘 / 200米 10卷: a length before 一 and the unit it comes in is what one of that unit holds —
 * never a tenth of a metre (500.1米) — and so is a length the family comes in said right before an amount in that
 * unit: the product of that length, in that amount.
 */
function coil(sku: string, name: string, length: string, metres: number, unit: string): Product {
  return testProduct({
    sku,
    name,
    aliases: [name],
    specs: { 长度: length },
    unit,
    conversions: { 米: 1 / metres },
  });
}

/** A made-up rigging counter: wire rope by the reel of 100 or 500 metres. */
function ropeShop(): Product[] {
  return [coil('GSS-100', '钢丝绳', '100米', 100, '盘'), coil('GSS-500', '钢丝绳', '500米', 500, '盘')];
}

/** A made-up garden counter: hose by the roll of 30 or 50 metres. */
function hoseShop(): Product[] {
  return [coil('SG-30', '园艺水管', '30米', 30, '卷'), coil('SG-50', '园艺水管', '50米', 50, '卷')];
}

/** A made-up cabling counter: network cable by the box of 100 or 305 metres. */
function cableShop(): Product[] {
  return [coil('WX-100', '超五类网线', '100米', 100, '箱'), coil('WX-305', '超五类网线', '305米', 305, '箱')];
}

describe('a length said of one unit of the goods', () => {
  const shops = { rope: ropeShop(), hose: hoseShop(), cable: cableShop() };
  it.each([
    ['钢丝绳 500米一盘的 来2盘', 'rope', [['GSS-500', 2]]],
    ['园艺水管 50米一卷的 3卷', 'hose', [['SG-50', 3]]],
    ['超五类网线 305米一箱的 4箱', 'cable', [['WX-305', 4]]],
    ['钢丝绳 500米 2盘', 'rope', [['GSS-500', 2]]],
    ['钢丝绳100米来3盘', 'rope', [['GSS-100', 3]]],
    ['园艺水管 30米要5卷', 'hose', [['SG-30', 5]]],
  ] as const)('is the product that holds it (%s)', (message, shop, lines) => {
    const engine = createDialogEngine({ products: shops[shop] });
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it.each([
    ['钢丝绳 2盘', '500米一盘的', 'rope', [['GSS-500', 2]]],
    ['园艺水管 3卷', '30米一卷的', 'hose', [['SG-30', 3]]],
  ] as const)('answers which length (%s, then %s)', (message, answer, shop, lines) => {
    const engine = createDialogEngine({ products: shops[shop] });
    const turns = talkTo(engine, [message, answer, '确认']);
    expect(lineQtys(turns[1])).toEqual(lines);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
