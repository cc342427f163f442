import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up kind of shop with a product whose name begins with 色 (色釉, 色粉, 色纱) beside another product sold in
 * colours: 黑色釉 is 黑 + 色釉, never the colour 黑色 with a stray 釉.
 */
function shopOf(first: { name: string; unit: string }, colourWord: string): Product[] {
  return [
    ...['黑色', '白色'].map((colour, at) =>
      testProduct({
        sku: `FIRST-${at}`,
        name: first.name,
        category: first.name,
        aliases: [first.name],
        specs: { 颜色: colour },
        unit: first.unit,
      }),
    ),
    ...['黑色', '红色'].map((colour, at) =>
      testProduct({
        sku: `COL-${at}`,
        name: colourWord,
        category: colourWord,
        aliases: [colourWord],
        specs: { 颜色: colour },
        unit: first.unit,
      }),
    ),
  ];
}

const trades = [
  { trade: 'pottery supplies', first: { name: '陶泥', unit: '公斤' }, word: '色釉' },
  { trade: 'printer supplies', first: { name: '碳粉', unit: '公斤' }, word: '色粉' },
  { trade: 'yarn', first: { name: '棉纱', unit: '公斤' }, word: '色纱' },
];

describe('A new item is not an edit of the line before it', () => {
  for (const { trade, first, word } of trades) {
    it(`reads 黑${word} as a second line in a ${trade} shop, and its removal leaves the first line`, () => {
      const engine = createDialogEngine({ products: shopOf(first, word) });
      const turns = talkTo(engine, [
        `${first.name}黑 50${first.unit} 黑${word}20${first.unit} 红${word}10${first.unit}`,
        `黑${word}不要了`,
      ]);
      expect(lineQtys(turns[0])).toEqual([
        ['FIRST-0', 50],
        ['COL-0', 20],
        ['COL-1', 10],
      ]);
      expect(lineQtys(turns[1])).toEqual([
        ['FIRST-0', 50],
        ['COL-1', 10],
      ]);
    });
  }
});
