import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 日化批发 counter: washing powder (1.5kg) of two brands, laundry liquid (3kg) and dish soap (1.5kg), the
 * last two called 洗涤剂 by the customers (an alias they share); 立白 makes a laundry liquid and a 1.5kg powder but no
 * dish soap (but a bleach in the dish soap's size and bottle), 奥妙 both a liquid and a dish soap.
 */
function householdShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  const kinds = [
    { kind: 'POWDER', name: '洗衣粉', size: '1.5kg', unit: '袋', brands: ['立白', '奥妙'] },
    { kind: 'LIQUID', name: '洗衣液', size: '3kg', unit: '瓶', brands: ['蓝月亮', '立白', '奥妙'] },
    { kind: 'DISH', name: '洗洁精', size: '1.5kg', unit: '瓶', brands: ['白猫', '奥妙'] },
  ];
  for (const { kind, name, size, unit, brands } of kinds)
    for (const brand of brands)
      add({
        sku: `${kind}-${brand}`,
        name,
        brand,
        aliases: kind === 'POWDER' ? [] : ['洗涤剂'],
        category: name,
        specs: { 规格: size },
        unit,
      });
  // 立白's own 1.5kg bottle is a bleach: the dish soap's size and unit, another kind
  add({
    sku: 'BLEACH-立白',
    name: '消毒液',
    brand: '立白',
    aliases: ['84消毒液'],
    category: '消毒液',
    specs: { 规格: '1.5kg' },
    unit: '瓶',
  });
  return list;
}

const household = createDialogEngine({ products: householdShop(), maxQtyPerLine: 10000 });
const last = (turns: string[]) => lineQtys(talkTo(household, turns).at(-1));
const statusOf = (turns: string[]) => talkTo(household, turns).at(-1)?.order?.status;

describe('Answering which line to remove', () => {
  const asked = ['立白洗衣粉 5袋 奥妙洗衣粉 8袋', '洗衣粉不要了'];

  it('removes the line named and keeps the one said to stay, and the question is answered', () => {
    expect(last([...asked, '奥妙的不要 立白的留着'])).toEqual([['POWDER-立白', 5]]);
    expect(last([...asked, '立白的保留 奥妙的删掉'])).toEqual([['POWDER-立白', 5]]);
    expect(statusOf([...asked, '奥妙的不要 立白的留着', '确认'])).toBe('confirmed');
  });

  it('still asks when the removal names neither line', () => {
    expect(statusOf([...asked, '确认'])).toBe('draft');
  });
});

describe('A brand said in a change of a word several lines share', () => {
  const draft = '蓝月亮洗衣液 4瓶 白猫洗洁精 6瓶';

  it('changes only the line whose kind the brand sells', () => {
    expect(last([draft, '洗涤剂换成立白的'])).toEqual([
      ['LIQUID-立白', 4],
      ['DISH-白猫', 6],
    ]);
    expect(last([draft, '洗涤剂改成立白'])).toEqual([
      ['LIQUID-立白', 4],
      ['DISH-白猫', 6],
    ]);
  });

  it('does so in a reorder with its changes', () => {
    const history = [
      {
        lines: [
          { sku: 'LIQUID-蓝月亮', qty: 4 },
          { sku: 'DISH-白猫', qty: 6 },
        ],
      },
    ];
    const turns = talkTo(household, ['跟上次一样 洗涤剂换成立白的'], { history });
    expect(lineQtys(turns.at(-1))).toEqual([
      ['LIQUID-立白', 4],
      ['DISH-白猫', 6],
    ]);
  });

  it('asks which line when the brand sells both kinds', () => {
    expect(last([draft, '洗涤剂换成奥妙的'])).toEqual([
      ['LIQUID-蓝月亮', 4],
      ['DISH-白猫', 6],
    ]);
  });
});
