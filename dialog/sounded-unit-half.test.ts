import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 一相半 / 两相半 typed for 一箱半 / 两箱半: a unit written by its sound with the half after it is that unit and a
 * half, never an unread word beside the product.
 */
const cased = (sku: string, name: string, unit: string, perCase: number): Product =>
  testProduct({ sku, name, aliases: [], unit, conversions: { 箱: perCase } });

const said = [
  {
    trade: 'soft drinks',
    products: [cased('COLA', '可口可乐', '罐', 24)],
    text: '可口可乐来一相半',
    lines: [['COLA', 36]],
  },
  {
    trade: 'instant noodles',
    products: [cased('NDL', '康师傅红烧牛肉面', '桶', 12)],
    text: '红烧牛肉面 两相半',
    lines: [['NDL', 30]],
  },
  {
    trade: 'bottled water',
    products: [cased('WTR', '怡宝纯净水', '瓶', 24)],
    text: '怡宝纯净水拿三相半',
    lines: [['WTR', 84]],
  },
];

describe('A unit written by its sound, with a half', () => {
  it.each(said)('reads "$text" as the unit and a half ($trade)', ({ products, text, lines }) => {
    const engine = createDialogEngine({ products });
    const [turn] = talkTo(engine, [text]);
    expect(lineQtys(turn)).toEqual(lines);
  });
});
