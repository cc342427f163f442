import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 饲料/宠物用品 wholesaler: pig feed in 40公斤 bags and in a 吨袋 of 1000公斤, dog food in 2.5 / 10 / 20
 * 公斤 bags (weighed out by the 公斤 too), cat litter in 6升 bags and a 20升 bucket (桶装), a disinfectant in 6升 and 20公斤
 * buckets (values that hold a size and a pack word, 6升桶), all sold by the piece they come in.
 */
function feedShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  add({
    sku: 'PIG-40',
    name: '育肥猪饲料 40公斤',
    aliases: ['猪饲料', '猪料'],
    specs: { 包装: '40公斤' },
    unit: '袋',
    conversions: { 公斤: 1 / 40, 吨: 25 },
  });
  add({
    sku: 'PIG-TON',
    name: '育肥猪饲料 吨袋装',
    aliases: ['猪饲料', '猪料'],
    specs: { 包装: '吨袋 1000公斤' },
    unit: '袋',
    stock: 4,
  });
  for (const kg of ['2.5', '10', '20'])
    add({
      sku: `DOG-${kg}`,
      name: `成犬狗粮 ${kg}公斤`,
      aliases: ['狗粮'],
      specs: { 包装: `${kg}公斤` },
      unit: '袋',
      conversions: { 公斤: 1 / Number(kg) },
    });
  add({ sku: 'LITTER-6', name: '豆腐猫砂 6升', aliases: ['猫砂'], specs: { 包装: '6升' }, unit: '包' });
  add({
    sku: 'LITTER-20',
    name: '豆腐猫砂 桶装',
    aliases: ['猫砂'],
    specs: { 包装: '桶装 20升' },
    unit: '包',
  });
  for (const pack of ['6升桶', '20公斤桶'])
    add({
      sku: `DISINFECT-${pack}`,
      name: '宠物消毒液',
      aliases: ['消毒液'],
      specs: { 包装: pack },
      unit: '桶',
    });
  return list;
}

const feed = createDialogEngine({ products: feedShop(), maxQtyPerLine: 10000 });
const last = (turns: string[]) => lineQtys(talkTo(feed, turns).at(-1));
const statusOf = (turns: string[]) => talkTo(feed, turns).at(-1)?.order?.status;

describe('A pack size said as the answer', () => {
  it('picks the pack whose size was said, never another pack of the same family', () => {
    for (const answer of ['40公斤袋装的', '要40公斤装', '40kg装的', '八十斤一袋的'])
      expect(last(['猪饲料 10袋', answer])).toEqual([['PIG-40', 10]]);
    expect(last(['猫砂 6包', '20升桶装的'])).toEqual([['LITTER-20', 6]]);
    expect(last(['猫砂 6包', '6升袋装'])).toEqual([['LITTER-6', 6]]);
    // 6升桶 is a value of another product: the size said still picks the 6升 bag, never the 20升 bucket
    expect(last(['猫砂 6包', '6升桶装的'])).toEqual([['LITTER-6', 6]]);
    expect(last(['狗粮 3袋', '20公斤桶装的'])).toEqual([['DOG-20', 3]]);
  });

  it('reads a pack size with 装 in a correction as the size, not as a quantity', () => {
    expect(last(['狗粮 2.5公斤 5袋', '不对 是10公斤装的'])).toEqual([['DOG-10', 5]]);
    expect(last(['猪饲料 40公斤 3袋', '不对 吨袋装 1000公斤装的'])).toEqual([['PIG-TON', 3]]);
  });

  it('asks again when no pack has the size said, and confirms nothing', () => {
    expect(last(['狗粮 5袋', '15公斤袋装的'])).toEqual([]);
    expect(statusOf(['狗粮 5袋', '15公斤袋装的', '确认'])).not.toBe('confirmed');
  });
});

describe('Times and delivery wishes', () => {
  it('orders what is said beside a time, and the time is no item', () => {
    expect(last(['明早6点前送到 狗粮10公斤的 5袋 猫砂6升 10包'])).toEqual([
      ['DOG-10', 5],
      ['LITTER-6', 10],
    ]);
    expect(last(['周五之前到 猪饲料40公斤 20袋'])).toEqual([['PIG-40', 20]]);
    expect(last(['狗粮 20公斤 3袋 下午3点送'])).toEqual([['DOG-20', 3]]);
    expect(last(['明天要 狗粮2.5公斤 8袋'])).toEqual([['DOG-2.5', 8]]);
  });

  it('reads a time with 不要了 as letting the order go', () => {
    expect(statusOf(['狗粮 20公斤 3袋', '算了 今天不要了'])).toBe('cancelled');
    expect(statusOf(['猫砂6升 10包', '明天不要了'])).toBe('cancelled');
  });
});
