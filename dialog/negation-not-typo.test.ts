import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up shops each with a word ending in a 布 / 簿 (read bu, like 不) whose shorter alias is said before 不要了:
 * the 不 is the customer's no, not the end of the word.
 */
const trades = [
  { trade: 'curtains', word: '遮光布', short: '遮光', other: '纱帘', unit: '米' },
  { trade: 'photo backdrops', word: '背景布', short: '背景', other: '柔光箱', unit: '个' },
  { trade: 'ledger printing', word: '记账簿', short: '记账', other: '收据', unit: '本' },
];

describe('不 before a verb is a no, never a typo of a word', () => {
  for (const { trade, word, short, other, unit } of trades) {
    it(`removes the ${word} line of a ${trade} shop when ${short}不要了 is said`, () => {
      const engine = createDialogEngine({
        products: [
          testProduct({ sku: 'A', name: word, category: word, aliases: [short], unit }),
          testProduct({ sku: 'B', name: other, category: other, unit }),
        ],
      });
      const turns = talkTo(engine, [`${short}10${unit} ${other}6${unit}`, `${short}不要了`]);
      expect(lineQtys(turns[0])).toEqual([
        ['A', 10],
        ['B', 6],
      ]);
      expect(lineQtys(turns[1])).toEqual([['B', 6]]);
    });
  }
});
