import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up hydroponics counter: nutrients by 配比 (20-20-20 called 营养液, 10-10-10 called 叶面肥), so a customer's
 * spoken ratio (三个二十, 3个10) and a loosely used kind word meet values the catalog writes with digits.
 */
function hydroponicsShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const pack of ['500g', '5kg'])
    add({
      sku: `NUTRIENT-20-${pack}`,
      name: `水培营养液 20-20-20 ${pack}`,
      aliases: ['营养液'],
      category: '肥料',
      specs: { 配比: '20-20-20', 包装: pack },
      unit: '袋',
    });
  for (const pack of ['500g', '5kg'])
    add({
      sku: `FOLIAR-10-${pack}`,
      name: `叶面肥 10-10-10 ${pack}`,
      aliases: ['叶面肥'],
      category: '肥料',
      specs: { 配比: '10-10-10', 包装: pack },
      unit: '袋',
    });
  add({ sku: 'POT-3', name: '三加仑盆', aliases: ['加仑盆'], category: '花盆', unit: '个' });
  return list;
}

const products = hydroponicsShop();
const engine = createDialogEngine({ products, maxQtyPerLine: 10000 });
const talk = (turns: string[]) => talkTo(engine, turns, { name: '王老板' });
const replies = (turns: string[], at = 0) => talk(turns)[at]!.replies.join('');

describe('A number said three times over', () => {
  it('reads 三个二十 / 3个10 as the catalog’s 20-20-20 / 10-10-10, never as 3 pieces', () => {
    expect(replies(['三个二十 10袋'])).toContain('20-20-20');
    expect(lineQtys(talk(['三个二十 10袋', '500g的'])[1])).toEqual([['NUTRIENT-20-500g', 10]]);
    expect(lineQtys(talk(['3个10 5袋', '5公斤的'])[1])).toEqual([['FOLIAR-10-5kg', 5]]);
  });

  it('lets the value win over a kind word the customer used loosely, asking among its products', () => {
    const reply = replies(['三个二十的叶面肥 10袋']);
    expect(reply).not.toContain('没有');
    expect(reply).toContain('20-20-20');
    expect(reply).not.toContain('10-10-10');
    expect(lineQtys(talk(['20-20-20的叶面肥 10袋', '5kg的'])[1])).toEqual([['NUTRIENT-20-5kg', 10]]);
  });

  it('leaves a numeral that starts a product’s own word alone', () => {
    expect(lineQtys(talk(['三加仑盆 20个'])[0])).toEqual([['POT-3', 20]]);
  });
});
