import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters whose values are written with a Chinese numeral before a word no unit reading knows (五年, 七年陈,
 * 十三针): the customer writes the number in digits (5年的, 7年陈, 13针的), and that names the value, never "没有5的".
 */
function liquorShop(): Product[] {
  const baijiu = (sku: string, age: string) =>
    testProduct({ sku, name: '古井贡酒', aliases: ['古井', '年份原浆'], specs: { 年份: age }, unit: '瓶' });
  return [baijiu('GJ-5', '五年'), baijiu('GJ-8', '八年'), baijiu('GJ-16', '十六年')];
}

function teaShop(): Product[] {
  const puer = (sku: string, age: string) =>
    testProduct({ sku, name: '勐海普洱熟茶', aliases: ['普洱', '熟普'], specs: { 陈期: age }, unit: '饼' });
  return [puer('PE-3', '三年陈'), puer('PE-7', '七年陈'), puer('PE-10', '十年陈')];
}

function gloveShop(): Product[] {
  const glove = (sku: string, gauge: string) =>
    testProduct({
      sku,
      name: '涤纶线手套',
      aliases: ['线手套', '棉纱手套'],
      specs: { 针数: gauge },
      unit: '打',
    });
  return [glove('GL-7', '七针'), glove('GL-10', '十针'), glove('GL-13', '十三针')];
}

const trades = [
  { trade: 'baijiu by age', shop: liquorShop, said: '古井贡 8年的 来6瓶', sku: 'GJ-8', qty: 6 },
  { trade: 'pu-erh by years kept', shop: teaShop, said: '普洱7年陈10饼', sku: 'PE-7', qty: 10 },
  { trade: 'gloves by gauge', shop: gloveShop, said: '线手套13针的 20打', sku: 'GL-13', qty: 20 },
];

describe('a value written with a Chinese numeral, said in digits', () => {
  it.each(trades)('names that value ($trade)', ({ shop, said, sku, qty }) => {
    const engine = createDialogEngine({ products: shop() });
    const [turn] = talkTo(engine, [said]);
    expect(turn!.replies.join('')).not.toMatch(/没有/);
    expect(lineQtys(turn)).toEqual([[sku, qty]]);
  });

  it.each(trades)('answers the question which ($trade)', ({ shop, said, sku, qty }) => {
    const engine = createDialogEngine({ products: shop() });
    const named = shop()[0]!.aliases[0]!;
    const value = /\d+\p{Script=Han}+/u.exec(said)![0];
    const turns = talkTo(engine, [`${named} ${qty}${shop()[0]!.unit}`, `${value}的`]);
    expect(lineQtys(turns[1])).toEqual([[sku, qty]]);
  });

  it('never reads a number with no such value as one of them (6年)', () => {
    const engine = createDialogEngine({ products: liquorShop() });
    const turns = talkTo(engine, ['古井贡 6年的 来6瓶', '确认']);
    expect(lineQtys(turns[1])).toEqual([]);
  });
});
