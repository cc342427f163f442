import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up shops each with one product asked about in two values and another product on the draft: a correction
 * naming the product asked about answers its question and never edits the line on the draft.
 */
const trades = [
  { trade: 'seafood', asked: '白虾', attr: '规格', values: ['40/50', '60/70'], other: '鱿鱼圈', unit: '箱' },
  { trade: 'flowers', asked: '洋桔梗', attr: '颜色', values: ['紫', '白'], other: '满天星', unit: '扎' },
  { trade: 'yarn', asked: '马海毛', attr: '克重', values: ['25g', '50g'], other: '棒针', unit: '团' },
];

describe('A correction naming the product still asked about', () => {
  for (const { trade, asked, attr, values, other, unit } of trades) {
    const engine = () =>
      createDialogEngine({
        products: [
          ...values.map((value, at) =>
            testProduct({ sku: `ASK-${at}`, name: asked, category: asked, specs: { [attr]: value }, unit }),
          ),
          testProduct({ sku: 'OTHER', name: other, category: other, unit }),
        ],
      });

    it(`answers the question about ${asked} in a ${trade} shop and keeps the ${other} line`, () => {
      const turns = talkTo(engine(), [
        `${asked} 5${unit} ${other} 3${unit}`,
        `不对 ${asked}是${values[1]}的`,
      ]);
      expect(lineQtys(turns[1])).toEqual([
        ['OTHER', 3],
        ['ASK-1', 5],
      ]);
    });

    it(`keeps the ${other} line of a ${trade} shop when the value fits no ${asked}`, () => {
      const turns = talkTo(engine(), [`${asked} 5${unit} ${other} 3${unit}`, `不对 ${asked}是特大号的`]);
      expect(lineQtys(turns[1])).toEqual([['OTHER', 3]]);
    });
  }
});
