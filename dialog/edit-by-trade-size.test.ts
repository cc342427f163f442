import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up pipe-support counter: clamps by the steel pipe's outside diameter. */
function clampShop(): Product[] {
  return ['21', '27', '34'].map((od) =>
    testProduct({
      sku: `CL-${od}`,
      name: '镀锌管卡',
      category: '管卡',
      aliases: ['管卡', '抱箍'],
      specs: { 规格: `Φ${od}` },
      unit: '个',
    }),
  );
}

/** A made-up car-wash counter: pressure-washer hose by bore in whole millimetres. */
function hoseShop(): Product[] {
  return ['6', '8', '10'].map((bore) =>
    testProduct({
      sku: `WH-${bore}`,
      name: '高压洗车管',
      category: '洗车管',
      aliases: ['洗车管', '高压管'],
      specs: { 通径: `DN${bore}` },
      unit: '米',
    }),
  );
}

describe('A correction naming a line by a pipe size said the trade way', () => {
  it('sets the quantity of the clamp the 分 size fits, keeping the other line', () => {
    const turns = talkTo(createDialogEngine({ products: clampShop() }), [
      '管卡 4分的200个 6分的100个',
      '6分的改成150个',
    ]);
    expect(lineQtys(turns[0])).toEqual([
      ['CL-21', 200],
      ['CL-27', 100],
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['CL-21', 200],
      ['CL-27', 150],
    ]);
  });

  it('sets the length of the hose whose bore the size names', () => {
    const turns = talkTo(createDialogEngine({ products: hoseShop() }), [
      '洗车管 2分的20米 3分的30米',
      '2分的改成25米',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['WH-6', 25],
      ['WH-10', 30],
    ]);
  });
});
